import Foundation

/// How hard and how long to plan.
public struct PlanOptions: Sendable {
    /// Which planner runs.
    public enum Planner: String, Sendable, CaseIterable {
        /// The route-search engine with the GLPK master (any size).
        case engine
        /// The exact compact MIP (small days only: about 15 jobs).
        case exact
    }

    /// Wall-clock budget in seconds for the whole run; the best plan so far is returned when it runs out.
    public var timeLimit: Double
    /// Seed for every random choice.
    public var seed: UInt64
    /// Stop the MIPs when the relative gap to the bound is below this.
    public var relativeGap: Double
    /// Search iterations; nil picks a budget from the size of the problem, cut to
    /// what the search's share of `timeLimit` allows at a cautious rate (so that the
    /// budget, not the clock, ends the run). The same input, options and seed give the
    /// same plan whenever the run ends by this budget rather than by `timeLimit`; set
    /// it to `Int.max` to use the whole time limit (benchmarks).
    public var iterations: Int?
    /// Which planner runs.
    public var planner: Planner
    /// What the engine proves about its plan.
    public enum Bound: String, Sendable, CaseIterable {
        /// No bound: all the time goes to the route search.
        case none
        /// A certified lower bound and gap from column generation at the root (default);
        /// the search gets 60 % of the time limit, the bound what is left.
        case lowerBound = "lower-bound"
        /// Branch-and-price until the plan is proven optimal or time runs out; the search
        /// gets 30 % of the time limit.
        case prove
    }

    /// Lets another thread stop the run early (Ctrl-C); the best plan so far is returned.
    public var stop: StopSignal?
    /// The engine's bound effort (ignored by the exact planner, which always bounds).
    public var bound: Bound = .lowerBound
    /// Called now and then from the planning thread with the search's progress.
    public var progress: (@Sendable (PlanProgress) -> Void)?

    public init(timeLimit: Double = 10, seed: UInt64 = 1, relativeGap: Double = 1e-6, iterations: Int? = nil,
                planner: Planner = .engine, stop: StopSignal? = nil, progress: (@Sendable (PlanProgress) -> Void)? = nil) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.relativeGap = relativeGap
        self.iterations = iterations
        self.planner = planner
        self.stop = stop
        self.progress = progress
    }
}

/// A snapshot of a running search, for progress lines.
public struct PlanProgress: Sendable {
    /// Seconds since planning started (the route search's reports count from the
    /// start of the search, after the travel tables are prepared).
    public var elapsed: Double
    /// Iterations done.
    public var iterations: Int
    /// Cost of the best plan so far.
    public var bestCost: Double
    /// Jobs the best plan leaves unplaced.
    public var unplaced: Int
    /// Routes in the pool.
    public var poolSize: Int
    /// A proven lower bound on the cost of any plan: nil while the search runs; the
    /// engine reports once more with it when its bound is known.
    public var lowerBound: Double? = nil
}

/// A flag another thread sets to end a run early.
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    public init() {}

    /// Asks the run to stop and return its best plan.
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// Whether `stop()` was called.
    public var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}
