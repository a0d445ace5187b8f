import Foundation

/// Shaw-style related removal: a random seed job and the jobs most related
/// to it (near in space and time), with some randomness in the order taken.
struct RelatedRemoval: RuinOperator {
    let name = "related"

    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int] {
        guard let seed = randomPlaced(state, rng: &rng) else { return [] }
        var removed = [seed]
        var taken: Set<Int> = [seed]
        while removed.count < count {
            // Grow from a random member, taking one of its closer neighbours.
            let from = removed[Int(rng.unit() * Double(removed.count))]
            let candidates = data.neighbours[from].filter { state.place[$0] >= 0 && !taken.contains($0) }
            guard !candidates.isEmpty else { break }
            let pick = Int(pow(rng.unit(), 3) * Double(candidates.count))
            let j = candidates[min(pick, candidates.count - 1)]
            removed.append(j)
            taken.insert(j)
        }
        remove(removed, from: &state, data: data)
        return removed
    }
}


