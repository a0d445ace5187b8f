import CGLPK

/// What is known about a solution: the mapped value of `glp_get_status`,
/// `glp_get_prim_stat`, `glp_get_dual_stat` or `glp_mip_status`.
public enum GLPKSolutionStatus: Sendable, Hashable, CustomStringConvertible {
    /// `GLP_OPT`: the solution is optimal.
    case optimal
    /// `GLP_FEAS`: the solution is feasible but not proven optimal.
    case feasible
    /// `GLP_INFEAS`: the current (intermediate) solution is infeasible.
    case infeasible
    /// `GLP_NOFEAS`: the problem has no feasible solution (proven).
    case noFeasibleSolution
    /// `GLP_UNBND`: the problem is unbounded.
    case unbounded
    /// `GLP_UNDEF`: there is no solution (not computed, or the solver stopped first).
    case undefined

    init(code: Int32) {
        switch code {
        case GLP_OPT: self = .optimal
        case GLP_FEAS: self = .feasible
        case GLP_INFEAS: self = .infeasible
        case GLP_NOFEAS: self = .noFeasibleSolution
        case GLP_UNBND: self = .unbounded
        default: self = .undefined
        }
    }

    /// True for ``optimal`` and ``feasible``: there are values one can use.
    public var hasSolution: Bool { self == .optimal || self == .feasible }

    /// The GLPK constant's name.
    public var description: String {
        switch self {
        case .optimal: return "optimal (GLP_OPT)"
        case .feasible: return "feasible (GLP_FEAS)"
        case .infeasible: return "infeasible (GLP_INFEAS)"
        case .noFeasibleSolution: return "no feasible solution (GLP_NOFEAS)"
        case .unbounded: return "unbounded (GLP_UNBND)"
        case .undefined: return "undefined (GLP_UNDEF)"
        }
    }
}
