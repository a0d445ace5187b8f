import FieldService
import Foundation
import Notify
import Planner
import Schedule

/// How much a re-plan may change what customers were told.
public struct ReplanPolicy: Sendable, Hashable {
    /// Width of the arrival window customers were told, in minutes (as in the
    /// notifications): a visit that stays with its technician, on its day and inside that
    /// window is not a change.
    public var arrivalWindowMinutes: Minutes
    /// What changing a confirmed appointment costs: an appointment that cannot be kept
    /// moves only when leaving the job unplaced would cost more (its unplaced penalty).
    public var changePenalty: Double
    /// Most appointments the re-plan may change (nil: no cap); the rest that cannot be
    /// kept stay unplaced, with the reason.
    public var maximumChanges: Int?

    public init(arrivalWindowMinutes: Minutes = 120, changePenalty: Double = 200, maximumChanges: Int? = nil) {
        self.arrivalWindowMinutes = arrivalWindowMinutes
        self.changePenalty = changePenalty
        self.maximumChanges = maximumChanges
    }
}

/// A change to a published day, as the day runs: the what-if edits, and a technician
/// running late.
public enum ReplanChange: Sendable, Hashable {
    /// Any what-if edit: a job added or cancelled, a technician absent, new hours, a slower
    /// drive, a part's stock, and so on.
    case edit(ScenarioEdit)
    /// The technician is `minutes` behind: the visit under way (or the last one done)
    /// ends that much later, or, before the first visit, the day starts that much after now.
    case technicianLate(technician: String, minutes: Minutes)
}

/// Re-plans a published plan after changes, disturbing customers as little as possible.
///
/// - Visits that started before `now` are **frozen**: they keep their technician, day and
///   start (pinned), and nothing new is planned before `now`.
/// - Appointments confirmed to customers (the other visits of the published plan) are
///   **kept** first: each stays with its technician, on its day and inside the arrival
///   window the customer was told. Pinned jobs never move, and referred jobs stay with
///   their partner.
/// - An appointment that cannot be kept is **released** (its own windows again, any
///   technician or day) when its unplaced penalty exceeds the policy's change penalty, at
///   most `maximumChanges` of them, most valuable first; the plan is then made again.
/// - The result lists every changed appointment with the reason, and the change and
///   cancellation messages that result.
///
/// Crew jobs (on every member's route, see `Visit/crew`) are one appointment each, by
/// the lead's visit, kept with the same crew (the other technicians are excluded). The
/// planner refuses pinned crew jobs, so a crew visit that started before `now` cannot be
/// frozen: it is kept instead at its exact start with its crew; when the planner cannot
/// keep it so (a member is absent, say), it is left to the re-plan like any confirmed
/// appointment that cannot be kept, and reported as a change. It is listed as frozen
/// only when it was kept as it was.
public struct Replanner: Sendable {
    public var options: PlanOptions
    public var policy: ReplanPolicy
    public var notify: NotifyOptions

    public init(options: PlanOptions = PlanOptions(), policy: ReplanPolicy = ReplanPolicy(), notify: NotifyOptions = NotifyOptions()) {
        self.options = options
        self.policy = policy
        self.notify = notify
    }

