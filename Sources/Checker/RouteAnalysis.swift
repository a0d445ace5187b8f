import FieldService
import Schedule

/// What the checker recomputes for one route before judging it.
struct RouteAnalysis: Sendable {
    /// The route as reported.
    let route: Route
    /// The route's technician; nil when the id is unknown.
    let technician: Technician?
    /// The technician's shift on the route's day; nil on a day off or for an unknown technician.
    let shift: Shift?
    /// The job of each visit; nil where the id is unknown and for depot pick-ups.
    let jobs: [Job?]
    /// Where each visit is: the job's location, or for a depot pick-up the depot's
    /// (the visit's reported location when the problem gives the depot none); nil
    /// for an unknown job.
    let places: [Location?]
    /// Minutes of work at each visit: the job's duration, or a depot pick-up's
    /// handling time (the reported `end - start` when the problem has no pick-ups);
    /// zero for an unknown job.
    let workMinutes: [Minutes]
    /// The recomputed drive into each visit.
    let legs: [LegResult]
    /// The recomputed drive from the last place to the end location.
    let returnLeg: LegResult

    /// The drive into each visit: recomputed, or as reported where it cannot be.
    var visitTravel: [Leg] {
        zip(legs, route.visits).map { result, visit in
            result.leg ?? Leg(duration: visit.travelTime, distance: visit.distance)
        }
    }

    /// Whether each visit answers for its job (brings its parts, tools and load, carries
    /// its lateness, counts it as placed): every job visit, except a crew job's visits
    /// by members other than the lead (see `FeasibilityChecker.carryingVisits(_:)`).
    let carries: [Bool]

    /// The jobs this route answers for, in visiting order (see ``carries``; unknown
    /// jobs and depot pick-ups left out).
    var carriedJobs: [Job] {
        zip(jobs, carries).compactMap { job, carries in carries ? job : nil }
    }

    /// The job visits this route answers for, in visiting order (see ``carries``).
    var carriedVisits: [Visit] {
        zip(route.visits, carries).filter { $0.1 && !$0.0.isPickup }.map(\.0)
    }

    /// The drive back: recomputed, or as reported where it cannot be.
    var returnTravel: Leg {
        returnLeg.leg ?? Leg(duration: route.returnTravelTime, distance: route.returnDistance)
    }

    /// Minutes of work on the route: job durations plus pick-up handling.
    var totalWorkMinutes: Minutes { workMinutes.reduce(0, +) }

    /// Minutes driving, including the way back.
    var travelTime: Minutes { visitTravel.reduce(returnTravel.duration) { $0 + $1.duration } }

    /// Distance driven, including the way back.
    var distance: Double { visitTravel.reduce(returnTravel.distance) { $0 + $1.distance } }

    /// `max(0, returnTime - shift.end)`; zero without a shift (the day off is reported instead).
    var overtime: Minutes {
        guard let shift else { return 0 }
        let past = route.returnTime - shift.end
        return past > 0 ? past : 0
    }

    /// The latest allowed return: shift end plus the overtime allowance.
    var latestReturn: Minutes? {
        guard let shift else { return nil }
        return shift.end + (technician?.overtime?.maxMinutes ?? 0)
    }
}

extension FeasibilityChecker {
    /// Recomputes the travel of `route`. A depot pick-up is a stop at the depot,
    /// driven to and from like a job. `carries` says which visits answer for their
    /// jobs (see ``RouteAnalysis/carries``); nil: every job visit does.
    func analyse(_ route: Route, carries: [Bool]? = nil) -> RouteAnalysis {
        let technician = techniciansByID[route.technician]
        let jobs = route.visits.map { $0.isPickup ? nil : jobsByID[$0.job] }
        let places = zip(route.visits, jobs).map { visit, job in
            visit.isPickup ? pickupPlace(visit) : job?.location
        }
        let workMinutes = zip(route.visits, jobs).map { visit, job in
            visit.isPickup ? pickupHandling(visit) : (job?.duration ?? 0)
        }
        var legs: [LegResult] = []
        var here: Location? = technician?.start
        for place in places {
            legs.append(travel.leg(from: here, to: place))
            here = place
        }
        // An empty route drives from the start to the end location.
        let returnLeg = travel.leg(from: here, to: technician?.endLocation)
        return RouteAnalysis(
            route: route,
            technician: technician,
            shift: technician.flatMap { FeasibilityChecker.shift(of: $0, onDay: route.day) },
            jobs: jobs,
            places: places,
            workMinutes: workMinutes,
            legs: legs,
            returnLeg: returnLeg,
            carries: carries ?? route.visits.map { !$0.isPickup })
    }
}

extension FeasibilityChecker {
    /// Whether the problem has depot pick-ups: pick-up settings and a depot location.
    var pickupMode: Bool { problem.depot.pickup != nil && problem.depot.location != nil }

    /// The supplier's counter a pick-up visit names (`visit.supplier`), when the problem lists it.
    func counter(of visit: Visit) -> SupplierCounter? {
        visit.supplier.flatMap { suppliersByID[$0]?.counter }
    }

    /// Where a pick-up is: the named supplier's counter, or the depot (the reported
    /// location when the problem gives neither).
    func pickupPlace(_ visit: Visit) -> Location? {
        if visit.supplier != nil { return counter(of: visit)?.location ?? visit.location }
        return problem.depot.location ?? visit.location
    }

    /// The handling minutes of a pick-up: the counter's or the depot's `handlingMinutes`,
    /// or the reported `end - start` (at least zero) when the problem has no settings for it.
    func pickupHandling(_ visit: Visit) -> Minutes {
        if visit.supplier != nil, let counter = counter(of: visit) { return counter.handlingMinutes }
        if visit.supplier == nil, let pickup = problem.depot.pickup { return pickup.handlingMinutes }
        let reported = visit.end - visit.start
        return reported.isFinite && reported > 0 ? reported : 0
    }
}
