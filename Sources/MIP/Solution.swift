/// The result of a solve: status, values and, for LPs, duals and reduced costs.
public struct Solution: Sendable {
    /// What the solver established.
    public let status: SolveStatus
    /// Objective value including the constant; `nil` when there is no solution.
    public let objective: Double?
    /// One value per variable (indexed by ``Variable/index``); empty without a solution.
    public let values: [Double]
    /// One dual value per constraint for an optimal LP (``MIPSolver/solveRelaxation(_:limits:)``);
    /// empty otherwise. Sign convention: the rate of change of the objective per unit
    /// increase of the right-hand side.
    public let duals: [Double]
    /// One reduced cost per variable for an optimal LP; empty otherwise.
    public let reducedCosts: [Double]
    /// A proven bound on the optimum (a lower bound when minimising): the best node bound
    /// for a MIP, the objective for an optimal LP; `nil` when unknown.
    public let bestBound: Double?
    /// Relative gap `|objective - bestBound| / (|objective| + DBL_EPSILON)` (GLPK's formula)
    /// when both are known.
    public let gap: Double?

    /// Creates a solution (backends and test doubles).
    public init(
        status: SolveStatus,
        objective: Double?,
        values: [Double] = [],
        duals: [Double] = [],
        reducedCosts: [Double] = [],
        bestBound: Double? = nil,
        gap: Double? = nil
    ) {
        self.status = status
        self.objective = objective
        self.values = values
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.bestBound = bestBound
        self.gap = gap
    }

    /// True when the status is optimal or feasible.
    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// The variable's value; NaN without a solution or for a variable not in the model.
    public func value(_ variable: Variable) -> Double {
        values.indices.contains(variable.index) ? values[variable.index] : .nan
    }

    /// The expression's value; NaN without a solution.
    public func value(_ expression: LinearExpression) -> Double {
        hasSolution ? expression.value(in: values) : .nan
    }

    /// The constraint's dual value; NaN when duals are unavailable (MIP, non-optimal LP)
    /// or the constraint is not in the model.
    public func dual(_ constraint: ConstraintRef) -> Double {
        duals.indices.contains(constraint.index) ? duals[constraint.index] : .nan
    }

    /// The variable's reduced cost; NaN when unavailable.
    public func reducedCost(_ variable: Variable) -> Double {
        reducedCosts.indices.contains(variable.index) ? reducedCosts[variable.index] : .nan
    }
}
