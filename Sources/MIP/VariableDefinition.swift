/// How a variable was declared in a ``Model``.
public struct VariableDefinition: Sendable, Hashable {
    /// Its name, for messages (may be empty).
    public let name: String
    /// Continuous, integer or binary.
    public let kind: VariableKind
    /// Lower bound, `nil` meaning unbounded below.
    public internal(set) var lowerBound: Double?
    /// Upper bound, `nil` meaning unbounded above.
    public internal(set) var upperBound: Double?
    /// Its coefficient in the objective.
    public internal(set) var objective: Double
}
