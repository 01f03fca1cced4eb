import ArgumentParser
import DescentScenario

/// `descent list [landscapes|optimizers|schedules|scenarios]`.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List landscapes, optimizers and schedules with their parameters, or the bundled scenarios."
    )

    enum Topic: String, ExpressibleByArgument, CaseIterable {
        case all, landscapes, optimizers, schedules, scenarios
    }

    @Argument(help: ArgumentHelp("What to list.", valueName: Topic.allCases.map(\.rawValue).joined(separator: "|")))
    var topic: Topic = .all

    func run() {
        switch topic {
        case .scenarios: print(BundledScenarios.names.joined(separator: "\n"))
        case .all: print(CatalogListing.render(.all))
        case .landscapes: print(CatalogListing.render(.landscapes))
        case .optimizers: print(CatalogListing.render(.optimizers))
        case .schedules: print(CatalogListing.render(.schedules))
        }
    }
}
