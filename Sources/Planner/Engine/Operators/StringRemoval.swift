/// Slack induction by string removals (Christiaens & Vanden Berghe 2020):
/// from a random seed job, walk its neighbours and cut a string of
/// consecutive visits out of each route met (sometimes keeping a middle piece
/// in place, "split string"), until enough routes are ruined.
struct StringRemoval: RuinOperator {
    let name = "string"
    /// Longest string cut from one route.
    var maxString = 10

    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int] {
        guard let seed = randomPlaced(state, rng: &rng) else { return [] }
        let routeLengths = state.routes.filter { !$0.isEmpty }.map(\.count)
        let average = routeLengths.isEmpty ? 1 : Double(routeLengths.reduce(0, +)) / Double(routeLengths.count)
        let lMax = min(Double(maxString), average)
        let ksMax = 4.0 * Double(count) / (1 + lMax) - 1
        let routesToRuin = Int(rng.unit() * max(1, ksMax)) + 1
        var ruinedRoutes = Set<Int>()
        var removed: [Int] = []
        for j in [seed] + data.neighbours[seed] {
            guard ruinedRoutes.count < routesToRuin else { break }
            let v = state.place[j]
            guard v >= 0, !ruinedRoutes.contains(v) else { continue }
            ruinedRoutes.insert(v)
            let route = state.routes[v].jobs
            guard let at = route.firstIndex(of: j) else { continue }
            let length = max(1, Int(rng.unit() * min(lMax, Double(route.count))) + 1)
            let cut = min(length, route.count)
            // Windows of `cut` consecutive visits that contain `j`.
            let first = max(0, at - cut + 1)
            let last = min(at, route.count - cut)
            let start = first + Int(rng.unit() * Double(last - first + 1))
            var piece = Array(route[start..<(start + cut)])
            if cut > 2, rng.chance(0.5) {
                // Split string: keep a random middle run in place.
                var keep = 1
                while keep < cut - 1, rng.chance(0.5) { keep += 1 }
                let keepStart = 1 + Int(rng.unit() * Double(max(1, cut - keep - 1)))
                piece.removeSubrange(keepStart..<min(piece.count - 1, keepStart + keep))
            }
            removed += piece
        }
        remove(removed, from: &state, data: data)
        return removed
    }
}
