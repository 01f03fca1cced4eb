extension DescentApp {
    /// The runs as simulated, every edit applied, out to the saver in the background; the
    /// status line says where they went when it is done.
    mutating func save(csv: Bool) -> Command {
        guard let saver else {
            notify("nothing is saved here: w and W save from the interactive view")
            return .none
        }
        let runs = simulationSpec, origin = scenario.name
        return .work { .saved(saver.save(runs, origin: origin, csv: csv)) }
    }

    mutating func notifySaved(_ outcome: SaveOutcome) {
        switch outcome {
        case .saved(let paths): notify("saved " + paths.joined(separator: " and "))
        case .failed(let reason): notify("cannot save: \(reason)")
        }
    }
}
