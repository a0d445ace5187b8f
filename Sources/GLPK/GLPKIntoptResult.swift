/// The outcome of ``GLPKProblem/intopt(_:incumbent:callback:)``.
///
/// ``termination`` says why the search stopped; ``status`` says whether an integer
/// solution exists. Values are read with ``GLPKProblem/mipValues()``.
public struct GLPKIntoptResult: Sendable, Hashable {
    /// Why the search stopped (mapped `glp_intopt` return code, or the root LP's when the
    /// wrapper's presolve-free root simplex did not reach an optimum).
    public let termination: GLPKTermination
    /// Status of the integer solution (`glp_mip_status`).
    public let status: GLPKSolutionStatus
    /// Objective value (with constant) of the incumbent, `nil` when there is none.
    public let objective: Double?
    /// The best proven bound on the optimum (a lower bound when minimising), when known:
    /// the objective itself when optimal; otherwise the best active node's bound seen
    /// last in the search (or the root LP optimum), tightened by the incumbent.
    public let bestBound: Double?
    /// Relative gap `|objective - bestBound| / (|objective| + DBL_EPSILON)` (GLPK's
    /// formula) when both are known.
    public let relativeGap: Double?
    /// What happened to the `incumbent` passed to `intopt`; `nil` when none was passed.
    public let incumbentOutcome: GLPKIncumbentOutcome?

    /// True when there is an integer solution (optimal or feasible).
    public var hasSolution: Bool { status.hasSolution }
}
