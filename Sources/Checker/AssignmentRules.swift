import FieldService
import Schedule

/// Who may do a job and when: skills, exclusions, allowed days, pinned assignments.
/// Depot pick-ups are not jobs and need no skills (the analysis has no job for them).
/// Exclusions and days apply to every member of a crew; a crew's skills are judged
/// member by member by `CrewRules` (`crew_skills_unmet`), not here.
extension FeasibilityChecker {
    func assignmentViolations(_ analysis: RouteAnalysis) -> [Violation] {
        let route = analysis.route
        var found: [Violation] = []
        for job in analysis.jobs.compactMap({ $0 }) {
            let name = Self.entity(ofJob: job.id)
            if let technician = analysis.technician, !job.needsCrew {
                let gaps = Self.skillGaps(required: job.requiredSkills, available: technician.skills)
                if !gaps.isEmpty {
                    found.append(Violation(rule: .missingSkill, entity: name,
                                           message: "technician \(technician.id) \(gaps.joined(separator: "; "))"))
                }
            }
            if job.excludedTechnicians.contains(route.technician) {
                found.append(Violation(rule: .excludedTechnician, entity: name,
                                       message: "given to technician \(route.technician), whom the job excludes"))
            }
            if let violation = dayViolation(job, day: route.day, doneBy: Self.entity(of: route)) {
                found.append(violation)
            }
        }
        return found
    }

    /// One phrase per required skill that `available` misses or has too low,
    /// e.g. `lacks gas (level 2 needed)`, `has hvac at level 1, level 2 needed`.
    static func skillGaps(required: [String: Int], available: [String: Int]) -> [String] {
        required.keys.sorted().compactMap { skill in
            let needed = required[skill] ?? 0
            guard let level = available[skill] else { return "lacks \(skill) (level \(needed) needed)" }
            return level >= needed ? nil : "has \(skill) at level \(level), level \(needed) needed"
        }
    }

    func dayViolation(_ job: Job, day: Int, doneBy who: String) -> Violation? {
        let first = job.earliestDay ?? 1
        let last = job.latestDay ?? problem.horizon.days
        guard day < first || day > last else { return nil }
        return Violation(rule: .jobDayOutOfRange, entity: Self.entity(ofJob: job.id),
                         message: "done on day \(day) (\(who)), outside its days \(first)...\(last)")
    }

    func pinnedViolations(_ schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        for id in jobIDs {
            guard let job = jobsByID[id], let pin = job.pinned else { continue }
            var placements: [String] = []
            var kept = false
            for route in schedule.routes {
                for visit in route.jobVisits where visit.job == id {
                    if route.technician == pin.technician, route.day == pin.day,
                       Tolerance.sameTime(visit.start, pin.start) {
                        kept = true
                    }
                    placements.append("starts \(Text.time(visit.start)) with \(Self.entity(of: route))")
                }
            }
            if kept { continue }
            // A confirmed visit may be unplaced only for a reason this checker can
            // confirm on its own: the pinned technician lacks a skill (or is
            // excluded), has no shift that day, cannot get the parts from van and
            // depot, or cannot be there at the pinned time and back within the
            // shift. "No room" is never a reason to drop it.
            if placements.isEmpty, let entry = schedule.unassigned.first(where: { $0.job == id }),
               pinCannotBeKept(job, pin, claimed: entry.reason) {
                continue
            }
            placements += schedule.referrals.filter { $0.job == id }.map { "is referred to \($0.provider)" }
            placements += schedule.unassigned.filter { $0.job == id }.map { _ in "is unassigned" }
            let actual = placements.isEmpty ? "is not in the plan" : placements.joined(separator: "; ")
            found.append(Violation(rule: .pinnedMoved, entity: Self.entity(ofJob: id),
                                   message: "pinned to technician \(pin.technician) on day \(pin.day) starting \(Text.time(pin.start)), but it \(actual)"))
        }
        return found
    }

    /// Whether the claimed reason for dropping a pinned visit holds.
    func pinCannotBeKept(_ job: Job, _ pin: PinnedAssignment, claimed reason: UnassignedReason) -> Bool {
        guard let technician = techniciansByID[pin.technician] else { return false }
        switch reason {
        case .noSkill, .excluded:
            let lacksSkill = job.requiredSkills.contains { (technician.skills[$0.key] ?? Int.min) < $0.value }
            return lacksSkill || job.excludedTechnicians.contains(technician.id)
        case .windowOutsideShifts:
            return !technician.shifts.contains { $0.day == pin.day } || pinnedVisitIsUnreachable(job, pin, technician)
        case .partsUnavailable:
            // Short on the van and at the depot, and no supplier's order (placed now) is there by the pinned day.
            return job.parts.contains { part, need in
                technician.vanStock[part, default: 0] + problem.depot.stock[part, default: 0] < need
                    && !problem.suppliers.contains { supplier in
                        supplier.offers.contains { $0.part == part } && problem.horizon.arrivalDay(for: supplier) <= pin.day
                    }
            }
        case .capacity:
            return job.demand > (technician.capacity ?? .infinity)
        default:
            return false
        }
    }

    /// Whether the pinned visit alone does not fit the pinned day: the technician
    /// cannot arrive by the pinned start, cannot be back by the shift end plus
    /// overtime, the start is outside every window, or the lunch break cannot be
    /// placed around the visit.
    func pinnedVisitIsUnreachable(_ job: Job, _ pin: PinnedAssignment, _ technician: Technician) -> Bool {
        guard let shift = technician.shifts.first(where: { $0.day == pin.day }) else { return true }
        guard let there = travel.leg(from: technician.start, to: job.location).leg,
              let back = travel.leg(from: job.location, to: technician.end ?? technician.start).leg else { return true }
        let arrival = shift.start + there.duration
        let end = pin.start + job.duration
        let latestReturn = shift.end + (technician.overtime?.maxMinutes ?? 0)
        if !Tolerance.notAfter(arrival, pin.start) { return true }
        if !Tolerance.notAfter(end + back.duration, latestReturn) { return true }
        if !job.timeWindows.isEmpty,
           !job.timeWindows.contains(where: { Tolerance.notBefore(pin.start, $0.start) && Tolerance.notAfter(pin.start, $0.end) }) {
            return true
        }
        guard let rule = technician.lunchBreak else { return false }
        // The break fits on arrival before the visit, or after it (on the spot or at home).
        let window = rule.window(onDay: pin.day)
        let latestStart = window.end - rule.duration
        let beforeFits = Tolerance.notAfter(max(arrival, window.start) + rule.duration, pin.start)
            && Tolerance.notAfter(max(arrival, window.start), latestStart)
        let afterStart = max(end, window.start)
        let afterFits = Tolerance.notAfter(afterStart, latestStart)
            && Tolerance.notAfter(afterStart + rule.duration + back.duration, latestReturn)
        let needsNone = Tolerance.notAfter(end + back.duration, latestStart)
            || Tolerance.notBefore(shift.start, window.start + rule.duration)
        return !(beforeFits || afterFits || needsNone)
    }
}
