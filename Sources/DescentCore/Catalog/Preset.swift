/// How a catalog entry sets itself up when the view cycles to it (the `o` and `s` keys): with
/// its defaults, or with values chosen to show its shape over a run of a given length and lr.
public enum Preset<Product>: Sendable {
    case defaults
    case shaped(@Sendable (_ runLength: Int, _ lr: Double) -> Product)
}
