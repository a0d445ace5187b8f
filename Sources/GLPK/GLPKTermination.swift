import CGLPK

/// Why a GLPK solver call stopped: the mapped return code of `glp_simplex` or
/// `glp_intopt`.
///
/// This says nothing about whether a solution exists: read the accompanying
/// ``GLPKSolutionStatus`` for that (a time limit may stop the search with or without an
/// incumbent, for instance).
public enum GLPKTermination: Sendable, Hashable, CustomStringConvertible {
    /// The solver ran to completion (return code 0). The status tells the outcome
    /// (optimal, infeasible, unbounded, ...).
    case completed
    /// `GLP_EBADB`: the initial basis is invalid.
    case invalidBasis
    /// `GLP_ESING`: the basis matrix is singular.
    case singularMatrix
    /// `GLP_ECOND`: the basis matrix is ill-conditioned.
    case illConditionedMatrix
    /// `GLP_EBOUND`: some double-bounded variable has incorrect bounds (or an integer
    /// column non-integral ones). The wrapper's validation normally prevents this.
    case invalidBounds
    /// `GLP_EFAIL`: the solver failed (numerical trouble).
    case solverFailure
    /// `GLP_EOBJLL`: the objective reached its lower limit (dual simplex only).
    case objectiveLowerLimitReached
    /// `GLP_EOBJUL`: the objective reached its upper limit (dual simplex only).
    case objectiveUpperLimitReached
    /// `GLP_EITLIM`: the iteration limit was exceeded.
    case iterationLimit
    /// `GLP_ETMLIM`: the time limit was exceeded.
    case timeLimit
    /// `GLP_ENOPFS`: the (relaxed) problem has no primal feasible solution (detected by
    /// the presolver, or by the root LP the wrapper solves before a presolve-free MIP).
    case noPrimalFeasibleSolution
    /// `GLP_ENODFS`: the (relaxed) problem has no dual feasible solution, i.e. the LP is
    /// unbounded (or infeasible).
    case noDualFeasibleSolution
    /// `GLP_EROOT`: no optimal LP basis was provided to a presolve-free `glp_intopt`.
    /// The wrapper solves the root LP itself, so this should not be seen.
    case rootLPNotOptimal
    /// `GLP_ESTOP`: the search was terminated by the callback (``GLPKSearch/terminate()``).
    case stoppedByCallback
    /// `GLP_EMIPGAP`: the relative MIP gap tolerance was reached.
    case relativeGapReached
    /// Any other return code.
    case other(Int32)

    /// Maps a raw GLPK return code.
    public init(code: Int32) {
        switch code {
        case 0: self = .completed
        case GLP_EBADB: self = .invalidBasis
        case GLP_ESING: self = .singularMatrix
        case GLP_ECOND: self = .illConditionedMatrix
        case GLP_EBOUND: self = .invalidBounds
        case GLP_EFAIL: self = .solverFailure
        case GLP_EOBJLL: self = .objectiveLowerLimitReached
        case GLP_EOBJUL: self = .objectiveUpperLimitReached
        case GLP_EITLIM: self = .iterationLimit
        case GLP_ETMLIM: self = .timeLimit
        case GLP_ENOPFS: self = .noPrimalFeasibleSolution
        case GLP_ENODFS: self = .noDualFeasibleSolution
        case GLP_EROOT: self = .rootLPNotOptimal
        case GLP_ESTOP: self = .stoppedByCallback
        case GLP_EMIPGAP: self = .relativeGapReached
        default: self = .other(code)
        }
    }

    /// True for the codes that mean "stopped early by a limit or on request" (time,
    /// iteration, gap, objective limits, callback), as opposed to completion or failure.
    public var isLimit: Bool {
        switch self {
        case .timeLimit, .iterationLimit, .relativeGapReached, .stoppedByCallback,
             .objectiveLowerLimitReached, .objectiveUpperLimitReached:
            return true
        default:
            return false
        }
    }

    /// A short explanation including the GLPK constant's name.
    public var description: String {
        switch self {
        case .completed: return "completed"
        case .invalidBasis: return "invalid basis (GLP_EBADB)"
        case .singularMatrix: return "singular basis matrix (GLP_ESING)"
        case .illConditionedMatrix: return "ill-conditioned basis matrix (GLP_ECOND)"
        case .invalidBounds: return "invalid bounds (GLP_EBOUND)"
        case .solverFailure: return "solver failure (GLP_EFAIL)"
        case .objectiveLowerLimitReached: return "objective lower limit reached (GLP_EOBJLL)"
        case .objectiveUpperLimitReached: return "objective upper limit reached (GLP_EOBJUL)"
        case .iterationLimit: return "iteration limit exceeded (GLP_EITLIM)"
        case .timeLimit: return "time limit exceeded (GLP_ETMLIM)"
        case .noPrimalFeasibleSolution: return "no primal feasible solution (GLP_ENOPFS)"
        case .noDualFeasibleSolution: return "no dual feasible solution (GLP_ENODFS)"
        case .rootLPNotOptimal: return "root LP optimum not provided (GLP_EROOT)"
        case .stoppedByCallback: return "terminated by the callback (GLP_ESTOP)"
        case .relativeGapReached: return "relative MIP gap reached (GLP_EMIPGAP)"
        case let .other(code): return "GLPK return code \(code)"
        }
    }
}
