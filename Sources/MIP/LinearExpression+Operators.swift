// Arithmetic on variables and expressions. Every operator returns a `LinearExpression`;
// left operands are consumed so chains like `a + b + c` append in place.

extension LinearExpression {
    /// Sum of two expressions.
    public static func + (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs.add(rhs)
        return lhs
    }

    /// Expression plus a variable.
    public static func + (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
        lhs.add(1, rhs)
        return lhs
    }

    /// Variable plus an expression.
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        var result = LinearExpression(lhs)
        result.add(rhs)
        return result
    }

    /// Expression plus a constant.
    public static func + (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.constant += rhs
        return lhs
    }

    /// Constant plus an expression.
    public static func + (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
        rhs.constant += lhs
        return rhs
    }

    /// Difference of two expressions.
    public static func - (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs.add(rhs, times: -1)
        return lhs
    }

    /// Expression minus a variable.
    public static func - (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
        lhs.add(-1, rhs)
        return lhs
    }

    /// Variable minus an expression.
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        var result = LinearExpression(lhs)
        result.add(rhs, times: -1)
        return result
    }

    /// Expression minus a constant.
    public static func - (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.constant -= rhs
        return lhs
    }

    /// Constant minus an expression.
    public static func - (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
        rhs.scale(by: -1)
        rhs.constant += lhs
        return rhs
    }

    /// Negated expression.
    public static prefix func - (operand: consuming LinearExpression) -> LinearExpression {
        operand.scale(by: -1)
        return operand
    }

    /// Expression scaled by a constant.
    public static func * (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
        rhs.scale(by: lhs)
        return rhs
    }

    /// Expression scaled by a constant.
    public static func * (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scale(by: rhs)
        return lhs
    }

    /// Adds an expression in place.
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }

    /// Adds a variable in place.
    public static func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(1, rhs) }

    /// Adds a constant in place.
    public static func += (lhs: inout LinearExpression, rhs: Double) { lhs.constant += rhs }

    /// Subtracts an expression in place.
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs, times: -1) }

    /// Subtracts a variable in place.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(-1, rhs) }

    /// Subtracts a constant in place.
    public static func -= (lhs: inout LinearExpression, rhs: Double) { lhs.constant -= rhs }

    /// Scales in place.
    public static func *= (lhs: inout LinearExpression, rhs: Double) { lhs.scale(by: rhs) }
}

extension Variable {
    /// Sum of two variables.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs), LinearTerm(1, rhs)])
    }

    /// Difference of two variables.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs), LinearTerm(-1, rhs)])
    }

    /// Variable plus a constant.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs)], constant: rhs)
    }

    /// Constant plus a variable.
    public static func + (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, rhs)], constant: lhs)
    }

    /// Variable minus a constant.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(1, lhs)], constant: -rhs)
    }

    /// Constant minus a variable.
    public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(-1, rhs)], constant: lhs)
    }

    /// Negated variable.
    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(-1, operand)])
    }

    /// Variable scaled by a constant.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(lhs, rhs)])
    }

    /// Variable scaled by a constant.
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(rhs, lhs)])
    }
}
