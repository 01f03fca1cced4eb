import ArgumentParser
import DescentScenario

/// `descent list [landscapes|optimizers|schedules|scenarios]`.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List landscapes, optimizers and schedules with their parameters, or the bundled scenarios."
    )

    enum Topic: String, ExpressibleByArgument, CaseIterable {
        case all, landscapes, optimizers, schedules, scenarios
    }

    @Argument(help: ArgumentHelp("What to list.", valueName: Topic.allCases.map(\.rawValue).joined(separator: "|")))
    var topic: Topic = .all

    func run() throws {
        let text = switch topic {
        case .scenarios: BundledScenarios.names.joined(separator: "\n")
        case .all: CatalogListing.render(.all)
        case .landscapes: CatalogListing.render(.landscapes)
        case .optimizers: CatalogListing.render(.optimizers)
        case .schedules: CatalogListing.render(.schedules)
        }
        try CommandOutput.print(text + "\n")
    }
}
