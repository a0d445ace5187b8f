/// Limits and switches for one solve.
public struct SolveLimits: Sendable, Hashable {
    /// Wall-clock limit in seconds for the whole solve; `nil` = none. `0` is allowed and
    /// returns promptly (with the warm start, if one was given and is feasible).
    public var timeLimit: Double?
    /// Stop the MIP once the relative gap between incumbent and bound is at most this
    /// (e.g. `1e-4`); `nil` = prove optimality. Must be in `[0, 1)`. Ignored by LPs.
    public var relativeGap: Double?
    /// Use the solver's presolver (default `true`). Ignored (off) when a warm start is
    /// given, because the warm start is expressed in the model's own variables.
    public var presolve: Bool
    /// Most branch-and-bound subproblems the MIP search creates before it stops with
    /// its best solution; `nil` = no limit. Unlike a time limit this bounds the work
    /// deterministically: the same model and limit give the same result on any machine.
    /// Turns presolve off (the limit is enforced from the search callback).
    public var nodeLimit: Int?

    /// Creates limits; by default no time limit, no gap, no node limit and presolve on.
    public init(timeLimit: Double? = nil, relativeGap: Double? = nil, presolve: Bool = true, nodeLimit: Int? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.nodeLimit = nodeLimit
    }

    /// Throws ``MIPError/invalidTimeLimit(_:)``, ``MIPError/invalidRelativeGap(_:)`` or ``MIPError/invalidNodeLimit(_:)``.
    func validate() throws(MIPError) {
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) { throw .invalidTimeLimit(timeLimit) }
        if let relativeGap, !(relativeGap.isFinite && relativeGap >= 0 && relativeGap < 1) {
            throw .invalidRelativeGap(relativeGap)
        }
        if let nodeLimit, nodeLimit < 1 { throw .invalidNodeLimit(nodeLimit) }
    }
}
