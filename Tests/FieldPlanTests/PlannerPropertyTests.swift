import FieldPlan
import Foundation
import Testing

/// Property tests: for random valid problems of up to 80 jobs, the engine's
/// plan passes the independent checker, accounts for every job exactly once
/// (placed, referred, or unplaced with a reason), and reports the cost the
/// checker recomputes. The seed base can be moved with FIELDPLAN_PROPERTY_SEED
/// to explore new cases; CI uses the fixed default.
@Suite("Planner properties")
struct PlannerPropertyTests {
    static let base = UInt64(ProcessInfo.processInfo.environment["FIELDPLAN_PROPERTY_SEED"] ?? "") ?? 20_261_122
    static let cases = Int(ProcessInfo.processInfo.environment["FIELDPLAN_PROPERTY_CASES"] ?? "") ?? 40

    /// A generated company day, then roughened: some shifts cut short, some
    /// windows narrowed, some jobs made heavier or pinned-free, so that not
    /// everything fits and the unplaced paths are exercised too.
    static func problem(_ k: Int) -> Problem {
        var rng = SplitMix(seed: base &+ UInt64(k) &* 7919)
        let jobs = Int(rng.next() % 81)
        let technicians = 1 + Int(rng.next() % 12)
        let days = 1 + Int(rng.next() % 2)
        var problem = ScenarioGenerator(jobs: jobs, technicians: technicians, days: days, seed: rng.next()).make()
        for t in problem.technicians.indices where rng.next() % 4 == 0 {
            problem.technicians[t].shifts = problem.technicians[t].shifts.map { shift in
                var s = shift
                s.end = max(s.start + 60, s.end - Double(rng.next() % 240))
                return s
            }
        }
        for j in problem.jobs.indices where rng.next() % 5 == 0 {
            problem.jobs[j].timeWindows = problem.jobs[j].timeWindows.map { w in
                TimeWindow(start: w.start, end: max(w.start, w.end - Double(rng.next() % 120)))
            }
        }
        // Keep the problem valid: roughening may push a window off every shift.
        let shifts = problem.technicians.flatMap { t in t.shifts.map { ($0.start, $0.end + (t.overtime?.maxMinutes ?? 0)) } }
        for j in problem.jobs.indices {
            problem.jobs[j].timeWindows.removeAll { w in !shifts.contains { $0.0 <= w.end && w.start <= $0.1 } }
        }
        return problem
    }

    @Test("every plan passes the checker and accounts for every job once", arguments: 0..<cases)
    func planIsSound(k: Int) throws {
        let problem = Self.problem(k)
        let issues = problem.validate()
        try #require(issues.isEmpty, "generated problem invalid: \(issues.prefix(3))")
        let schedule = EnginePlanner(options: PlanOptions(timeLimit: 30, seed: UInt64(k), iterations: 150)).plan(problem)

        let violations = FieldPlan.check(schedule, for: problem)
        #expect(violations.isEmpty, "\(violations.prefix(5).map(\.description).joined(separator: "\n"))")

        var seen: [String: Int] = [:]
        for route in schedule.routes { for visit in route.visits { seen[visit.job, default: 0] += 1 } }
        for referral in schedule.referrals { seen[referral.job, default: 0] += 1 }
        for entry in schedule.unassigned {
            seen[entry.job, default: 0] += 1
            #expect(!entry.message.isEmpty, "job \(entry.job) has no explanation")
        }
        for job in problem.jobs { #expect(seen[job.id] == 1, "job \(job.id) appears \(seen[job.id] ?? 0) times") }
        #expect(seen.count == problem.jobs.count)

        let recomputed = FeasibilityChecker(problem: problem).recomputedCost(of: schedule).total
        #expect(abs(schedule.kpis.cost - recomputed) <= 1e-6 * max(1, recomputed))
    }
}

/// A tiny seeded generator for the test's own choices.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
