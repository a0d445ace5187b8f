/// Empties whole routes, preferring short ones, so their jobs can fill other
/// routes (fewer vehicles, less fixed cost).
struct RouteRemoval: RuinOperator {
    let name = "route"

    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int] {
        var used = state.routes.filter { !$0.isEmpty }.map { ($0.count, $0.vehicle) }
        guard !used.isEmpty else { return [] }
        used.sort { $0 < $1 }
        var removed: [Int] = []
        while removed.count < max(1, count / 2), !used.isEmpty {
            // Short routes are likelier picks.
            let pick = min(used.count - 1, Int(rng.unit() * rng.unit() * Double(used.count)))
            let v = used.remove(at: pick).1
            removed += state.routes[v].jobs
        }
        remove(removed, from: &state, data: data)
        return removed
    }
}
