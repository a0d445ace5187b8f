import FieldService

/// Puts crew jobs on the routes as one decision: a start time, and for each member a
/// technician-day and a position.
///
/// Each start time of the job has one copy per member whose only window is that start,
/// so the members meet there, waiting if they come early; local search may move a copy
/// afterwards, and its window keeps it at the same start. A start time is estimated by
/// its members' cheapest places on distinct routes; the best few are then placed one
/// member after the other on a trial state (so that the overtime budget, the depot's
/// tools and the parts see the earlier members), and the cheapest whole crew is kept if
/// it costs less than leaving the job out (or referred).
struct CrewInserter {
    let data: EngineData

    /// Start times placed for real per crew, the cheapest estimates first.
    static let trials = 3

    /// Inserts crew job `x` (on no route) when a whole crew lowers the state's cost.
    /// Returns whether it did.
    @discardableResult
    func insert(_ x: Int, into state: inout SearchState, rng: inout SearchRandom) -> Bool {
        guard state.place[x] < 0 else { return false }
        let inserter = Inserter(data: data)
        var estimates: [(cost: Double, variant: Int)] = []
        for (k, members) in data.instance.crewVariants[x].enumerated() {
            var used = Set<Int>()
            var total = 0.0
            var complete = true
            for c in members {
                var best: InsertionCandidate?
                for v in inserter.candidateVehicles(for: c, state: state) where !used.contains(v) {
                    if let candidate = inserter.best(c, in: v, state: state, blink: 0, rng: &rng),
                       candidate.delta < (best?.delta ?? .infinity) - 1e-9 {
                        best = candidate
                    }
                }
                guard let best else {
                    complete = false
                    break
                }
                used.insert(best.vehicle)
                total += best.delta
            }
            if complete { estimates.append((total, k)) }
        }
        estimates.sort { ($0.cost, $0.variant) < ($1.cost, $1.variant) }
        var chosen: SearchState?
        for (_, k) in estimates.prefix(Self.trials) {
            var trial = state
            guard place(data.instance.crewVariants[x][k], into: &trial, inserter: inserter, rng: &rng),
                  trial.cost < (chosen?.cost ?? state.cost) - 1e-9 else { continue }
            chosen = trial
        }
        guard let chosen else { return false }
        state = chosen
        return true
    }

    /// Places each copy of `members` at its cheapest position given the members before it.
    private func place(_ members: [Int], into state: inout SearchState, inserter: Inserter, rng: inout SearchRandom) -> Bool {
        for c in members {
            var best: InsertionCandidate?
            for v in data.vehiclesOf[c] {
                if let candidate = inserter.best(c, in: v, state: state, blink: 0, rng: &rng),
                   candidate.delta < (best?.delta ?? .infinity) - 1e-9 {
                    best = candidate
                }
            }
            guard let best else { return false }
            inserter.apply(c, best, to: &state)
        }
        return true
    }
}
