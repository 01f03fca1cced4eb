/// How momentum and the learning rate combine (REFERENCE.md A2). The two forms agree while
/// lr is constant and differ once a schedule changes it.
public enum MomentumForm: String, Hashable, Sendable, CaseIterable {
    /// PyTorch and optax: `buf = μ·buf + g; p −= lr·buf`. An lr drop shrinks the velocity at once.
    case pytorch
    /// Sutskever et al. 2013 and Keras: `v = μ·v − lr·g; p += v`. Past steps keep their lr.
    case sutskever
}
