import FieldService
import Schedule

/// Unknown ids, and "every job exactly once" across visits, referrals and unassigned entries.
///
/// A crew job's visits (one per member) are one placement: whether there are as many
/// as its crew size is `CrewRules`' concern.
///
/// Depot pick-up visits are not jobs: their `"depot"` id is neither an unknown job
/// nor a placement (`PickupRules` judges them).
extension FeasibilityChecker {
    func referenceViolations(_ schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        for route in schedule.routes {
            let routeName = Self.entity(of: route)
            if techniciansByID[route.technician] == nil {
                found.append(Violation(rule: .unknownTechnician, entity: routeName,
                                       message: "the route belongs to technician \"\(route.technician)\", who is not in the problem"))
            }
            for visit in route.jobVisits where jobsByID[visit.job] == nil {
                found.append(Violation(rule: .unknownJob, entity: Self.entity(ofJob: visit.job),
                                       message: "visited by \(routeName) but not in the problem"))
            }
        }
        for referral in schedule.referrals {
            if jobsByID[referral.job] == nil {
                found.append(Violation(rule: .unknownJob, entity: Self.entity(ofJob: referral.job),
                                       message: "referred to \(referral.provider) but not in the problem"))
            }
            if providersByID[referral.provider] == nil {
                found.append(Violation(rule: .unknownProvider, entity: Self.entity(ofJob: referral.job),
                                       message: "referred to provider \"\(referral.provider)\", who is not in the problem"))
            }
        }
        for entry in schedule.unassigned where jobsByID[entry.job] == nil {
            found.append(Violation(rule: .unknownJob, entity: Self.entity(ofJob: entry.job),
                                   message: "reported unassigned but not in the problem"))
        }
        for (index, order) in schedule.purchaseOrders.enumerated() {
            let orderName = Self.entity(ofOrder: order, index: index)
            if suppliersByID[order.supplier] == nil {
                found.append(Violation(rule: .unknownSupplier, entity: orderName,
                                       message: "supplier \"\(order.supplier)\" is not in the problem"))
            }
            if !partIDs.contains(order.part) {
                found.append(Violation(rule: .unknownPart, entity: orderName,
                                       message: "part \"\(order.part)\" is not in the parts catalogue"))
            }
            for job in order.jobs where jobsByID[job] == nil {
                found.append(Violation(rule: .unknownJob, entity: Self.entity(ofJob: job),
                                       message: "named by \(orderName) but not in the problem"))
            }
        }
        return found
    }

    func coverageViolations(_ schedule: Schedule) -> [Violation] {
        var visitedBy: [String: [String]] = [:]
        for route in schedule.routes {
            for visit in route.jobVisits {
                visitedBy[visit.job, default: []].append(Self.entity(of: route))
            }
        }
        var others: [String: [String]] = [:]
        for referral in schedule.referrals {
            others[referral.job, default: []].append("referred to \(referral.provider)")
        }
        for entry in schedule.unassigned {
            others[entry.job, default: []].append("unassigned")
        }
        var found: [Violation] = []
        for id in jobIDs {
            let routes = visitedBy[id] ?? []
            var placements: [String]
            if jobsByID[id]?.needsCrew == true {
                // The members' visits are one placement, however many there are.
                placements = routes.isEmpty ? [] : ["visited by the crew of \(routes.joined(separator: ", "))"]
            } else {
                placements = routes.map { "visited by \($0)" }
            }
            placements += others[id] ?? []
            if placements.isEmpty {
                found.append(Violation(rule: .missingJob, entity: Self.entity(ofJob: id),
                                       message: "not visited, referred or reported unassigned"))
            } else if placements.count > 1 {
                found.append(Violation(rule: .duplicateJob, entity: Self.entity(ofJob: id),
                                       message: "appears \(placements.count) times: \(placements.joined(separator: "; "))"))
            }
        }
        return found
    }

    static func entity(ofOrder order: PurchaseOrder, index: Int) -> String {
        "purchase order #\(index + 1) (\(order.supplier), \(order.part))"
    }
}
