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
    private(set) var instance: Instance
    let slot: Int
    /// The plan per technician-day (vehicle): job indices in order, their timed route and its cost.
    let sequences: [[Int]]
    let routes: [TimedRoute?]
    let routeCosts: [Double]
    let referrals: [Int: ReferralOption]
    let baseOrderCost: Double
    let baseOvertime: Double
    let vehicleOf: [String: [Int: Int]]

    /// Prepares the plan for booking queries.
    /// - Throws: ``BookingError/invalidProblem(_:)`` when the problem is not valid input,
    ///   ``BookingError/planMismatch(_:)`` when the plan does not belong to it or has a
    ///   crew job on it (a crew's visits are linked across routes, which booking does not
    ///   keep yet).
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
                if !visit.crew.isEmpty || (jobIndex[visit.job].map { problem.jobs[$0].needsCrew } ?? false) {
                    throw .planMismatch("the plan has job \(visit.job) done by a crew; crews are not supported by booking yet")
                }
                let j: Int
                if visit.isPickup, let supplier = visit.supplier {
                    // A counter pick-up is the technician-day's stop at that counter.
                    guard let c = instance.counters.firstIndex(where: { problem.suppliers[$0.supplier].id == supplier }),
                          instance.counterStops[v].indices.contains(c) else {
                        throw .planMismatch("the plan stops at the counter of \(supplier) (\(route.technician), day \(route.day)), "
                            + "which the problem does not list")
                    }
                    j = instance.counterStops[v][c]
                } else if visit.isPickup {
                    // A depot pick-up is the technician-day's own pick-up stop.
                    guard let stop = instance.pickupJob[v] else {
                        throw .planMismatch("the plan stops at the depot (\(route.technician), day \(route.day)) "
                            + "but the problem has no depot pick-ups")
                    }
                    j = stop
                } else {
                    guard let known = jobIndex[visit.job] else { throw .planMismatch("the plan visits unknown job \(visit.job)") }
                    j = known
                }
                guard seen.insert(j).inserted else {
                    throw .planMismatch(visit.isPickup ? "technician \(route.technician) stops at the depot twice on day \(route.day)"
                                                       : "the plan visits job \(visit.job) twice")
                }
                sequences[v].append(j)
            }
            guard instance.keepsPickupRule(vehicle: v, jobs: sequences[v]) else {
                throw .planMismatch("the route of \(route.technician) on day \(route.day) needs a depot pick-up "
                    + "before its first job that needs parts or tools from the depot")
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
        guard ToolsAllocation(instance: instance, sequences: sequences).isFeasible else {
            throw .planMismatch("the plan borrows more units of a tool than the depot has")
        }
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
    /// With `repair` (the default), when fewer than `count` options fit the plan as it
    /// stands, the advisor also tries a quick local repair: it hands one other visit of
    /// the technician-day to another technician or day (never a pinned one), and offers
    /// the cheapest of these with the move in ``BookingOption/moved``. With
    /// `maximumShift`, a moved visit also keeps its start within that many minutes, so
    /// that its customer keeps the told window and only the technician changes.
    ///
    /// An empty answer means the request fits nowhere without larger changes (re-plan
    /// the day then).
    /// - Throws: ``BookingError/invalidRequest(_:)`` when the request is not valid input,
    ///   its id is taken, or it needs a crew (`request.crewSize` above 1: an option is one
    ///   technician's visit).
    public mutating func options(for request: Job, count: Int = 3, separation: Minutes = 60,
                                 maximumShift: Minutes = .infinity, repair: Bool = true) throws(BookingError) -> [BookingOption] {
        try prepare(request)
        guard count > 0 else { return [] }
        let direct = select(directOffers(count: count, maximumShift: maximumShift), count: count, separation: separation)
        guard repair, direct.count < count else { return direct.map(option) }
        let repaired = repairOffers(needed: count - direct.count, separation: separation, maximumShift: maximumShift,
                                    taken: direct)
        // The direct options stay; the cheapest repairs fill the answer; all ranked by cost.
        let ranked = (direct + repaired).enumerated().sorted { ($0.element.added, $0.offset) < ($1.element.added, $1.offset) }
        return ranked.map { option($0.element) }
    }

    /// The problem with `request` added and the plan with it booked as `option` says (the
    /// other visits keep their technician, day and order, but for the option's moved visit).
    /// - Throws: ``BookingError/invalidRequest(_:)`` when the request is not valid or the
    ///   option no longer fits it.
    public mutating func booked(_ option: BookingOption, request: Job) throws(BookingError) -> (problem: Problem, schedule: Schedule) {
        try prepare(request)
        guard let v = vehicleOf[option.technician]?[option.day] else {
            throw Self.requestError("technician", "\(option.technician) has no shift on day \(option.day)")
        }
        var solution = PlanSolution(instance: instance)
        solution.sequences = sequences
        solution.routes = routes
        solution.referrals = referrals
        let timing = RouteTiming(instance: instance)
        var base = solution.sequences[v]
        if let moved = option.moved {
            guard let from = vehicleOf[moved.fromTechnician]?[moved.fromDay],
                  let to = vehicleOf[moved.technician]?[moved.day], from == v, to != v,
                  let k = base.firstIndex(where: { $0 < instance.realJobCount && visitID($0) == moved.job }) else {
                throw Self.requestError("option.moved", "the plan has no visit \(moved.job) on \(moved.fromTechnician)'s day "
                    + "\(moved.fromDay) to move to \(moved.technician)'s day \(moved.day)")
            }
            let u = base.remove(at: k)
            guard u != slot, problem.jobs[u].pinned == nil, instance.eligible[u][to] else {
                throw Self.requestError("option.moved", "visit \(moved.job) cannot go to \(moved.technician)'s day \(moved.day) "
                    + "(it is pinned, or that technician-day may not do it)")
            }
            guard let placed = placing(u, after: moved.after, start: moved.start, in: solution.sequences[to], vehicle: to,
                                       timing: timing) else {
                throw Self.requestError("option.moved", "visit \(moved.job) no longer fits \(moved.technician)'s day \(moved.day) there")
            }
            solution.sequences[to] = placed.sequence
            solution.routes[to] = placed.route
        }
        guard let placed = placing(slot, after: option.after, start: option.start, in: base, vehicle: v, timing: timing) else {
            throw Self.requestError("option", "the request no longer fits \(option.technician)'s day \(option.day) there")
        }
        solution.sequences[v] = placed.sequence
        solution.routes[v] = placed.route
        guard solution.fitsSharedLimits(instance) else {
            throw Self.requestError("option", "the request no longer fits \(option.technician)'s day \(option.day) there "
                + "(parts or the overtime budget)")
        }
        let built = ScheduleBuilder(instance: instance).build(
            solution, proof: ScheduleBuilder.Proof(lowerBound: nil, provenOptimal: false, stoppedByTimeLimit: false), seconds: 0)
        return (instance.problem, built)
    }

    // MARK: - Direct insertion

    /// A possible booking before it becomes a ``BookingOption``: the request's technician-day
    /// and new sequence, and the moved visit's when there is one.
    struct Offer {
        var vehicle: Int
        var position: Int
        var sequence: [Int]
        var route: TimedRoute
        var move: Move?
        var added: Double
        var orders: [String]

        struct Move {
            var job: Int
            var vehicle: Int
            var position: Int
            var sequence: [Int]
            var route: TimedRoute
        }

        /// The request's planned arrival.
        var arrival: Minutes { route.stops.first { $0.job == sequence[position] }?.arrival ?? route.departure }

        /// The technician-days whose routes change, with their new sequence and route.
        var changed: [(vehicle: Int, sequence: [Int], route: TimedRoute)] {
            [(vehicle, sequence, route)] + (move.map { [($0.vehicle, $0.sequence, $0.route)] } ?? [])
        }
    }

    /// Feasible insertions of the request with the plan as it stands, cheapest first.
    private func directOffers(count: Int, maximumShift: Minutes) -> [Offer] {
        let timing = RouteTiming(instance: instance)
        let costs = CostModel(instance: instance)
        var candidates: [Offer] = []
        for v in instance.vehicles where instance.eligible[slot][v.index] {
            let sequence = sequences[v.index]
            var tried = Set<[Int]>()
            for position in 0...sequence.count {
                var jobs = sequence
                jobs.insert(slot, at: position)
                // The pick-up stop goes where the rule wants it (before the first job that
                // needs the depot); insertions that end up the same are timed once.
                jobs = instance.placingPickup(vehicle: v.index, jobs: jobs)
                guard tried.insert(jobs).inserted, let at = jobs.firstIndex(of: slot),
                      let route = timing.schedule(vehicle: v, jobs: jobs) else { continue }
                candidates.append(Offer(vehicle: v.index, position: at, sequence: jobs, route: route, move: nil,
                                        added: costs.cost(of: route) - routeCosts[v.index], orders: []))
            }
        }
        candidates.sort { ($0.added, $0.vehicle, $0.position) < ($1.added, $1.vehicle, $1.position) }

        // Parts and the overtime budget, for the cheapest candidates; orders can reorder them.
        let needsParts = !instance.jobs[slot].parts.isEmpty
        let limited = maximumShift.isFinite
        let examined = needsParts && !limited ? 4 * count + 20 : candidates.count
        var checked: [Offer] = []
        for var candidate in candidates {
            if checked.count >= examined { break }
            if limited && !withinShift(candidate, maximumShift) { continue }
            guard let (extra, orders) = sharedLimits(candidate) else { continue }
            candidate.added += extra
            candidate.orders = orders
            checked.append(candidate)
            if !needsParts && !limited && checked.count >= 4 * count + 20 { break }
        }
        checked.sort { ($0.added, $0.vehicle, $0.position) < ($1.added, $1.vehicle, $1.position) }
        return checked
    }

    /// The overtime budget, the depot's tools and the parts with `offer` in the plan: nil
    /// when one is broken, else the order cost it adds and the parts ordered for the request.
    func sharedLimits(_ offer: Offer) -> (Double, [String])? {
        var overtime = baseOvertime
        for (w, _, route) in offer.changed {
            let v = instance.vehicles[w]
            overtime += max(0, route.returnTime - v.shiftEnd) - (routes[w].map { max(0, $0.returnTime - v.shiftEnd) } ?? 0)
        }
        guard overtime <= (problem.overtimeBudget ?? .infinity) + 1e-9 else { return nil }
        var withRequest = sequences
        for (w, sequence, _) in offer.changed { withRequest[w] = sequence }
        let movedTools = offer.move.map { !instance.tools.jobTools[$0.job].isEmpty } ?? false
        if !instance.tools.jobTools[slot].isEmpty || movedTools {
            guard ToolsAllocation(instance: instance, sequences: withRequest).isFeasible else { return nil }
        }
        let movedParts = offer.move.map { !instance.jobs[$0.job].parts.isEmpty } ?? false
        guard !instance.jobs[slot].parts.isEmpty || movedParts else { return (0, []) }
        let parts = PartsAllocation(instance: instance, sequences: withRequest)
        guard parts.isFeasible else { return nil }
        let orders = Set(parts.orders.filter { $0.jobs.contains(slot) }.map { instance.supply.partIDs[$0.part] })
        return (parts.orderCost - baseOrderCost, orders.sorted())
    }

    /// The offers to make, cheapest first: at most `count`, and on one technician-day
    /// none within `separation` minutes of an earlier one (of `taken` too).
    func select(_ offers: [Offer], count: Int, separation: Minutes, taken: [Offer] = []) -> [Offer] {
        var chosen: [Offer] = []
        var arrivals: [Int: [Minutes]] = [:]
        for offer in taken { arrivals[offer.vehicle, default: []].append(offer.arrival) }
        for offer in offers {
            guard chosen.count < count else { break }
            if arrivals[offer.vehicle, default: []].contains(where: { abs($0 - offer.arrival) < separation }) { continue }
            arrivals[offer.vehicle, default: []].append(offer.arrival)
            chosen.append(offer)
        }
        return chosen
    }

    /// The visits that keep their technician-day but whose start shifts, the largest of
    /// those shifts, and the moved visit's shift (0 without one).
    func shifts(of offer: Offer) -> (shifted: [Int], largest: Minutes, moved: Minutes) {
        var largest: Minutes = 0
        var shifted: [Int] = []
        for (w, _, route) in offer.changed {
            var before: [Int: Minutes] = [:]
            for s in routes[w]?.stops ?? [] { before[s.job] = s.start }
            // Depot pick-ups are no customers' visits: their times may move freely.
            for s in route.stops where s.job != slot && s.job != offer.move?.job && !instance.isPickup(s.job) {
                let shift = s.start - (before[s.job] ?? s.start)
                if abs(shift) > 1e-6 {
                    shifted.append(s.job)
                    largest = max(largest, abs(shift))
                }
            }
        }
        var moved: Minutes = 0
        if let move = offer.move, let now = move.route.stops.first(where: { $0.job == move.job }),
           let was = routes[offer.vehicle]?.stops.first(where: { $0.job == move.job }) {
            moved = abs(now.start - was.start)
        }
        return (shifted, largest, moved)
    }

    /// Whether no visit's start moves by more than `maximumShift` minutes with `offer`.
    func withinShift(_ offer: Offer, _ maximumShift: Minutes) -> Bool {
        guard maximumShift.isFinite else { return true }
        let s = shifts(of: offer)
        return max(s.largest, s.moved) <= maximumShift + 1e-9
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
        // An option is one visit in one technician's route: a crew cannot be booked (yet).
        if request.needsCrew {
            throw .invalidRequest(InputError(InputIssue(
                path: "request.crewSize", entity: "job \(request.id)", kind: .invalidValue,
                message: "booking finds a slot for one technician; a job for a crew of \(request.crewSize) "
                    + "cannot be booked yet (plan it with the others)")))
        }
        if instance.problem.jobs[slot] != request { instance.replaceJob(slot, with: request) }
    }

    private func option(_ offer: Offer) -> BookingOption {
        let vehicle = instance.vehicles[offer.vehicle]
        let technician = problem.technicians[vehicle.technician]
        let stop = offer.route.stops.first { $0.job == slot }
        // Shifts of the visits that stay; the moved visit is reported on its own.
        let (shiftedJobs, largest, _) = shifts(of: offer)
        var moved: MovedVisit?
        if let move = offer.move, let now = move.route.stops.first(where: { $0.job == move.job }) {
            let to = instance.vehicles[move.vehicle]
            let receiver = problem.technicians[to.technician]
            let was = routes[offer.vehicle]?.stops.first { $0.job == move.job }
            moved = MovedVisit(job: problem.jobs[move.job].id, fromTechnician: technician.id, fromDay: vehicle.day,
                               previousStart: was?.start ?? now.start, technician: receiver.id, technicianName: receiver.name,
                               day: to.day, after: move.position > 0 ? visitID(move.sequence[move.position - 1]) : nil,
                               arrival: now.arrival, start: now.start)
        }
        return BookingOption(technician: technician.id, technicianName: technician.name, day: vehicle.day,
                             arrival: stop?.arrival ?? offer.route.departure, start: stop?.start ?? offer.route.departure,
                             addedCost: offer.added,
                             after: offer.position > 0 ? visitID(offer.sequence[offer.position - 1]) : nil,
                             shiftedVisits: shiftedJobs.map(visitID), largestShift: largest,
                             orders: offer.orders, moved: moved)
    }

    /// The id of job index `j` as a visit of the schedule: the job's id, or
    /// ``Schedule/Visit/depotPickupID`` for a pick-up stop.
    func visitID(_ j: Int) -> String {
        instance.isPickup(j) ? Visit.depotPickupID : instance.jobs[j].id
    }

    /// `sequence` of technician-day `w` with `job` following the visit `after` (nil:
    /// first; `"depot"`: the pick-up stop) and the pick-up stop where the rule wants it,
    /// timed. Several places can follow `after` once the stop is placed; the one whose
    /// start of `job` is nearest `start` is taken (that is the option's). Nil when none
    /// can be driven.
    func placing(_ job: Int, after: String?, start: Minutes, in sequence: [Int], vehicle w: Int,
                 timing: RouteTiming) -> (sequence: [Int], route: TimedRoute)? {
        let vehicle = instance.vehicles[w]
        var best: (sequence: [Int], route: TimedRoute, miss: Minutes)?
        var tried = Set<[Int]>()
        for position in 0...sequence.count {
            var jobs = sequence
            jobs.insert(job, at: position)
            jobs = instance.placingPickup(vehicle: w, jobs: jobs)
            guard tried.insert(jobs).inserted, let at = jobs.firstIndex(of: job),
                  (at > 0 ? visitID(jobs[at - 1]) : nil) == after,
                  let route = timing.schedule(vehicle: vehicle, jobs: jobs),
                  let stop = route.stops.first(where: { $0.job == job }) else { continue }
            let miss = abs(stop.start - start)
            if best.map({ miss < $0.miss - 1e-9 }) ?? true { best = (jobs, route, miss) }
        }
        if let best { return (best.sequence, best.route) }
        // `after` is not on the day (any more): right after it, or first, as before.
        var jobs = sequence
        let position = after.flatMap { id in sequence.firstIndex { visitID($0) == id }.map { $0 + 1 } } ?? 0
        jobs.insert(job, at: position)
        jobs = instance.placingPickup(vehicle: w, jobs: jobs)
        return timing.schedule(vehicle: vehicle, jobs: jobs).map { (jobs, $0) }
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
