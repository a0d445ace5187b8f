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
    /// The job of each visit; nil where the id is unknown.
    let jobs: [Job?]
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

    /// The drive back: recomputed, or as reported where it cannot be.
    var returnTravel: Leg {
        returnLeg.leg ?? Leg(duration: route.returnTravelTime, distance: route.returnDistance)
    }

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
    /// Recomputes the travel of `route`.
    func analyse(_ route: Route) -> RouteAnalysis {
        let technician = techniciansByID[route.technician]
        let jobs = route.visits.map { jobsByID[$0.job] }
        var legs: [LegResult] = []
        var here: Location? = technician?.start
        for job in jobs {
            legs.append(travel.leg(from: here, to: job?.location))
            here = job?.location
        }
        // An empty route drives from the start to the end location.
        let returnLeg = travel.leg(from: here, to: technician?.endLocation)
        return RouteAnalysis(
            route: route,
            technician: technician,
            shift: technician.flatMap { FeasibilityChecker.shift(of: $0, onDay: route.day) },
            jobs: jobs,
            legs: legs,
            returnLeg: returnLeg)
    }
}
