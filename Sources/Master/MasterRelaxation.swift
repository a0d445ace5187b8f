/// The LP relaxation of the master: its bound, primal values, duals and reduced costs.
///
/// Sign convention (GLPK's, minimisation): a dual is the change of the objective per
/// unit increase of its row's right-hand side. Job (equality) rows have free duals;
/// vehicle, allowance, period and shared rows (`<=`) have duals `<= 0`.
///
/// The reduced cost of a column `c` of vehicle `v`, group `g` and period `t` is
///
///     cost_c - sum_{j in c} jobDuals[j] - vehicleDuals[v]
///            - sum_r usage_cr * (allowanceDual(resource: r, group: g)
///                                - periodDual(resource: r, group: g, period: t))
///
/// (the bracket is ``resourcePrice(resource:group:period:)``) because `c` appears with
/// coefficient 1 in its job rows and its vehicle row, with coefficient `usage_cr` in the
/// allowance row of `(r, g)` and, for a resource with replenishments, with coefficient
/// `-usage_cr` in the period row `d_grt - usage <= 0` of `(r, g, t)` (period duals are 0
/// for resources without replenishments); it does not appear in the shared rows.
///
/// Without replenishments the shared row is `sum_g d_gr <= shared_r`. The shared row reaches the column through the
/// overflow variable `d_gr` (coefficient -1 in the allowance row, +1 in the shared row,
/// cost 0): its reduced cost `allowanceDual - resourceDual >= 0` gives
/// `resourceDuals[r] <= allowanceDual(r, g) <= 0`. So a group under its allowance has
/// allowance dual 0 (the resource is free at the margin), a group drawing on the shared
/// stock (`d_gr > 0`) has allowance dual = the shared row's dual, and a group exactly at
/// its allowance lies in between.
///
/// With replenishments, `d_grt` has coefficient -1 in the allowance row, +1 in the period
/// row of `(r, g, t)` and +1 in every shared row of a period `>= t`, so
/// `resourcePrice(r, g, t) >= sharedDual(resource: r, period: t)`; and a purchase `q_rk`
/// (cost `unitCost_k`, coefficient -1 in the shared rows of periods `>= period_k`) gives
/// `sharedDual(resource: r, period: period_k) >= -unitCost_k`: drawing from the shared
/// stock never costs more, at the margin, than buying a unit that has arrived.
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
    /// Per resource: the dual of its shared row (`sum_g d_g <= shared`), `<= 0`. For a
    /// resource with replenishments, the sum of the duals of its per-period shared rows
    /// (the price of a unit drawn at or before its first period; see
    /// ``sharedDual(resource:period:)``).
    public var resourceDuals: [Double]
    /// The duals of the allowance rows the model has (one per resource and group with
    /// usage in some column), plus 0 for every group with a positive allowance but no row
    /// (a new column of that group would be under its allowance at the margin). Use
    /// ``allowanceDual(resource:group:)`` rather than reading this directly.
    public var allowanceDuals: [ResourceGroup: Double]
    /// Per column: its reduced cost as reported by the solver (equal to
    /// ``SetPartitioningMaster/reducedCost(of:duals:)`` up to rounding).
    public var reducedCosts: [Double]
    /// The duals (`<= 0`) of the period rows `d[r,g,t] - usage of g's columns of period t
    /// <= 0` of resources with replenishments (one per resource, group and period with
    /// usage in some column). Missing keys count as 0; use
    /// ``periodDual(resource:group:period:)``.
    public var periodDuals: [PeriodKey: Double]
    /// Per resource: for a resource with replenishments, period to the dual (`<= 0`) of its
    /// cumulative shared row of that period; empty for other resources (and an empty
    /// array when none is known). Use ``sharedDual(resource:period:)``.
    public var sharedPeriodDuals: [[Int: Double]]

    /// Creates a relaxation (the master, or callers pricing with duals from elsewhere).
    public init(
        objective: Double, columnValues: [Double], uncoveredValues: [Double], jobDuals: [Double],
        vehicleDuals: [Double], resourceDuals: [Double], allowanceDuals: [ResourceGroup: Double],
        reducedCosts: [Double], periodDuals: [PeriodKey: Double] = [:], sharedPeriodDuals: [[Int: Double]] = []
    ) {
        self.objective = objective
        self.columnValues = columnValues
        self.uncoveredValues = uncoveredValues
        self.jobDuals = jobDuals
        self.vehicleDuals = vehicleDuals
        self.resourceDuals = resourceDuals
        self.allowanceDuals = allowanceDuals
        self.reducedCosts = reducedCosts
        self.periodDuals = periodDuals
        self.sharedPeriodDuals = sharedPeriodDuals
    }

    /// The price, per unit, of `resource` for a column of `group`: the dual of the
    /// group's allowance row when there is one (or 0 for a group with a positive allowance
    /// and no row yet); otherwise, a group without allowance draws its first unit from the
    /// shared stock, so the shared row's dual. NaN for a resource index out of range.
    public func allowanceDual(resource: Int, group: Int) -> Double {
        if let dual = allowanceDuals[ResourceGroup(resource: resource, group: group)] { return dual }
        return resourceDuals.indices.contains(resource) ? resourceDuals[resource] : .nan
    }

    /// The dual of the period row of `(resource, group, period)`; 0 when there is none
    /// (resources without replenishments never have one).
    public func periodDual(resource: Int, group: Int, period: Int) -> Double {
        periodDuals[PeriodKey(resource: resource, group: group, period: period)] ?? 0
    }

    /// The price, per unit, of drawing `resource` from its shared stock in `period`: for a
    /// resource with per-period shared rows, the sum of the duals of the rows of periods
    /// `>= period` (a unit drawn then counts in all of them; 0 after the last row, an
    /// optimistic guess); otherwise the shared row's dual. NaN for a resource index out
    /// of range.
    public func sharedDual(resource: Int, period: Int) -> Double {
        guard resourceDuals.indices.contains(resource) else { return .nan }
        guard sharedPeriodDuals.indices.contains(resource), !sharedPeriodDuals[resource].isEmpty else {
            return resourceDuals[resource]
        }
        let duals = sharedPeriodDuals[resource]
        return duals.keys.sorted().reduce(0) { $1 >= period ? $0 + (duals[$1] ?? 0) : $0 }
    }

    /// The price, per unit, of `resource` for a column of `group` driven in `period`:
    /// the group's allowance dual (or 0 for a group with a positive allowance and no row
    /// yet; otherwise, without a row, ``sharedDual(resource:period:)``, as its first unit
    /// comes from the shared stock) minus ``periodDual(resource:group:period:)``. For a
    /// resource without replenishments this is ``allowanceDual(resource:group:)``. NaN for
    /// a resource index out of range (unless an allowance dual is given for it).
    public func resourcePrice(resource: Int, group: Int, period: Int) -> Double {
        let allowance = allowanceDuals[ResourceGroup(resource: resource, group: group)]
            ?? sharedDual(resource: resource, period: period)
        return allowance - periodDual(resource: resource, group: group, period: period)
    }
}
