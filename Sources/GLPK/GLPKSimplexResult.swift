/// The outcome of ``GLPKProblem/simplex(_:)``.
///
/// ``termination`` says why the solver stopped; ``status`` says what solution exists.
/// Values, duals and reduced costs are read from the problem
/// (``GLPKProblem/primalValues()``, ``GLPKProblem/rowDuals()``, ...).
public struct GLPKSimplexResult: Sendable, Hashable {
    /// Why the simplex stopped (mapped `glp_simplex` return code).
    public let termination: GLPKTermination
    /// Status of the basic solution (`glp_get_status`).
    public let status: GLPKSolutionStatus
    /// Status of the primal basic solution (`glp_get_prim_stat`).
    public let primalStatus: GLPKSolutionStatus
    /// Status of the dual basic solution (`glp_get_dual_stat`).
    public let dualStatus: GLPKSolutionStatus
    /// Objective value (including the constant term) of the basic solution when
    /// ``status`` is optimal or feasible, else `nil`.
    public let objective: Double?
    /// Simplex iterations counted by GLPK on this problem so far.
    public let iterationCount: Int

    /// True when the basic solution is optimal or (primal) feasible.
    public var hasSolution: Bool { status.hasSolution }
}
