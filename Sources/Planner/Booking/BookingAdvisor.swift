import FieldService
import Foundation
import Schedule

/// Answers "when and with whom could this new request be done?" against a plan, fast
/// and without planning the day again.
///
/// Prepare it once per plan (it builds the travel tables); each query then puts the
/// request into every technician-day of the plan at every position, times the route
/// exactly (windows, breaks, shift and overtime limits, van capacity), checks the parts
/// (van, depot, orders that arrive in time) and the overtime budget, and ranks the
/// feasible insertions by what they add to the plan's cost. The plan's other visits keep
/// their order; a later visit of the same day may move later.
///
/// ```swift
/// var advisor = try BookingAdvisor(problem: problem, schedule: plan)
/// for option in try advisor.options(for: request, count: 3) {
///     print(option.technicianName, option.day, formatClock(option.arrival), option.addedCost)
/// }
/// let (booked, newPlan) = try advisor.booked(best, request: request)   // the plan with the job in
/// ```
public struct BookingAdvisor: Sendable {
    /// The problem and the plan the advisor answers for.
    public let problem: Problem
    public let schedule: Schedule

    /// The problem's jobs plus one slot at the end that each query fills with its request.
    private var instance: Instance
    private let slot: Int
    /// The plan per technician-day (vehicle): job indices in order, their timed route and its cost.
    private let sequences: [[Int]]
    private let routes: [TimedRoute?]
    private let routeCosts: [Double]
    private let referrals: [Int: ReferralOption]
    private let baseOrderCost: Double
    private let baseOvertime: Double
    private let vehicleOf: [String: [Int: Int]]

    /// Prepares the plan for booking queries.
    /// - Throws: ``BookingError/invalidProblem(_:)`` when the problem is not valid input,
    ///   ``BookingError/planMismatch(_:)`` when the plan does not belong to it.
    public init(problem: Problem, schedule: Schedule) throws(BookingError) {
        let issues = problem.validate()
        guard issues.isEmpty else { throw .invalidProblem(InputError(issues: issues)) }
        self.problem = problem
        self.schedule = schedule
        var withSlot = problem
        withSlot.jobs.append(Self.placeholder(for: problem))
        let instance = Instance(problem: withSlot)
        self.instance = instance
        slot = problem.jobs.count

        var vehicleOf: [String: [Int: Int]] = [:]
        for v in instance.vehicles { vehicleOf[problem.technicians[v.technician].id, default: [:]][v.day] = v.index }
        self.vehicleOf = vehicleOf
        var jobIndex: [String: Int] = [:]
        for (i, job) in problem.jobs.enumerated() { jobIndex[job.id] = i }

        var sequences = Array(repeating: [Int](), count: instance.vehicles.count)
        var seen = Set<Int>()
        for route in schedule.routes where !route.visits.isEmpty {
            guard let v = vehicleOf[route.technician]?[route.day] else {
                throw .planMismatch("technician \(route.technician) has no shift on day \(route.day)")
            }
            guard sequences[v].isEmpty else {
                throw .planMismatch("technician \(route.technician) has two routes on day \(route.day)")
            }
            for visit in route.visits {
                guard let j = jobIndex[visit.job] else { throw .planMismatch("the plan visits unknown job \(visit.job)") }
                guard seen.insert(j).inserted else { throw .planMismatch("the plan visits job \(visit.job) twice") }
                sequences[v].append(j)
            }
        }
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        var routes = [TimedRoute?](repeating: nil, count: instance.vehicles.count)
        var routeCosts = Array(repeating: 0.0, count: instance.vehicles.count)
        var overtime = 0.0
        for v in instance.vehicles where !sequences[v.index].isEmpty {
            guard let route = timing.schedule(vehicle: v, jobs: sequences[v.index]) else {
                throw .planMismatch("the route of \(problem.technicians[v.technician].id) on day \(v.day) "
                    + "cannot be driven as planned (windows, shift or break)")
            }
            routes[v.index] = route
            routeCosts[v.index] = costs.cost(of: route)
            overtime += max(0, route.returnTime - v.shiftEnd)
        }
        var referrals: [Int: ReferralOption] = [:]
        for referral in schedule.referrals {
            guard let j = jobIndex[referral.job], seen.insert(j).inserted else {
                throw .planMismatch("referral of unknown or already planned job \(referral.job)")
            }
            if let option = instance.referralOptions[j].first(where: {
                problem.providers[$0.provider].id == referral.provider && $0.day == referral.day
            }) {
                referrals[j] = option
            }
        }
        let parts = PartsAllocation(instance: instance, sequences: sequences)
        guard parts.isFeasible else { throw .planMismatch("the plan's parts cannot be had (van, depot and orders)") }
        self.sequences = sequences
        self.routes = routes
        self.routeCosts = routeCosts
        self.referrals = referrals
        baseOrderCost = parts.orderCost
        baseOvertime = overtime
    }

