@testable import DescentCore
import Testing

@Suite struct SpellingTests {
    @Test func editDistanceCountsSwapsOnce() {
        #expect(Spelling.distance(Array("rosenbrok"), Array("rosenbrock")) == 1)
        #expect(Spelling.distance(Array("lr"), Array("rl")) == 1)
        #expect(Spelling.distance(Array(""), Array("abc")) == 3)
        #expect(Spelling.distance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func closestCountsSynonymsAndRefusesWildGuesses() {
        #expect(Spelling.closest(to: "sinn", among: ["sin", "cos", "sinh"]) == "sin")
        #expect(Spelling.closest(to: "z", among: ["x", "y"]) == nil)
        #expect(Spelling.closest(to: "wd", among: ["lr", "weight_decay"], synonyms: ["weight_decay": ["wd"]]) == "weight_decay")
    }
}
