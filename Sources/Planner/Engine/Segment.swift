import FieldService

/// Time-window segment data (Vidal et al. 2013): everything needed to time a
/// sequence of visits, so that joining two sequences is O(1).
///
/// For a sequence served as early as possible: `duration` is its least total
/// time (travel, service and waiting), `timeWarp` how much it would have to
/// travel back in time to meet its windows (0 = feasible), `earliest`/`latest`
/// the window for starting it with that duration. Distance, travel minutes,
/// service minutes and load are summed alongside.
struct Segment: Sendable, Equatable {
    /// First and last node (a job index or a depot node of the travel tables).
    var first: Int
    var last: Int
    var duration: Minutes
    var timeWarp: Minutes
    var earliest: Minutes
    var latest: Minutes
    var distance: Double
    var travel: Minutes
    var service: Minutes
    var load: Double

    /// One visit: service `service` starting within `[earliest, latest]`.
    init(node: Int, service: Minutes, earliest: Minutes, latest: Minutes, load: Double) {
        first = node
        last = node
        duration = service
        timeWarp = 0
        self.earliest = earliest
        self.latest = latest
        distance = 0
        travel = 0
        self.service = service
        self.load = load
    }

    /// `self` followed by `next`, driving from `self.last` to `next.first`.
    @inline(__always)
    func then(_ next: Segment, travel t: Minutes, distance d: Double) -> Segment {
        let delta = duration - timeWarp + t
        let deltaWait = max(next.earliest - delta - latest, 0)
        let deltaWarp = max(earliest + delta - next.latest, 0)
        var joined = self
        joined.last = next.last
        joined.duration = duration + next.duration + t + deltaWait
        joined.timeWarp = timeWarp + next.timeWarp + deltaWarp
        joined.earliest = max(next.earliest - delta, earliest) - deltaWait
        joined.latest = min(next.latest - delta, latest) + deltaWarp
        joined.distance = distance + next.distance + d
        joined.travel = travel + next.travel + t
        joined.service = service + next.service
        joined.load = load + next.load
        return joined
    }

    /// Whether every window is met.
    var isTimeFeasible: Bool { timeWarp <= 1e-7 }

    /// The earliest time the sequence can be finished.
    var earliestEnd: Minutes { earliest + duration }
}
