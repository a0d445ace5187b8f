import FieldService
import Schedule

/// The clock along a route: drive, (break,) arrive, wait, work, ..., drive back.
///
/// Breaks are taken standing still, so a break that falls between leaving one
/// place and arriving at the next delays the arrival by the part of it that
/// lies in that gap. A break taken after arriving (while waiting for the
/// window to open) costs no driving time.
///
/// A depot pick-up is timed as a stop at the depot: the drives into and out of it,
/// arrival, wait and overlap are checked like a job's; it lasts the pick-up's
/// handling time (a stop ending later breaks `duration_mismatch`; one ending sooner,
/// and its start outside the depot's window, are `PickupRules`' concern).
extension FeasibilityChecker {
    func timingViolations(_ analysis: RouteAnalysis) -> [Violation] {
        let route = analysis.route
        let routeName = Self.entity(of: route)
        var found: [Violation] = []
        var leftAt = route.departure
        var leftFrom = "leaving the start location at \(Text.time(route.departure))"
        var previousEnd: Minutes?
        var previousStop = ""
        for (index, visit) in route.visits.enumerated() {
            let name = Self.entity(of: visit, on: route)
            let result = analysis.legs[index]
            let drive = analysis.visitTravel[index]
            switch result {
            case let .computed(leg):
                if !Tolerance.sameTime(visit.travelTime, leg.duration) || !Tolerance.sameAmount(visit.distance, leg.distance) {
                    found.append(Violation(rule: .visitTravelMismatch, entity: name,
                                           message: "reports \(Text.number(visit.travelTime)) minutes and \(Text.number(visit.distance)) distance from the previous place, the drive is \(Text.number(leg.duration)) minutes and \(Text.number(leg.distance)) distance"))
                }
            case .undefined:
                found.append(Violation(rule: .travelUndefined, entity: name,
                                       message: "the travel model has no entry for the drive into this visit on \(routeName) (check the locations' matrixIndex)"))
            case .unknownEndpoint:
                break
            }

            if let previousEnd, !Tolerance.notBefore(visit.start, previousEnd) {
                found.append(Violation(rule: .overlappingVisits, entity: name,
                                       message: "starts \(Text.time(visit.start)) on \(routeName), before \(previousStop) ends at \(Text.time(previousEnd))"))
            }
            let resting = Self.breakMinutes(route.breaks, from: leftAt, to: visit.arrival)
            let earliest = leftAt + drive.duration + resting
            if !Tolerance.notBefore(visit.arrival, earliest) {
                found.append(Violation(rule: .arrivalTooEarly, entity: name,
                                       message: "arrives \(Text.time(visit.arrival)) on \(routeName), but \(leftFrom), driving \(Text.number(drive.duration)) minutes and \(Text.number(resting)) minutes of break reach it at \(Text.time(earliest)) at the earliest"))
            }
            if !Tolerance.notBefore(visit.start, visit.arrival) {
                found.append(Violation(rule: .startBeforeArrival, entity: name,
                                       message: "work starts \(Text.time(visit.start)), before the arrival at \(Text.time(visit.arrival))"))
            }
            if !Tolerance.sameTime(visit.wait, visit.start - visit.arrival) {
                found.append(Violation(rule: .waitMismatch, entity: name,
                                       message: "reports a wait of \(Text.number(visit.wait)) minutes, start - arrival is \(Text.number(visit.start - visit.arrival))"))
            }
            if visit.isPickup {
                let handling = analysis.workMinutes[index]
                if !Tolerance.notAfter(visit.end, visit.start + handling) {
                    found.append(Violation(rule: .durationMismatch, entity: name,
                                           message: "ends \(Text.time(visit.end)), but starting \(Text.time(visit.start)) the \(Text.number(handling))-minute pick-up ends at \(Text.time(visit.start + handling))"))
                }
            } else if let job = analysis.jobs[index] {
                if !Tolerance.sameTime(visit.end, visit.start + job.duration) {
                    found.append(Violation(rule: .durationMismatch, entity: name,
                                           message: "ends \(Text.time(visit.end)), but starting \(Text.time(visit.start)) the \(Text.number(job.duration))-minute job ends at \(Text.time(visit.start + job.duration))"))
                }
                if !job.timeWindows.isEmpty,
                   !job.timeWindows.contains(where: { Tolerance.notBefore(visit.start, $0.start) && Tolerance.notAfter(visit.start, $0.end) }) {
                    let windows = job.timeWindows.map { "\(Text.time($0.start)) to \(Text.time($0.end))" }.joined(separator: ", ")
                    found.append(Violation(rule: .outsideTimeWindow, entity: name,
                                           message: "service starts \(Text.time(visit.start)), outside its time windows \(windows)"))
                }
            }
            leftAt = visit.end
            leftFrom = "leaving \(Self.stopName(visit)) at \(Text.time(visit.end))"
            previousEnd = visit.end
            previousStop = Self.stopName(visit)
        }

        if case .undefined = analysis.returnLeg {
            found.append(Violation(rule: .travelUndefined, entity: routeName,
                                   message: "the travel model has no entry for the drive back to the end location (check the locations' matrixIndex)"))
        }
        let back = analysis.returnTravel
        let resting = Self.breakMinutes(route.breaks, from: leftAt, to: route.returnTime)
        let earliestReturn = leftAt + back.duration + resting
        if !Tolerance.notBefore(route.returnTime, earliestReturn) {
            found.append(Violation(rule: .returnTooEarly, entity: routeName,
                                   message: "back at \(Text.time(route.returnTime)), but \(leftFrom), driving \(Text.number(back.duration)) minutes and \(Text.number(resting)) minutes of break get back at \(Text.time(earliestReturn)) at the earliest"))
        }
        return found
    }

    /// Minutes of `breaks` that fall inside `[from, to]`.
    static func breakMinutes(_ breaks: [BreakPeriod], from: Minutes, to: Minutes) -> Minutes {
        breaks.reduce(0) { total, period in
            let overlap = min(period.end, to) - max(period.start, from)
            return overlap > 0 ? total + overlap : total
        }
    }
}
