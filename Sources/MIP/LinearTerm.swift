/// One `coefficient * variable` term of a ``LinearExpression``.
public struct LinearTerm: Sendable, Hashable {
    /// The variable.
    public var variable: Variable
    /// Its coefficient.
    public var coefficient: Double

    /// A term `coefficient * variable`.
    public init(_ coefficient: Double, _ variable: Variable) {
        self.variable = variable
        self.coefficient = coefficient
    }
}
