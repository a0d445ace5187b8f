/// The outcome of a solve.
public enum SolveStatus: Sendable, Equatable, Hashable {
    /// A proven optimal solution.
    case optimal
    /// A solution that is not proven optimal (a time or gap limit stopped the search).
    case feasible
    /// The model has no feasible solution.
    case infeasible
    /// The objective is unbounded (for a MIP: its LP relaxation is unbounded, so the MIP
    /// is unbounded or infeasible).
    case unbounded
    /// The solver stopped (time limit) before finding any solution.
    case noSolutionFound
}
