import FieldService

/// Where the parts of a plan can come from, per part and day: the depot's stock,
/// each technician's van, and orders placed now with the cheapest supplier whose
/// delivery is at the depot by that day.
///
/// Parts are indexed by `partIDs` (every part some job needs, sorted); days are
/// the horizon's, 1-based.
struct PartsSupply: Sendable {
    /// An order option: the supplier (index into `Problem.suppliers`) and its unit price.
    struct Offer: Sendable, Hashable {
        var supplier: Int
        var unitCost: Double
        var arrivalDay: Int
    }

    let partIDs: [String]
    let days: Int
    /// `vanStock[technician][part]`.
    let vanStock: [[Int]]
    /// `depotStock[part]`.
    let depotStock: [Int]
    /// `cheapest[part][day]` (days `0...days`): the cheapest order, placed now, that is
    /// at the depot by that day; nil when none is.
    let cheapest: [[Offer?]]
    /// Every supplier's offer per part, fastest first (then cheapest, then input order).
    let offers: [[Offer]]
    /// Whether vans are restocked to their `vanStock` every night (depot pick-ups,
    /// ``FieldService/DepotPickup``), rather than living on one stock over the horizon.
    let restocksDaily: Bool

    init(problem: Problem) {
        let ids = Set(problem.jobs.flatMap { $0.parts.keys }).sorted()
        partIDs = ids
        days = max(1, problem.horizon.days)
        vanStock = problem.technicians.map { t in ids.map { t.vanStock[$0, default: 0] } }
        depotStock = ids.map { problem.depot.stock[$0, default: 0] }
        restocksDaily = problem.depot.pickup != nil && problem.depot.location != nil
        var offers: [[Offer]] = Array(repeating: [], count: ids.count)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (s, supplier) in problem.suppliers.enumerated() {
            let arrival = problem.horizon.arrivalDay(for: supplier)
            for offer in supplier.offers {
                guard let p = index[offer.part], offer.unitCost.isFinite else { continue }
                offers[p].append(Offer(supplier: s, unitCost: offer.unitCost, arrivalDay: arrival))
            }
        }
        self.offers = offers.map { list in
            list.sorted { ($0.arrivalDay, $0.unitCost, $0.supplier) < ($1.arrivalDay, $1.unitCost, $1.supplier) }
        }
        let days = self.days
        cheapest = offers.map { list in
            (0...days).map { day in
                list.filter { $0.arrivalDay <= day }.min { ($0.unitCost, $0.supplier) < ($1.unitCost, $1.supplier) }
            }
        }
    }

    var isEmpty: Bool { partIDs.isEmpty }

    /// The earliest day part `p` can be at the depot by an order placed now, or nil
    /// when no supplier sells it.
    func earliestArrival(_ p: Int) -> Int? { offers[p].first?.arrivalDay }

    /// The cheapest order of part `p` that is at the depot by `day` (nil if none).
    func offer(_ p: Int, by day: Int) -> Offer? {
        guard day >= 0 else { return nil }
        return cheapest[p][min(day, days)]
    }

    /// What the depot's draws of part `p` per day (`draws[day]`, days `1...days`,
    /// index 0 unused) cost in orders: the depot's stock serves the earliest draws;
    /// every further unit is bought from the cheapest supplier whose delivery is there
    /// by the day of the draw. Nil when some draw cannot be served at all.
    func orderCost(_ p: Int, draws: [Int]) -> Double? {
        var left = depotStock[p]
        var cost = 0.0
        for day in draws.indices where draws[day] > 0 {
            let fromStock = min(left, draws[day])
            left -= fromStock
            let rest = draws[day] - fromStock
            guard rest > 0 else { continue }
            guard let offer = offer(p, by: day) else { return nil }
            cost += Double(rest) * offer.unitCost
        }
        return cost
    }

    /// A technician's draws on the depot per day, given the units of one part the
    /// technician's jobs use per day and the van's stock: the van serves the earliest
    /// days first (cumulative use beyond the van comes from the depot); with vans
    /// restocked every night, each day's use beyond the van.
    func depotDraws(use: [Int], van: Int) -> [Int] {
        restocksDaily ? use.map { max(0, $0 - van) } : Self.cumulativeDraws(use: use, van: van)
    }

    private static func cumulativeDraws(use: [Int], van: Int) -> [Int] {
        var draws = Array(repeating: 0, count: use.count)
        var cumulative = 0
        var drawnBefore = 0
        for day in use.indices {
            cumulative += use[day]
            let drawn = max(0, cumulative - van)
            draws[day] = drawn - drawnBefore
            drawnBefore = drawn
        }
        return draws
    }
}
