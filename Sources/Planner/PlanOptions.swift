/// How hard and how long to plan.
public struct PlanOptions: Sendable, Hashable {
    /// Wall-clock budget in seconds for the whole run.
    public var timeLimit: Double
    /// Seed for every random choice: the same input, options and seed give the same plan.
    public var seed: UInt64
    /// Stop the MIP when the relative gap to the bound is below this.
    public var relativeGap: Double

    public init(timeLimit: Double = 10, seed: UInt64 = 1, relativeGap: Double = 1e-6) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.relativeGap = relativeGap
    }
}
