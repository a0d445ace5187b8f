import FieldService
import Schedule

/// Loading lists: what a technician picks up at the depot before a day's shift is
/// exactly what that day's jobs need beyond the van's stock, with van stock used
/// first, earliest days first (and in visiting order within a day).
///
/// With depot pick-ups the van is restocked to its `vanStock` every night: a day's
/// list holds what that day's jobs need beyond the full van stock (what the day's
/// pick-up collects). Depot pick-up visits use no parts, nor do a crew job's visits
/// by members other than the lead. A route that stops at a supplier's counter buys
/// there what it needs beyond the van and loads nothing at the depot.
extension FeasibilityChecker {
    func loadingListViolations(_ schedule: Schedule) -> [Violation] {
        struct Key: Hashable, Comparable {
            let day: Int
            let technician: String
            let part: String
            static func < (a: Key, b: Key) -> Bool { (a.day, a.technician, a.part) < (b.day, b.technician, b.part) }
        }
        // What the plan's jobs need from the depot.
        var needed: [Key: Int] = [:]
        var vans: [String: [String: Int]] = [:]
        let routes = zip(schedule.routes, carriedJobVisits(schedule)).sorted { $0.0.day < $1.0.day }
        for (route, carried) in routes {
            guard let technician = techniciansByID[route.technician] else { continue }
            // A route that buys at a supplier's counter takes no parts from the depot.
            if pickupMode, route.pickups.first?.supplier != nil { continue }
            var van = pickupMode ? technician.vanStock : (vans[technician.id] ?? technician.vanStock)
            for visit in carried {
                guard let job = jobsByID[visit.job] else { continue }
                for (part, quantity) in job.parts where quantity > 0 {
                    let fromVan = max(0, min(van[part, default: 0], quantity))
                    van[part, default: 0] -= fromVan
                    if quantity > fromVan {
                        needed[Key(day: route.day, technician: technician.id, part: part), default: 0] += quantity - fromVan
                    }
                }
            }
            vans[technician.id] = van
        }
        // What the lists load.
        var loaded: [Key: Int] = [:]
        var found: [Violation] = []
        var seenLists = Set<String>()
        for list in schedule.loadingLists {
            let name = "technician \(list.technician) day \(list.day)"
            if !seenLists.insert(name).inserted {
                found.append(Violation(rule: .loadingListMismatch, entity: name, message: "has more than one loading list"))
            }
            for item in list.items {
                if item.quantity < 1 {
                    found.append(Violation(rule: .loadingListMismatch, entity: name,
                                           message: "loads \(item.quantity) x \(item.part); quantities must be positive"))
                }
                loaded[Key(day: list.day, technician: list.technician, part: item.part), default: 0] += item.quantity
            }
        }
        for key in Set(needed.keys).union(loaded.keys).sorted() {
            let need = needed[key] ?? 0, load = loaded[key] ?? 0
            guard need != load else { continue }
            found.append(Violation(rule: .loadingListMismatch, entity: "technician \(key.technician) day \(key.day)",
                                   message: "loads \(load) x \(key.part) at the depot, but its jobs need \(need) beyond the van's stock"))
        }
        return found
    }
}
