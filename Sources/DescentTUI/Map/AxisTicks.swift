import DescentPlot
import Foundation

/// Round coordinate values for one of the map's axes with their labels, each label as short as
/// it can be while still reading as its own value, so that neighbours always differ (deep in a
/// zoom, 0.9995 and 1 rather than "1" and "1"). Where even the shortest labels are too wide for
/// the room an axis gives them, they read as offsets from the middle tick (`base`), which the map shows once.
struct AxisTicks: Equatable {
    struct Tick: Equatable {
        let value: Double
        let label: String
    }

    let ticks: [Tick]
    /// What the labels are offsets from; nil when they are the values themselves.
    let base: Double?
    /// The distance between neighbouring ticks.
    let step: Double

    static let none = AxisTicks(ticks: [], base: nil, step: 0)

    /// About `count` ticks inside `range`, each label at most `widest` columns wide; `fits` says
    /// whether a set of ticks can be laid out. The values themselves are preferred, then offsets,
    /// with at least two ticks to read a scale from (on a small map a few more ticks than asked,
    /// even every second or third of them, may be what gives two); one tick before none.
    static func choose(
        in range: ClosedRange<Double>, count: Int, widest: Int, fits: (AxisTicks) -> Bool = { _ in true }
    ) -> AxisTicks {
        let fewer = Array(stride(from: count, through: 1, by: -1)), more = Array(count + 1...count + 3)
        let passes = [
            (false, 2, fewer, 1), (false, 2, more, 1), (true, 2, fewer, 1), (true, 2, more, 1), (true, 2, more, 2),
            (true, 2, more, 3), (false, 1, fewer, 1),
        ]
        for (offsets, fewest, counts, every) in passes {
            for tried in counts {
                guard let ticks = ticks(in: range, count: tried, every: every, offsets: offsets), ticks.ticks.count >= fewest,
                    ticks.widest <= widest, fits(ticks)
                else { continue }
                return ticks
            }
        }
        return .none
    }

    private static func ticks(in range: ClosedRange<Double>, count: Int, every: Int, offsets: Bool) -> AxisTicks? {
        let values = TickValues.values(in: range, count: count).enumerated().filter { $0.offset % every == 0 }.map(\.element)
        guard let step = TickValues.step(in: range, count: count), !values.isEmpty else { return nil }
        // Offsets from the middle tick need only the digits of a few steps.
        let base = offsets ? values[values.count / 2] : nil
        return AxisTicks(
            ticks: values.map { Tick(value: $0, label: label($0 - (base ?? 0), step: step)) }, base: base, step: step)
    }

    /// The widest label, in columns.
    var widest: Int { ticks.map(\.label.count).max() ?? 0 }

    /// `base` as the map shows it: with the digits that tell it from its neighbours on the axis.
    var baseLabel: String? { base.map { Self.label($0, step: step) } }

    /// Three significant digits at least, as elsewhere in the view, and as many more as read
    /// back as `value` to a hundredth of `step`: enough to tell it from the ticks beside it.
    static func label(_ value: Double, step: Double) -> String {
        CompactNumber.shortest(value, within: step / 100, fewest: 3)
    }
}
