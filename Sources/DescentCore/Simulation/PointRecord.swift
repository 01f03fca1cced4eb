/// What the run knows of a point it has reached: where, the true gradient, and the loss
/// when the method evaluates it (NaN when it does not).
struct PointRecord {
    var position: Vector2
    var gradient: Vector2
    var loss: Double
}