    /// Re-plans `published` (a plan of `problem`) after `changes`, at time `now` (minutes
    /// from the horizon start, e.g. 630 for 10:30 on day 1).
    /// - Throws: ``ReplanError`` when a change names something the problem lacks, the
    ///   plan does not belong to the problem, or the changed problem is not valid input.
    public func replan(problem: Problem, published: Schedule, changes: [ReplanChange], now: Minutes) throws(ReplanError) -> ReplanResult {
        guard now.isFinite else { throw .invalidNow("now must be a finite time") }
        // The changes.
        let edits = changes.compactMap { if case let .edit(e) = $0 { e } else { nil } }
        let started = Dictionary(published.routes.flatMap(\.jobVisits).filter { $0.start < now - 1e-9 }.map { ($0.job, $0) },
                                 uniquingKeysWith: { a, _ in a })
        for (index, edit) in edits.enumerated() {
            switch edit {
            case .travelSlowdown:
                // Travel times are the same all day in the model: slowing them would make
                // the drives already done too short for their visits.
                throw .badChange(.badEdit(file: nil, edit: index, field: "edit",
                                          reason: "travel_slowdown cannot be applied to a day under way (drives already done would change); use whatif"))
            case let .jobCancelled(job), let .jobUrgency(job, _), let .jobWindows(job, _):
                if started[job] != nil {
                    throw .badChange(.badEdit(file: nil, edit: index, field: "job",
                                              reason: "job \(job) started before now; its visit is kept as it was"))
                }
            case let .jobDuration(job, _, _):
                if let visit = started[job], visit.end <= now {
                    throw .badChange(.badEdit(file: nil, edit: index, field: "job",
                                              reason: "job \(job) was done before now; only a visit under way can take longer"))
                }
            default:
                break
            }
        }
        var changed: Problem
        do {
            changed = try WhatIfScenario(name: "replan", edits: edits).applied(to: problem)
        } catch {
            throw .badChange(error)
        }
        let techIDs = Set(changed.technicians.map(\.id))
        for route in published.routes {
            guard problem.technicians.contains(where: { $0.id == route.technician }) else {
                throw .planMismatch("the plan has a route of unknown technician \(route.technician)")
            }
            for visit in route.jobVisits where !problem.jobs.contains(where: { $0.id == visit.job }) {
                throw .planMismatch("the plan visits unknown job \(visit.job)")
            }
            // Depot pick-ups are no appointments: they are planned again with the jobs.
            if !route.pickups.isEmpty && (problem.depot.pickup == nil || problem.depot.location == nil) {
                throw .planMismatch("the plan stops at the depot (\(route.technician), day \(route.day)) "
                    + "but the problem has no depot pick-ups")
            }
        }

        // Frozen visits: started before now. Crew jobs cannot be pinned: they are kept
        // below, at their start with their crew, where the planner can.
        var frozen: [String] = []
        var crewStarted: [String: (day: Int, start: Minutes)] = [:]
        var lastFrozen: [String: (job: String, day: Int, end: Minutes)] = [:]
        var prepared = changed
        let index = Dictionary(prepared.jobs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let crews = Self.crews(published)
        for route in published.routes {
            for visit in route.jobVisits where visit.start < now - 1e-9 {
                guard let j = index[visit.job], techIDs.contains(route.technician) else { continue }
                if prepared.jobs[j].needsCrew || crews[visit.job] != nil {
                    if crewStarted[visit.job] == nil { crewStarted[visit.job] = (route.day, visit.start) }
                } else if !frozen.contains(visit.job) {
                    frozen.append(visit.job)
                    prepared.jobs[j].pinned = PinnedAssignment(technician: route.technician, day: route.day, start: visit.start)
                    prepared.jobs[j].timeWindows = []
                    prepared.jobs[j].excludedTechnicians.removeAll { $0 == route.technician }
                }
                if (lastFrozen[route.technician]?.end ?? -.infinity) < visit.end {
                    lastFrozen[route.technician] = (visit.job, route.day, visit.end)
                }
                // A technician who is off after the visit still finishes it.
                if let t = prepared.technicians.firstIndex(where: { $0.id == route.technician }),
                   !prepared.technicians[t].shifts.contains(where: { $0.day == route.day }) {
                    let dayStart = Minutes(route.day - 1) * minutesPerDay
                    prepared.technicians[t].shifts.append(Shift(day: route.day, start: min(visit.start, dayStart + 480),
                                                                end: max(visit.end, now)))
                    prepared.technicians[t].shifts.sort { $0.day < $1.day }
                }
            }
        }
        let frozenSet = Set(frozen)

        // Technicians running late.
        for change in changes {
            guard case let .technicianLate(technician, minutes) = change else { continue }
            guard let t = prepared.technicians.firstIndex(where: { $0.id == technician }) else {
                throw .badChange(.unknownReference(file: nil, edit: 0, field: "technician", reason: "unknown technician \"\(technician)\""))
            }
            guard minutes.isFinite, minutes >= 0 else { throw .invalidNow("a technician cannot be \(minutes) minutes late") }
            if let last = lastFrozen[technician], let j = index[last.job] {
                // (For a crew job under way, its whole crew is that much later.)
                prepared.jobs[j].duration += minutes
            } else if let s = prepared.technicians[t].shifts.firstIndex(where: { dayOf(now) == $0.day }) {
                prepared.technicians[t].shifts[s].start = max(prepared.technicians[t].shifts[s].start, now + minutes)
                if prepared.technicians[t].shifts[s].end <= prepared.technicians[t].shifts[s].start {
                    prepared.technicians[t].shifts.remove(at: s)
                }
            }
        }

        // A visit that runs long may leave no room for the lunch break inside its window:
        // the technician takes it after the visit then (the window's end moves; for a
        // multi-day horizon on every day of that technician).
        for (technician, last) in lastFrozen {
            guard let t = prepared.technicians.firstIndex(where: { $0.id == technician }),
                  let rule = prepared.technicians[t].lunchBreak,
                  let j = prepared.jobs.firstIndex(where: { $0.id == last.job }), let pin = prepared.jobs[j].pinned else { continue }
            let end = pin.start + prepared.jobs[j].duration
            let window = rule.window(onDay: last.day)
            if end > window.end - rule.duration, end > window.start {
                // Until the end of the working day: the break is taken where the technician
                // is next (the next job or home), which may be some way off.
                let dayStart = Minutes(last.day - 1) * minutesPerDay
                let shiftEnd = prepared.technicians[t].shifts.first { $0.day == last.day }.map { $0.end - dayStart } ?? rule.end
                let overtime = prepared.technicians[t].overtime?.maxMinutes ?? 0
                prepared.technicians[t].lunchBreak?.end = max(end - dayStart, shiftEnd + overtime) + rule.duration
            }
        }

        // Nothing new before now; windows wholly in the past cannot be kept.
        let horizonEnd = Minutes(prepared.horizon.days) * minutesPerDay
        var passed: [String] = []
        // Jobs handed to a partner stay with it: their hours are the partner's business.
        let referred = Set(published.referrals.map(\.job))
        for j in prepared.jobs.indices where !frozenSet.contains(prepared.jobs[j].id) && prepared.jobs[j].pinned == nil
            && !referred.contains(prepared.jobs[j].id) {
            let windows = prepared.jobs[j].timeWindows.isEmpty
                ? [TimeWindow(start: now, end: horizonEnd)]
                : prepared.jobs[j].timeWindows.compactMap { w in w.end < now ? nil : TimeWindow(start: max(w.start, now), end: w.end) }
            if let started = crewStarted[prepared.jobs[j].id] {
                // A crew under way: re-planned from now when it cannot be kept, or only
                // at its start when no window is left.
                prepared.jobs[j].timeWindows = windows.isEmpty ? [TimeWindow(start: started.start, end: started.start)] : windows
            } else if windows.isEmpty { passed.append(prepared.jobs[j].id) } else { prepared.jobs[j].timeWindows = windows }
        }
        // Jobs whose windows have passed are planned no more; they come back as unplaced.
        let passedJobs = prepared.jobs.filter { passed.contains($0.id) }
        prepared.jobs.removeAll { passed.contains($0.id) }
        let open = prepared

        // Confirmed appointments: keep technician, day and told window.
        var kept = open
        var confirmed: [String: (technician: String, day: Int, arrival: Minutes)] = [:]
        var confirmedCrews: [String: [String]] = [:]
        /// Per confirmed job, when work may start and the appointment still holds: the
        /// window the customer was told (around the planned start of work).
        var holds: [String: TimeWindow] = [:]
        let openIndex = Dictionary(open.jobs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allTechnicians = open.technicians.map(\.id)
        for route in published.routes {
            for visit in route.jobVisits where !frozenSet.contains(visit.job) {
                guard let j = openIndex[visit.job], open.jobs[j].pinned == nil, techIDs.contains(route.technician),
                      confirmed[visit.job] == nil else { continue }
                // A crew job: once, by its lead, with the whole crew.
                let crew = crews[visit.job] ?? [route.technician]
                if let lead = crews[visit.job]?.first, lead != route.technician,
                   published.routes.contains(where: { $0.technician == lead && $0.jobVisits.contains { $0.job == visit.job } }) {
                    continue
                }
                confirmed[visit.job] = (crew.first ?? route.technician, route.day, visit.start)
                confirmedCrews[visit.job] = crews[visit.job]
                let told = ArrivalWindow.around(visit.start, width: policy.arrivalWindowMinutes,
                                                within: problem.job(visit.job)?.timeWindows ?? [])
                // A crew under way is kept only at its start.
                let hold = crewStarted[visit.job] != nil ? TimeWindow(start: visit.start, end: visit.start)
                    : TimeWindow(start: told.start, end: told.end)
                holds[visit.job] = hold
                let keep = crewStarted[visit.job] != nil ? [hold] : open.jobs[j].timeWindows.compactMap { w -> TimeWindow? in
                    let start = max(w.start, hold.start), end = min(w.end, hold.end)
                    return start <= end ? TimeWindow(start: start, end: end) : nil
                }
                guard !keep.isEmpty else { continue }   // the customer's hours changed: nothing to keep
                // A crew with a member no longer in the problem cannot be kept as it was.
                guard crew.allSatisfy(techIDs.contains) else { continue }
                kept.jobs[j].timeWindows = keep
                kept.jobs[j].excludedTechnicians = allTechnicians.filter { !crew.contains($0) }
                kept.jobs[j].excludedProviders = open.providers.map(\.id)
            }
        }
        for referral in published.referrals {
            guard let j = openIndex[referral.job], !frozenSet.contains(referral.job), open.jobs[j].pinned == nil else { continue }
            kept.jobs[j].excludedTechnicians = allTechnicians
            kept.jobs[j].excludedProviders = open.providers.map(\.id).filter { $0 != referral.provider }
        }

        let first = try plan(kept)
        // Appointments that could not be kept, worth a change, most valuable first.
        let notKept = first.unassigned.filter { confirmed[$0.job] != nil && !passed.contains($0.job) }
        let penalty = { (id: String) -> Double in open.job(id).map { open.objective.penalty(for: $0) } ?? 0 }
        var release = notKept.map(\.job).filter { penalty($0) > policy.changePenalty }
            .sorted { (penalty($0), $1) > (penalty($1), $0) }
        var overCap: [String] = []
        if let cap = policy.maximumChanges, release.count > cap {
            overCap = Array(release[max(0, cap)...])
            release = Array(release.prefix(max(0, cap)))
        }
        var final = (problem: kept, schedule: first)
        if !release.isEmpty {
            var second = kept
            for id in release {
                guard let j = openIndex[id] else { continue }
                second.jobs[j] = open.jobs[j]
            }
            final = (second, try plan(second))
        }
        for job in passedJobs {
            final.problem.jobs.append(job)
            let penalty = final.problem.objective.penalty(for: job)
            final.schedule.kpis.jobsUnassigned += 1
            final.schedule.kpis.unassignedByUrgency[job.urgency.rawValue, default: 0] += 1
            final.schedule.kpis.costs.unassigned += penalty
            final.schedule.kpis.cost += penalty
            // The penalty cannot be avoided, so the bound rises by it too.
            if let bound = final.schedule.kpis.lowerBound {
                final.schedule.kpis.lowerBound = bound + penalty
                let cost = final.schedule.kpis.cost
                let gap = cost > 1e-9 ? max(0, (cost - (bound + penalty)) / cost) : 0
                final.schedule.kpis.gap = gap < 1e-9 ? 0 : gap
            }
            final.schedule.unassigned.append(UnassignedJob(
                job: job.id, reason: .windowOutsideShifts,
                message: "Its time windows ended before \(formatClock(now, showDay: true)), when the day was re-planned."))
        }

        // What changed for customers, and why.
        let why = Dictionary(notKept.map { ($0.job, $0.message) }, uniquingKeysWith: { a, _ in a })
        let stillOut = Dictionary(final.schedule.unassigned.map { ($0.job, $0.message) }, uniquingKeysWith: { a, _ in a })
        let released = Set(release)
        var appointmentChanges: [AppointmentChange] = []
        let after = WhatIfDiff.placements(final.schedule)
        let starts = after.compactMapValues(\.arrival)
        for job in problem.jobs {
            guard let told = confirmed[job.id] else { continue }
            let from = Placement(technician: told.technician, provider: nil, day: told.day, arrival: told.arrival,
                                 crew: confirmedCrews[job.id])
            guard let placed = after[job.id] else {
                let reason: String
                if overCap.contains(job.id) {
                    reason = "Its appointment cannot be kept and the re-plan already changes as many as allowed."
                } else if released.contains(job.id) {
                    reason = "Its appointment cannot be kept, and no other time fits either: \(stillOut[job.id] ?? "")"
                } else if let message = why[job.id] {
                    reason = "Its appointment cannot be kept (\(message)) and moving it is not worth the change penalty."
                } else if passed.contains(job.id) {
                    reason = "Its time windows ended before the re-plan."
                } else {
                    reason = stillOut[job.id] ?? "It is no longer in the plan."
                }
                appointmentChanges.append(AppointmentChange(job: job.id, from: from, to: nil, reason: reason))
                continue
            }
            // Kept: the same technician and day, and work starts inside the told window.
            let moved: Bool
            if placed.technician != nil, let start = starts[job.id], let window = holds[job.id] {
                // The same technician (or crew, as a set), day, and a start in the window.
                moved = placed.technicians != from.technicians || placed.day != told.day
                    || start < window.start - 1e-9 || start > window.end + 1e-9
            } else {
                moved = true
            }
            guard moved else { continue }
            let reason = why[job.id].map { "The appointment could not be kept: \($0)" }
                ?? "The customer's hours changed, so the told window no longer fits."
            appointmentChanges.append(AppointmentChange(job: job.id, from: from, to: placed, reason: reason))
        }
        var messages: [Message] = []
        if let notifier = try? Notifier(problem: final.problem, options: notify) {
            // The notifier's rule is the one above: a change message for each changed appointment.
            let changed = Set(appointmentChanges.map(\.job))
            messages = notifier.notifications(for: final.schedule, previous: published).filter {
                switch $0.kind {
                case "appointment_change": changed.contains($0.recipient)
                case "appointment_cancellation", "appointment_confirmation": true
                default: false
                }
            }
        }
        // Crews under way that were kept as they were count as frozen.
        let changedJobs = Set(appointmentChanges.map(\.job))
        frozen += crewStarted.keys.filter { confirmed[$0] != nil && after[$0] != nil && !changedJobs.contains($0) }
        return ReplanResult(problem: final.problem, schedule: final.schedule, frozen: frozen.sorted(), changes: appointmentChanges,
                            windowPassed: passed.sorted(), notifications: messages)
    }

    /// The crew of each crew job of `plan` (ids, the lead first): the visits' `crew`.
    static func crews(_ plan: Schedule) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for route in plan.routes {
            for visit in route.jobVisits where visit.crew.count > 1 && result[visit.job] == nil { result[visit.job] = visit.crew }
        }
        return result
    }

    private func plan(_ problem: Problem) throws(ReplanError) -> Schedule {
        let issues = problem.validate(windowsMustMeetShifts: false)
        guard issues.isEmpty else { throw .invalidResult(issues.map(\.description)) }
        switch options.planner {
        case .engine:
            return EnginePlanner(options: options).plan(problem)
        case .exact:
            do {
                return try CompactMIPPlanner(options: options).plan(problem)
            } catch {
                return EnginePlanner(options: options).plan(problem)
            }
        }
    }
}
