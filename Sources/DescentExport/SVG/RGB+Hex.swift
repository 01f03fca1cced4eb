import DescentPlot

extension RGB {
    /// `#rrggbb`, as SVG's paint.
    var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}
