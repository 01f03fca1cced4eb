@testable import DescentCore
import Testing

@testable import DescentTUI

/// Crash class 2 of issue 12: extreme view boxes. Whatever box a spec holds (validation
/// keeps scenario files within `ViewBox`'s limits; these come from anywhere), the view shows
/// a frame, and pan and zoom stop at the limits instead of running off the Doubles.
@Suite struct ViewLimitTests {
    func app(view: ViewBox, width: Int = 100, height: Int = 30) -> DescentApp {
        var spec = Fixtures.scenario(steps: 100)
        spec.view = view
        var app = DescentApp(spec: spec)
        _ = app.update(.resize(width: width, height: height))
        return app
    }

    /// The issue's three repros.
    @Test func theIssuesBoxes() {
        _ = app(view: ViewBox(x: -1e308...1e308, y: -1...3)).frame()
        _ = app(view: ViewBox(x: -8e307...8e307, y: -1...3), width: 60, height: 200).frame(width: 60, height: 200)
        var panned = app(view: ViewBox(x: 1e307...8e307, y: -1...3))
        for _ in 0..<30 {
            panned.type("l")
            _ = panned.frame()
            #expect(panned.viewBox.isShowable)
        }
        #expect(panned.viewBox.x.upperBound == ViewBox.coordinateLimit)
    }

    @Test func randomBoxesAtRandomSizes() {
        var random = ExtremeDoubles(seed: 11)
        for _ in 0..<300 {
            let width = random.int(in: 1...300), height = random.int(in: 1...100)
            let app = app(view: random.box(), width: width, height: height)
            #expect(app.viewBox.isShowable)
            let frame = app.frame(width: width, height: height)
            #expect(frame.width == width && frame.height == height)
        }
    }

    @Test func panStopsAtTheEdgeOfThePlane() {
        for key in ["l", "h", "k", "j"] {
            var app = app(view: ViewBox(x: -2...2, y: -1...3))
            // Zoomed out first, so that a few hundred pans reach the edge.
            app.type(String(repeating: "-", count: 110))
            for _ in 0..<100 { app.type(key) }
            let box = app.viewBox
            #expect(box.isShowable)
            let edges = [box.x.lowerBound, box.x.upperBound, box.y.lowerBound, box.y.upperBound].map(abs)
            #expect(edges.contains(ViewBox.coordinateLimit), "\(key): \(box)")
            app.type(key)
            #expect(app.viewBox == box, "one more pan does not move it")
        }
    }

    @Test func zoomStopsAtTheWidestAndNarrowestBox() {
        var app = app(view: ViewBox(x: -2...2, y: -1...3))
        for _ in 0..<400 { app.type("-") }
        #expect(app.viewBox.isShowable)
        let widest = app.viewBox
        #expect(widest.width == 2 * ViewBox.coordinateLimit || widest.height == 2 * ViewBox.coordinateLimit)
        app.type("-")
        #expect(app.viewBox == widest)
        for _ in 0..<800 { app.type("+") }
        #expect(app.viewBox.isShowable)
        let narrowest = app.viewBox
        #expect(min(narrowest.width, narrowest.height) < 1e-8)
        app.type("+")
        #expect(app.viewBox == narrowest)
        // Far from the origin the narrowest box is wider: a billionth of the distance.
        var far = self.app(view: ViewBox(x: 1e11...1.1e11, y: -1e11...(-0.9e11)))
        for _ in 0..<400 { far.type("+") }
        #expect(far.viewBox.isShowable && far.viewBox.width >= 100)
    }
}
