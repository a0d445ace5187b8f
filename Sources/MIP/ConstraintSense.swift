/// The relation of a linear constraint `expression (sense) rightHandSide`.
public enum ConstraintSense: Sendable, Hashable {
    /// `expression <= rightHandSide`.
    case lessOrEqual
    /// `expression >= rightHandSide`.
    case greaterOrEqual
    /// `expression == rightHandSide`.
    case equal
}
