import FieldService
import Schedule

/// An independent test oracle for schedules: recomputes travel, timing, breaks,
/// parts, key figures and cost from the problem alone and reports every rule
/// a schedule breaks.
///
/// It shares no code with any planner. From `FieldService` it uses only the
/// domain values (and their trivial accessors); travel, timing and cost are
/// recomputed here.
///
/// ```swift
/// let checker = FeasibilityChecker(problem: problem)
/// let violations = checker.check(schedule)   // [] when the schedule is feasible and honest
/// let cost = checker.recomputedCost(of: schedule).total
/// ```
///
/// Conventions: times compare within 1e-4 minutes; costs and distances within
/// 1e-4 or a relative 1e-9, whichever is larger. Where the checker cannot
/// recompute a figure (an unknown job or technician, a location without a
/// matrix entry) it flags the cause and takes the schedule's figure as given,
/// so that one mistake is not reported many times; such routes are priced
/// with zero labour and overtime.
///
/// Depot pick-ups (`Visit.kind == .depotPickup`, when the problem's depot has
/// pick-up settings and a location) are stops at the depot: timed, driven to and
/// costed like jobs (their handling counts as work), never counted as jobs, and
/// judged by their own rules (`pickup_*`). With pick-ups the van is restocked to
/// its `vanStock` every night, so parts and loading lists are judged per day.
///
/// A crew job (`Job.crewSize` > 1) is a visit on each member's route, all starting
/// together, each timed and paid like any visit; the lead's visit alone brings the
/// job's parts, tools and load, and carries its lateness and its count in the key
/// figures; the crew itself is judged by its own rules (`crew_*`).
public struct FeasibilityChecker: Sendable {
    /// The problem schedules are checked against.
    public let problem: Problem

    let travel: TravelOracle
    let jobsByID: [String: Job]
    let techniciansByID: [String: Technician]
    let providersByID: [String: Provider]
    let suppliersByID: [String: Supplier]
    let partIDs: Set<String>
    /// The problem's job ids, in input order, each once.
    let jobIDs: [String]

    /// Prepares a checker for schedules of `problem`. When ids repeat in the
    /// problem (an invalid input), the first entity with the id counts.
    public init(problem: Problem) {
        self.problem = problem
        travel = TravelOracle(model: problem.travel)
        jobsByID = Dictionary(problem.jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        techniciansByID = Dictionary(problem.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        providersByID = Dictionary(problem.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        suppliersByID = Dictionary(problem.suppliers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        partIDs = Set(problem.parts.map(\.id))
        var seen = Set<String>()
        jobIDs = problem.jobs.map(\.id).filter { seen.insert($0).inserted }
    }

    /// Every rule `schedule` breaks; empty when it is feasible and its reported
    /// figures are the recomputed ones.
    ///
    /// The order is deterministic: references, job coverage, crews, the route list,
    /// then per route (in schedule order) shifts, assignment, timing, breaks,
    /// van capacity, depot pick-ups and reported route figures, then pinned jobs, referrals,
    /// parts, purchase orders, loading lists, tools, the overtime budget and the plan's key figures
    /// and cost.
    public func check(_ schedule: Schedule) -> [Violation] {
        let analyses = self.analyses(of: schedule)
        var violations = referenceViolations(schedule)
        violations += coverageViolations(schedule)
        violations += crewViolations(schedule)
        violations += routeListViolations(schedule)
        for analysis in analyses {
            violations += shiftViolations(analysis)
            violations += assignmentViolations(analysis)
            violations += timingViolations(analysis)
            violations += breakViolations(analysis)
            violations += capacityViolations(analysis)
            violations += pickupViolations(analysis, orders: schedule.purchaseOrders)
            violations += routeFigureViolations(analysis)
        }
        violations += pinnedViolations(schedule)
        violations += referralViolations(schedule)
        violations += partsViolations(schedule)
        violations += purchaseOrderViolations(schedule)
        violations += loadingListViolations(schedule)
        violations += toolViolations(schedule)
        violations += overtimeBudgetViolations(analyses)
        violations += planFigureViolations(schedule, analyses)
        return violations
    }

    /// The cost of `schedule` recomputed from scratch: routes from recomputed
    /// travel and overtime (plus the technician's fixed cost for each route
    /// with a visit), unassigned penalties, referral prices (the
    /// provider's price per job; the reported cost for unknown providers),
    /// lateness (of visits and referrals, once per crew job) and the purchase orders' prices. Compare its `total` with `schedule.kpis.cost`.
    public func recomputedCost(of schedule: Schedule) -> CostBreakdown {
        planCost(schedule, analyses(of: schedule))
    }
}

// MARK: - Naming

extension FeasibilityChecker {
    static func entity(of route: Route) -> String { "technician \(route.technician) day \(route.day)" }
    static func entity(ofJob id: String) -> String { "job \(id)" }
    /// `depot pick-up of technician t1 day 2`.
    static func entity(ofPickupOn route: Route) -> String { "depot pick-up of \(entity(of: route))" }
    /// The job a visit works on, or the route's depot pick-up.
    static func entity(of visit: Visit, on route: Route) -> String {
        visit.isPickup ? entity(ofPickupOn: route) : entity(ofJob: visit.job)
    }
    /// `job j4` or `the depot pick-up`, for messages about the stop before another.
    static func stopName(_ visit: Visit) -> String {
        visit.isPickup ? "the depot pick-up" : "job \(visit.job)"
    }

    /// The technician's shift on `day` (the first, if the input repeats a day).
    static func shift(of technician: Technician, onDay day: Int) -> Shift? {
        technician.shifts.first { $0.day == day }
    }
}
