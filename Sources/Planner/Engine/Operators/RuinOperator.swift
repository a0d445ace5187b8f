/// A destroy step of the ruin-and-recreate search: picks jobs to take out.
protocol RuinOperator: Sendable {
    /// Short name for statistics.
    var name: String { get }
    /// Removes about `count` jobs from `state` and returns them.
    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int]
}

extension RuinOperator {
    /// Takes `jobs` out of their routes, one route update per route. Depot pick-up
    /// stops stay (a route drops its stop itself once nothing needs it).
    func remove(_ jobs: [Int], from state: inout SearchState, data: EngineData) {
        var byRoute: [Int: Set<Int>] = [:]
        var jobs = jobs
        if data.instance.hasCrews {
            // A crew leaves whole: a copy or the crew job takes every copy with it.
            var crews = Set<Int>()
            for j in jobs {
                if data.instance.isCrewCopy(j) { crews.insert(data.instance.crewParent[j]) }
                if data.instance.isCrewJob(j) { crews.insert(j) }
            }
            for x in crews.sorted() { jobs += state.placedCopies(ofCrew: x, data: data) }
        }
        for j in jobs where state.place[j] >= 0 && !data.instance.isPickup(j) && !data.instance.isCrewJob(j) { byRoute[state.place[j], default: []].insert(j) }
        for v in byRoute.keys.sorted() {
            let gone = byRoute[v] ?? []
            state.setRoute(v, state.routes[v].jobs.filter { !gone.contains($0) }, data: data)
        }
    }

    /// A random placed job, or nil when none is placed.
    func randomPlaced(_ state: SearchState, rng: inout SearchRandom) -> Int? {
        let n = state.place.count
        guard n > 0 else { return nil }
        for _ in 0..<(4 * n) {
            let j = Int.random(in: 0..<n, using: &rng)
            if state.place[j] >= 0 { return j }
        }
        return state.place.indices.first { state.place[$0] >= 0 }
    }
}
