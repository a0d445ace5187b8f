/// Parts used per technician and day, what that draws on the depot, and what the
/// orders that the depot's stock cannot cover cost.
///
/// A technician's jobs take parts from the van first, earliest days first; the
/// rest comes from the depot, whose stock serves the earliest draws; every further
/// unit is ordered from the cheapest supplier whose delivery is at the depot by the
/// day of the draw (``PartsSupply/orderCost(_:draws:)``). A plan is feasible for
/// parts when every draw can be served; its order cost is then ``total``.
struct PartsUse: Sendable {
    /// Jobs that join (`adding`) or leave (`removing`) one technician's day.
    struct Change {
        var technician: Int
        var day: Int
        var adding: [Int]
        var removing: [Int]
    }

    /// `use[technician][part][day]` (days `0...days`); empty until first used.
    private var use: [[[Int]]]
    /// `draws[part][day]`: units drawn on the depot, over all technicians.
    private var draws: [[Int]]
    /// Order cost per part (infinite when some draw cannot be served).
    private var partCost: [Double]
    /// Order cost of all parts.
    private(set) var total: Double = 0

    init(data: EngineData) {
        let supply = data.supply
        use = Array(repeating: Array(repeating: [], count: supply.partIDs.count), count: supply.vanStock.count)
        draws = Array(repeating: Array(repeating: 0, count: supply.days + 1), count: supply.partIDs.count)
        partCost = Array(repeating: 0, count: supply.partIDs.count)
    }

    private struct Key: Hashable {
        var technician: Int
        var part: Int
    }

    /// Units per (technician, part) and day that `changes` add (negative: remove).
    private static func dayDeltas(_ changes: [Change], data: EngineData) -> [Key: [Int: Int]] {
        var deltas: [Key: [Int: Int]] = [:]
        for change in changes {
            for j in change.adding {
                for (p, q) in data.jobParts[j] { deltas[Key(technician: change.technician, part: p), default: [:]][change.day, default: 0] += q }
            }
            for j in change.removing {
                for (p, q) in data.jobParts[j] { deltas[Key(technician: change.technician, part: p), default: [:]][change.day, default: 0] -= q }
            }
        }
        return deltas
    }

    private func usage(_ key: Key, days: Int) -> [Int] {
        let current = use[key.technician][key.part]
        return current.isEmpty ? Array(repeating: 0, count: days + 1) : current
    }

    /// How the depot's draws per part change, and the new use per key.
    private func effect(of deltas: [Key: [Int: Int]], data: EngineData) -> (draws: [Int: [Int]], use: [Key: [Int]]) {
        let supply = data.supply
        var drawChange: [Int: [Int]] = [:]
        var newUse: [Key: [Int]] = [:]
        for (key, perDay) in deltas {
            let before = usage(key, days: supply.days)
            var after = before
            for (day, q) in perDay where after.indices.contains(day) { after[day] += q }
            let van = supply.vanStock[key.technician][key.part]
            let old = supply.depotDraws(use: before, van: van)
            let new = supply.depotDraws(use: after, van: van)
            var change = drawChange[key.part] ?? Array(repeating: 0, count: supply.days + 1)
            for day in change.indices { change[day] += new[day] - old[day] }
            drawChange[key.part] = change
            newUse[key] = after
        }
        return (drawChange, newUse)
    }

    /// The change of ``total`` if `changes` were applied, or nil when some part could
    /// then not be supplied. Zero at once when no changed job needs parts.
    func delta(_ changes: [Change], data: EngineData) -> Double? {
        guard changes.contains(where: { c in c.adding.contains { !data.jobParts[$0].isEmpty }
            || c.removing.contains { !data.jobParts[$0].isEmpty } }) else { return 0 }
        let (drawChange, _) = effect(of: Self.dayDeltas(changes, data: data), data: data)
        var delta = 0.0
        for p in drawChange.keys.sorted() {
            guard let change = drawChange[p], change.contains(where: { $0 != 0 }) else { continue }
            var after = draws[p]
            for day in after.indices { after[day] += change[day] }
            guard let cost = data.supply.orderCost(p, draws: after) else { return nil }
            delta += cost - partCost[p]
        }
        return delta
    }

    /// Applies `changes` (already checked with ``delta(_:data:)``).
    mutating func apply(_ changes: [Change], data: EngineData) {
        let deltas = Self.dayDeltas(changes, data: data)
        guard !deltas.isEmpty else { return }
        let (drawChange, newUse) = effect(of: deltas, data: data)
        for (key, after) in newUse { use[key.technician][key.part] = after }
        for (p, change) in drawChange {
            for day in change.indices { draws[p][day] += change[day] }
            partCost[p] = data.supply.orderCost(p, draws: draws[p]) ?? .infinity
        }
        total = partCost.reduce(0, +)
    }
}
