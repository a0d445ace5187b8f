import Foundation

/// Removes the jobs whose removal saves most, with randomness so that the
/// same jobs are not always taken (Ropke & Pisinger 2006).
struct WorstRemoval: RuinOperator {
    let name = "worst"

    func ruin(_ state: inout SearchState, count: Int, data: EngineData, rng: inout SearchRandom) -> [Int] {
        var savings: [(Double, Int)] = []
        for route in state.routes where !route.isEmpty {
            let v = route.vehicle
            for (k, j) in route.jobs.enumerated() {
                let before = k == 0 ? route.prefix[0].last : route.jobs[k - 1]
                let after = k == route.count - 1 ? data.endSegment[v].first : route.jobs[k + 1]
                let saving = (data.distance(before, j) + data.distance(j, after) - data.distance(before, after)) * data.costPerKm
                    + (data.travel(before, j) + data.travel(j, after) - data.travel(before, after) + data.instance.jobs[j].duration)
                        * data.instance.vehicles[v].costPerMinute
                savings.append((saving, j))
            }
        }
        savings.sort { ($0.0, $0.1) > ($1.0, $1.1) }
        var removed: [Int] = []
        while removed.count < count, !savings.isEmpty {
            let pick = min(savings.count - 1, Int(pow(rng.unit(), 4) * Double(savings.count)))
            removed.append(savings.remove(at: pick).1)
        }
        remove(removed, from: &state, data: data)
        return removed
    }
}
