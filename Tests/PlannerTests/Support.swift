import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// SplitMix64: a small seeded generator so random instances are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Tiny random days: 2 technicians on the plane (speed 1), 3-5 jobs with
/// windows, skills, sometimes breaks, overtime, parts, preferences and a second day.
enum RandomDay {
    static func make(seed: UInt64, jobs jobCount: Int, days: Int = 1) -> Problem {
        var rng = SeededGenerator(seed: seed)
        func coordinate() -> Double { Double(Int.random(in: 0...60, using: &rng)) }
        func loc() -> Location { Location(latitude: coordinate(), longitude: coordinate()) }
        let skills = ["hvac", "plumbing"]
        var technicians: [Technician] = []
        for t in 0..<2 {
            var shifts: [Shift] = []
            for day in 1...days where day == 1 || Bool.random(using: &rng) {
                let start = absoluteTime(day: day, clock: Double(Int.random(in: 0...2, using: &rng)) * 30)
                shifts.append(Shift(day: day, start: start, end: start + Double(Int.random(in: 4...7, using: &rng)) * 30))
            }
            let hasBreak = Bool.random(using: &rng)
            technicians.append(Technician(
                id: "t\(t)", name: "Tech \(t)",
                skills: Dictionary(uniqueKeysWithValues: skills.map { ($0, Int.random(in: 0...2, using: &rng)) }),
                shifts: shifts,
                lunchBreak: hasBreak ? BreakRule(start: 90, end: 150, duration: 20) : nil,
                start: loc(), end: Bool.random(using: &rng) ? loc() : nil,
                costPerHour: Double(Int.random(in: 20...50, using: &rng)),
                overtime: Bool.random(using: &rng) ? Overtime(maxMinutes: 30, costPerHour: 60) : nil,
                vanStock: ["valve": Int.random(in: 0...1, using: &rng)]))
        }
        var jobs: [Job] = []
        for j in 0..<jobCount {
            let day = Int.random(in: 1...days, using: &rng)
            var windows: [TimeWindow] = []
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let start = absoluteTime(day: day, clock: Double(Int.random(in: 0...8, using: &rng)) * 20)
                windows.append(TimeWindow(start: start, end: start + Double(Int.random(in: 0...6, using: &rng)) * 15))
            }
            // Keep the day valid: a window must meet some shift.
            let shifts = technicians.flatMap(\.shifts).map { TimeWindow(start: $0.start, end: $0.end + 30) }
            windows = windows.filter { w in shifts.contains { $0.overlaps(w) } }
            let skill = skills[Int.random(in: 0..<skills.count, using: &rng)]
            jobs.append(Job(
                id: "j\(j)", customer: Customer(name: "Customer \(j)"), location: loc(),
                duration: Double(Int.random(in: 1...6, using: &rng)) * 10,
                requiredSkills: Bool.random(using: &rng) ? [skill: Int.random(in: 1...2, using: &rng)] : [:],
                timeWindows: windows,
                urgency: Urgency.allCases[Int.random(in: 0..<4, using: &rng)],
                priority: Bool.random(using: &rng) ? Int.random(in: 0...5, using: &rng) : nil,
                parts: Int.random(in: 0...3, using: &rng) == 0 ? ["valve": 1] : [:],
                preferredTechnicians: Int.random(in: 0...3, using: &rng) == 0 ? ["t0"] : []))
        }
        var weights = ObjectiveWeights(costPerKm: 1)
        weights.unassignedPenalty = [.emergency: 5000, .high: 800, .normal: 300, .low: 100]
        return Problem(horizon: Horizon(days: days), parts: [Part(id: "valve", name: "Valve")],
                       depot: Depot(stock: ["valve": Int.random(in: 0...1, using: &rng)]),
                       technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1), objective: weights)
    }
}

/// Loads the bundled small day (14 jobs: the exact MIP proves it optimal).
func bundledDay() throws -> Problem {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/small.json")
    return try Problem.load(json: Data(contentsOf: url))
}

extension RandomDay {
    /// A tiny random day with a market around it: a valve supplier (random lead time,
    /// sometimes a cut-off already past), a partner provider with one skill and a daily
    /// limit, and sometimes a referral budget; about half the jobs need one or two valves.
    /// The rest of the day is `make(seed:jobs:days:)`'s.
    static func withMarket(seed: UInt64, jobs jobCount: Int, days: Int) -> Problem {
        var problem = make(seed: seed, jobs: jobCount, days: days)
        var rng = SeededGenerator(seed: seed &* 7919 &+ 17)
        problem.suppliers = [Supplier(id: "s", name: "Valve Co", offers: [SupplierOffer(part: "valve", unitCost: Double(Int.random(in: 10...60, using: &rng)))],
                                      leadTimeDays: Int.random(in: 0...2, using: &rng),
                                      orderCutoff: Bool.random(using: &rng) ? 14 * 60 : nil)]
        problem.horizon.orderTime = Bool.random(using: &rng) ? 17 * 60 : 9 * 60
        let skill = Bool.random(using: &rng) ? "hvac" : "plumbing"
        problem.providers = [Provider(id: "p", name: "Partner", skills: [skill: 2],
                                      costPerJob: Double(Int.random(in: 5...30, using: &rng)) * 10,
                                      jobsPerDay: Int.random(in: 1...2, using: &rng))]
        problem.referralBudget = Bool.random(using: &rng) ? Double(Int.random(in: 1...3, using: &rng)) * 100 : nil
        for j in problem.jobs.indices {
            if Int.random(in: 0...4, using: &rng) == 0 { problem.jobs[j].excludedProviders = ["p"] }
            if Bool.random(using: &rng) { problem.jobs[j].parts = ["valve": Int.random(in: 1...2, using: &rng)] }
        }
        return problem
    }
}

/// Plans `problem` with the engine and the exact MIP; both plans must pass the
/// checker and cost the same (small hand-made days whose answer is known).
func plansAgree(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Schedule] {
    #expect(problem.validate().isEmpty, "\(problem.validate())", sourceLocation: sourceLocation)
    let engine = EnginePlanner(options: PlanOptions(timeLimit: 20, seed: 1, iterations: 300)).plan(problem)
    let exact = try CompactMIPPlanner(options: PlanOptions(timeLimit: 20)).plan(problem)
    for schedule in [engine, exact] {
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    #expect(abs(engine.kpis.cost - exact.kpis.cost) < 1e-6 * max(1, exact.kpis.cost),
            "engine \(engine.kpis.cost) vs exact \(exact.kpis.cost)", sourceLocation: sourceLocation)
    return [engine, exact]
}
