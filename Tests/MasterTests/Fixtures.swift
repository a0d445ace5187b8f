import Master
import MIP

/// A small deterministic generator (SplitMix64), so random pools are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pools with known answers and an exhaustive oracle.
enum Fixtures {
    /// 5 jobs, 2 vehicles, 8 columns, penalty 100 per job. Greedy by cost per job takes
    /// column 0 ({0,1,2} for 3) and must then pay 10 for {3,4}: 13. The optimum is columns
    /// 2 ({0,1} for 2.6) and 3 ({2,3,4} for 4): 6.6.
    static func greedyTrap() -> MasterProblem {
        MasterProblem(
            jobCount: 5, vehicleCount: 2, penalties: Array(repeating: 100, count: 5),
            columns: [
                MasterColumn(vehicle: 0, jobs: [0, 1, 2], cost: 3),
                MasterColumn(vehicle: 1, jobs: [3, 4], cost: 10),
                MasterColumn(vehicle: 0, jobs: [1, 0], cost: 2.6),
                MasterColumn(vehicle: 1, jobs: [2, 3, 4], cost: 4),
                MasterColumn(vehicle: 1, jobs: [0, 1, 2], cost: 5),
                MasterColumn(vehicle: 0, jobs: [3, 4], cost: 9),
                MasterColumn(vehicle: 0, jobs: [2, 3], cost: 4),
                MasterColumn(vehicle: 1, jobs: [4], cost: 3),
            ])
    }

    /// Two jobs, two technicians (groups 0 and 1, one vehicle each) and one part. Column 0
    /// does both jobs on vehicle 0 for 4 but uses 3 parts; columns 1 and 2 split the jobs
    /// for 3 + 3 using one part each. Technician 0 carries one part, technician 1 none.
    static func partsProblem(depot: Double) -> MasterProblem {
        MasterProblem(
            jobCount: 2, vehicleCount: 2, penalties: [100, 100],
            columns: [
                MasterColumn(vehicle: 0, jobs: [0, 1], cost: 4, usage: [0: 3]),
                MasterColumn(vehicle: 0, jobs: [0], cost: 3, usage: [0: 1]),
                MasterColumn(vehicle: 1, jobs: [1], cost: 3, usage: [0: 1]),
            ],
            resources: [SharedResource(name: "part", shared: depot, allowance: [0: 1])])
    }

    /// A random small problem with two resources (one with allowances) for the oracle.
    static func randomSmall(seed: UInt64, columns columnCount: Int = 10) -> MasterProblem {
        var rng = SeededGenerator(seed: seed)
        let jobCount = 6, vehicleCount = 4
        var columns: [MasterColumn] = []
        for _ in 0..<columnCount {
            let vehicle = Int.random(in: 0..<vehicleCount, using: &rng)
            let size = Int.random(in: 1...3, using: &rng)
            let jobs = Array((0..<jobCount).shuffled(using: &rng).prefix(size))
            var usage: [Int: Double] = [:]
            if Bool.random(using: &rng) { usage[0] = Double(Int.random(in: 1...3, using: &rng)) }
            if Bool.random(using: &rng) { usage[1] = Double(Int.random(in: 10...60, using: &rng)) }
            columns.append(MasterColumn(
                vehicle: vehicle, group: vehicle / 2, jobs: jobs,
                cost: Double(Int.random(in: 5...40, using: &rng)), usage: usage))
        }
        return MasterProblem(
            jobCount: jobCount, vehicleCount: vehicleCount,
            penalties: (0..<jobCount).map { _ in Double(Int.random(in: 10...30, using: &rng)) },
            columns: columns,
            resources: [
                SharedResource(name: "part", shared: 1, allowance: [0: 2, 1: 1]),
                SharedResource(name: "overtime", shared: 70),
            ])
    }

    /// The optimum by enumerating every subset of columns (small pools only).
    static func bruteForce(_ problem: MasterProblem) -> (objective: Double, chosen: [Int]) {
        var best = (objective: Double.infinity, chosen: [Int]())
        for mask in 0..<(1 << problem.columns.count) {
            let chosen = problem.columns.indices.filter { mask & (1 << $0) != 0 }
            guard let objective = cost(of: chosen, in: problem) else { continue }
            if objective < best.objective - 1e-9 { best = (objective, chosen) }
        }
        return best
    }

