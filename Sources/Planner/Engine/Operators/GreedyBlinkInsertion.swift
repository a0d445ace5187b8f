/// SISR's recreate: jobs in one of five orders (random, by demand, farthest,
/// closest, largest penalty first), each at its cheapest position while
/// "blinking" past positions with a small probability.
struct GreedyBlinkInsertion: RecreateOperator {
    let name = "blink"
    var blinkRate = 0.01
    /// For construction: most penalised first (pinned visits, then emergencies, ...),
    /// then jobs with fewer possible technicians, instead of a random order.
    var constructionOrder = false

    func recreate(_ jobs: [Int], into state: inout SearchState, data: EngineData, rng: inout SearchRandom) {
        var order = jobs
        if constructionOrder {
            order.sort { a, b in
                if data.penalty[a] != data.penalty[b] { return data.penalty[a] > data.penalty[b] }
                if data.vehiclesOf[a].count != data.vehiclesOf[b].count { return data.vehiclesOf[a].count < data.vehiclesOf[b].count }
                return a < b
            }
            insert(order, into: &state, data: data, rng: &rng)
            return
        }
        order.shuffle(using: &rng)
        // SISR's orders, plus most-penalised first (urgent jobs before routine ones).
        switch rng.int(0...4) {
        case 1: order.sort { data.demand[$0] > data.demand[$1] }
        case 2: order.sort { data.depotDistance[$0] > data.depotDistance[$1] }
        case 3: order.sort { data.depotDistance[$0] < data.depotDistance[$1] }
        case 4: order.sort { data.penalty[$0] > data.penalty[$1] }
        default: break
        }
        insert(order, into: &state, data: data, rng: &rng)
    }

    private func insert(_ order: [Int], into state: inout SearchState, data: EngineData, rng: inout SearchRandom) {
        let inserter = Inserter(data: data)
        let threshold = Dictionary(order.map { ($0, state.leaveOutCost($0, data: data)) }, uniquingKeysWith: { a, _ in a })
        for j in order {
            guard let best = inserter.cheapest(j, state: state, blink: blinkRate, rng: &rng),
                  best.delta < threshold[j, default: data.penalty[j]] else { continue }
            inserter.apply(j, best, to: &state)
        }
    }
}
