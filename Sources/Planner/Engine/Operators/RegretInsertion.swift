/// Regret-k insertion: repeatedly inserts the job whose best insertion beats
/// its k-th best by most (the one that would lose most by waiting), keeping
/// each job's best insertion per route cached and refreshing only the route
/// that changed.
struct RegretInsertion: RecreateOperator {
    let name: String
    var k: Int

    init(k: Int = 2) {
        self.k = k
        name = "regret\(k)"
    }

    func recreate(_ jobs: [Int], into state: inout SearchState, data: EngineData, rng: inout SearchRandom) {
        let inserter = Inserter(data: data)
        var pending = jobs
        // What leaving each job out costs: its penalty, or a cheaper referral.
        let threshold = Dictionary(jobs.map { ($0, state.leaveOutCost($0, data: data)) }, uniquingKeysWith: { a, _ in a })
        // cache[job] = best candidate per vehicle
        var cache: [Int: [Int: InsertionCandidate]] = [:]
        for j in pending {
            var perRoute: [Int: InsertionCandidate] = [:]
            for v in inserter.candidateVehicles(for: j, state: state) {
                if let c = inserter.best(j, in: v, state: state, blink: 0, rng: &rng) { perRoute[v] = c }
            }
            cache[j] = perRoute
        }
        while !pending.isEmpty {
            var chosen: (score: Double, index: Int, candidate: InsertionCandidate)?
            for (index, j) in pending.enumerated() {
                let options = (cache[j] ?? [:]).values.sorted { ($0.delta, $0.vehicle) < ($1.delta, $1.vehicle) }
                let outside = threshold[j, default: data.penalty[j]]
                guard let best = options.first, best.delta < outside else { continue }
                let kth = options.count >= k ? options[k - 1].delta : outside
                // A job with fewer than k options regrets its whole penalty, so
                // urgent jobs with few places go first.
                let score = min(kth, outside) - best.delta
                if score > (chosen?.score ?? -.infinity) + 1e-9 { chosen = (score, index, best) }
            }
            guard let pick = chosen else { break }
            let job = pending[pick.index]
            let v = pick.candidate.vehicle
            // Shared limits (depot parts, overtime budget) may have closed a cached option.
            guard let fresh = inserter.best(job, in: v, state: state, blink: 0, rng: &rng) else {
                cache[job]?[v] = nil
                continue
            }
            if abs(fresh.delta - pick.candidate.delta) > 1e-9 || fresh.position != pick.candidate.position {
                cache[job]?[v] = fresh
                continue
            }
            pending.remove(at: pick.index)
            cache[job] = nil
            inserter.apply(job, fresh, to: &state)
            for j in pending {
                if let c = inserter.best(j, in: v, state: state, blink: 0, rng: &rng) {
                    cache[j, default: [:]][v] = c
                } else {
                    cache[j]?[v] = nil
                }
                // Parts or the overtime budget may have closed other options: re-check lazily on use.
            }
        }
    }
}
