@testable import DescentTUI

/// A command carries a closure when it is `.work`, so it has no `==`; tests ask for its case.
extension Command {
    var quits: Bool {
        if case .quit = self { true } else { false }
    }
}
