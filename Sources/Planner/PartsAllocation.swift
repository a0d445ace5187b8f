import FieldService

/// Where every part of a plan comes from: the technician's van (earliest days
/// first; with depot pick-ups, the van's stock every day, in visiting order), the depot's stock (earliest draws first), or an order placed now with the
/// cheapest supplier whose delivery is at the depot by the day of the draw.
///
/// For fixed routes this is the cheapest allocation: availability only grows with
/// the day and the cheapest price only falls, so serving the earliest needs from
/// the van and the depot's stock never costs more.
struct PartsAllocation: Sendable {
    /// Units of one part bought from one supplier.
    struct Order: Sendable, Hashable {
        var supplier: Int
        var part: Int
        var quantity: Int
        var arrivalDay: Int
        var unitCost: Double
        /// Jobs served by these units, in plan order.
        var jobs: [Int]
        var cost: Double { Double(quantity) * unitCost }
    }

    /// Units of one part a technician-day loads at the depot.
    struct Load: Sendable, Hashable {
        var vehicle: Int
        var part: Int
        var quantity: Int
        var jobs: [Int]
    }

    /// A draw no stock and no order can serve: the part, the day and the job.
    struct Shortage: Sendable, Hashable {
        var part: Int
        var day: Int
        var job: Int
    }

    private(set) var orders: [Order] = []
    private(set) var loads: [Load] = []
    private(set) var shortages: [Shortage] = []
    /// Units of one part a technician-day buys at a supplier's counter (the route's cost
    /// has them, not ``orderCost``).
    struct CounterBuy: Sendable, Hashable {
        var vehicle: Int
        var counter: Int
        var part: Int
        var quantity: Int
        var unitCost: Double
        var jobs: [Int]
        var cost: Double { Double(quantity) * unitCost }
    }

    /// What routes with a counter stop buy there, in vehicle then part order.
    private(set) var counterBuys: [CounterBuy] = []
    var isFeasible: Bool { shortages.isEmpty }
    /// Price of the orders (infinite when something cannot be supplied).
    var orderCost: Double { isFeasible ? orders.reduce(0) { $0 + $1.cost } : .infinity }

    init(instance: Instance, sequences: [[Int]]) {
        let supply = instance.supply
        guard !supply.isEmpty else { return }
        let index = Dictionary(supply.partIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // Vehicles in day order, then technician order: the order parts are handed out.
        let order = instance.vehicles.sorted { ($0.day, $0.technician) < ($1.day, $1.technician) }
        var vanLeft = supply.vanStock
        // Depot draws per part, in handing-out order: (vehicle, job, units).
        var draws: [[(vehicle: Int, job: Int, quantity: Int)]] = Array(repeating: [], count: supply.partIDs.count)
        for v in order {
            // With depot pick-ups the van starts every day full.
            if supply.restocksDaily { vanLeft[v.technician] = supply.vanStock[v.technician] }
            // A route with a counter stop buys there what the van lacks.
            let counter = instance.hasCounters ? sequences[v.index].lazy.compactMap({ instance.stopCounter($0) }).first : nil
            var bought: [Int: CounterBuy] = [:]
            for j in sequences[v.index] {
                for (part, need) in instance.jobs[j].parts.sorted(by: { $0.key < $1.key }) where need > 0 {
                    guard let p = index[part] else { continue }
                    let fromVan = min(need, vanLeft[v.technician][p])
                    vanLeft[v.technician][p] -= fromVan
                    guard need > fromVan else { continue }
                    if let counter {
                        var buy = bought[p] ?? CounterBuy(vehicle: v.index, counter: counter, part: p, quantity: 0,
                                                         unitCost: instance.counterPrice[counter][p] ?? .infinity, jobs: [])
                        buy.quantity += need - fromVan
                        buy.jobs.append(j)
                        bought[p] = buy
                    } else {
                        draws[p].append((v.index, j, need - fromVan))
                    }
                }
            }
            counterBuys += bought.keys.sorted().compactMap { bought[$0] }
        }
        for p in draws.indices {
            var stock = supply.depotStock[p]
            var bought: [Int: Order] = [:]
            var loadAt: [Int: Load] = [:]
            var loadOrder: [Int] = []
            for draw in draws[p] {
                let day = instance.vehicles[draw.vehicle].day
                let fromStock = min(stock, draw.quantity)
                stock -= fromStock
                let rest = draw.quantity - fromStock
                if rest > 0 {
                    guard let offer = supply.offer(p, by: day) else {
                        shortages.append(Shortage(part: p, day: day, job: draw.job))
                        continue
                    }
                    var entry = bought[offer.supplier] ?? Order(supplier: offer.supplier, part: p, quantity: 0,
                                                               arrivalDay: offer.arrivalDay, unitCost: offer.unitCost, jobs: [])
                    entry.quantity += rest
                    entry.jobs.append(draw.job)
                    bought[offer.supplier] = entry
                }
                if loadAt[draw.vehicle] == nil { loadOrder.append(draw.vehicle) }
                var load = loadAt[draw.vehicle] ?? Load(vehicle: draw.vehicle, part: p, quantity: 0, jobs: [])
                load.quantity += draw.quantity
                load.jobs.append(draw.job)
                loadAt[draw.vehicle] = load
            }
            orders += bought.keys.sorted().compactMap { bought[$0] }
            loads += loadOrder.compactMap { loadAt[$0] }
        }
    }
}
