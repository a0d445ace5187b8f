/// The LP relaxation of the master: its bound, primal values, duals and reduced costs.
///
/// Sign convention (GLPK's, minimisation): a dual is the change of the objective per
/// unit increase of its row's right-hand side. Job (equality) rows have free duals;
/// vehicle, allowance and shared rows (`<=`) have duals `<= 0`.
///
/// The reduced cost of a column `c` of vehicle `v` and group `g` is
///
///     cost_c - sum_{j in c} jobDuals[j] - vehicleDuals[v]
///            - sum_r usage_cr * allowanceDual(resource: r, group: g)
///
/// because `c` appears with coefficient 1 in its job rows and its vehicle row and with
/// coefficient `usage_cr` in the allowance row of `(r, g)`; it does not appear in the
/// shared row `sum_g d_gr <= shared_r`. The shared row reaches the column through the
/// overflow variable `d_gr` (coefficient -1 in the allowance row, +1 in the shared row,
/// cost 0): its reduced cost `allowanceDual - resourceDual >= 0` gives
/// `resourceDuals[r] <= allowanceDual(r, g) <= 0`. So a group under its allowance has
/// allowance dual 0 (the resource is free at the margin), a group drawing on the shared
/// stock (`d_gr > 0`) has allowance dual = the shared row's dual, and a group exactly at
/// its allowance lies in between.
public struct MasterRelaxation: Sendable {
    /// The LP optimum: a lower bound on the master over the pool it was solved for.
    public var objective: Double
    /// Per column: its LP value in `[0, 1]`.
    public var columnValues: [Double]
    /// Per job: the LP value of its uncovered slack in `[0, 1]`.
    public var uncoveredValues: [Double]
    /// Per job: the dual of its cover row (`sum x + u == 1`): what covering the job is
    /// worth at the margin (free in sign; equal to the penalty while the job is partly
    /// uncovered in the LP).
    public var jobDuals: [Double]
    /// Per vehicle: the dual of its row (`sum x <= 1`), `<= 0`.
    public var vehicleDuals: [Double]
    /// Per resource: the dual of its shared row (`sum_g d_g <= shared`), `<= 0`.
    public var resourceDuals: [Double]
    /// The duals of the allowance rows the model has (one per resource and group with
    /// usage in some column), plus 0 for every group with a positive allowance but no row
    /// (a new column of that group would be under its allowance at the margin). Use
    /// ``allowanceDual(resource:group:)`` rather than reading this directly.
    public var allowanceDuals: [ResourceGroup: Double]
    /// Per column: its reduced cost as reported by the solver (equal to
    /// ``SetPartitioningMaster/reducedCost(of:duals:)`` up to rounding).
    public var reducedCosts: [Double]

    /// Creates a relaxation (the master, or callers pricing with duals from elsewhere).
    public init(
        objective: Double, columnValues: [Double], uncoveredValues: [Double], jobDuals: [Double],
        vehicleDuals: [Double], resourceDuals: [Double], allowanceDuals: [ResourceGroup: Double],
        reducedCosts: [Double]
    ) {
        self.objective = objective
        self.columnValues = columnValues
        self.uncoveredValues = uncoveredValues
        self.jobDuals = jobDuals
        self.vehicleDuals = vehicleDuals
        self.resourceDuals = resourceDuals
        self.allowanceDuals = allowanceDuals
        self.reducedCosts = reducedCosts
    }

    /// The price, per unit, of `resource` for a column of `group`: the dual of the
    /// group's allowance row when there is one (or 0 for a group with a positive allowance
    /// and no row yet); otherwise, a group without allowance draws its first unit from the
    /// shared stock, so the shared row's dual. NaN for a resource index out of range.
    public func allowanceDual(resource: Int, group: Int) -> Double {
        if let dual = allowanceDuals[ResourceGroup(resource: resource, group: group)] { return dual }
        return resourceDuals.indices.contains(resource) ? resourceDuals[resource] : .nan
    }
}
