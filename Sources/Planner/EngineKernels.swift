import Foundation
import FieldService
import Master

/// The engine's hot paths, exposed for benchmarks (`Benchmarks/`): each call
/// does a fixed amount of deterministic work on a prepared problem.
public struct EngineKernels: Sendable {
    let data: EngineData
    let constructed: SearchState

    /// Prepares travel tables, eligibility and a constructed plan for `problem`.
    public init(problem: Problem, seed: UInt64 = 1) {
        let prepared = EngineData(instance: Instance(problem: problem))
        var rng = SearchRandom(seed: seed)
        var state = SearchState(data: prepared)
        let placeable = (0..<prepared.instance.jobCount).filter { prepared.instance.ineligibleReason[$0] == nil }
        GreedyBlinkInsertion(blinkRate: 0).recreate(placeable, into: &state, data: prepared, rng: &rng)
        data = prepared
        constructed = state
    }

    /// Jobs placed by the constructed plan.
    public var placedJobs: Int { constructed.place.filter { $0 >= 0 }.count }

    /// Evaluates the best insertion of every placed job into every route it
    /// could join (as if it were unplaced); returns the number of insertions found.
    public func insertionSweep() -> Int {
        var rng = SearchRandom(seed: 1)
        let inserter = Inserter(data: data)
        var found = 0
        for j in 0..<data.instance.jobCount where constructed.place[j] >= 0 {
            for v in inserter.candidateVehicles(for: j, state: constructed) where v != constructed.place[j] {
                if inserter.best(j, in: v, state: constructed, blink: 0, rng: &rng) != nil { found += 1 }
            }
        }
        return found
    }

    /// Runs local search from the constructed plan to a local optimum; returns the moves applied.
    public func localSearch(seed: UInt64 = 1) -> Int {
        var rng = SearchRandom(seed: seed)
        var state = constructed
        return LocalSearch(data: data).improve(&state, rng: &rng, deadline: .now + .seconds(3600))
    }

    /// Runs `count` ruin-and-recreate steps (string removal, blink insertion) from the constructed plan.
    public func ruinAndRecreate(count: Int, seed: UInt64 = 1) -> Double {
        var rng = SearchRandom(seed: seed)
        var state = constructed
        for _ in 0..<count {
            let removed = StringRemoval().ruin(&state, count: 10, data: data, rng: &rng)
            GreedyBlinkInsertion().recreate(removed, into: &state, data: data, rng: &rng)
        }
        return state.cost
    }

    /// Solves the set-partitioning master over the constructed plan's routes
    /// plus `variants` perturbed plans' routes; returns the master's objective.
    public func solveMaster(variants: Int = 20, timeLimit: Double = 5) throws -> Double {
        var rng = SearchRandom(seed: 7)
        var pool = RoutePool(capacity: 6000)
        var state = constructed
        func harvest(_ s: SearchState) {
            for r in s.routes where !r.isEmpty {
                pool.add(MasterColumn(vehicle: r.vehicle, group: data.instance.vehicles[r.vehicle].technician,
                                      jobs: r.jobs, cost: r.cost))
            }
        }
        harvest(state)
        for _ in 0..<variants {
            let removed = StringRemoval().ruin(&state, count: 10, data: data, rng: &rng)
            GreedyBlinkInsertion().recreate(removed, into: &state, data: data, rng: &rng)
            harvest(state)
        }
        let keep = constructed.routes.filter { !$0.isEmpty }.map {
            MasterColumn(vehicle: $0.vehicle, group: data.instance.vehicles[$0.vehicle].technician, jobs: $0.jobs, cost: $0.cost)
        }
        let columns = pool.select(limit: 800, keep: keep, duals: nil)
        let problem = MasterProblem(jobCount: data.instance.jobCount, vehicleCount: data.instance.vehicles.count,
                                    penalties: data.penalty, columns: columns, resources: [])
        let incumbent = keep.compactMap { k in columns.firstIndex { $0.key == k.key } }
        return try SetPartitioningMaster(problem).solve(incumbent: incumbent, timeLimit: timeLimit).objective
    }
}
