@testable import DescentCore
import Testing
@testable import DescentScenario

@Suite struct CatalogListingTests {
    @Test func everyCatalogNameAndParameterIsListed() {
        let all = CatalogListing.render()
        let names = LandscapeCatalog.entries.map(\.name) + OptimizerCatalog.entries.map(\.name)
            + ScheduleCatalog.entries.map(\.name) + RunKey.allCases.filter { $0 != .optimizer }.map(\.rawValue)
        for name in names {
            #expect(all.contains("\n\(name) ") || all.contains("    \(name) "), "\(name) is missing")
        }
        for entry in ScheduleCatalog.entries {
            for parameter in entry.parameters {
                #expect(all.contains("    \(parameter.name) "), "\(entry.name).\(parameter.name) is missing")
            }
        }
    }

    @Test func sectionsHoldTheirOwnCatalog() {
        let landscapes = CatalogListing.render(.landscapes)
        #expect(landscapes.hasPrefix("Landscapes: "))
        #expect(!landscapes.contains("nesterov"))
        #expect(CatalogListing.render(.all)
            == [CatalogListing.render(.landscapes), CatalogListing.render(.optimizers), CatalogListing.render(.schedules)]
                .joined(separator: "\n"))
    }

    @Test func parameterRowsSayKindDefaultConstraintAndHelp() {
        let lines = CatalogListing.render(.schedules).split(separator: "\n").map(String.init)
        func row(_ prefix: String) -> [String]? {
            lines.first { $0.hasPrefix(prefix) }?.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(row("    step_size ") == ["step_size", "a whole number", "required", "in 1 ... 1000000000", "steps between two decays"])
        #expect(row("    t_max ") == [
            "t_max", "a whole number", "steps of the run", "in 1 ... 1000000000",
            "steps from lr down to eta_min (default: the run's steps)",
        ])
        #expect(row("    eta_min ")?.prefix(4) == ["eta_min", "a number", "default 0", "in [0, 1e300]"])
        #expect(row("    max_lr ")?.prefix(3) == ["max_lr", "a number", "optional"])
        #expect(row("    staircase ") == ["staircase", "true or false", "default false", "decay in whole multiples of decay_steps"])
    }

    @Test func optimizersListTheGeneralRunKeys() {
        let text = CatalogListing.render(.optimizers)
        #expect(text.contains("Every run also takes:\n    label "))
        #expect(text.contains("    noise     a number >= 0 and finite"))
    }
}
