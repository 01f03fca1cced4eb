import DescentCore

/// The summary a headless run prints to standard error: one aligned row per run, text left
/// and numbers right, two spaces between columns, numbers to six significant digits.
///
/// ```
/// run  optimizer  steps   final loss  distance  converged at  evals to tol  evals  status
/// nag  nesterov    2000  3.14159e-05  0.012345          1412          1413   2001  converged
/// sgd  sgd           17          inf         -             -             -     18  diverged @17
/// ```
/// `distance` is to the nearest known minimum (`-` if the landscape has none);
/// `converged at` is the first step under the tolerance (`-` if never), `evals to tol` the
/// function and gradient evaluations spent up to it, `evals` those of the whole run.
public enum SummaryTable {
    public static func render(_ summaries: [RunSummary]) -> String {
        let header = [
            "run", "optimizer", "steps", "final loss", "distance", "converged at", "evals to tol", "evals", "status",
        ]
        let rows = [header] + summaries.map { summary in
            [
                DisplayText.clean(summary.info.label),
                summary.info.optimizer,
                String(summary.last.step),
                compact(summary.last.loss),
                summary.distanceToMinimum.map(compact) ?? "-",
                summary.convergedAt.map(String.init) ?? "-",
                summary.convergedEvals.map(String.init) ?? "-",
                String(summary.last.evals),
                status(of: summary),
            ]
        }
        // Labels are the user's text, cleaned above: columns line up by display width.
        let widths = header.indices.map { column in rows.map { DisplayText.columns($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - DisplayText.columns(cell))
                if numericColumns.contains(column) { return padding + cell }
                // The last column is not padded: no trailing spaces.
                return column == row.count - 1 ? cell : cell + padding
            }.joined(separator: "  ") + "\n"
        }.joined()
    }

    /// steps, final loss, distance, converged at, evals to tol, evals.
    private static let numericColumns = 2...7

    private static func status(of summary: RunSummary) -> String {
        if summary.diverged { return "diverged @\(summary.last.step)" }
        return summary.convergedAt == nil ? "ok" : "converged"
    }

    /// `%.6g`, with non-finite values spelled as in the CSV.
    static func compact(_ value: Double) -> String {
        SignificantDigits.format(value, digits: 6)
    }
}
