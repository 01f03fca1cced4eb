import Foundation
import Testing
@testable import DescentScenario

/// Every kind of problem, with its file, line and column and the exact words.
@Suite struct DiagnosticsTests {
    @Test func yamlSyntaxError() {
        #expect(problems("landscape: rosenbrock\nsteps: [100\nruns: []\n") == [
            "test.yaml:3:5: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at 2:8)"
        ])
    }

    @Test func tabInIndentation() {
        #expect(problems("landscape: rosenbrock\nsteps: 100\nruns:\n\t- optimizer: sgd\n") == [
            "test.yaml:4:1: tab character in indentation; YAML indents with spaces"
        ])
    }

    @Test func invalidUTF8() {
        #expect(problems(Array("landscape: rosenbrock\nname: ab".utf8) + [0xFF] + Array("\n".utf8)) == [
            "test.yaml:2:9: invalid UTF-8; save the scenario as UTF-8 text"
        ])
    }

    @Test func emptyFiles() {
        let empty = "test.yaml: the scenario is empty; expected a mapping with landscape, steps and runs"
        #expect(problems("") == [empty])
        #expect(problems("# only a comment\n\n") == [empty])
    }

    @Test func notAMapping() {
        #expect(problems("- rosenbrock\n- 100\n") == [
            "test.yaml:1:1: the scenario: expected a mapping with landscape, steps and runs, found a list of 2 items"
        ])
    }

    @Test func unknownKeysSuggestTheClosest() {
        #expect(problems(minimalScenario + "\n    lerning_rate: 0.1\nstep: 3\n") == [
            "test.yaml:5:5: unknown key 'lerning_rate' in a run; did you mean 'lr'? "
                + "valid: optimizer, label, noise, start, schedule, warmup, restart, l1, lr, weight_decay",
            "test.yaml:6:1: unknown key 'step' in the scenario; did you mean 'steps'? "
                + "valid: name, landscape, view, steps, start, seed, tolerance, stop_at_tolerance, defaults, runs",
        ])
    }

    @Test func runKeysAtTheTopLevel() {
        #expect(problems(minimalScenario + "\nlr: 0.1\n") == [
            "test.yaml:5:1: 'lr' belongs in a run or in defaults, not at the top level; "
                + "valid here: name, landscape, view, steps, start, seed, tolerance, stop_at_tolerance, defaults, runs"
        ])
    }

    @Test func wrongTypes() {
        let text = """
            landscape: rosenbrock
            steps: many
            stop_at_tolerance: yes
            runs:
              - optimizer: sgd
                lr: "0.1"
                noise: [1, 2]
                label: {a: 1}
            """
        #expect(problems(text) == [
            "test.yaml:2:8: steps: expected a whole number, found 'many'",
            "test.yaml:3:20: stop_at_tolerance: expected true or false, found 'yes'",
            "test.yaml:6:9: lr: expected a number, found the string \"0.1\"",
            "test.yaml:7:12: noise: expected a number, found a list of 2 items",
            "test.yaml:8:12: label: expected text, found a mapping",
        ])
    }

    @Test func nonFiniteNumbers() {
        #expect(problems(minimalScenario + "\n    lr: .inf\n    weight_decay: 1e999\n") == [
            "test.yaml:5:9: lr: expected a finite number, found .inf",
            "test.yaml:6:19: weight_decay: expected a finite number, found 1e999",
        ])
    }

    @Test func unknownNamesSuggestTheClosest() {
        let text = """
            landscape: rosenbrok
            steps: 100
            runs:
              - optimizer: nesterow
              - optimizer: sgd
                schedule: cosin
              - optimizer: momentum
                form: sutskevr
            """
        #expect(problems(text) == [
            "test.yaml:1:12: unknown landscape 'rosenbrok'; did you mean 'rosenbrock'? valid: rosenbrock, quadratic, "
                + "saddle, monkey_saddle, beale, himmelblau, booth, matyas, three_hump_camel, six_hump_camel, "
                + "rastrigin, ackley, styblinski_tang, goldstein_price",
            "test.yaml:4:16: unknown optimizer 'nesterow'; did you mean 'nesterov'? "
                + "valid: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad",
            "test.yaml:6:15: unknown schedule 'cosin'; did you mean 'cosine'? valid: constant, step, multistep, "
                + "exponential, inverse_time, polynomial, cosine, cosine_restarts, one_cycle, linear, cyclic, plateau, backtracking, polyak, bold_driver",
            "test.yaml:8:11: unknown form 'sutskevr'; did you mean 'sutskever'? valid: pytorch, sutskever",
        ])
    }

    @Test func missingRequiredKeys() {
        let text = """
            view: {x: [-2, 2], y: [-1, 3]}
            runs:
              - lr: 0.1
              - optimizer: sgd
                schedule: step
                warmup: {start_factor: 0.5}
              - optimizer: sgd
                schedule: {gamma: 0.5}
            """
        #expect(problems(text) == [
            "test.yaml:1:1: missing key 'landscape' in the scenario; expected a landscape name, e.g. rosenbrock, or {expr: \"x^2 + y^2\"}",
            "test.yaml:1:1: missing key 'steps' in the scenario; expected a whole number in 1 ... 1000000000",
            "test.yaml:3:5: missing key 'optimizer' in a run; expected sgd | momentum | nesterov | adam | adamw | rmsprop | adagrad",
            "test.yaml:5:15: missing key 'step_size' in schedule step; expected a whole number in 1 ... 1000000000",
            "test.yaml:6:13: missing key 'steps' in warmup; expected a whole number in 1 ... 1000000000",
            "test.yaml:8:15: missing key 'name' in schedule; expected one of constant, step, multistep, exponential, "
                + "inverse_time, polynomial, cosine, cosine_restarts, one_cycle, linear, cyclic, plateau, backtracking, polyak, bold_driver",
        ])
    }

    @Test func learningRateMustBePositiveAndFinite() {
        #expect(problems(minimalScenario + "\n    lr: -0.1\n") == ["test.yaml:5:9: lr must be > 0 and finite, found -0.1"])
        #expect(problems(minimalScenario + "\n    lr: 0\n") == ["test.yaml:5:9: lr must be > 0 and finite, found 0"])
        #expect(problems(minimalScenario + "\n    lr: .nan\n") == ["test.yaml:5:9: lr: expected a finite number, found .nan"])
        // YAML 1.2 spells NaN `.nan`; a bare `nan` is text.
        #expect(problems(minimalScenario + "\n    lr: nan\n") == ["test.yaml:5:9: lr: expected a number, found 'nan'"])
    }

    @Test func momentumMustBeInTheUnitInterval() {
        let text = """
            landscape: rosenbrock
            steps: 100
            runs:
              - {optimizer: momentum, momentum: 1.0}
              - {optimizer: momentum, momentum: -0.5}
              - {optimizer: nesterov, momentum: 0}
              - {optimizer: adam, betas: [0.9, 1.5]}
            """
        #expect(problems(text) == [
            "test.yaml:4:37: momentum must be in [0, 1), found 1.0",
            "test.yaml:5:37: momentum must be in [0, 1), found -0.5",
            "test.yaml:6:37: momentum must be in (0, 1), found 0",
            "test.yaml:7:30: betas must be in [0, 1), found [0.9, 1.5]",
        ])
    }

    @Test func stepsOutOfRange() {
        func steps(_ value: String) -> [String] {
            problems("landscape: rosenbrock\nsteps: \(value)\nruns: [{optimizer: sgd}]\n")
        }
        #expect(steps("0") == ["test.yaml:2:8: steps must be a whole number in 1 ... 1000000000, found 0"])
        #expect(steps("2e9") == ["test.yaml:2:8: steps must be a whole number in 1 ... 1000000000, found 2e9"])
        #expect(steps("2.5") == ["test.yaml:2:8: steps: expected a whole number, found 2.5"])
        #expect(steps("1e30") == [
            "test.yaml:2:8: steps must be a whole number in 1 ... 1000000000, found 1e30"
        ])
        #expect(steps("1e6") == [])
    }

    @Test func runCounts() {
        #expect(problems("landscape: rosenbrock\nsteps: 10\nruns: []\n") == [
            "test.yaml:3:7: runs: expected 1 to 16 runs, found 0"
        ])
        let seventeen = (1...17).map { _ in "  - optimizer: sgd\n" }.joined()
        #expect(problems("landscape: rosenbrock\nsteps: 10\nruns:\n" + seventeen) == [
            "test.yaml:4:3: runs: expected 1 to 16 runs, found 17"
        ])
        #expect(problems("landscape: rosenbrock\nsteps: 10\nruns: sgd\n") == [
            "test.yaml:3:7: runs: expected a list of 1 to 16 runs, found 'sgd'"
        ])
    }

    @Test func duplicateLabels() {
        let text = """
            landscape: rosenbrock
            steps: 100
            runs:
              - {optimizer: sgd, label: fast}
              - {optimizer: momentum, label: slow}
              - {optimizer: nesterov, label: fast}
              - {optimizer: nesterow, label: slow}
            """
        #expect(problems(text) == [
            "test.yaml:6:34: duplicate label 'fast' (first at 4:29); each run needs its own label",
            "test.yaml:7:17: unknown optimizer 'nesterow'; did you mean 'nesterov'? "
                + "valid: sgd, momentum, nesterov, adam, adamw, rmsprop, adagrad",
            "test.yaml:7:34: duplicate label 'slow' (first at 5:34); each run needs its own label",
        ])
    }

    @Test func badStarts() {
        let text = """
            landscape: rosenbrock
            steps: 100
            start: [1]
            runs:
              - {optimizer: sgd, start: rand}
              - {optimizer: sgd, start: [0, .nan]}
              - {optimizer: sgd, start: [0, 1, 2]}
            """
        #expect(problems(text) == [
            "test.yaml:3:8: start: expected [x, y] or random, found a list of 1 item",
            "test.yaml:5:29: start: expected [x, y] or random, found 'rand'",
            "test.yaml:6:33: start: expected a finite number, found .nan",
            "test.yaml:7:29: start: expected [x, y] or random, found a list of 3 items",
        ])
    }

    @Test func parametersOfAnotherOptimizer() {
        #expect(problems(minimalScenario.replacingOccurrences(of: "sgd", with: "adam") + "\n    momentum: 0.9\n") == [
            "test.yaml:5:5: 'momentum' does not apply to adam (only to momentum, nesterov, rmsprop); "
                + "adam takes lr, weight_decay, betas, eps, amsgrad"
        ])
    }

    @Test func defaultsNoRunCanTake() {
        let text = """
            landscape: rosenbrock
            steps: 100
            defaults: {betas: [0.9, 0.99], momentum: 0.5, label: x, colour: red}
            runs:
              - optimizer: sgd
              - optimizer: momentum
            """
        #expect(problems(text) == [
            "test.yaml:3:12: 'betas' in defaults applies to none of the runs (sgd, momentum); it is a parameter of adam, adamw",
            "test.yaml:3:47: label cannot be a default; give each run its own label",
            "test.yaml:3:57: unknown key 'colour' in defaults; valid: optimizer, noise, start, schedule, warmup, restart, l1, lr, "
                + "weight_decay, momentum, dampening, form, betas, eps, amsgrad, alpha, centered, lr_decay, "
                + "initial_accumulator_value",
        ])
    }

    @Test func aBadDefaultIsReportedOnce() {
        let text = """
            landscape: rosenbrock
            steps: 100
            defaults: {lr: -1}
            runs: [{optimizer: sgd}, {optimizer: adam}]
            """
        #expect(problems(text) == ["test.yaml:3:16: lr must be > 0 and finite, found -1"])
    }

    @Test func viewBounds() {
        #expect(problems(minimalScenario + "\nview: {x: [2, -2], z: [0, 1]}\n") == [
            "test.yaml:5:11: view x must be [lo, hi] with lo < hi, found [2, -2]",
            "test.yaml:5:20: unknown key 'z' in view; valid: x, y",
        ])
    }

    @Test func seedsAndTolerances() {
        #expect(problems(minimalScenario + "\nseed: -1\ntolerance: 0\n") == [
            "test.yaml:5:7: seed must be in 0 ... 18446744073709551615, found -1",
            "test.yaml:6:12: tolerance must be > 0 and finite, found 0",
        ])
    }

    @Test func severalProblemsAreReportedTogetherInFileOrder() {
        let text = """
            landscape: {name: rosenbrock, b: -1}
            steps: 0
            runs:
              - optimizer: sgd
                lr: 0
              - optimizer: sgd
                label: sgd
                lerning_rate: 0.1
            """
        #expect(problems(text, file: "dir/bad.yaml") == [
            "dir/bad.yaml:1:34: b must be > 0 and finite, found -1",
            "dir/bad.yaml:2:8: steps must be a whole number in 1 ... 1000000000, found 0",
            "dir/bad.yaml:5:9: lr must be > 0 and finite, found 0",
            "dir/bad.yaml:8:5: unknown key 'lerning_rate' in a run; did you mean 'lr'? "
                + "valid: optimizer, label, noise, start, schedule, warmup, restart, l1, lr, weight_decay",
        ])
    }

    @Test func manyProblemsAreCapped() {
        let runs = (1...16).map { _ in "  - {optimizer: sgd, lr: -1, noise: -1}\n" }.joined()
        let lines = problems("landscape: rosenbrock\nsteps: 10\nruns:\n" + runs)
        #expect(lines.count == ScenarioError.maximumLines + 1)
        #expect(lines.first == "test.yaml:4:26: lr must be > 0 and finite, found -1")
        #expect(lines.last == "test.yaml: 12 more problems not shown")
    }

    @Test func userTextIsShownSafely() {
        #expect(problems(minimalScenario + "\n    \"\\e[31m\": 1\n") == [
            "test.yaml:5:5: unknown key '\\u{1B}[31m' in a run; valid: optimizer, label, noise, start, schedule, "
                + "warmup, restart, l1, lr, weight_decay"
        ])
    }
}
