import DescentCore

extension DescentApp {
    /// The runs as simulated, every edit applied, out to the saver in the background; the
    /// status line says where they went when it is done.
    mutating func save(csv: Bool) -> Command {
        guard let saver else {
            notify("nothing is saved here: w and W save from the interactive view")
            return .none
        }
        let runs = savedRuns, origin = scenario.name
        return .work { .saved(saver.save(runs, origin: origin, csv: csv)) }
    }

    /// The runs as simulated, in the view panned and zoomed to where that changes nothing
    /// simulated; random starts are drawn in the view and found minima (f* for Polyak)
    /// searched in it, so with either the view they were simulated in stays.
    var savedRuns: SimulationSpec {
        var spec = simulationSpec
        let drawsInView = spec.runs.contains { if case .random = $0.start { true } else { false } }
        if !drawsInView && !spec.landscape.minimaAreFound { spec.view = viewBox }
        return spec
    }

    mutating func notifySaved(_ outcome: SaveOutcome) {
        switch outcome {
        case .saved(let paths):
            // The files beside the first share its name: their extensions say enough, and
            // the line stays short enough for 80 columns.
            let beside = paths.dropFirst().compactMap { $0.split(separator: ".").last.map { " and .\($0)" } }
            notify("saved " + (paths.first ?? "") + beside.joined())
        case .failed(let reason): notify("cannot save: \(reason)")
        }
    }
}