    /// The `count` best options for `request`, cheapest first: at most one per
    /// technician-day within `separation` minutes of another option's arrival, so that
    /// the customer is offered different times or technicians. With `maximumShift`, no
    /// option moves another visit's start by more than that many minutes (keep it below
    /// half the arrival window told to customers to spare them a change notice).
    ///
    /// An empty answer means the request fits nowhere without moving other visits to
    /// other technicians or days (re-plan the day then).
    /// - Throws: ``BookingError/invalidRequest(_:)`` when the request is not valid input
    ///   or its id is taken.
    public mutating func options(for request: Job, count: Int = 3, separation: Minutes = 60,
                                 maximumShift: Minutes = .infinity) throws(BookingError) -> [BookingOption] {
        try prepare(request)
        guard count > 0 else { return [] }
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        struct Candidate {
            var vehicle: Int
            var position: Int
            var route: TimedRoute
            var added: Double
        }
        var candidates: [Candidate] = []
        for v in instance.vehicles where instance.eligible[slot][v.index] {
            let sequence = sequences[v.index]
            for position in 0...sequence.count {
                var jobs = sequence
                jobs.insert(slot, at: position)
                guard let route = timing.schedule(vehicle: v, jobs: jobs) else { continue }
                candidates.append(Candidate(vehicle: v.index, position: position, route: route,
                                            added: costs.cost(of: route) - routeCosts[v.index]))
            }
        }
        candidates.sort { ($0.added, $0.vehicle, $0.position) < ($1.added, $1.vehicle, $1.position) }

        // Parts and the overtime budget, for the cheapest candidates; orders can reorder them.
        let needsParts = !request.parts.isEmpty
        let budget = problem.overtimeBudget ?? .infinity
        var checked: [(candidate: Candidate, added: Double, orders: [String])] = []
        let limited = maximumShift.isFinite
        let examined = needsParts && !limited ? 4 * count + 20 : candidates.count
        for candidate in candidates {
            if checked.count >= examined { break }
            let v = instance.vehicles[candidate.vehicle]
            let before = routes[v.index].map { max(0, $0.returnTime - v.shiftEnd) } ?? 0
            guard baseOvertime - before + max(0, candidate.route.returnTime - v.shiftEnd) <= budget + 1e-9 else { continue }
            var added = candidate.added
            var orders: [String] = []
            if needsParts {
                var withRequest = sequences
                withRequest[v.index].insert(slot, at: candidate.position)
                let parts = PartsAllocation(instance: instance, sequences: withRequest)
                guard parts.isFeasible else { continue }
                added += parts.orderCost - baseOrderCost
                orders = parts.orders.filter { $0.jobs.contains(slot) }.map { instance.supply.partIDs[$0.part] }
            }
            checked.append((candidate, added, Array(Set(orders)).sorted()))
            if !needsParts && !limited && checked.count >= 4 * count + 20 { break }
        }
        checked.sort { ($0.added, $0.candidate.vehicle, $0.candidate.position) < ($1.added, $1.candidate.vehicle, $1.candidate.position) }

        var chosen: [BookingOption] = []
        var arrivals: [Int: [Minutes]] = [:]
        for (candidate, added, orders) in checked {
            guard let stop = candidate.route.stops.first(where: { $0.job == slot }) else { continue }
            if arrivals[candidate.vehicle, default: []].contains(where: { abs($0 - stop.arrival) < separation }) { continue }
            let offer = option(candidate.vehicle, candidate.position, candidate.route, stop, added: added, orders: orders)
            guard offer.largestShift <= maximumShift + 1e-9 else { continue }
            arrivals[candidate.vehicle, default: []].append(stop.arrival)
            chosen.append(offer)
            if chosen.count == count { break }
        }
        return chosen
    }

