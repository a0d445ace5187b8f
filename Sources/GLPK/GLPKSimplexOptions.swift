/// Options for ``GLPKProblem/simplex(_:)``.
public struct GLPKSimplexOptions: Sendable, Hashable {
    /// The simplex variant.
    public enum Method: Sendable, Hashable {
        /// Two-phase primal simplex (`GLP_PRIMAL`, GLPK's default).
        case primal
        /// Dual simplex, falling back to the primal if it fails (`GLP_DUALP`).
        case dualThenPrimal
        /// Dual simplex (`GLP_DUAL`).
        case dual
    }

    /// The simplex variant; ``Method/primal`` by default.
    public var method: Method
    /// Use GLPK's LP presolver. Off by default. With it on, GLPK ignores the current basis
    /// and reports an infeasible or unbounded LP through the termination
    /// (``GLPKTermination/noPrimalFeasibleSolution`` / ``GLPKTermination/noDualFeasibleSolution``)
    /// with an undefined solution instead of a proven status.
    public var presolve: Bool
    /// Time limit in seconds (`nil` = none). Must be finite and `>= 0`; `0` is allowed and
    /// stops at the first check, returning ``GLPKTermination/timeLimit`` unless the LP is
    /// already solved.
    public var timeLimit: Double?
    /// Maximum number of simplex iterations (`nil` = none). Must be `>= 0`.
    public var iterationLimit: Int?
    /// Terminal output; ``GLPKMessageLevel/off`` by default.
    public var messageLevel: GLPKMessageLevel

    /// Creates simplex options; every argument has GLPK's quiet default.
    public init(
        method: Method = .primal,
        presolve: Bool = false,
        timeLimit: Double? = nil,
        iterationLimit: Int? = nil,
        messageLevel: GLPKMessageLevel = .off
    ) {
        self.method = method
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.messageLevel = messageLevel
    }
}
