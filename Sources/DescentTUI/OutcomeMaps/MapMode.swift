/// A map on show, and the cell under its cursor: `column` from the left, `row` from the bottom,
/// as `MapGrid` counts them (kept inside the grid where used, since the grid follows the layout).
struct MapMode: Hashable {
    let kind: MapKind
    var column: Int
    var row: Int
}
