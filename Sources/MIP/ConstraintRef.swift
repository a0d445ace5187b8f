/// A constraint of a ``Model``: a 0-based index into ``Model/constraints`` (and into
/// ``Solution/duals``).
public struct ConstraintRef: Hashable, Sendable {
    /// The 0-based position in ``Model/constraints``.
    public let index: Int

    /// A reference with the given index (normally obtained from ``Model/addConstraint(_:name:)``).
    public init(index: Int) { self.index = index }
}
