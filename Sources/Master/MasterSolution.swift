import MIP

/// The result of ``SetPartitioningMaster/solve(incumbent:timeLimit:relativeGap:)``.
public struct MasterSolution: Sendable {
    /// ``SolveStatus/optimal`` (proven for this pool, within the gap),
    /// ``SolveStatus/feasible`` (a limit stopped the search), or in principle
    /// ``SolveStatus/noSolutionFound`` (never in practice: leaving every job uncovered is
    /// always offered as a starting solution).
    public var status: SolveStatus
    /// The chosen column indices (into ``MasterProblem/columns``), ascending.
    public var chosen: [Int]
    /// The jobs no chosen column covers, ascending.
    public var uncovered: [Int]
    /// Cost of the chosen columns plus penalties of the uncovered jobs plus the cost of the
    /// units bought (``replenished``); `.infinity` without a solution.
    public var objective: Double
    /// A proven lower bound on the optimum of the master over THIS pool (not over all
    /// possible routes); `nil` when the solver could not establish one.
    public var bestBound: Double?
    /// Wall-clock seconds spent (building and solving).
    public var seconds: Double
    /// Per resource (in ``MasterProblem/resources`` order), per replenishment (in
    /// ``SharedResource/replenishments`` order): the whole number of units bought, as the
    /// MIP solution has them. Empty inner arrays for resources without replenishments;
    /// empty without a solution.
    public var replenished: [[Double]]

    /// Creates a solution (the master and test doubles).
    public init(
        status: SolveStatus, chosen: [Int], uncovered: [Int], objective: Double,
        bestBound: Double?, seconds: Double, replenished: [[Double]] = []
    ) {
        self.status = status
        self.chosen = chosen
        self.uncovered = uncovered
        self.objective = objective
        self.bestBound = bestBound
        self.seconds = seconds
        self.replenished = replenished
    }

    /// True when the status is optimal or feasible.
    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// The relative gap `|objective - bestBound| / max(|objective|, 1e-9)`, when both are known.
    public var gap: Double? {
        guard hasSolution, let bestBound else { return nil }
        return abs(objective - bestBound) / max(abs(objective), 1e-9)
    }
}
