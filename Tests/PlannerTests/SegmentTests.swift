@testable import Planner
import FieldService
import Testing

/// Random days without breaks and with single windows, where segment data decide exactly.
func segmentDay(seed: UInt64, jobs: Int) -> Problem {
    var problem = RandomDay.make(seed: seed, jobs: jobs)
    for t in problem.technicians.indices { problem.technicians[t].lunchBreak = nil }
    for j in problem.jobs.indices where problem.jobs[j].timeWindows.count > 1 {
        problem.jobs[j].timeWindows = [problem.jobs[j].timeWindows[0]]
    }
    return problem
}

@Suite("Segment concatenation")
struct SegmentTests {
    @Test("O(1) segment checks agree with full re-timing on random routes", arguments: 0..<40)
    func segmentsMatchTiming(seed: Int) {
        let problem = segmentDay(seed: UInt64(500 + seed), jobs: 7)
        let data = EngineData(instance: Instance(problem: problem))
        let timing = RouteTiming(instance: data.instance)
        let costs = CostModel(instance: data.instance)
        var rng = SearchRandom(seed: UInt64(seed))
        for v in data.instance.vehicles {
            for _ in 0..<30 {
                var jobs = Array(0..<problem.jobs.count).filter { _ in rng.chance(0.5) }
                jobs.shuffle(using: &rng)
                var full = data.startSegment[v.index]
                for j in jobs { full = data.join(full, data.jobSegment[j]) }
                full = data.join(full, data.endSegment[v.index])
                let timed = timing.schedule(vehicle: v, jobs: jobs)
                let assignment = jobs.reduce(0) { $0 + data.assignmentCost[$1][v.index] }
                let evaluated = RouteEvaluator(data: data).evaluate(vehicle: v.index, full: full, count: jobs.count,
                                                                    jobs: { jobs }, assignment: assignment)
                let capacityOK = full.load <= data.capacity[v.index]
                #expect((timed != nil && capacityOK) == (evaluated != nil), "jobs \(jobs) on vehicle \(v.index)")
                if let timed, let evaluated, !jobs.isEmpty {
                    #expect(abs(costs.cost(of: timed) - evaluated.cost) < 1e-6)
                    #expect(abs(max(0, timed.returnTime - v.shiftEnd) - evaluated.overtime) < 1e-6)
                }
            }
        }
    }

    @Test("joining is associative")
    func associative() {
        let problem = segmentDay(seed: 9, jobs: 6)
        let data = EngineData(instance: Instance(problem: problem))
        let s = (0..<6).map { data.jobSegment[$0] }
        let left = data.join(data.join(data.join(s[0], s[1]), s[2]), s[3])
        let right = data.join(s[0], data.join(s[1], data.join(s[2], s[3])))
        #expect(abs(left.duration - right.duration) < 1e-9)
        #expect(abs(left.timeWarp - right.timeWarp) < 1e-9)
        #expect(abs(left.earliest - right.earliest) < 1e-9)
        #expect(abs(left.latest - right.latest) < 1e-9)
        #expect(abs(left.distance - right.distance) < 1e-9)
    }
}
