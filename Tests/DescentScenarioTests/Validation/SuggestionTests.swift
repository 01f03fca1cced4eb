import Testing
@testable import DescentScenario

@Suite struct SuggestionTests {
    @Test func closestWordsAndSynonyms() {
        let keys = ["lr", "weight_decay", "momentum", "label"]
        #expect(Suggestion.closest(to: "lerning_rate", among: keys) == "lr")
        #expect(Suggestion.closest(to: "wd", among: keys) == "weight_decay")
        #expect(Suggestion.closest(to: "momentun", among: keys) == "momentum")
        #expect(Suggestion.closest(to: "zzzzzz", among: keys) == nil)
        #expect(Suggestion.phrase(for: "zzzzzz", among: ["a", "b"]) == "valid: a, b")
    }

    @Test func labelsAreUniquedPerOptimizer() {
        #expect(RunLabels.unique(
            explicit: [nil, "sgd-2", nil, nil, "adam"], optimizers: ["sgd", "sgd", "sgd", "adam", "adam"])
            == ["sgd", "sgd-2", "sgd-3", "adam-2", "adam"])
    }
}
