import DescentCore

/// A map as CSV: the header, then one row per cell in the order given, numbers as in the
/// trajectory CSV (DESIGN.md contract 3), an unknown value as an empty field. Each row carries
/// its cell, so shards' rows merged and sorted by (cell_y, cell_x) are the whole map's rows.
public enum MapCSV {
    public static let header =
        "cell_x,cell_y,lr,momentum,x0,y0,final_x,final_y,final_loss,gap,steps_to_tol,evals_to_tol,status,basin,rate,predicted_rate"

    /// The longest row: sixteen fields of at most a Double's length, their commas, the newline.
    static let maxRowLength = 16 * (NumberText.maxDoubleLength + 1)

    /// The rows of some cells, formatted (on the task that ran them, for a map on all cores)
    /// and waiting to be written in their place.
    public struct Rows: Sendable {
        let bytes: [UInt8]
    }

    /// The CSV rows of `outcomes`, in their order.
    public static func rows(_ outcomes: [MapOutcome]) -> Rows {
        Rows(bytes: [UInt8](unsafeUninitializedCapacity: outcomes.count * maxRowLength) { buffer, count in
            var row = ByteCursor(buffer.baseAddress!), settings = RepeatedSettings()
            for outcome in outcomes { append(outcome, to: &row, settings: &settings) }
            count = row.position - buffer.baseAddress!
        })
    }

    /// The settings' numbers in the row before: a cell shares its μ and start with its
    /// neighbour on an lr axis, its lr with every cell of a start map, and copies their text.
    private struct RepeatedSettings {
        var lr = RepeatedNumber(), momentum = RepeatedNumber(), x0 = RepeatedNumber(), y0 = RepeatedNumber()
    }

    private static func append(_ outcome: MapOutcome, to row: inout ByteCursor, settings: inout RepeatedSettings) {
        let cell = outcome.cell
        row.append(cell.x)
        separate(&row, cell.y)
        separate(&row, cell.lr, &settings.lr)
        separate(&row, cell.momentum, &settings.momentum)
        separate(&row, cell.start.x, &settings.x0)
        separate(&row, cell.start.y, &settings.y0)
        separate(&row, outcome.final.x)
        separate(&row, outcome.final.y)
        separate(&row, outcome.finalLoss)
        separate(&row, outcome.gap)
        separate(&row, outcome.stepsToTolerance)
        separate(&row, outcome.evalsToTolerance)
        row.append(UInt8(ascii: ","))
        // converged, diverged, ok: no character that CSV would quote.
        outcome.status.rawValue.utf8.forEach { row.append($0) }
        separate(&row, outcome.basin)
        separate(&row, outcome.rate)
        separate(&row, outcome.predictedRate)
        row.append(UInt8(ascii: "\n"))
    }

    private static func separate(_ row: inout ByteCursor, _ value: Double?) {
        row.append(UInt8(ascii: ","))
        if let value { row.append(value) }
    }

    private static func separate(_ row: inout ByteCursor, _ value: Double?, _ repeated: inout RepeatedNumber) {
        row.append(UInt8(ascii: ","))
        if let value { repeated.write(value, into: &row) }
    }

    private static func separate(_ row: inout ByteCursor, _ value: Int?) {
        row.append(UInt8(ascii: ","))
        if let value { row.append(value) }
    }
}
