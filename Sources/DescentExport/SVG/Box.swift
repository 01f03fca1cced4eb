/// A rectangle of the figure, in pixels from its top left.
struct Box {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}
