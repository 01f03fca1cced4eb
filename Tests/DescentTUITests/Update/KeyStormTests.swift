@testable import DescentCore
import Testing

@testable import DescentTUI

/// Crash classes 1 and 2 of issue 12 as a user meets them: seeded storms of every key the
/// view knows, mouse presses and wheels at random cells and resizes from 1×1 to 300×100,
/// through `update` and `view`. Nothing may trap, and the view box stays within its limits.
@Suite struct KeyStormTests {
    /// Every key of `KeyGuide` and of cursor mode, in a fixed order.
    static let keys: [Key] = Set(KeyGuide.bindings.keys).union(KeyGuide.cursorBindings.keys)
        .sorted { String(describing: $0) < String(describing: $1) }

    /// The repro: run 3 selected, `i`, lr raised seven times (it diverges at step 4,
    /// far off the map), then steps, a frame after each.
    @Test func gradientMarksOfARunWhoseLrWasRaisedSevenTimes() {
        var app = Fixtures.app()
        app.type("3iEEEEEEE")
        for _ in 0..<6 {
            app.type(".")
            _ = app.frame()
        }
    }

    /// Short sequences from fresh apps, 400 per scenario (2,400 in all). Sizes lean small, where a
    /// heatmap is cheap (below 60×16 the view shows its size notice), and now and then reach
    /// anything up to 300×100.
    @Test(arguments: ["rosenbrock", "divergence", "bold-driver", "restart-ill-conditioned", "himmelblau-starts", "saddle-noise"])
    func everyKeyAtEverySize(scenario name: String) {
        let scenario = Fixtures.scenario(name, steps: 150)
        for seed in 0..<Self.sequencesPerScenario {
            var random = ExtremeDoubles(seed: UInt64(seed))
            func size() -> (width: Int, height: Int) {
                switch random.int(in: 0...99) {
                case 0..<55: (random.int(in: 1...80), random.int(in: 1...24))
                case 55..<97: (random.int(in: 60...110), random.int(in: 16...32))
                default: (random.int(in: 1...300), random.int(in: 1...100))
                }
            }
            var app = DescentApp(spec: scenario)
            var current = size()
            _ = app.update(.resize(width: current.width, height: current.height))
            for _ in 0..<random.int(in: 1...8) {
                switch random.int(in: 0...19) {
                case 0:
                    current = size()
                    _ = app.update(.resize(width: current.width, height: current.height))
                case 1:
                    let kinds: [MouseEvent.Kind] = [.press, .release, .wheelUp, .wheelDown]
                    let x = random.int(in: -2...current.width + 2), y = random.int(in: -2...current.height + 2)
                    _ = app.update(.mouse(MouseEvent(kinds[random.int(in: 0...3)], x: x, y: y)))
                case 2:
                    _ = app.update(.tick(seconds: random.next()))
                case 3:
                    // A run of one key: twenty `E` take the lr to 3000 times itself.
                    let key = Self.keys[random.int(in: 0...Self.keys.count - 1)]
                    for _ in 0..<random.int(in: 1...20) { _ = app.update(.key(key)) }
                default:
                    _ = app.update(.key(Self.keys[random.int(in: 0...Self.keys.count - 1)]))
                }
                #expect(app.viewBox.isShowable, "\(name) seed \(seed)")
            }
            let capabilities = seed % 5 == 0 ? Fixtures.plainest : .full
            let frame = app.view(width: current.width, height: current.height, capabilities: capabilities)
            #expect(frame.width == current.width && frame.height == current.height)
        }
    }

    static let sequencesPerScenario = 400
}
