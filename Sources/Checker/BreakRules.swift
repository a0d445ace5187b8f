import FieldService
import Schedule

/// Lunch breaks: exactly one on a working day with visits whose route spans the
/// lunch period (for technicians with a break rule), long enough, inside the
/// day's break window, during the route and never during service. A route that
/// is back before the latest possible break start, or leaves after the earliest
/// possible break end, needs none. Technicians without a rule take no breaks.
/// A depot pick-up counts as a visit: a working day, and no break during its handling.
extension FeasibilityChecker {
    func breakViolations(_ analysis: RouteAnalysis) -> [Violation] {
        guard let technician = analysis.technician else { return [] }
        let route = analysis.route
        let name = Self.entity(of: route)
        guard let rule = technician.lunchBreak else {
            guard !route.breaks.isEmpty else { return [] }
            return [Violation(rule: .unexpectedBreak, entity: name,
                              message: "takes \(route.breaks.count) break(s), but technician \(technician.id) has no lunch break rule")]
        }
        var found: [Violation] = []
        let window = rule.window(onDay: route.day)
        let spansLunch = route.departure < window.start + rule.duration - Tolerance.absolute
            && route.returnTime > window.end - rule.duration + Tolerance.absolute
        if route.breaks.isEmpty, !route.visits.isEmpty, spansLunch {
            found.append(Violation(rule: .missingBreak, entity: name,
                                   message: "works \(route.visits.count) visit(s) but takes no \(Text.number(rule.duration))-minute break"))
        }
        if route.breaks.count > 1 {
            found.append(Violation(rule: .unexpectedBreak, entity: name,
                                   message: "takes \(route.breaks.count) breaks; exactly one is allowed"))
        }
        for period in route.breaks {
            let span = "break \(Text.time(period.start)) to \(Text.time(period.end))"
            if !Tolerance.notBefore(period.end - period.start, rule.duration) {
                found.append(Violation(rule: .breakTooShort, entity: name,
                                       message: "\(span) lasts \(Text.number(period.end - period.start)) minutes, \(Text.number(rule.duration)) needed"))
            }
            if !(Tolerance.notBefore(period.start, window.start) && Tolerance.notAfter(period.end, window.end)) {
                found.append(Violation(rule: .breakOutsideWindow, entity: name,
                                       message: "\(span) is not inside the break window \(Text.time(window.start)) to \(Text.time(window.end))"))
            }
            if !(Tolerance.notBefore(period.start, route.departure) && Tolerance.notAfter(period.end, route.returnTime)) {
                found.append(Violation(rule: .breakOutsideRoute, entity: name,
                                       message: "\(span) is not between departure \(Text.time(route.departure)) and return \(Text.time(route.returnTime))"))
            }
            for visit in route.visits where Self.overlaps(period, visit) {
                found.append(Violation(rule: .breakOverlapsVisit, entity: name,
                                       message: "\(span) overlaps \(Self.stopName(visit)), served \(Text.time(visit.start)) to \(Text.time(visit.end))"))
            }
        }
        return found
    }

    /// Whether the break and the service share more than the tolerance (touching ends is fine).
    static func overlaps(_ period: BreakPeriod, _ visit: Visit) -> Bool {
        let shared = min(period.end, visit.end) - max(period.start, visit.start)
        return !(shared <= Tolerance.absolute)
    }
}
