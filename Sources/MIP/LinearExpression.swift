/// A linear expression `sum(coefficient * variable) + constant`.
///
/// Build it with the arithmetic operators (`2 * x + y - 3`), ``sum(_:)-swift.type.method``
/// or ``add(_:_:)``. Terms are kept as written, so building is cheap (appending); a
/// variable may appear several times and its coefficients are added up when the
/// expression enters a model (see ``merged()``).
///
/// The type deliberately does not conform to the numeric literal protocols: with both
/// `expression <= 5.0` (expression vs. number) and `expression <= expression` available, a
/// literal would make every comparison ambiguous. Write `LinearExpression(constant: 3)`.
public struct LinearExpression: Sendable {
    /// The terms in the order they were added (possibly repeating a variable).
    public private(set) var terms: [LinearTerm]
    /// The constant part.
    public var constant: Double

    /// The zero expression.
    public init() {
        terms = []
        constant = 0
    }

    /// The expression `1 * variable`.
    public init(_ variable: Variable) {
        terms = [LinearTerm(1, variable)]
        constant = 0
    }

    /// An expression from terms and a constant.
    public init(terms: [LinearTerm], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// A constant expression.
    public init(constant: Double) {
        terms = []
        self.constant = constant
    }

    /// Appends `coefficient * variable`.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        terms.append(LinearTerm(coefficient, variable))
    }

    /// Adds `factor * other` (terms and constant).
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        if factor == 1 {
            terms.append(contentsOf: other.terms)
        } else {
            terms.reserveCapacity(terms.count + other.terms.count)
            for term in other.terms { terms.append(LinearTerm(factor * term.coefficient, term.variable)) }
        }
        constant += factor * other.constant
    }

    /// Multiplies every coefficient and the constant by `factor`.
    public mutating func scale(by factor: Double) {
        for k in terms.indices { terms[k].coefficient *= factor }
        constant *= factor
    }

    /// The same expression with one term per variable (coefficients summed), sorted by
    /// variable index, and without zero coefficients.
    public func merged() -> LinearExpression {
        LinearExpression(terms: Self.merge(terms), constant: constant)
    }

    /// The merged coefficient of every variable that has a non-zero one.
    public var coefficients: [Variable: Double] {
        var result: [Variable: Double] = [:]
        for term in Self.merge(terms) { result[term.variable] = term.coefficient }
        return result
    }

    /// The merged coefficient of `variable` (0 when absent).
    public func coefficient(of variable: Variable) -> Double {
        var total = 0.0
        for term in terms where term.variable == variable { total += term.coefficient }
        return total
    }

    /// The value of the expression for `values[i]` = value of the variable with index `i`;
    /// NaN when a variable's index is not in `values`.
    public func value(in values: [Double]) -> Double {
        var total = constant
        for term in terms {
            guard values.indices.contains(term.variable.index) else { return .nan }
            total += term.coefficient * values[term.variable.index]
        }
        return total
    }

    /// The sum of several expressions (built in one pass).
    public static func sum(_ expressions: some Sequence<LinearExpression>) -> LinearExpression {
        var result = LinearExpression()
        for expression in expressions { result.add(expression) }
        return result
    }

    /// The sum of several variables, each with coefficient 1.
    public static func sum(_ variables: some Sequence<Variable>) -> LinearExpression {
        LinearExpression(terms: variables.map { LinearTerm(1, $0) })
    }

    /// Sorts by variable, sums duplicates and drops zeros.
    static func merge(_ terms: [LinearTerm]) -> [LinearTerm] {
        guard !terms.isEmpty else { return [] }
        var isSortedUnique = true
        for k in 1..<terms.count where terms[k - 1].variable.index >= terms[k].variable.index {
            isSortedUnique = false
            break
        }
        if isSortedUnique, !terms.contains(where: { $0.coefficient == 0 }) { return terms }
        let sorted = terms.enumerated().sorted {
            ($0.element.variable.index, $0.offset) < ($1.element.variable.index, $1.offset)
        }
        var result: [LinearTerm] = []
        result.reserveCapacity(sorted.count)
        for (_, term) in sorted {
            if let last = result.last, last.variable == term.variable {
                result[result.count - 1].coefficient += term.coefficient
            } else {
                result.append(term)
            }
        }
        result.removeAll { $0.coefficient == 0 }
        return result
    }
}
