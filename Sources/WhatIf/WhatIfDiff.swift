import FieldService
import Notify
import Schedule

/// Compares a scenario's plan with the base plan.
enum WhatIfDiff {
    /// Where each job of `schedule` is done (depot pick-ups are no jobs and are left out).
    /// A crew job, on every member's route, is one placement: by its lead's visit, with
    /// the crew (a crew whose lead has no visit, in a hand-made plan, by its first visit).
    static func placements(_ schedule: Schedule) -> [String: Placement] {
        var result: [String: Placement] = [:]
        for led in [true, false] {
            for route in schedule.routes {
                for visit in route.jobVisits where result[visit.job] == nil && (!led || route.leads(visit)) {
                    // At the door: the start of work (see `ArrivalWindow`).
                    result[visit.job] = Placement(technician: route.technician, provider: nil, day: route.day,
                                                  arrival: visit.start, crew: visit.crew.count > 1 ? visit.crew : nil)
                }
            }
        }
        for referral in schedule.referrals {
            result[referral.job] = Placement(technician: nil, provider: referral.provider, day: referral.day, arrival: nil)
        }
        return result
    }

    static func result(name: String, file: String?, description: String?, base: (problem: Problem, schedule: Schedule),
                       scenario: (problem: Problem, schedule: Schedule), arrivalWindow: Double, seconds: Double,
                       notifier: Notifier?) -> ScenarioResult {
        let before = placements(base.schedule), after = placements(scenario.schedule)
        let baseJobs = Set(base.problem.jobs.map(\.id)), scenarioJobs = Set(scenario.problem.jobs.map(\.id))
        var moved: [MovedJob] = []
        var newlyPlaced: [String] = []
        for job in scenario.problem.jobs where baseJobs.contains(job.id) {
            guard let now = after[job.id] else { continue }
            guard let old = before[job.id] else {
                newlyPlaced.append(job.id)
                continue
            }
            let changed: Bool
            if old.crew != nil || now.crew != nil, let a0 = old.arrival, let a1 = now.arrival {
                // A crew job moves when its crew (as a set) or its start changes.
                changed = old.technicians != now.technicians || old.day != now.day || abs(a0 - a1) > 1e-6
            } else if let t0 = old.technician, let t1 = now.technician, let a0 = old.arrival, let a1 = now.arrival {
                changed = ArrivalWindow.needsNotice(from: (t0, old.day, a0), to: (t1, now.day, a1), width: arrivalWindow,
                                                    within: base.problem.job(job.id)?.timeWindows ?? [])
            } else {
                changed = old.technician != now.technician || old.provider != now.provider || old.day != now.day
            }
            if changed { moved.append(MovedJob(job: job.id, from: old, to: now)) }
        }
        let unplacedNow = Dictionary(scenario.schedule.unassigned.map { ($0.job, $0) }, uniquingKeysWith: { a, _ in a })
        let newlyUnplaced = scenario.problem.jobs.compactMap { job -> UnassignedJob? in
            guard before[job.id] != nil, after[job.id] == nil else { return nil }
            return unplacedNow[job.id]
        }
        let notices = notifier?.notifications(for: scenario.schedule, previous: base.schedule)
            .filter { $0.kind == "appointment_change" || $0.kind == "appointment_cancellation" }.map(\.recipient) ?? []
        let b = KeyFigures(base.schedule), s = KeyFigures(scenario.schedule)
        let deltas: [String: Double] = [
            "cost": s.cost - b.cost, "travelTime": s.travelTime - b.travelTime, "distance": s.distance - b.distance,
            "overtime": s.overtime - b.overtime, "jobsPlaced": Double(s.jobsPlaced - b.jobsPlaced),
            "jobsUnassigned": Double(s.jobsUnassigned - b.jobsUnassigned), "jobsReferred": Double(s.jobsReferred - b.jobsReferred),
            "purchaseOrders": Double(s.purchaseOrders - b.purchaseOrders),
        ]
        return ScenarioResult(
            name: name, file: file, description: description, figures: s, deltas: deltas, moved: moved,
            changeNotices: notices, newlyUnplaced: newlyUnplaced, newlyPlaced: newlyPlaced,
            added: scenario.problem.jobs.map(\.id).filter { !baseJobs.contains($0) },
            cancelled: base.problem.jobs.map(\.id).filter { !scenarioJobs.contains($0) }, seconds: seconds)
    }
}
