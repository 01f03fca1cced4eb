@testable import DescentCore
import Testing

@testable import DescentTUI

/// The header and the status line name the landscape shown, and mark edited runs.
@Suite struct TitleTests {
    private func header(_ app: DescentApp) -> (title: String, subtitle: String, status: String) {
        let grid = app.frame(), x = app.layout.panel.x
        func text(_ y: Int) -> String { String(grid.line(y).dropFirst(x)).trimmingCharacters(in: .whitespaces) }
        return (text(0), text(1), grid.line(29))
    }

    @Test func theScenarioUntilItsRunsAreEdited() {
        var app = Fixtures.app()
        #expect(header(app).title == "Rosenbrock valley" && header(app).subtitle == "rosenbrock · 3000 steps")
        app.type("E")
        #expect(header(app).title == "Rosenbrock valley*" && header(app).status.hasPrefix(" Rosenbrock valley*  "))
        app.type("u")
        #expect(header(app).title == "Rosenbrock valley")
    }

    @Test func anotherLandscapeIsNamed() {
        var app = Fixtures.app()
        app.type("t")
        app.send(.tick(seconds: StatusNotice.duration))
        let name = app.landscapes.name
        #expect(header(app).title == name && header(app).subtitle == "from Rosenbrock valley · 3000 steps")
        #expect(header(app).status.hasPrefix(" \(name)  step "))
        app.type("2m")
        #expect(header(app).title == name + "*")
    }
}
