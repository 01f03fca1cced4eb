/// Which map the view shows in place of the landscape: how the selected run fares over lr and
/// μ (`P`), or where it ends from each start in view (`B`).
enum MapKind: Hashable {
    case parameters
    case basins
}
