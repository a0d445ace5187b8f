/// A constraint as stored in a ``Model``: `sum(terms) (sense) rightHandSide`.
public struct ConstraintDefinition: Sendable, Hashable {
    /// Its name, for messages (may be empty).
    public let name: String
    /// One term per variable, sorted by variable index, no zero coefficients.
    public internal(set) var terms: [LinearTerm]
    /// The relation.
    public let sense: ConstraintSense
    /// The right-hand side.
    public let rightHandSide: Double

    /// The merged coefficient of `variable` (0 when absent).
    public func coefficient(of variable: Variable) -> Double {
        terms.first { $0.variable == variable }?.coefficient ?? 0
    }
}
