/// A repair step: puts unplaced jobs back where they cost least.
protocol RecreateOperator: Sendable {
    var name: String { get }
    /// Inserts as many of `jobs` as is worthwhile (an insertion that costs more
    /// than the job's penalty is not made).
    func recreate(_ jobs: [Int], into state: inout SearchState, data: EngineData, rng: inout SearchRandom)
}
