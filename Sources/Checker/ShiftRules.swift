import FieldService
import Schedule

/// A route lies on a working day of its technician, one per technician-day,
/// inside the shift (plus the overtime allowance at the end). A depot pick-up is a
/// visit like a job: it lies inside the shift too.
extension FeasibilityChecker {
    /// At most one route per technician-day, listed by day and then by the
    /// technicians' order in the problem (the `Schedule.routes` contract).
    func routeListViolations(_ schedule: Schedule) -> [Violation] {
        struct TechnicianDay: Hashable { let technician: String; let day: Int }
        let rank = Dictionary(problem.technicians.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<TechnicianDay>()
        var previous: (route: Route, rank: Int)?
        var found: [Violation] = []
        for route in schedule.routes {
            let name = Self.entity(of: route)
            if !seen.insert(TechnicianDay(technician: route.technician, day: route.day)).inserted {
                found.append(Violation(rule: .duplicateRoute, entity: name,
                                       message: "a second route for the same technician and day; at most one is allowed"))
            }
            guard let position = rank[route.technician] else { continue }
            if let previous, (route.day, position) < (previous.route.day, previous.rank) {
                found.append(Violation(rule: .routeOrder, entity: name,
                                       message: "listed after \(Self.entity(of: previous.route)); routes go by day, then by the technicians' order in the problem"))
            }
            previous = (route, position)
        }
        return found
    }

    func shiftViolations(_ analysis: RouteAnalysis) -> [Violation] {
        guard let technician = analysis.technician else { return [] }
        let route = analysis.route
        let name = Self.entity(of: route)
        guard let shift = analysis.shift, let latestReturn = analysis.latestReturn else {
            let days = technician.shifts.map { String($0.day) }.joined(separator: ", ")
            return [Violation(rule: .noShift, entity: name,
                              message: "technician \(technician.id) has no shift on day \(route.day) (shift days: \(days.isEmpty ? "none" : days))")]
        }
        var found: [Violation] = []
        if !Tolerance.notBefore(route.departure, shift.start) {
            found.append(Violation(rule: .departureBeforeShift, entity: name,
                                   message: "leaves at \(Text.time(route.departure)), before the shift starts at \(Text.time(shift.start))"))
        }
        if !Tolerance.notAfter(route.returnTime, latestReturn) {
            let allowance = technician.overtime?.maxMinutes ?? 0
            found.append(Violation(rule: .returnAfterShift, entity: name,
                                   message: "back at \(Text.time(route.returnTime)), after the shift end \(Text.time(shift.end)) plus \(Text.number(allowance)) minutes of overtime allowed"))
        }
        for visit in route.visits {
            let startsInShift = Tolerance.notBefore(visit.start, shift.start)
            let endsInShift = Tolerance.notAfter(visit.end, latestReturn)
            if !(startsInShift && endsInShift) {
                found.append(Violation(rule: .visitOutsideShift, entity: Self.entity(of: visit, on: route),
                                       message: "served \(Text.time(visit.start)) to \(Text.time(visit.end)) by \(name), outside the shift \(Text.time(shift.start)) to \(Text.time(latestReturn)) (overtime included)"))
            }
        }
        return found
    }
}
