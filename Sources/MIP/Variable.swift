/// A decision variable of a ``Model``: a 0-based index into ``Model/variables``.
///
/// Variables are plain indices and carry no reference to their model: use them only with
/// the model that created them (a model rejects indices it does not have, but cannot tell
/// another model's in-range variable from its own).
public struct Variable: Hashable, Sendable {
    /// The 0-based position in ``Model/variables``.
    public let index: Int

    /// A variable with the given index (normally obtained from ``Model/addVariable(name:kind:lowerBound:upperBound:objective:)``).
    public init(index: Int) { self.index = index }
}
