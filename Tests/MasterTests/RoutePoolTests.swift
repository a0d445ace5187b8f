import Testing
import Master
import MIP

@Suite("The route pool")
struct RoutePoolTests {
    @Test("dedupe keeps the cheaper of two orders of the same job set")
    func dedupe() {
        var pool = RoutePool()
        var added = pool.add(MasterColumn(vehicle: 0, jobs: [1, 2, 3], cost: 10))
        #expect(added)
        added = pool.add(MasterColumn(vehicle: 0, jobs: [3, 2, 1], cost: 8))
        #expect(added)
        #expect(pool.count == 1)
        #expect(pool.columns[0].jobs == [3, 2, 1] && pool.columns[0].cost == 8)
        added = pool.add(MasterColumn(vehicle: 0, jobs: [2, 1, 3], cost: 9))
        #expect(!added)
        added = pool.add(MasterColumn(vehicle: 0, jobs: [2, 3, 1], cost: 8))
        #expect(!added)
        #expect(pool.columns[0].jobs == [3, 2, 1])
        added = pool.add(MasterColumn(vehicle: 1, jobs: [1, 2, 3], cost: 5))
        #expect(added)
        added = pool.add(MasterColumn(vehicle: 2, jobs: [4], cost: .nan))
        #expect(!added)
        #expect(pool.count == 2)
        #expect(pool.index(of: MasterColumn(vehicle: 0, jobs: [2, 3, 1], cost: 100)) == 0)
        #expect(pool.index(of: MasterColumn(vehicle: 1, jobs: [3, 1, 2], cost: 0)) == 1)
        #expect(pool.index(of: MasterColumn(vehicle: 1, jobs: [1, 2], cost: 0)) == nil)
    }

    /// 20 columns on 4 vehicles with many equal costs per job (ties).
    static func tiedColumns() -> [MasterColumn] {
        (0..<20).map { k in
            MasterColumn(vehicle: k % 4, jobs: k % 2 == 0 ? [k % 7, 7 + k % 5] : [k % 9], cost: Double(2 + k % 3))
        }
    }

    @Test("select keeps the incumbent columns first and is deterministic")
    func select() {
        let columns = Self.tiedColumns()
        var forward = RoutePool(), backward = RoutePool()
        for column in columns { forward.add(column) }
        for column in columns.reversed() { backward.add(column) }
        #expect(forward.count == backward.count)

        let outside = MasterColumn(vehicle: 3, jobs: [5, 6, 7, 8], cost: 1000)
        let worst = forward.columns.max { ($0.costPerJob, $0.key) < ($1.costPerJob, $1.key) } ?? outside
        let keep = [outside, worst, outside]
        let selected = forward.select(limit: 6, keep: keep, duals: nil)
        #expect(selected.count == 6)
        #expect(Array(selected.prefix(2)) == [outside, worst])
        #expect(Set(selected.map(\.key)).count == 6)
        #expect(selected == backward.select(limit: 6, keep: keep, duals: nil))
        #expect(selected == forward.select(limit: 6, keep: keep, duals: nil))
        // The others are the best by cost per job, ties by key.
        let others = Array(selected.dropFirst(2))
        #expect(others == others.sorted { ($0.costPerJob, $0.key) < ($1.costPerJob, $1.key) })
        let best = forward.columns.filter { $0.key != worst.key }.map(\.costPerJob).min()
        #expect(others.first?.costPerJob == best)

        #expect(forward.select(limit: 1, keep: keep, duals: nil) == [outside, worst])
        #expect(forward.select(limit: 100, keep: [], duals: nil).count == forward.count)
    }

    @Test("select ranks by reduced cost when duals are given")
    func selectByReducedCost() throws {
        let problem = Fixtures.greedyTrap()
        let relaxation = try SetPartitioningMaster(problem).solveRelaxation()
        var pool = RoutePool()
        for column in problem.columns { pool.add(column) }
        let selected = pool.select(limit: 4, keep: [], duals: relaxation)
        let scores = selected.map { SetPartitioningMaster.reducedCost(of: $0, duals: relaxation) }
        #expect(scores == scores.sorted())
        let all = problem.columns.map { SetPartitioningMaster.reducedCost(of: $0, duals: relaxation) }.sorted()
        #expect(scores.last.map { $0 <= all[4] + 1e-12 } == true)
    }

    @Test("prune drops the worst columns and never the kept ones")
    func prune() {
        var pool = RoutePool(capacity: 5)
        let columns = (0..<12).map { MasterColumn(vehicle: $0 % 3, jobs: [$0], cost: Double(12 - $0)) }
        for column in columns { pool.add(column) }
        pool.prune(keep: [], duals: nil)
        #expect(pool.count == 5)
        #expect(pool.columns.map(\.jobs) == [[7], [8], [9], [10], [11]])

        var keeping = RoutePool(capacity: 5)
        for column in columns { keeping.add(column) }
        let keep = [columns[0], columns[1]]
        keeping.prune(keep: keep, duals: nil)
        #expect(keeping.count == 5)
        #expect(keeping.columns.map(\.jobs) == [[0], [1], [9], [10], [11]])
        #expect(keep.allSatisfy { keeping.index(of: $0) != nil })
        #expect(keeping.index(of: columns[10]) == 3)

        var crowded = RoutePool(capacity: 2)
        for column in columns { crowded.add(column) }
        crowded.prune(keep: Array(columns.prefix(4)), duals: nil)
        #expect(crowded.columns == Array(columns.prefix(4)))

        var small = RoutePool(capacity: 50)
        for column in columns { small.add(column) }
        small.prune(keep: [], duals: nil)
        #expect(small.count == 12)
    }
}
