import FieldService
import Schedule

/// Tools: every visit's job has its tools on board (on the van, or borrowed for the day
/// on the route's loading list); a loading list borrows only tools that the day's jobs
/// need and the van lacks; and no day has more technicians borrowing a tool than the
/// depot has units. Depot pick-up visits need no tools (what a pick-up borrows is
/// judged by `PickupRules`). A crew job's tools come with its lead: the other members'
/// visits need none.
extension FeasibilityChecker {
    func toolViolations(_ schedule: Schedule) -> [Violation] {
        struct Day: Hashable {
            let technician: String
            let day: Int
        }
        var borrowed: [Day: Set<String>] = [:]
        for list in schedule.loadingLists {
            for item in list.tools { borrowed[Day(technician: list.technician, day: list.day), default: []].insert(item.tool) }
        }
        var found: [Violation] = []
        var needed: [Day: Set<String>] = [:]
        for (route, carried) in zip(schedule.routes, carriedJobVisits(schedule)) {
            guard let technician = techniciansByID[route.technician] else { continue }
            let key = Day(technician: route.technician, day: route.day)
            let van = Set(technician.tools)
            let onLoan = borrowed[key] ?? []
            for visit in carried {
                guard let job = jobsByID[visit.job] else { continue }
                for tool in Set(job.requiredTools).sorted() where !van.contains(tool) {
                    needed[key, default: []].insert(tool)
                    if !onLoan.contains(tool) {
                        found.append(Violation(rule: .missingTool, entity: "job \(job.id)",
                                               message: "needs the tool \(tool), which is not on \(technician.id)'s van "
                                                   + "and not borrowed for day \(route.day)"))
                    }
                }
            }
        }
        for (key, tools) in borrowed.sorted(by: { ($0.key.day, $0.key.technician) < ($1.key.day, $1.key.technician) }) {
            let van = Set(techniciansByID[key.technician]?.tools ?? [])
            for tool in tools.sorted() where !(needed[key] ?? []).contains(tool) {
                let why = van.contains(tool) ? "the van carries it" : "no job of the day needs it"
                found.append(Violation(rule: .loadingListMismatch, entity: "technician \(key.technician) day \(key.day)",
                                       message: "borrows the tool \(tool) from the depot, but \(why)"))
            }
        }
        // Depot units per tool and day: one unit is on one van at a time.
        var lenders: [String: [Int: Set<String>]] = [:]
        for (key, tools) in borrowed { for tool in tools { lenders[tool, default: [:]][key.day, default: []].insert(key.technician) } }
        for tool in lenders.keys.sorted() {
            let units = problem.depot.tools[tool] ?? 0
            for (day, technicians) in (lenders[tool] ?? [:]).sorted(by: { $0.key < $1.key }) where technicians.count > units {
                found.append(Violation(rule: .depotToolsExceeded, entity: "tool \(tool) day \(day)",
                                       message: "\(technicians.count) technicians borrow it (\(technicians.sorted().joined(separator: ", "))), "
                                           + "but the depot has \(units)"))
            }
        }
        return found
    }
}
