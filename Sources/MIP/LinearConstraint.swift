/// A linear constraint `terms (sense) rightHandSide`, usually produced by the comparison
/// operators: `expr <= 5`, `x + y >= z`, `2 * x == 3`. Everything variable ends up on the
/// left and every constant on the right.
public struct LinearConstraint: Sendable {
    /// The left-hand side (its ``LinearExpression/constant`` is always 0).
    public private(set) var expression: LinearExpression
    /// The relation.
    public let sense: ConstraintSense
    /// The right-hand side.
    public private(set) var rightHandSide: Double

    /// The constraint `expression (sense) rightHandSide`; the expression's constant is
    /// moved to the right-hand side.
    public init(_ expression: LinearExpression, _ sense: ConstraintSense, _ rightHandSide: Double) {
        self.expression = LinearExpression(terms: expression.terms)
        self.sense = sense
        self.rightHandSide = rightHandSide - expression.constant
    }

    /// The constraint `lhs (sense) rhs`, with `rhs` moved to the left.
    public init(lhs: LinearExpression, _ sense: ConstraintSense, rhs: LinearExpression) {
        var difference = lhs
        difference.add(rhs, times: -1)
        self.init(difference, sense, 0)
    }
}

// MARK: Comparison operators

extension LinearExpression {
    /// `lhs <= rhs`.
    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint { LinearConstraint(lhs, .lessOrEqual, rhs) }
    /// `lhs >= rhs`.
    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint { LinearConstraint(lhs, .greaterOrEqual, rhs) }
    /// `lhs == rhs`.
    public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint { LinearConstraint(lhs, .equal, rhs) }

    /// `lhs <= rhs`.
    public static func <= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(rhs, .greaterOrEqual, lhs) }
    /// `lhs >= rhs`.
    public static func >= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(rhs, .lessOrEqual, lhs) }
    /// `lhs == rhs`.
    public static func == (lhs: Double, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(rhs, .equal, lhs) }

    /// `lhs <= rhs` (everything moved to the left).
    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: lhs, .lessOrEqual, rhs: rhs) }
    /// `lhs >= rhs` (everything moved to the left).
    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: lhs, .greaterOrEqual, rhs: rhs) }
    /// `lhs == rhs` (everything moved to the left).
    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: lhs, .equal, rhs: rhs) }

    /// `lhs <= rhs`.
    public static func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { LinearConstraint(lhs: lhs, .lessOrEqual, rhs: LinearExpression(rhs)) }
    /// `lhs >= rhs`.
    public static func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { LinearConstraint(lhs: lhs, .greaterOrEqual, rhs: LinearExpression(rhs)) }
    /// `lhs == rhs`.
    public static func == (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { LinearConstraint(lhs: lhs, .equal, rhs: LinearExpression(rhs)) }
}

extension Variable {
    /// `lhs <= rhs`.
    public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearConstraint(LinearExpression(lhs), .lessOrEqual, rhs) }
    /// `lhs >= rhs`.
    public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearConstraint(LinearExpression(lhs), .greaterOrEqual, rhs) }
    /// `lhs == rhs`.
    public static func == (lhs: Variable, rhs: Double) -> LinearConstraint { LinearConstraint(LinearExpression(lhs), .equal, rhs) }

    /// `lhs <= rhs`.
    public static func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: LinearExpression(lhs), .lessOrEqual, rhs: rhs) }
    /// `lhs >= rhs`.
    public static func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: LinearExpression(lhs), .greaterOrEqual, rhs: rhs) }
    /// `lhs == rhs`.
    public static func == (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearConstraint(lhs: LinearExpression(lhs), .equal, rhs: rhs) }

    /// `lhs <= rhs`.
    public static func <= (lhs: Double, rhs: Variable) -> LinearConstraint { LinearConstraint(LinearExpression(rhs), .greaterOrEqual, lhs) }
    /// `lhs >= rhs`.
    public static func >= (lhs: Double, rhs: Variable) -> LinearConstraint { LinearConstraint(LinearExpression(rhs), .lessOrEqual, lhs) }
    /// `lhs == rhs`.
    public static func == (lhs: Double, rhs: Variable) -> LinearConstraint { LinearConstraint(LinearExpression(rhs), .equal, lhs) }

    /// `lhs <= rhs` (as `lhs - rhs <= 0`). There is deliberately no `Variable == Variable`
    /// constraint operator (it would clash with `Equatable`); write `x - y == 0`.
    public static func <= (lhs: Variable, rhs: Variable) -> LinearConstraint { LinearConstraint(lhs - rhs, .lessOrEqual, 0) }
    /// `lhs >= rhs` (as `lhs - rhs >= 0`).
    public static func >= (lhs: Variable, rhs: Variable) -> LinearConstraint { LinearConstraint(lhs - rhs, .greaterOrEqual, 0) }
}
