/// Removes jobs chosen uniformly at random.
struct RandomRemoval: RuinOperator {
    let name = "random"

    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int] {
        var placed = state.place.indices.filter { state.place[$0] >= 0 }
        placed.shuffle(using: &rng)
        let removed = Array(placed.prefix(count))
        remove(removed, from: &state, data: data)
        return removed
    }
}
