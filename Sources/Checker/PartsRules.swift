import FieldService
import Schedule

/// Parts: every placed job's parts must be on hand on the day it is done.
///
/// For each part, a job's need is served first from the van of the technician
/// doing it (van stock is consumed across the horizon in day order), the rest
/// from the depot's shared stock plus the purchase orders of that part that
/// have arrived by that day. Whatever remains is a shortfall.
///
/// With depot pick-ups the van is restocked to its `vanStock` every night, so each
/// day's route starts with the full van stock; the depot's draws work as above.
/// Depot pick-up visits use no parts. A crew job's parts come with its lead (the
/// other members' visits use none). A route that stops at a supplier's counter buys
/// there what it needs beyond the van (purchase orders with `counterTechnician`); it
/// takes nothing from the depot, and those orders are no depot deliveries.
extension FeasibilityChecker {
    private struct PartUse {
        let day: Int
        let technician: String
        let job: String
        let quantity: Int
    }

    func partsViolations(_ schedule: Schedule) -> [Violation] {
        var uses: [String: [PartUse]] = [:]
        for (route, carried) in zip(schedule.routes, carriedJobVisits(schedule)) {
            // A route that stops at a supplier's counter buys its parts there (PickupRules checks them).
            if pickupMode, route.pickups.first?.supplier != nil { continue }
            for visit in carried {
                guard let job = jobsByID[visit.job] else { continue }
                for (part, quantity) in job.parts where quantity > 0 {
                    uses[part, default: []].append(
                        PartUse(day: route.day, technician: route.technician, job: job.id, quantity: quantity))
                }
            }
        }
        var found: [Violation] = []
        for part in uses.keys.sorted() {
            found += shortfalls(of: part, uses: uses[part] ?? [], orders: schedule.purchaseOrders)
        }
        return found
    }

    private func shortfalls(of part: String, uses: [PartUse], orders: [PurchaseOrder]) -> [Violation] {
        let deliveries = orders.filter { $0.part == part && $0.counterTechnician == nil }.sorted { $0.arrivalDay < $1.arrivalDay }
        let stock = problem.depot.stock[part] ?? 0
        var onShelf = stock
        var arrived = 0
        var usedBefore = 0
        var nextDelivery = 0
        var vans: [String: Int] = [:]
        var found: [Violation] = []
        for day in Set(uses.map(\.day)).sorted() {
            while nextDelivery < deliveries.count, deliveries[nextDelivery].arrivalDay <= day {
                let quantity = max(0, deliveries[nextDelivery].quantity)
                onShelf += quantity
                arrived += quantity
                nextDelivery += 1
            }
            // Restocked overnight with pick-ups; otherwise what the van has left.
            if pickupMode { vans = [:] }
            let today = uses.filter { $0.day == day }
            var fromVans = 0
            var fromDepot = 0
            for use in today {
                let onVan = vans[use.technician] ?? techniciansByID[use.technician]?.vanStock[part] ?? 0
                let taken = max(0, min(onVan, use.quantity))
                vans[use.technician] = onVan - taken
                fromVans += taken
                fromDepot += use.quantity - taken
            }
            let supplied = max(0, min(onShelf, fromDepot))
            onShelf -= supplied
            let short = fromDepot - supplied
            if short > 0 {
                let jobs = today.map(\.job).joined(separator: ", ")
                let need = fromVans + fromDepot
                found.append(Violation(
                    rule: .partsShortfall, entity: "part \(part) day \(day)",
                    message: "short by \(short): jobs \(jobs) need \(need), vans supply \(fromVans), the depot has \(supplied) for them (stock \(stock) + \(arrived) arrived by purchase orders - \(usedBefore) used on earlier days)"))
            }
            usedBefore += supplied
        }
        return found
    }

    func purchaseOrderViolations(_ schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        var placedDay: [String: Int] = [:]
        for route in schedule.routes { for visit in route.jobVisits { placedDay[visit.job] = route.day } }
        for (index, order) in schedule.purchaseOrders.enumerated() {
            var problems: [String] = []
            if order.quantity < 1 { problems.append("quantity \(order.quantity) is not positive") }
            if order.orderDay < 0 { problems.append("order day \(order.orderDay) is before today (day 0)") }
            if let supplier = suppliersByID[order.supplier], let technician = order.counterTechnician {
                // Bought over the counter during the route: that day, at the counter's price.
                if supplier.counter == nil { problems.append("supplier \(supplier.id) has no counter") }
                if order.orderDay != order.arrivalDay { problems.append("a counter purchase is bought and had on the same day") }
                let stops = schedule.routes.contains { $0.technician == technician && $0.day == order.arrivalDay
                    && $0.pickups.contains { $0.supplier == supplier.id } }
                if !stops { problems.append("technician \(technician) does not stop at \(supplier.id)'s counter on day \(order.arrivalDay)") }
                if let offer = supplier.offers.first(where: { $0.part == order.part }) {
                    let price = Double(order.quantity) * offer.unitCost
                    if !Tolerance.sameAmount(order.cost, price) {
                        problems.append("cost \(Text.number(order.cost)) is not \(order.quantity) x \(Text.number(offer.unitCost)) = \(Text.number(price))")
                    }
                } else {
                    problems.append("supplier \(supplier.id) does not sell part \(order.part)")
                }
            } else if let supplier = suppliersByID[order.supplier] {
                let firstDay = problem.horizon.orderDay(for: supplier)
                if order.orderDay < firstDay, let cutoff = supplier.orderCutoff, let now = problem.horizon.orderTime {
                    problems.append("placed on day \(order.orderDay), but orders go out at \(formatClock(now)), after supplier \(supplier.id)'s cut-off \(formatClock(cutoff)), so it counts as day \(firstDay)")
                }
                if let offer = supplier.offers.first(where: { $0.part == order.part }) {
                    let earliest = order.orderDay + supplier.leadTimeDays
                    if order.arrivalDay < earliest {
                        problems.append("arrives on day \(order.arrivalDay), but ordered on day \(order.orderDay) with a lead time of \(supplier.leadTimeDays) days it arrives on day \(earliest) at the earliest")
                    }
                    let price = Double(order.quantity) * offer.unitCost
                    if !Tolerance.sameAmount(order.cost, price) {
                        problems.append("cost \(Text.number(order.cost)) is not \(order.quantity) x \(Text.number(offer.unitCost)) = \(Text.number(price))")
                    }
                } else if partIDs.contains(order.part) {
                    problems.append("supplier \(supplier.id) does not sell part \(order.part)")
                }
            }
            for id in order.jobs {
                guard let job = jobsByID[id] else { continue }
                if (job.parts[order.part] ?? 0) <= 0 {
                    problems.append("lists job \(id), which needs no \(order.part)")
                } else if placedDay[id] == nil {
                    problems.append("lists job \(id), which is not on any route")
                }
            }
            if !problems.isEmpty {
                found.append(Violation(rule: .invalidPurchaseOrder, entity: Self.entity(ofOrder: order, index: index),
                                       message: problems.joined(separator: "; ")))
            }
        }
        return found
    }
}