    /// The problem with `request` added and the plan with it booked as `option` says
    /// (the other visits keep their technician, day and order).
    /// - Throws: ``BookingError/invalidRequest(_:)`` when the request is not valid or the
    ///   option no longer fits it.
    public mutating func booked(_ option: BookingOption, request: Job) throws(BookingError) -> (problem: Problem, schedule: Schedule) {
        try prepare(request)
        guard let v = vehicleOf[option.technician]?[option.day] else {
            throw Self.requestError("technician", "\(option.technician) has no shift on day \(option.day)")
        }
        var solution = PlanSolution(vehicleCount: instance.vehicles.count)
        solution.sequences = sequences
        solution.routes = routes
        solution.referrals = referrals
        let position = option.after.flatMap { after in
            sequences[v].firstIndex { problem.jobs[$0].id == after }.map { $0 + 1 }
        } ?? 0
        solution.sequences[v].insert(slot, at: position)
        guard let route = RouteTiming(instance: instance).schedule(vehicle: instance.vehicles[v], jobs: solution.sequences[v]),
              solution.fitsSharedLimits(instance) else {
            throw Self.requestError("option", "the request no longer fits \(option.technician)'s day \(option.day) there")
        }
        solution.routes[v] = route
        let built = ScheduleBuilder(instance: instance).build(
            solution, proof: ScheduleBuilder.Proof(lowerBound: nil, provenOptimal: false, stoppedByTimeLimit: false), seconds: 0)
        return (instance.problem, built)
    }

    // MARK: - Helpers

    /// Validates the request and puts it in the slot.
    private mutating func prepare(_ request: Job) throws(BookingError) {
        if problem.jobs.contains(where: { $0.id == request.id }) {
            throw .invalidRequest(InputError(InputIssue(path: "request.id", entity: "job \(request.id)", kind: .duplicateID,
                                                        message: "the plan already has a job \(request.id)")))
        }
        var probe = problem
        probe.jobs = [request]
        let issues = probe.validate().filter { $0.path.hasPrefix("jobs[0]") }.map { issue in
            InputIssue(path: "request" + issue.path.dropFirst("jobs[0]".count), entity: issue.entity, kind: issue.kind,
                       message: issue.message)
        }
        guard issues.isEmpty else { throw .invalidRequest(InputError(issues: issues)) }
        if instance.problem.jobs[slot] != request { instance.replaceJob(slot, with: request) }
    }

    private func option(_ v: Int, _ position: Int, _ route: TimedRoute, _ stop: TimedRoute.Stop,
                        added: Double, orders: [String]) -> BookingOption {
        let vehicle = instance.vehicles[v]
        let technician = problem.technicians[vehicle.technician]
        var before: [Int: Minutes] = [:]
        for s in routes[v]?.stops ?? [] { before[s.job] = s.start }
        var shifted: [String] = []
        var largest: Minutes = 0
        for s in route.stops where s.job != slot {
            let shift = s.start - (before[s.job] ?? s.start)
            if abs(shift) > 1e-6 {
                shifted.append(problem.jobs[s.job].id)
                largest = max(largest, abs(shift))
            }
        }
        return BookingOption(technician: technician.id, technicianName: technician.name, day: vehicle.day,
                             arrival: stop.arrival, start: stop.start, addedCost: added,
                             after: position > 0 ? problem.jobs[sequences[v][position - 1]].id : nil,
                             shiftedVisits: shifted, largestShift: largest, orders: orders)
    }

    private static func requestError(_ field: String, _ message: String) -> BookingError {
        .invalidRequest(InputError(InputIssue(path: "request." + field, kind: .invalidValue, message: message)))
    }

    /// A job that fits no technician-day, holding the slot until the first query. It
    /// names every part of the catalogue, so that the parts tables cover whatever part a
    /// request needs.
    private static func placeholder(for problem: Problem) -> Job {
        var id = "booking-request"
        while problem.jobs.contains(where: { $0.id == id }) { id += "-" }
        let place = problem.technicians.first?.start ?? problem.jobs.first?.location ?? Location(latitude: 0, longitude: 0)
        return Job(id: id, customer: Customer(name: "booking request"), location: place, duration: 0,
                   requiredSkills: ["\u{1}booking-slot": 1],
                   parts: Dictionary(problem.parts.map { ($0.id, 1) }, uniquingKeysWith: { a, _ in a }))
    }
}
