import Testing
@testable import DescentCore

@Suite struct ScheduleCatalogTests {
    @Test func entriesInOrder() {
        #expect(
            ScheduleCatalog.entries.map(\.name) == [
                "constant", "step", "multistep", "exponential", "inverse_time", "polynomial", "cosine",
                "cosine_restarts", "one_cycle", "linear", "cyclic",
            ])
        #expect(ScheduleCatalog.entry(named: "cosine")?.name == "cosine")
        #expect(ScheduleCatalog.entry(named: "CosineAnnealingLR") == nil)
    }

    @Test func summariesNameTheirSource() {
        for entry in ScheduleCatalog.entries.dropFirst() {
            #expect(entry.summary.hasPrefix("PyTorch ") || entry.summary.hasPrefix("Keras "), "\(entry.name)")
        }
    }

    @Test func everyParameterHasHelp() {
        for entry in ScheduleCatalog.entries {
            for p in entry.parameters {
                #expect(!p.help.isEmpty, "\(entry.name).\(p.name)")
            }
        }
    }

    @Test(arguments: [
        Schedule.constant,
        .step(stepSize: 30, gamma: 0.5),
        .multistep(milestones: [2, 2, 5], gamma: 0.1),
        .exponential(gamma: 0.99),
        .inverseTime(decaySteps: 12.5, decayRate: 0.5, staircase: true),
        .polynomial(totalIters: 40, power: 2),
        .cosine(tMax: 300, etaMin: 0.001),
        .cosineRestarts(t0: 10, tMult: 2, etaMin: 0.01),
        .oneCycle(maxLR: 0.5, totalSteps: 80, pctStart: 0.25, divFactor: 10, finalDivFactor: 100),
        .oneCycle(maxLR: nil, totalSteps: 80, pctStart: 0.25, divFactor: 10, finalDivFactor: 100),
        .linear(startFactor: 0.5, endFactor: 0.1, totalIters: 9),
    ])
    func roundTrip(_ schedule: Schedule) throws {
        let entry = try #require(ScheduleCatalog.entry(named: schedule.name))
        let given = Dictionary(uniqueKeysWithValues: schedule.arguments.map { ($0.name, $0.value) })
        #expect(Set(given.keys).isSubset(of: entry.parameters.map(\.name)))
        #expect(entry.make(given).resolved(runLength: 7) == schedule)
    }

    @Test func defaults() throws {
        func make(_ name: String, _ given: [String: ParameterValue] = [:], runLength: Int = 1000) throws -> Schedule {
            try #require(ScheduleCatalog.entry(named: name)).make(given).resolved(runLength: runLength)
        }
        #expect(try make("constant") == .constant)
        #expect(try make("cosine", runLength: 2000) == .cosine(tMax: 2000, etaMin: 0))
        #expect(try make("cosine", ["t_max": .integer(50)], runLength: 2000) == .cosine(tMax: 50, etaMin: 0))
        #expect(try make("step", ["step_size": .integer(30)]) == .step(stepSize: 30, gamma: 0.1))
        #expect(
            try make("multistep", ["milestones": .integers([5, 2, 2])]) == .multistep(milestones: [2, 2, 5], gamma: 0.1))
        #expect(try make("exponential", ["gamma": .integer(1)]) == .exponential(gamma: 1))
        #expect(
            try make("inverse_time", ["decay_steps": .integer(10), "decay_rate": .number(0.5)])
                == .inverseTime(decaySteps: 10, decayRate: 0.5, staircase: false))
        #expect(try make("polynomial") == .polynomial(totalIters: 5, power: 1))
        #expect(try make("cosine_restarts", ["t_0": .integer(10)]) == .cosineRestarts(t0: 10, tMult: 1, etaMin: 0))
        #expect(
            try make("one_cycle", runLength: 500)
                == .oneCycle(maxLR: nil, totalSteps: 500, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4))
        #expect(try make("linear") == .linear(startFactor: 1.0 / 3, endFactor: 1, totalIters: 5))
    }

    @Test func requiredParameters() {
        let required = ScheduleCatalog.entries.flatMap { entry in
            entry.parameters.filter { !$0.isOptional && $0.name != "max_lr" }.map { "\(entry.name).\($0.name)" }
        }
        #expect(
            required == [
                "step.step_size", "multistep.milestones", "exponential.gamma", "inverse_time.decay_steps",
                "inverse_time.decay_rate", "cosine_restarts.t_0",
            ])
    }

    @Test func constraints() throws {
        func violation(_ name: String, _ parameter: String, _ value: ParameterValue) throws -> String? {
            let entry = try #require(ScheduleCatalog.entry(named: name))
            return try #require(entry.parameter(named: parameter)).constraint.violation(by: value)
        }
        #expect(try violation("linear", "start_factor", .number(0)) == "in (0, 1]")
        #expect(try violation("linear", "start_factor", .number(1)) == nil)
        #expect(try violation("linear", "end_factor", .number(0)) == nil)
        #expect(try violation("linear", "end_factor", .number(1.01)) != nil)
        #expect(try violation("one_cycle", "pct_start", .number(0)) != nil)
        #expect(try violation("one_cycle", "pct_start", .number(1)) != nil)
        #expect(try violation("one_cycle", "max_lr", .number(0)) != nil)
        #expect(try violation("multistep", "milestones", .integers([0, 3])) != nil)
        #expect(try violation("multistep", "milestones", .integers([3, 1, 3])) == nil)
        #expect(try violation("exponential", "gamma", .number(0)) != nil)
        #expect(try violation("inverse_time", "decay_steps", .number(0)) != nil)
        #expect(try violation("inverse_time", "decay_rate", .number(0)) == nil)
        #expect(try violation("cosine_restarts", "t_0", .integer(0)) != nil)
        #expect(try violation("cosine_restarts", "t_mult", .integer(0)) != nil)
        #expect(try violation("cosine", "t_max", .integer(0)) != nil)
    }
}
