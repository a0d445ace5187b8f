/// A backend that solves ``Model``s.
///
/// Implementations are `Sendable` and their methods synchronous and safe to call from
/// any thread or task, concurrently. They throw only ``MIPError``.
public protocol MIPSolver: Sendable {
    /// Solves the model with integrality respected.
    ///
    /// - Parameters:
    ///   - limits: time limit, gap, presolve.
    ///   - warmStart: a full assignment (one value per variable). When feasible it becomes
    ///     the first incumbent, so even a zero time limit returns at least that solution
    ///     (as ``SolveStatus/feasible``). An infeasible warm start is ignored.
    func solve(_ model: Model, limits: SolveLimits, warmStart: [Double]?) throws -> Solution

    /// Solves the LP relaxation (integrality dropped), reporting duals and reduced costs
    /// when optimal.
    func solveRelaxation(_ model: Model, limits: SolveLimits) throws -> Solution
}

extension MIPSolver {
    /// Solves the model with integrality respected, without a warm start.
    public func solve(_ model: Model, limits: SolveLimits = SolveLimits()) throws -> Solution {
        try solve(model, limits: limits, warmStart: nil)
    }

    /// Solves the LP relaxation with default limits.
    public func solveRelaxation(_ model: Model) throws -> Solution {
        try solveRelaxation(model, limits: SolveLimits())
    }
}
