@testable import DescentCore
import Testing

/// The limits of a box the view can show, shared by validation and the view's pan and zoom.
@Suite struct ViewBoxLimitTests {
    @Test func clampedBoxesAreShowableAndShowableBoxesStayAsTheyAre() {
        var random = SplitMix64(seed: 3)
        let specials: [Double] = [.infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0, 1e12, -1e12, 1e-300]
        func value() -> Double {
            switch random.next() % 3 {
            case 0: return specials[Int(random.next() % UInt64(specials.count))]
            case 1: return Double.random(in: -1e13...1e13, using: &random)
            default: return Double.random(in: -1...1, using: &random) * 1e-9
            }
        }
        for _ in 0..<10_000 {
            let a = value(), b = value(), c = value(), d = value()
            let box = ViewBox(x: min(a, b)...max(a, b), y: min(c, d)...max(c, d))
            let clamped = box.clamped
            #expect(clamped.isShowable, "\(box) → \(clamped)")
            if box.isShowable { #expect(clamped == box) }
            #expect(clamped.clamped == clamped)
        }
    }

    @Test func theLimits() {
        #expect(ViewBox.isShowable(-1e12...1e12))
        #expect(!ViewBox.isShowable(0...1.0000001e12))
        #expect(!ViewBox.isShowable((-1.0000001e12)...0))
        #expect(ViewBox.isShowable(0...1e-9))
        #expect(!ViewBox.isShowable(0...0.9e-9))
        #expect(ViewBox.isShowable(1e6...(1e6 + 1.1e-3)))
        #expect(!ViewBox.isShowable(1e6...(1e6 + 0.9e-3)))
        #expect(!ViewBox.isShowable(-Double.infinity...0))
    }
}
