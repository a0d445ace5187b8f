/// When a bound or proof run must stop: a deadline, an optional amount of work, and an
/// optional stop request.
///
/// Work is counted in deterministic units: labels settled by pricing, plus a fixed
/// amount per LP solved. A run that converges, or ends by its work limit, before the
/// deadline takes the same steps on every machine and under any load, so its bound is
/// reproducible; a run that ends by the deadline is not.
final class WorkBudget {
    let deadline: ContinuousClock.Instant?
    let limit: Int?
    let stop: (@Sendable () -> Bool)?
    /// Units spent so far.
    private(set) var used = 0

    /// Units one LP solve of the restricted master counts for: it takes about as long as
    /// settling 1,000 labels plus one per column.
    static func units(lpColumns: Int) -> Int { 1_000 + lpColumns }

    init(deadline: ContinuousClock.Instant?, limit: Int?, stop: (@Sendable () -> Bool)?) {
        self.deadline = deadline
        self.limit = limit
        self.stop = stop
    }

    func spend(_ units: Int) { used += units }

    /// Whether the run must end now: out of work, past the deadline, or asked to stop.
    var isExhausted: Bool {
        if let limit, used >= limit { return true }
        if let deadline, ContinuousClock.now >= deadline { return true }
        return stop?() == true
    }
}
