import FieldService
import Schedule

/// Depot pick-ups (`Depot.pickup` with a depot location): a route that needs
/// anything from the depot stops there exactly once, before the first job that
/// needs it, collects exactly what the route draws and borrows, within the depot's
/// hours.
///
/// The van is restocked to its `vanStock` every night, so the rule is local to a
/// route: in visiting order, the van serves the first `vanStock[part]` units of each
/// part; a job needs the depot when it takes a unit beyond that, or needs a tool the
/// technician's van does not carry. The route draws, per part, its total use minus
/// the van's stock (when positive), and borrows every such tool. A crew job needs
/// the depot on its lead's route only (the other members bring nothing).
///
/// - `pickup_missing`: a job needs the depot and no pick-up comes before it.
/// - `pickup_not_needed`: a pick-up on a route that needs nothing from the depot, or
///   a second pick-up.
/// - `pickup_items_mismatch`: the (first) pick-up's items or tools are not the
///   route's draws and borrows.
/// - `pickup_outside_hours`: a pick-up starts outside `DepotPickup.window(onDay:)`,
///   or its handling (`end - start`) is shorter than `handlingMinutes`.
/// - `pickup_without_depot`: any pick-up when the problem has no pick-ups, or a
///   pick-up whose location is not the depot's (or, for a stop at a supplier's
///   counter, `visit.supplier`, not the counter's; or a supplier without a counter).
///
/// A route may stop at a supplier's counter instead of the depot: it then buys there
/// every part it takes beyond the van (all sold there, listed as purchase orders with
/// `counterTechnician`), within the counter's hours, and borrows no tool.
///
/// Travel into and out of a pick-up, its arrival and wait are `TimingRules`'
/// concern; its cost is `Cost`'s.
extension FeasibilityChecker {
    /// What one route needs from the depot, recomputed from its jobs in visiting order.
    struct DepotNeeds: Sendable, Hashable {
        /// Index in `route.visits` of the first job that needs something from the depot.
        var first: Int?
        /// Why that job needs the depot, for messages.
        var reason: String
        /// Units per part beyond the van's stock (positive entries only).
        var parts: [String: Int]
        /// Tools the jobs need and the van lacks.
        var tools: Set<String>
    }

    /// What `route` draws from and borrows at the depot with a van restocked to the
    /// technician's `vanStock` (unknown jobs need nothing, nor do visits that do not
    /// answer for their jobs, per `carries`, e.g. a crew's non-lead members).
    func depotNeeds(of route: Route, technician: Technician, carries: [Bool]) -> DepotNeeds {
        var needs = DepotNeeds(first: nil, reason: "", parts: [:], tools: [])
        let van = Set(technician.tools)
        var used: [String: Int] = [:]
        for (index, visit) in route.visits.enumerated() where !visit.isPickup && carries.indices.contains(index) && carries[index] {
            guard let job = jobsByID[visit.job] else { continue }
            for tool in Set(job.requiredTools).sorted() where !van.contains(tool) {
                needs.tools.insert(tool)
                if needs.first == nil {
                    needs.first = index
                    needs.reason = "needs the tool \(tool), which is not on \(technician.id)'s van"
                }
            }
            for part in job.parts.keys.sorted() {
                let quantity = job.parts[part] ?? 0
                guard quantity > 0 else { continue }
                let stock = max(0, technician.vanStock[part] ?? 0)
                let total = used[part, default: 0] + quantity
                used[part] = total
                if total > stock {
                    needs.parts[part] = total - stock
                    if needs.first == nil {
                        needs.first = index
                        needs.reason = "uses \(quantity) x \(part), \(total) on the route so far, but the van holds \(stock)"
                    }
                }
            }
        }
        return needs
    }

