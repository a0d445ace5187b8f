/// A linear or mixed-integer program, as a value.
///
/// Building a model never touches a solver: it only validates and stores. Hand it to a
/// ``MIPSolver`` to solve it; being `Sendable`, a model may be built on one task and
/// solved on another.
///
/// The objective is `sum(objective coefficient * variable) + constant`: each variable's
/// coefficient is given when it is added and can be replaced wholesale with
/// ``setObjective(_:_:)``. Constraints are stored merged (one coefficient per variable).
public struct Model: Sendable {
    /// The variables, indexed by ``Variable/index``.
    public private(set) var variables: [VariableDefinition] = []
    /// The constraints, indexed by ``ConstraintRef/index``.
    public private(set) var constraints: [ConstraintDefinition] = []
    /// The objective's constant term.
    public private(set) var objectiveConstant: Double = 0
    /// Minimise (default) or maximise.
    public private(set) var objectiveSense: ObjectiveSense = .minimize

    /// An empty model (no variables, no constraints, minimise 0).
    public init() {}

    /// Number of variables.
    public var variableCount: Int { variables.count }
    /// Number of constraints.
    public var constraintCount: Int { constraints.count }

    /// The objective as an expression (merged, with its constant).
    public var objective: LinearExpression {
        var expression = LinearExpression(constant: objectiveConstant)
        for (index, variable) in variables.enumerated() where variable.objective != 0 {
            expression.add(variable.objective, Variable(index: index))
        }
        return expression
    }

    /// Adds a variable.
    ///
    /// - Parameters:
    ///   - name: for messages; need not be unique.
    ///   - kind: continuous (default), integer or binary. A binary variable's bounds are
    ///     always `[0, 1]`, whatever is passed.
    ///   - lowerBound: `nil` for unbounded below; 0 by default.
    ///   - upperBound: `nil` (default) for unbounded above.
    ///   - objective: its objective coefficient.
    /// - Throws: ``MIPError/nonFiniteBound(variable:index:value:)``,
    ///   ``MIPError/invalidBounds(variable:index:lower:upper:)``,
    ///   ``MIPError/nonFiniteObjectiveCoefficient(variable:index:value:)``.
    @discardableResult
    public mutating func addVariable(
        name: String = "",
        kind: VariableKind = .continuous,
        lowerBound: Double? = 0,
        upperBound: Double? = nil,
        objective: Double = 0
    ) throws -> Variable {
        let index = variables.count
        let (lower, upper) = try Self.checkedBounds(
            kind == .binary ? 0 : lowerBound, kind == .binary ? 1 : upperBound, name: name, index: index)
        if kind == .binary {
            for bound in [lowerBound, upperBound].compactMap({ $0 }) where !bound.isFinite {
                throw MIPError.nonFiniteBound(variable: name, index: index, value: bound)
            }
        }
        guard objective.isFinite else {
            throw MIPError.nonFiniteObjectiveCoefficient(variable: name, index: index, value: objective)
        }
        variables.append(VariableDefinition(
            name: name, kind: kind, lowerBound: lower, upperBound: upper, objective: objective))
        return Variable(index: index)
    }

    /// Changes a variable's bounds (`nil` = unbounded). A binary variable's bounds must
    /// stay within `[0, 1]`, which lets you fix it.
    /// - Throws: ``MIPError/unknownVariable(index:variableCount:context:)``,
    ///   ``MIPError/nonFiniteBound(variable:index:value:)``,
    ///   ``MIPError/invalidBounds(variable:index:lower:upper:)``.
    public mutating func setBounds(of variable: Variable, lowerBound: Double?, upperBound: Double?) throws {
        let index = try checkedVariable(variable, context: "bounds")
        let definition = variables[index]
        var (lower, upper) = try Self.checkedBounds(lowerBound, upperBound, name: definition.name, index: index)
        if definition.kind == .binary {
            lower = max(lower ?? 0, 0)
            upper = min(upper ?? 1, 1)
            if let l = lower, let u = upper, l > u {
                throw MIPError.invalidBounds(variable: definition.name, index: index, lower: l, upper: u)
            }
        }
        variables[index].lowerBound = lower
        variables[index].upperBound = upper
    }