    /// The master objective of choosing `chosen`, or `nil` when that is infeasible.
    static func cost(of chosen: [Int], in problem: MasterProblem) -> Double? {
        var covered = Array(repeating: 0, count: problem.jobCount)
        var driven = Array(repeating: 0, count: problem.vehicleCount)
        var objective = 0.0
        for index in chosen {
            let column = problem.columns[index]
            driven[column.vehicle] += 1
            for job in column.jobs { covered[job] += 1 }
            objective += column.cost
        }
        guard covered.allSatisfy({ $0 <= 1 }), driven.allSatisfy({ $0 <= 1 }) else { return nil }
        for (resourceIndex, resource) in problem.resources.enumerated() {
            var perGroup: [Int: Double] = [:]
            for index in chosen {
                let column = problem.columns[index]
                perGroup[column.group, default: 0] += column.usage[resourceIndex] ?? 0
            }
            let fromShared = perGroup.keys.sorted().reduce(0.0) { total, group in
                total + max(0, (perGroup[group] ?? 0) - resource.allowance(of: group))
            }
            if fromShared > resource.shared + 1e-9 { return nil }
        }
        for job in 0..<problem.jobCount where covered[job] == 0 { objective += problem.penalties[job] }
        return objective
    }

    /// A geographic pool: `jobCount` jobs and one depot per vehicle in a 100 x 100 square;
    /// the incumbent splits the jobs into `vehicleCount` routes in random order, the other
    /// columns are short routes (2-5 jobs) around a random job, on random vehicles. Cost is
    /// the tour length from and back to the vehicle's depot. Returns the problem (deduplicated
    /// through a ``RoutePool``) and the incumbent's column indices.
    static func geographicPool(
        seed: UInt64, jobCount: Int = 100, vehicleCount: Int = 25, columns columnCount: Int = 600
    ) -> (problem: MasterProblem, incumbent: [Int]) {
        var rng = SeededGenerator(seed: seed)
        func point() -> (Double, Double) { (Double.random(in: 0..<100, using: &rng), Double.random(in: 0..<100, using: &rng)) }
        let jobs = (0..<jobCount).map { _ in point() }
        let depots = (0..<vehicleCount).map { _ in point() }
        func distance(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
            ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot()
        }
        func route(_ vehicle: Int, _ visits: [Int]) -> MasterColumn {
            var cost = 0.0, here = depots[vehicle]
            for job in visits { cost += distance(here, jobs[job]); here = jobs[job] }
            cost += distance(here, depots[vehicle])
            return MasterColumn(vehicle: vehicle, jobs: visits, cost: (cost * 100).rounded() / 100)
        }

        var pool = RoutePool()
        let order = (0..<jobCount).shuffled(using: &rng)
        let perVehicle = (jobCount + vehicleCount - 1) / vehicleCount
        var incumbentColumns: [MasterColumn] = []
        for vehicle in 0..<vehicleCount {
            let visits = Array(order.dropFirst(vehicle * perVehicle).prefix(perVehicle))
            guard !visits.isEmpty else { continue }
            incumbentColumns.append(route(vehicle, visits))
        }
        for column in incumbentColumns { pool.add(column) }
        while pool.count < columnCount {
            let vehicle = Int.random(in: 0..<vehicleCount, using: &rng)
            let seedJob = Int.random(in: 0..<jobCount, using: &rng)
            let size = Int.random(in: 2...5, using: &rng)
            // Near neighbours of the seed, with noise so routes vary.
            var scored: [(job: Int, score: Double)] = []
            for job in 0..<jobCount {
                let noise = Double.random(in: 1..<2, using: &rng)
                scored.append((job, distance(jobs[seedJob], jobs[job]) * noise))
            }
            scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.job < $1.job }
            // Nearest-neighbour order from the depot.
            var remaining = scored.prefix(size).map(\.job)
            var visits: [Int] = []
            var here = depots[vehicle]
            while !remaining.isEmpty {
                var best = 0
                for k in remaining.indices where distance(here, jobs[remaining[k]]) < distance(here, jobs[remaining[best]]) {
                    best = k
                }
                visits.append(remaining[best])
                here = jobs[remaining[best]]
                remaining.remove(at: best)
            }
            pool.add(route(vehicle, visits))
        }
        let incumbent = incumbentColumns.compactMap { pool.index(of: $0) }
        let problem = MasterProblem(
            jobCount: jobCount, vehicleCount: vehicleCount,
            penalties: Array(repeating: 200, count: jobCount), columns: pool.columns)
        return (problem, incumbent)
    }
}
