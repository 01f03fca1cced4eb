@testable import DescentCore
import Testing

/// `o` moves a run to the next optimizer keeping every setting the two share.
@Suite struct OptimizerSharingTests {
    @Test func momentumToNesterovKeepsMuAndForm() {
        let momentum = AnyOptimizer.momentum(Momentum(momentum: 0.89, dampening: 0.1, form: .sutskever))
        #expect(momentum.next == .nesterov(Nesterov(momentum: 0.89, form: .sutskever)))
    }

    @Test func adamToAdamWKeepsBetasEpsAndAmsgrad() {
        let adam = AnyOptimizer.adam(Adam(betas: Vector2(0.8, 0.99), eps: 1e-6, amsgrad: true))
        #expect(adam.next == .adam(.adamW(betas: Vector2(0.8, 0.99), eps: 1e-6, weightDecay: 0.01, amsgrad: true)))
    }

    @Test func aChosenEpsCarriesButADefaultOneDoesNot() {
        #expect(AnyOptimizer.rmsprop(RMSprop()).next == .adagrad(Adagrad(eps: 1e-10)))
        #expect(AnyOptimizer.rmsprop(RMSprop(eps: 1e-6)).next == .adagrad(Adagrad(eps: 1e-6)))
        #expect(AnyOptimizer.adam(.adamW(eps: 1e-5, weightDecay: 0.05)).next == .rmsprop(RMSprop(eps: 1e-5)))
    }

    /// Nesterov needs μ > 0 (PyTorch): a momentum run at μ = 0 becomes a nesterov run at its default.
    @Test func aValueTheNextOptimizerRejectsIsNotCarried() {
        #expect(AnyOptimizer.momentum(Momentum(momentum: 0)).next == .nesterov(Nesterov()))
    }

    /// Defaults go round the whole cycle unchanged.
    @Test func defaultsStayDefaults() {
        var optimizer = AnyOptimizer.sgd(SGD())
        for entry in OptimizerCatalog.entries.dropFirst() + OptimizerCatalog.entries.prefix(1) {
            optimizer = optimizer.next
            #expect(optimizer == entry.make())
        }
    }

    @Test func settingsNameTheCatalogsOwnParameters() {
        for entry in OptimizerCatalog.entries {
            for (name, value) in entry.make().settings {
                #expect(entry.parameter(named: name)?.defaultValue == value, "\(entry.name).\(name)")
            }
        }
        #expect(AnyOptimizer.adam(Adam()).settings["weight_decay"] == nil, "Adam's weight decay is the run's")
    }

    @Test func factsNameTheOptimizersTheyHoldFor() {
        #expect(OptimizerCatalog.names { $0.acceptsRestart } == ["momentum", "nesterov"])
        #expect(OptimizerCatalog.names { $0.momentum != nil } == ["momentum", "nesterov", "rmsprop"])
    }
}
