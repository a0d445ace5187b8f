@testable import Planner
import Checker
import FieldService
import Testing

/// A constructed state on a random day.
func constructed(_ problem: Problem, seed: UInt64) -> (EngineData, SearchState) {
    let data = EngineData(instance: Instance(problem: problem))
    var rng = SearchRandom(seed: seed)
    var state = SearchState(data: data)
    GreedyBlinkInsertion(blinkRate: 0).recreate(Array(0..<problem.jobs.count), into: &state, data: data, rng: &rng)
    return (data, state)
}

/// A state's cost recomputed from nothing: each route re-timed exactly, plus penalties.
func recomputed(_ state: SearchState, _ data: EngineData) -> Double {
    let timing = RouteTiming(instance: data.instance)
    let costs = CostModel(instance: data.instance)
    var total = 0.0
    for v in data.instance.vehicles where !state.routes[v.index].isEmpty {
        guard let route = timing.schedule(vehicle: v, jobs: state.routes[v.index].jobs) else { return .infinity }
        total += costs.cost(of: route)
    }
    for j in 0..<data.instance.jobCount where state.place[j] < 0 { total += data.penalty[j] }
    return total
}

@Suite("Search operators")
struct OperatorTests {
    @Test("an insertion's evaluated delta equals the recomputed cost change", arguments: 0..<20)
    func insertionDelta(seed: Int) {
        let problem = RandomDay.make(seed: UInt64(700 + seed), jobs: 8)
        var (data, state) = constructed(problem, seed: UInt64(seed))
        var rng = SearchRandom(seed: 3)
        let removed = RandomRemoval().ruin(&state, count: 3, data: data, rng: &rng)
        let inserter = Inserter(data: data)
        for j in removed {
            for v in data.instance.vehicles.indices {
                guard let c = inserter.best(j, in: v, state: state, blink: 0, rng: &rng) else { continue }
                var after = state
                inserter.apply(j, c, to: &after)
                #expect(abs((after.cost - state.cost) - (c.delta - data.penalty[j])) < 1e-6)
                #expect(abs(after.cost - recomputed(after, data)) < 1e-6)
            }
        }
    }

    @Test("every ruin operator keeps the state's cost and indices consistent", arguments: 0..<10)
    func ruinConsistency(seed: Int) {
        let problem = RandomDay.make(seed: UInt64(800 + seed), jobs: 9)
        let ruins: [any RuinOperator] = [StringRemoval(), RandomRemoval(), RelatedRemoval(), WorstRemoval(), RouteRemoval()]
        for ruin in ruins {
            var (data, state) = constructed(problem, seed: UInt64(seed))
            var rng = SearchRandom(seed: UInt64(seed))
            let removed = ruin.ruin(&state, count: 3, data: data, rng: &rng)
            #expect(Set(removed).count == removed.count, "\(ruin.name) removed a job twice")
            for j in removed { #expect(state.place[j] < 0, "\(ruin.name)") }
            #expect(abs(state.cost - recomputed(state, data)) < 1e-6, "\(ruin.name)")
            for route in state.routes { for j in route.jobs { #expect(state.place[j] == route.vehicle) } }
        }
    }

    @Test("every recreate operator inserts feasibly with exact costs", arguments: 0..<10)
    func recreateConsistency(seed: Int) {
        let problem = RandomDay.make(seed: UInt64(900 + seed), jobs: 9)
        let recreates: [any RecreateOperator] = [GreedyBlinkInsertion(), RegretInsertion(k: 2), RegretInsertion(k: 3)]
        for recreate in recreates {
            var (data, state) = constructed(problem, seed: UInt64(seed))
            var rng = SearchRandom(seed: UInt64(seed))
            let removed = RandomRemoval().ruin(&state, count: 5, data: data, rng: &rng)
            recreate.recreate(removed, into: &state, data: data, rng: &rng)
            #expect(abs(state.cost - recomputed(state, data)) < 1e-6, "\(recreate.name)")
        }
    }

    @Test("local search only applies moves that lower the recomputed cost", arguments: 0..<20)
    func localSearchImproves(seed: Int) {
        let problem = RandomDay.make(seed: UInt64(1100 + seed), jobs: 10, days: seed % 3 == 0 ? 2 : 1)
        var (data, state) = constructed(problem, seed: UInt64(seed))
        let before = recomputed(state, data)
        var rng = SearchRandom(seed: UInt64(seed))
        LocalSearch(data: data).improve(&state, rng: &rng, deadline: .now + .seconds(60))
        let after = recomputed(state, data)
        #expect(after <= before + 1e-6)
        #expect(abs(state.cost - after) < 1e-6)
        // And the result is a plan the independent checker accepts.
        var solution = PlanSolution(vehicleCount: data.instance.vehicles.count)
        for v in data.instance.vehicles {
            solution.sequences[v.index] = state.routes[v.index].jobs
            solution.routes[v.index] = RouteTiming(instance: data.instance).schedule(vehicle: v, jobs: state.routes[v.index].jobs)
        }
        let schedule = ScheduleBuilder(instance: data.instance)
            .build(solution, proof: .init(lowerBound: nil, provenOptimal: false, stoppedByTimeLimit: false), seconds: 0)
        #expect(FeasibilityChecker(problem: problem).check(schedule).isEmpty)
        #expect(abs(schedule.kpis.cost - after) < 1e-6)
    }
}
