/// What GLPK did with a solution offered as an incumbent.
public enum GLPKIncumbentOutcome: Sendable, Hashable {
    /// GLPK accepted it as the new incumbent (`glp_ios_heur_sol` returned 0).
    case accepted
    /// GLPK already had an incumbent at least as good, so it kept that one.
    case notImproving
    /// The solution violates the problem (bounds, rows or integrality beyond the
    /// tolerance) and was not handed to GLPK (which would have trusted it blindly).
    case infeasible(GLPKViolation)
    /// The solution is feasible but the search ended before any callback, so it was never
    /// handed over (for example a zero time limit, or an infeasible root LP).
    case notOffered
}
