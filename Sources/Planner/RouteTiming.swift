import FieldService

/// A route with times: what the planner decodes every sequence into.
struct TimedRoute: Sendable {
    struct Stop: Sendable {
        var job: Int
        var arrival: Minutes
        var breakStart: Minutes?
        var start: Minutes
        var end: Minutes
        var travel: Minutes
        var distance: Double
    }

    var vehicle: Int
    var departure: Minutes
    var stops: [Stop]
    /// Break at the end location (after the last visit), if the break is taken there.
    var finalBreakStart: Minutes?
    var returnTime: Minutes
    var returnTravel: Minutes
    var returnDistance: Double
    /// Index in `stops` before which the break is taken (stops.count: at the end); nil without break.
    var breakGap: Int?

    var travelTime: Minutes { stops.reduce(returnTravel) { $0 + $1.travel } }
    var distance: Double { stops.reduce(returnDistance) { $0 + $1.distance } }
}

/// Earliest-start timing of a job sequence on a technician-day.
///
/// Breaks are taken where the technician is: on arrival at the next stop (or
/// at the end location), before work starts, so waiting for a window can be
/// spent on the break. Every gap is tried and the feasible placement with the
/// earliest return wins (earliest times are optimal for a fixed order). A day
/// that does not span the lunch period (back before the latest break start, or
/// starting after the earliest break end) needs no break.
struct RouteTiming {
    let instance: Instance
    let tolerance: Minutes = 1e-7

    func schedule(vehicle v: Vehicle, jobs sequence: [Int]) -> TimedRoute? {
        guard v.needsBreakCheck, !sequence.isEmpty else {
            return pass(v, sequence, breakGap: nil)
        }
        if let free = pass(v, sequence, breakGap: nil), free.returnTime <= v.latestBreakStart {
            return free
        }
        var best: TimedRoute?
        for gap in 0...sequence.count {
            if let route = pass(v, sequence, breakGap: gap), route.returnTime < (best?.returnTime ?? .infinity) - tolerance {
                best = route
            }
        }
        return best
    }

    /// One forward pass with the break before stop `breakGap`.
    private func pass(_ v: Vehicle, _ sequence: [Int], breakGap: Int?) -> TimedRoute? {
        var time = v.shiftStart
        var node = v.startNode
        var previousJob: Int?
        var stops: [TimedRoute.Stop] = []
        stops.reserveCapacity(sequence.count)
        for (position, job) in sequence.enumerated() {
            let travel = instance.duration[node][job]
            let arrival = time + travel
            var ready = arrival
            if let prev = previousJob {
                ready = max(ready, stops[stops.count - 1].start + instance.step(prev, job))
            }
            var breakStart: Minutes?
            if position == breakGap {
                guard let (start, end) = takeBreak(v, at: arrival) else { return nil }
                breakStart = start
                ready = max(ready, end)
            }
            guard let start = earliestStart(job, from: ready, vehicle: v) else { return nil }
            let end = start + instance.jobs[job].duration
            stops.append(.init(job: job, arrival: arrival, breakStart: breakStart, start: start, end: end,
                               travel: travel, distance: instance.distance[node][job]))
            time = end
            node = job
            previousJob = job
        }
        let returnTravel = instance.duration[node][v.endNode]
        var returnTime = time + returnTravel
        var finalBreak: Minutes?
        if breakGap == sequence.count {
            guard let (start, end) = takeBreak(v, at: returnTime) else { return nil }
            finalBreak = start
            returnTime = end
        }
        guard returnTime <= v.latestReturn + tolerance else { return nil }
        // Leave as late as possible without changing the first start.
        var departure = v.shiftStart
        if var first = stops.first, breakGap != 0 {
            departure = max(v.shiftStart, first.start - first.travel)
            first.arrival = departure + first.travel
            stops[0] = first
        }
        return TimedRoute(vehicle: v.index, departure: departure, stops: stops, finalBreakStart: finalBreak,
                          returnTime: returnTime, returnTravel: returnTravel,
                          returnDistance: instance.distance[node][v.endNode], breakGap: breakGap)
    }

    /// The break taken from `time` on (or when its window opens), if it fits in the window.
    private func takeBreak(_ v: Vehicle, at time: Minutes) -> (Minutes, Minutes)? {
        guard let window = v.breakWindow else { return nil }
        let start = max(time, window.start)
        let end = start + v.breakDuration
        return end <= window.end + tolerance ? (start, end) : nil
    }

    /// The earliest start at or after `ready` inside one of the job's windows,
    /// or the pinned start when the job is pinned.
    private func earliestStart(_ job: Int, from ready: Minutes, vehicle v: Vehicle) -> Minutes? {
        if let pin = instance.jobs[job].pinned {
            return ready <= pin.start + tolerance ? pin.start : nil
        }
        for w in instance.windows[job] where w.end + tolerance >= ready {
            return max(ready, w.start)
        }
        return nil
    }
}