    /// Adds a constraint; duplicate variables in it are merged.
    ///
    /// - Throws: ``MIPError/unknownVariable(index:variableCount:context:)`` for a variable
    ///   this model does not have, ``MIPError/nonFiniteCoefficient(constraint:constraintIndex:variable:variableIndex:value:)``
    ///   or ``MIPError/nonFiniteRightHandSide(constraint:constraintIndex:value:)``.
    @discardableResult
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String = "") throws -> ConstraintRef {
        let index = constraints.count
        let context = name.isEmpty ? "constraint #\(index)" : "constraint '\(name)' (#\(index))"
        for term in constraint.expression.terms {
            _ = try checkedVariable(term.variable, context: context)
            guard term.coefficient.isFinite else {
                throw MIPError.nonFiniteCoefficient(
                    constraint: name, constraintIndex: index, variable: variables[term.variable.index].name,
                    variableIndex: term.variable.index, value: term.coefficient)
            }
        }
        let terms = LinearExpression.merge(constraint.expression.terms)
        for term in terms where !term.coefficient.isFinite {
            // Finite coefficients can overflow when merged.
            throw MIPError.nonFiniteCoefficient(
                constraint: name, constraintIndex: index, variable: variables[term.variable.index].name,
                variableIndex: term.variable.index, value: term.coefficient)
        }
        guard constraint.rightHandSide.isFinite else {
            throw MIPError.nonFiniteRightHandSide(constraint: name, constraintIndex: index, value: constraint.rightHandSide)
        }
        constraints.append(ConstraintDefinition(
            name: name, terms: terms, sense: constraint.sense, rightHandSide: constraint.rightHandSide))
        return ConstraintRef(index: index)
    }

    /// Adds `coefficient` to the coefficient of `variable` in an existing constraint (for
    /// column generation: add a variable, then its column entries). A coefficient that sums
    /// to zero is removed.
    /// - Throws: ``MIPError/unknownConstraint(index:constraintCount:)``,
    ///   ``MIPError/unknownVariable(index:variableCount:context:)``,
    ///   ``MIPError/nonFiniteCoefficient(constraint:constraintIndex:variable:variableIndex:value:)``.
    public mutating func addCoefficient(_ coefficient: Double, of variable: Variable, to constraint: ConstraintRef) throws {
        let row = constraint.index
        guard constraints.indices.contains(row) else {
            throw MIPError.unknownConstraint(index: row, constraintCount: constraints.count)
        }
        let name = constraints[row].name
        let index = try checkedVariable(
            variable, context: name.isEmpty ? "constraint #\(row)" : "constraint '\(name)' (#\(row))")
        // Terms are sorted by variable index; find the variable's slot. Columns are usually
        // appended with the highest index, so check the end first.
        let count = constraints[row].terms.count
        var low = count
        if count > 0, constraints[row].terms[count - 1].variable.index >= index {
            var high = count
            low = 0
            while low < high {
                let middle = (low + high) / 2
                if constraints[row].terms[middle].variable.index < index { low = middle + 1 } else { high = middle }
            }
        }
        let existing = low < count && constraints[row].terms[low].variable.index == index
        let merged = (existing ? constraints[row].terms[low].coefficient : 0) + coefficient
        guard merged.isFinite else {
            throw MIPError.nonFiniteCoefficient(
                constraint: name, constraintIndex: row, variable: variables[index].name,
                variableIndex: index, value: merged)
        }
        // Mutate in place (no copy of the row).
        switch (existing, merged == 0) {
        case (true, true): constraints[row].terms.remove(at: low)
        case (true, false): constraints[row].terms[low].coefficient = merged
        case (false, true): break
        case (false, false): constraints[row].terms.insert(LinearTerm(merged, variable), at: low)
        }
    }

    /// Replaces the objective: every variable's coefficient becomes its (merged)
    /// coefficient in `expression` (0 when absent), the constant becomes the expression's.
    /// - Throws: ``MIPError/unknownVariable(index:variableCount:context:)``,
    ///   ``MIPError/nonFiniteObjectiveCoefficient(variable:index:value:)``,
    ///   ``MIPError/nonFiniteObjectiveConstant(_:)``.
    public mutating func setObjective(_ expression: LinearExpression, _ sense: ObjectiveSense) throws {
        for term in expression.terms {
            let index = try checkedVariable(term.variable, context: "objective")
            guard term.coefficient.isFinite else {
                throw MIPError.nonFiniteObjectiveCoefficient(variable: variables[index].name, index: index, value: term.coefficient)
            }
        }
        guard expression.constant.isFinite else { throw MIPError.nonFiniteObjectiveConstant(expression.constant) }
        let merged = LinearExpression.merge(expression.terms)
        for term in merged where !term.coefficient.isFinite {
            throw MIPError.nonFiniteObjectiveCoefficient(
                variable: variables[term.variable.index].name, index: term.variable.index, value: term.coefficient)
        }
        for index in variables.indices { variables[index].objective = 0 }
        for term in merged { variables[term.variable.index].objective = term.coefficient }
        objectiveConstant = expression.constant
        objectiveSense = sense
    }

    /// The value of `expression` for the given variable values (`values[i]` for the
    /// variable with index `i`); NaN when a variable is missing from `values`.
    public func value(of expression: LinearExpression, in values: [Double]) -> Double {
        expression.value(in: values)
    }

    // MARK: Validation helpers

    private func checkedVariable(_ variable: Variable, context: String) throws -> Int {
        guard variables.indices.contains(variable.index) else {
            throw MIPError.unknownVariable(index: variable.index, variableCount: variables.count, context: context)
        }
        return variable.index
    }

    private static func checkedBounds(_ lower: Double?, _ upper: Double?, name: String, index: Int) throws -> (Double?, Double?) {
        if let lower, !lower.isFinite { throw MIPError.nonFiniteBound(variable: name, index: index, value: lower) }
        if let upper, !upper.isFinite { throw MIPError.nonFiniteBound(variable: name, index: index, value: upper) }
        if let lower, let upper, lower > upper {
            throw MIPError.invalidBounds(variable: name, index: index, lower: lower, upper: upper)
        }
        return (lower, upper)
    }
}
