/// A rejected model, argument or solve. Variables and constraints are named by their name
/// (empty when unnamed) and 0-based index.
public enum MIPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A variable bound is NaN or infinite (use `nil` for "no bound").
    case nonFiniteBound(variable: String, index: Int, value: Double)
    /// A variable's lower bound is above its upper bound.
    case invalidBounds(variable: String, index: Int, lower: Double, upper: Double)
    /// A variable's objective coefficient is NaN or infinite.
    case nonFiniteObjectiveCoefficient(variable: String, index: Int, value: Double)
    /// The objective's constant is NaN or infinite.
    case nonFiniteObjectiveConstant(Double)
    /// A variable index the model does not have (`context` says where it was used: a
    /// constraint, the objective, ...).
    case unknownVariable(index: Int, variableCount: Int, context: String)
    /// A constraint index the model does not have.
    case unknownConstraint(index: Int, constraintCount: Int)
    /// A constraint coefficient is NaN or infinite.
    case nonFiniteCoefficient(constraint: String, constraintIndex: Int, variable: String, variableIndex: Int, value: Double)
    /// A constraint's right-hand side (constants moved right) is NaN or infinite.
    case nonFiniteRightHandSide(constraint: String, constraintIndex: Int, value: Double)
    /// The warm start does not have one value per variable.
    case warmStartLengthMismatch(expected: Int, actual: Int)
    /// A warm-start value is NaN or infinite.
    case nonFiniteWarmStartValue(variable: String, index: Int, value: Double)
    /// A time limit that is negative or not finite.
    case invalidTimeLimit(Double)
    /// A relative gap outside `[0, 1)`.
    case invalidRelativeGap(Double)
    /// A node limit below 1.
    case invalidNodeLimit(Int)
    /// The solver backend failed or rejected the model (the message comes from the
    /// backend, e.g. a `GLPKError` or an unexpected GLPK return code).
    case solver(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case let .nonFiniteBound(variable, index, value):
            return "variable \(Self.label(variable, index)): bound \(value) is not finite (use nil for no bound)"
        case let .invalidBounds(variable, index, lower, upper):
            return "variable \(Self.label(variable, index)): lower bound \(lower) is above upper bound \(upper)"
        case let .nonFiniteObjectiveCoefficient(variable, index, value):
            return "variable \(Self.label(variable, index)): objective coefficient \(value) is not finite"
        case let .nonFiniteObjectiveConstant(value):
            return "objective constant \(value) is not finite"
        case let .unknownVariable(index, count, context):
            return "\(context): variable index \(index) does not belong to this model (it has \(count) variables)"
        case let .unknownConstraint(index, count):
            return "constraint index \(index) does not belong to this model (it has \(count) constraints)"
        case let .nonFiniteCoefficient(constraint, constraintIndex, variable, variableIndex, value):
            return "constraint \(Self.label(constraint, constraintIndex)): coefficient \(value) of variable \(Self.label(variable, variableIndex)) is not finite"
        case let .nonFiniteRightHandSide(constraint, index, value):
            return "constraint \(Self.label(constraint, index)): right-hand side \(value) is not finite"
        case let .warmStartLengthMismatch(expected, actual):
            return "warm start has \(actual) values, the model has \(expected) variables"
        case let .nonFiniteWarmStartValue(variable, index, value):
            return "warm start: value \(value) of variable \(Self.label(variable, index)) is not finite"
        case let .invalidTimeLimit(value):
            return "time limit \(value) is invalid (must be finite and >= 0 seconds)"
        case let .invalidRelativeGap(value):
            return "relative gap \(value) is invalid (must be in [0, 1))"
        case let .invalidNodeLimit(value):
            return "node limit \(value) is invalid (must be at least 1)"
        case let .solver(message):
            return "solver: \(message)"
        }
    }

    private static func label(_ name: String, _ index: Int) -> String {
        name.isEmpty ? "#\(index)" : "'\(name)' (#\(index))"
    }
}