    func pickupViolations(_ analysis: RouteAnalysis, orders: [PurchaseOrder] = []) -> [Violation] {
        let route = analysis.route
        let name = Self.entity(ofPickupOn: route)
        let pickups = route.visits.indices.filter { route.visits[$0].isPickup }
        guard pickupMode, let settings = problem.depot.pickup, let depot = problem.depot.location else {
            let why = problem.depot.pickup == nil ? "the problem has no depot pick-ups (depot.pickup)" : "the depot has no location"
            return pickups.map { index in
                Violation(rule: .pickupWithoutDepot, entity: name,
                          message: "stops at the depot at \(Text.time(route.visits[index].start)), but \(why)")
            }
        }
        var found: [Violation] = []
        for index in pickups {
            let visit = route.visits[index]
            // A stop at a supplier's counter: its place, hours and handling.
            var settings = settings
            var depot = depot
            if let supplierID = visit.supplier {
                guard let counter = counter(of: visit) else {
                    found.append(Violation(rule: .pickupWithoutDepot, entity: name,
                                           message: "stops at the counter of supplier \(supplierID), which the problem does not list with a counter"))
                    continue
                }
                settings = counter.hours
                depot = counter.location
            }
            let window = settings.window(onDay: route.day)
            if let place = visit.location {
                if !Self.samePlace(place, depot) {
                    found.append(Violation(rule: .pickupWithoutDepot, entity: name,
                                           message: "is at \(Self.describe(place)), not at the depot \(Self.describe(depot))"))
                }
            } else {
                found.append(Violation(rule: .pickupWithoutDepot, entity: name,
                                       message: "gives no location; the depot is at \(Self.describe(depot))"))
            }
            if !(Tolerance.notBefore(visit.start, window.start) && Tolerance.notAfter(visit.start, window.end)) {
                found.append(Violation(rule: .pickupOutsideHours, entity: name,
                                       message: "starts \(Text.time(visit.start)), outside the depot's pick-up window \(Text.time(window.start)) to \(Text.time(window.end)) (open \(formatClock(settings.opens)) to \(formatClock(settings.closes)), \(Text.number(settings.handlingMinutes)) minutes of handling)"))
            }
            if !Tolerance.notBefore(visit.end - visit.start, settings.handlingMinutes) {
                found.append(Violation(rule: .pickupOutsideHours, entity: name,
                                       message: "lasts \(Text.number(visit.end - visit.start)) minutes (\(Text.time(visit.start)) to \(Text.time(visit.end))), handling takes \(Text.number(settings.handlingMinutes))"))
            }
        }
        guard let technician = analysis.technician else { return found }
        let needs = depotNeeds(of: route, technician: technician, carries: analysis.carries)
        guard let need = needs.first else {
            for _ in pickups {
                found.append(Violation(rule: .pickupNotNeeded, entity: name,
                                       message: "the route's jobs need nothing from the depot (the van's stock and tools cover them)"))
            }
            return found
        }
        let needy = route.visits[need]
        if let first = pickups.first, first < need {
            // In place.
        } else {
            let placement = pickups.first.map { "its pick-up comes after it, at \(Text.time(route.visits[$0].start))" }
                ?? "the route has no depot pick-up"
            found.append(Violation(rule: .pickupMissing, entity: Self.entity(ofJob: needy.job),
                                   message: "\(needs.reason) on \(Self.entity(of: route)), but \(placement)"))
        }
        for _ in pickups.dropFirst() {
            found.append(Violation(rule: .pickupNotNeeded, entity: name,
                                   message: "a second depot pick-up on the route; one pick-up collects everything"))
        }
        if let first = pickups.first {
            if let supplierID = route.visits[first].supplier {
                found += counterContentViolations(route.visits[first], supplier: supplierID, needs: needs, name: name,
                                                  route: route, orders: orders)
            } else {
                found += pickupContentViolations(route.visits[first], needs: needs, name: name)
            }
        }
        return found
    }

    /// A counter stop buys what the route takes beyond the van, all sold there, with
    /// matching counter purchase orders; a counter lends no tools.
    private func counterContentViolations(_ visit: Visit, supplier supplierID: String, needs: DepotNeeds, name: String,
                                          route: Route, orders: [PurchaseOrder]) -> [Violation] {
        var found = pickupContentViolations(visit, needs: DepotNeeds(first: needs.first, reason: needs.reason, parts: needs.parts,
                                                                     tools: []), name: name)
        if !needs.tools.isEmpty {
            found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                   message: "stops at \(supplierID)'s counter, but the route needs the tools [\(needs.tools.sorted().joined(separator: ", "))] from the depot, and a counter lends none"))
        }
        let sold = Set(suppliersByID[supplierID]?.offers.map(\.part) ?? [])
        let unsold = needs.parts.keys.filter { !sold.contains($0) }.sorted()
        if !unsold.isEmpty {
            found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                   message: "stops at \(supplierID)'s counter, which does not sell [\(unsold.joined(separator: ", "))]"))
        }
        var bought: [String: Int] = [:]
        for order in orders where order.counterTechnician == route.technician && order.arrivalDay == route.day
            && order.supplier == supplierID {
            bought[order.part, default: 0] += order.quantity
        }
        if bought.filter({ $0.value != 0 }) != needs.parts {
            found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                   message: "the purchase orders at \(supplierID)'s counter buy \(Self.describe(bought)), but the route's jobs take \(Self.describe(needs.parts)) beyond the van's stock"))
        }
        return found
    }

    /// The pick-up's items and tools against the route's draws and borrows.
    private func pickupContentViolations(_ visit: Visit, needs: DepotNeeds, name: String) -> [Violation] {
        var found: [Violation] = []
        var collected: [String: Int] = [:]
        for item in visit.items {
            if item.quantity < 1 {
                found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                       message: "collects \(item.quantity) x \(item.part); quantities must be positive"))
            }
            collected[item.part, default: 0] += item.quantity
        }
        collected = collected.filter { $0.value != 0 }
        if collected != needs.parts {
            found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                   message: "collects \(Self.describe(collected)), but the route's jobs draw \(Self.describe(needs.parts)) beyond the van's stock"))
        }
        let borrowed = Set(visit.tools.map(\.tool))
        if borrowed != needs.tools {
            found.append(Violation(rule: .pickupItemsMismatch, entity: name,
                                   message: "borrows the tools [\(borrowed.sorted().joined(separator: ", "))], but the route's jobs need [\(needs.tools.sorted().joined(separator: ", "))] that the van lacks"))
        }
        return found
    }

    /// Whether two locations are the same place (coordinates within 1e-9, same matrix index).
    static func samePlace(_ a: Location, _ b: Location) -> Bool {
        abs(a.latitude - b.latitude) <= 1e-9 && abs(a.longitude - b.longitude) <= 1e-9 && a.matrixIndex == b.matrixIndex
    }

    /// `(lat 40, lon 30)` or `(lat 40, lon 30, matrix index 3)`.
    static func describe(_ location: Location) -> String {
        let index = location.matrixIndex.map { ", matrix index \($0)" } ?? ""
        return "(lat \(Text.number(location.latitude)), lon \(Text.number(location.longitude))\(index))"
    }
}
