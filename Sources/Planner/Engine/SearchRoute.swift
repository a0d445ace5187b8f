import FieldService

/// A route under search: its jobs in order and cached segment data, so that
/// any insertion, removal or exchange is evaluated in O(1) from a prefix, a
/// suffix and the changed part.
struct SearchRoute: Sendable {
    let vehicle: Int
    private(set) var jobs: [Int] = []
    /// `prefix[k]`: start depot then `jobs[0..<k]` (k = 0...count).
    private(set) var prefix: [Segment] = []
    /// `suffix[k]`: `jobs[k..<count]` (k = 0..<count), without the end depot.
    private(set) var suffix: [Segment] = []
    /// Route cost including the assignment costs of its jobs (0 when empty).
    private(set) var cost: Double = 0
    /// Sum of the assignment costs of its jobs.
    private(set) var assignment: Double = 0
    /// Overtime minutes of the route as timed.
    private(set) var overtime: Minutes = 0

    init(vehicle: Int, data: EngineData) {
        self.vehicle = vehicle
        prefix = [data.startSegment[vehicle]]
    }

    var count: Int { jobs.count }
    var isEmpty: Bool { jobs.isEmpty }
    var load: Double { prefix[prefix.count - 1].load }

    /// Replaces the jobs and refreshes the caches. The caller has checked feasibility.
    mutating func set(_ newJobs: [Int], data: EngineData) {
        jobs = newJobs
        refresh(data: data)
    }

    mutating func refresh(data: EngineData) {
        prefix.removeAll(keepingCapacity: true)
        var seg = data.startSegment[vehicle]
        prefix.append(seg)
        for j in jobs {
            seg = data.join(seg, data.jobSegment[j])
            prefix.append(seg)
        }
        suffix = Array(repeating: seg, count: jobs.count)
        if !jobs.isEmpty {
            var tail = data.jobSegment[jobs[jobs.count - 1]]
            suffix[jobs.count - 1] = tail
            var k = jobs.count - 2
            while k >= 0 {
                tail = data.join(data.jobSegment[jobs[k]], tail)
                suffix[k] = tail
                k -= 1
            }
        }
        assignment = data.hasAssignmentCosts ? jobs.reduce(0) { $0 + data.assignmentCost[$1][vehicle] } : 0
        let evaluation = RouteEvaluator(data: data).evaluate(vehicle: vehicle, full: full(data), count: jobs.count, jobs: { jobs },
                                                             assignment: assignment)
        cost = evaluation?.cost ?? .infinity
        overtime = evaluation?.overtime ?? 0
    }

    /// Start depot, all jobs, end depot.
    func full(_ data: EngineData) -> Segment {
        data.join(prefix[prefix.count - 1], data.endSegment[vehicle])
    }

    /// Segment of `jobs[from..<to]` (O(to - from)); nil when empty.
    func subsegment(_ from: Int, _ to: Int, data: EngineData) -> Segment? {
        guard from < to else { return nil }
        if to == jobs.count { return suffix[from] }
        var seg = data.jobSegment[jobs[from]]
        var k = from + 1
        while k < to {
            seg = data.join(seg, data.jobSegment[jobs[k]])
            k += 1
        }
        return seg
    }
}

/// What a candidate route costs, or nil when it is infeasible.
struct RouteEvaluation {
    var cost: Double
    var overtime: Minutes
}

/// Evaluates candidate routes: the O(1) segment check first; the exact timing
/// (breaks, several windows) only when the segment data are a relaxation.
struct RouteEvaluator {
    let data: EngineData

    /// - Parameters:
    ///   - full: depot-to-depot segment of the candidate.
    ///   - jobs: the candidate's job order, built only when the exact timing is needed.
    ///   - assignment: sum of the jobs' assignment costs on this vehicle.
    /// Evaluates the whole `sequence` of vehicle `v` (O(length)); `assignment` is the sum
    /// of its jobs' assignment costs.
    func evaluate(vehicle v: Int, sequence: [Int], assignment: Double) -> RouteEvaluation? {
        var full = data.startSegment[v]
        for j in sequence {
            full = data.join(full, data.jobSegment[j])
            if !full.isTimeFeasible { return nil }
        }
        full = data.join(full, data.endSegment[v])
        return evaluate(vehicle: v, full: full, count: sequence.count, jobs: { sequence }, assignment: assignment)
    }

    @inline(__always)
    func evaluate(vehicle v: Int, full: Segment, count: Int, jobs: () -> [Int], assignment: Double) -> RouteEvaluation? {
        guard count > 0 else { return RouteEvaluation(cost: 0, overtime: 0) }
        guard full.isTimeFeasible, full.load <= data.capacity[v] + 1e-9 else { return nil }
        let vehicle = data.instance.vehicles[v]
        if vehicle.needsBreakCheck || data.anyMultiWindow {
            let sequence = jobs()
            if vehicle.needsBreakCheck || sequence.contains(where: { data.multiWindow[$0] }) {
                guard let timed = RouteTiming(instance: data.instance).schedule(vehicle: vehicle, jobs: sequence) else { return nil }
                // (CostModel counts a counter's parts too.)
                return RouteEvaluation(cost: CostModel(instance: data.instance).cost(of: timed),
                                       overtime: max(0, timed.returnTime - vehicle.shiftEnd))
            }
        }
        let overtime = max(0, full.earliestEnd - vehicle.shiftEnd)
        var cost = full.distance * data.costPerKm + (full.travel + full.service) * vehicle.costPerMinute
            + overtime * vehicle.overtimeCostPerMinute + vehicle.fixedCost + assignment
        // Parts bought at a counter belong to the route.
        if data.instance.hasCounters { cost += data.instance.counterCost(vehicle: v, jobs: jobs()) }
        return RouteEvaluation(cost: cost, overtime: overtime)
    }
}
