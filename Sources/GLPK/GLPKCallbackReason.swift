import CGLPK

/// Why the branch-and-cut search called the callback (`glp_ios_reason`).
public enum GLPKCallbackReason: Sendable, Hashable {
    /// `GLP_ISELECT`: a subproblem is about to be selected (the very first call of a
    /// search, before the root LP is solved).
    case select
    /// `GLP_IPREPRO`: the current subproblem is about to be preprocessed.
    case preprocess
    /// `GLP_IROWGEN`: lazy constraints may be added (the LP relaxation is solved).
    case rowGeneration
    /// `GLP_IHEUR`: a primal heuristic may supply a solution (the LP relaxation is solved
    /// and not integral).
    case heuristic
    /// `GLP_ICUTGEN`: cuts may be generated.
    case cutGeneration
    /// `GLP_IBRANCH`: a branching variable is about to be chosen.
    case branch
    /// `GLP_IBINGO`: GLPK has just found a better integer solution.
    case newIncumbent
    /// A code this wrapper does not know.
    case other(Int32)

    init(code: Int32) {
        switch code {
        case GLP_ISELECT: self = .select
        case GLP_IPREPRO: self = .preprocess
        case GLP_IROWGEN: self = .rowGeneration
        case GLP_IHEUR: self = .heuristic
        case GLP_ICUTGEN: self = .cutGeneration
        case GLP_IBRANCH: self = .branch
        case GLP_IBINGO: self = .newIncumbent
        default: self = .other(code)
        }
    }
}
