import Testing
import Master
import MIP

/// Problems with periods, replenishments and vehicle limits, and an oracle for them that
/// shares no code with the master.
enum PeriodFixtures {
    /// One part, shared stock `shared`, two jobs on two vehicles (groups 0 and 1, one column
    /// each): job 0 in period 1 (cost 10), job 1 in period 3 (cost 20), each using one unit.
    /// Penalties 1000.
    static func twoDays(
        shared: Double = 1, allowance: [Int: Double] = [:], replenishments: [Replenishment],
        sameGroup: Bool = false
    ) -> MasterProblem {
        MasterProblem(
            jobCount: 2, vehicleCount: 2, penalties: [1000, 1000],
            columns: [
                MasterColumn(vehicle: 0, group: 0, jobs: [0], cost: 10, usage: [0: 1], period: 1),
                MasterColumn(vehicle: 1, group: sameGroup ? 0 : 1, jobs: [1], cost: 20, usage: [0: 1], period: 3),
            ],
            resources: [SharedResource(name: "part", shared: shared, allowance: allowance, replenishments: replenishments)])
    }

    /// One partner vehicle with single-job columns for jobs 0, 1, 2 (cost 1 each); penalties 100.
    static func partner(limit: Int?) -> MasterProblem {
        MasterProblem(
            jobCount: 3, vehicleCount: 1, penalties: [100, 100, 100],
            columns: (0..<3).map { MasterColumn(vehicle: 0, jobs: [$0], cost: 1) },
            vehicleLimits: limit.map { [$0] } ?? [])
    }

    /// A random small problem: two technicians (groups 0 and 1) with two days each
    /// (vehicles 0-3, periods 1 and 2), a partner (vehicle 4, group 2, period 2, limit 2)
    /// with single-job columns; a part with van stock, depot stock 1 and two random
    /// replenishments, and an overtime budget.
    static func randomSmall(seed: UInt64, columns columnCount: Int = 10) -> MasterProblem {
        var rng = SeededGenerator(seed: seed)
        let jobCount = 6, vehicleCount = 5
        var columns: [MasterColumn] = []
        for _ in 0..<columnCount {
            let vehicle = Int.random(in: 0..<vehicleCount, using: &rng)
            let partner = vehicle == 4
            let size = partner ? 1 : Int.random(in: 1...3, using: &rng)
            let jobs = Array((0..<jobCount).shuffled(using: &rng).prefix(size))
            var usage: [Int: Double] = [:]
            if Int.random(in: 0..<3, using: &rng) > 0 { usage[0] = Double(Int.random(in: 1...2, using: &rng)) }
            if Bool.random(using: &rng) { usage[1] = Double(Int.random(in: 10...60, using: &rng)) }
            columns.append(MasterColumn(
                vehicle: vehicle, group: partner ? 2 : vehicle / 2, jobs: jobs,
                cost: Double(Int.random(in: 5...40, using: &rng)), usage: usage,
                period: partner ? 2 : 1 + vehicle % 2))
        }
        let replenishments = (0..<2).map { k in
            Replenishment(
                name: "supplier \(k)", period: Int.random(in: 1...3, using: &rng),
                unitCost: Double(Int.random(in: 2...20, using: &rng)))
        }
        return MasterProblem(
            jobCount: jobCount, vehicleCount: vehicleCount,
            penalties: (0..<jobCount).map { _ in Double(Int.random(in: 10...30, using: &rng)) },
            columns: columns,
            resources: [
                SharedResource(name: "part", shared: 1, allowance: [0: 1], replenishments: replenishments),
                SharedResource(name: "overtime", shared: 70),
            ],
            vehicleLimits: [1, 1, 1, 1, 2])
    }

    /// The cheapest purchase cost that makes `chosen` feasible, with the objective, or `nil`
    /// when `chosen` is infeasible. Purchases are enumerated; each group's least possible
    /// overflow drawn by period `t` is `max(0, total - allowance - usage after t)`.
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
        guard covered.allSatisfy({ $0 <= 1 }) else { return nil }
        for vehicle in 0..<problem.vehicleCount {
            let limit = problem.vehicleLimits.isEmpty ? 1 : problem.vehicleLimits[vehicle]
            if driven[vehicle] > limit { return nil }
        }
        for (resourceIndex, resource) in problem.resources.enumerated() {
            // group -> period -> usage
            var use: [Int: [Int: Double]] = [:]
            for index in chosen {
                let column = problem.columns[index]
                use[column.group, default: [:]][column.period, default: 0] += column.usage[resourceIndex] ?? 0
            }
            if resource.replenishments.isEmpty {
                let fromShared = use.keys.sorted().reduce(0.0) { total, group in
                    let used = (use[group] ?? [:]).values.reduce(0, +)
                    return total + max(0, used - resource.allowance(of: group))
                }
                if fromShared > resource.shared + 1e-9 { return nil }
                continue
            }
            var periods = Set(resource.replenishments.map(\.period))
            for perPeriod in use.values { periods.formUnion(perPeriod.keys) }
            func drawn(by period: Int) -> Double {
                use.keys.sorted().reduce(0.0) { total, group in
                    let perPeriod = use[group] ?? [:]
                    let all = perPeriod.values.reduce(0, +)
                    let later = perPeriod.filter { $0.key > period }.values.reduce(0, +)
                    return total + max(0, all - resource.allowance(of: group) - later)
                }
            }
            let needs = periods.sorted().map { ($0, drawn(by: $0)) }
            let most = Int((needs.map(\.1).max() ?? 0).rounded(.up))
            var best = Double.infinity
            var quantities = Array(repeating: 0, count: resource.replenishments.count)
            func search(_ k: Int) {
                if k == quantities.count {
                    for (period, need) in needs {
                        var bought = 0.0
                        for (j, replenishment) in resource.replenishments.enumerated() where replenishment.period <= period {
                            bought += Double(quantities[j])
                        }
                        if need > resource.shared + bought + 1e-9 { return }
                    }
                    var price = 0.0
                    for (j, replenishment) in resource.replenishments.enumerated() {
                        price += Double(quantities[j]) * replenishment.unitCost
                    }
                    best = min(best, price)
                    return
                }
                for q in 0...most {
                    quantities[k] = q
                    search(k + 1)
                }
            }
            search(0)
            guard best.isFinite else { return nil }
            objective += best
        }
        for job in 0..<problem.jobCount where covered[job] == 0 { objective += problem.penalties[job] }
        return objective
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
}

@Suite("Periods, replenishments and vehicle limits")
struct ReplenishmentTests {
    @Test("a unit bought for a later period covers the second job when the depot has one unit")
    func purchaseArrivesInTime() throws {
        let problem = PeriodFixtures.twoDays(replenishments: [Replenishment(name: "supplier", period: 3, unitCost: 50)])
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.status == .optimal)
        #expect(solution.chosen == [0, 1] && solution.uncovered.isEmpty)
        #expect(solution.replenished == [[1]])
        #expect(solution.objective == 80)
        // The warm start buys the same unit: its objective is columns plus the purchase.
        let warm = try SetPartitioningMaster(problem).solve(incumbent: [1, 0], timeLimit: 0)
        #expect(warm.chosen == [0, 1] && warm.replenished == [[1]] && warm.objective == 80)
    }

    @Test("a unit arriving after the period that needs it does not help")
    func purchaseArrivesTooLate() throws {
        let problem = PeriodFixtures.twoDays(replenishments: [Replenishment(name: "supplier", period: 4, unitCost: 50)])
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.status == .optimal)
        // One job keeps the depot unit; covering job 0 (10) beats job 1 (20).
        #expect(solution.chosen == [0] && solution.uncovered == [1])
        #expect(solution.replenished == [[0]])
        #expect(solution.objective == 1010)
        #expect(throws: MasterError.incumbentExceedsSharedResourceInPeriod(
            resource: 0, name: "part", period: 3, needed: 2, available: 1)) {
            try SetPartitioningMaster(problem).solve(incumbent: [0, 1], timeLimit: 1)
        }
        // With the depot empty, the period-1 job cannot get a part at all.
        let empty = PeriodFixtures.twoDays(shared: 0, replenishments: [Replenishment(name: "supplier", period: 3, unitCost: 50)])
        let late = try SetPartitioningMaster(empty).solve(incumbent: nil, timeLimit: 10)
        #expect(late.chosen == [1] && late.uncovered == [0] && late.replenished == [[1]] && late.objective == 1070)
        #expect(throws: MasterError.incumbentExceedsSharedResourceInPeriod(
            resource: 0, name: "part", period: 1, needed: 1, available: 0)) {
            try SetPartitioningMaster(empty).solve(incumbent: [0], timeLimit: 1)
        }
    }

    @Test("a van allowance spent on the first period leaves the depot unit for the later one")
    func allowanceFirst() throws {
        let supplier = [Replenishment(name: "supplier", period: 1, unitCost: 50)]
        // Without a van stock the two jobs need two units: one is bought.
        let withoutVan = PeriodFixtures.twoDays(replenishments: supplier, sameGroup: true)
        let bought = try SetPartitioningMaster(withoutVan).solve(incumbent: nil, timeLimit: 10)
        #expect(bought.chosen == [0, 1] && bought.replenished == [[1]] && bought.objective == 80)
        // The technician's van carries one: no purchase.
        let withVan = PeriodFixtures.twoDays(allowance: [0: 1], replenishments: supplier, sameGroup: true)
        let solution = try SetPartitioningMaster(withVan).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.chosen == [0, 1] && solution.replenished == [[0]] && solution.objective == 30)
        let warm = try SetPartitioningMaster(withVan).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(warm.replenished == [[0]] && warm.objective == 30)
        // Another technician's van does not help.
        let otherVan = PeriodFixtures.twoDays(allowance: [1: 1], replenishments: supplier, sameGroup: true)
        let other = try SetPartitioningMaster(otherVan).solve(incumbent: nil, timeLimit: 10)
        #expect(other.replenished == [[1]] && other.objective == 80)
        // Empty depot, van of one, a unit arriving in period 3: the van serves period 1
        // and the bought unit period 3.
        let emptyDepot = PeriodFixtures.twoDays(
            shared: 0, allowance: [0: 1], replenishments: [Replenishment(name: "supplier", period: 3, unitCost: 50)],
            sameGroup: true)
        let split = try SetPartitioningMaster(emptyDepot).solve(incumbent: nil, timeLimit: 10)
        #expect(split.chosen == [0, 1] && split.replenished == [[1]] && split.objective == 80)
        let splitWarm = try SetPartitioningMaster(emptyDepot).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(splitWarm.chosen == [0, 1] && splitWarm.replenished == [[1]] && splitWarm.objective == 80)
    }

    @Test("the cheapest replenishment that has arrived is used")
    func cheapestAvailable() throws {
        // Shared stock 0: period 1 must buy from the early supplier; period 3 from the
        // cheaper late one.
        let earlyDear = [
            Replenishment(name: "express", period: 1, unitCost: 80),
            Replenishment(name: "regular", period: 3, unitCost: 30),
        ]
        let problem = PeriodFixtures.twoDays(shared: 0, replenishments: earlyDear)
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.chosen == [0, 1] && solution.replenished == [[1, 1]] && solution.objective == 140)
        let warm = try SetPartitioningMaster(problem).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(warm.replenished == [[1, 1]] && warm.objective == 140)

        // The early supplier is also the cheaper one: both units from it.
        let earlyCheap = [
            Replenishment(name: "regular", period: 1, unitCost: 30),
            Replenishment(name: "express", period: 3, unitCost: 80),
        ]
        let cheap = PeriodFixtures.twoDays(shared: 0, replenishments: earlyCheap)
        let cheapSolution = try SetPartitioningMaster(cheap).solve(incumbent: nil, timeLimit: 10)
        #expect(cheapSolution.replenished == [[2, 0]] && cheapSolution.objective == 90)
        let cheapWarm = try SetPartitioningMaster(cheap).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(cheapWarm.replenished == [[2, 0]] && cheapWarm.objective == 90)

        // Equal prices: the warm start takes the lowest index.
        let tied = PeriodFixtures.twoDays(shared: 0, replenishments: [
            Replenishment(name: "a", period: 0, unitCost: 30),
            Replenishment(name: "b", period: -5, unitCost: 30),
        ])
        let tiedWarm = try SetPartitioningMaster(tied).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(tiedWarm.replenished == [[2, 0]] && tiedWarm.objective == 90)

        // Buying is dearer than the penalty: the job is left instead.
        let dear = PeriodFixtures.twoDays(shared: 0, replenishments: [Replenishment(name: "gold", period: 0, unitCost: 2000)])
        let left = try SetPartitioningMaster(dear).solve(incumbent: nil, timeLimit: 10)
        #expect(left.chosen.isEmpty && left.replenished == [[0]] && left.objective == 2000)
    }

    @Test("fractional usage is bought in whole units")
    func wholeUnits() throws {
        var problem = PeriodFixtures.twoDays(shared: 0, replenishments: [Replenishment(name: "supplier", period: 0, unitCost: 7)])
        problem.columns[0].usage = [0: 0.5]
        problem.columns[1].usage = [0: 1.25]
        let solution = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 10)
        #expect(solution.chosen == [0, 1] && solution.replenished == [[2]] && solution.objective == 44)
        let warm = try SetPartitioningMaster(problem).solve(incumbent: [0, 1], timeLimit: 0)
        #expect(warm.replenished == [[2]] && warm.objective == 44)
    }

    @Test("a vehicle limit above one lets a partner take several columns")
    func vehicleLimits() throws {
        let two = try SetPartitioningMaster(PeriodFixtures.partner(limit: 2)).solve(incumbent: nil, timeLimit: 10)
        #expect(two.chosen.count == 2 && two.uncovered.count == 1 && two.objective == 102)
        let one = try SetPartitioningMaster(PeriodFixtures.partner(limit: 1)).solve(incumbent: nil, timeLimit: 10)
        #expect(one.chosen.count == 1 && one.objective == 201)
        let implicit = try SetPartitioningMaster(PeriodFixtures.partner(limit: nil)).solve(incumbent: nil, timeLimit: 10)
        #expect(implicit.chosen == one.chosen && implicit.objective == 201)
        let none = try SetPartitioningMaster(PeriodFixtures.partner(limit: 0)).solve(incumbent: nil, timeLimit: 10)
        #expect(none.chosen.isEmpty && none.objective == 300)
        let three = try SetPartitioningMaster(PeriodFixtures.partner(limit: 3)).solve(incumbent: nil, timeLimit: 10)
        #expect(three.chosen == [0, 1, 2] && three.objective == 3)
    }

    @Test("the warm start accepts up to the vehicle's limit and names the column too many")
    func vehicleLimitWarmStart() throws {
        let master = SetPartitioningMaster(PeriodFixtures.partner(limit: 2))
        let warm = try master.solve(incumbent: [2, 0], timeLimit: 0)
        #expect(warm.chosen == [0, 2] && warm.uncovered == [1] && warm.objective == 102)
        #expect(throws: MasterError.incumbentExceedsVehicleLimit(vehicle: 0, limit: 2, column: 1)) {
            try master.solve(incumbent: [2, 0, 1], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentUsesVehicleTwice(vehicle: 0, firstColumn: 2, secondColumn: 0)) {
            try SetPartitioningMaster(PeriodFixtures.partner(limit: 1)).solve(incumbent: [2, 0], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentUsesVehicleTwice(vehicle: 0, firstColumn: 2, secondColumn: 0)) {
            try SetPartitioningMaster(PeriodFixtures.partner(limit: nil)).solve(incumbent: [2, 0], timeLimit: 1)
        }
        #expect(throws: MasterError.incumbentExceedsVehicleLimit(vehicle: 0, limit: 0, column: 1)) {
            try SetPartitioningMaster(PeriodFixtures.partner(limit: 0)).solve(incumbent: [1], timeLimit: 1)
        }
        #expect(MasterError.incumbentExceedsVehicleLimit(vehicle: 0, limit: 2, column: 1).description
            == "incumbent: vehicle 0 may drive 2 columns; column 1 is one too many")
    }

    @Test("invalid replenishments and vehicle limits are rejected with typed errors")
    func validation() {
        let base = PeriodFixtures.twoDays(replenishments: [
            Replenishment(name: "a", period: 1, unitCost: 5), Replenishment(name: "b", period: 2, unitCost: 5),
        ])
        func error(_ edit: (inout MasterProblem) -> Void) -> MasterError? {
            var problem = base
            edit(&problem)
            do {
                _ = try SetPartitioningMaster(problem).solve(incumbent: nil, timeLimit: 1)
                return nil
            } catch {
                return error
            }
        }
        #expect(error { $0.resources[0].replenishments[1].unitCost = -1 } == .invalidReplenishmentCost(
            resource: 0, name: "part", replenishment: 1, replenishmentName: "b", value: -1))
        let nan = error { $0.resources[0].replenishments[0].unitCost = .nan }
        #expect(nan.map {
            if case .invalidReplenishmentCost(resource: 0, name: "part", replenishment: 0, replenishmentName: "a", let value) = $0 {
                value.isNaN
            } else { false }
        } == true)
        #expect(error { $0.resources[0].replenishments[0].unitCost = .infinity } == .invalidReplenishmentCost(
            resource: 0, name: "part", replenishment: 0, replenishmentName: "a", value: .infinity))
        #expect(error { $0.vehicleLimits = [1] } == .vehicleLimitCountMismatch(expected: 2, actual: 1))
        #expect(error { $0.vehicleLimits = [1, 1, 1] } == .vehicleLimitCountMismatch(expected: 2, actual: 3))
        #expect(error { $0.vehicleLimits = [2, -1] } == .invalidVehicleLimit(vehicle: 1, value: -1))
        #expect(error { $0.vehicleLimits = [0, 3] } == nil)
        // Periods may be any integer.
        #expect(error { $0.columns[0].period = -7; $0.resources[0].replenishments[0].period = .min } == nil)
        #expect(MasterError.invalidReplenishmentCost(resource: 0, name: "part", replenishment: 1, replenishmentName: "b", value: -1)
            .description == "resources[0] 'part': replenishments[1] 'b': unit cost -1.0 is not finite and non-negative")
        #expect(MasterError.vehicleLimitCountMismatch(expected: 2, actual: 1).description == "vehicleLimits: 1 values for 2 vehicles")
        #expect(MasterError.invalidVehicleLimit(vehicle: 1, value: -1).description == "vehicleLimits[1]: -1 is negative")
    }

    @Test("the master matches exhaustive enumeration on random pools with replenishments and limits")
    func matchesBruteForce() throws {
        var purchases = 0
        for seed in UInt64(1)...25 {
            let problem = PeriodFixtures.randomSmall(seed: seed)
            let expected = PeriodFixtures.bruteForce(problem)
            let master = SetPartitioningMaster(problem)
            let solution = try master.solve(incumbent: nil, timeLimit: 10)
            #expect(solution.status == .optimal, "seed \(seed)")
            #expect(abs(solution.objective - expected.objective) < 1e-6, "seed \(seed)")
            #expect(PeriodFixtures.cost(of: solution.chosen, in: problem).map { abs($0 - solution.objective) < 1e-9 } == true,
                    "seed \(seed)")
            #expect(solution.replenished.count == 2 && solution.replenished[0].count == 2 && solution.replenished[1].isEmpty,
                    "seed \(seed)")
            purchases += solution.replenished[0].filter { $0 > 0 }.count
            // The warm start completes the optimal columns optimally.
            let warm = try master.solve(incumbent: expected.chosen, timeLimit: 0)
            #expect(warm.chosen == expected.chosen, "seed \(seed)")
            #expect(abs(warm.objective - expected.objective) < 1e-6, "seed \(seed)")
        }
        #expect(purchases > 0, "some optimum buys units")
    }

    @Test("reported reduced costs equal the documented formula with replenishments")
    func reducedCostFormula() throws {
        var problems = (UInt64(1)...15).map { PeriodFixtures.randomSmall(seed: $0) }
        problems.append(PeriodFixtures.twoDays(shared: 0, allowance: [0: 1], replenishments: [
            Replenishment(name: "supplier", period: 3, unitCost: 50)], sameGroup: true))
        problems.append(PeriodFixtures.twoDays(shared: 0, replenishments: [
            Replenishment(name: "express", period: 1, unitCost: 80), Replenishment(name: "regular", period: 3, unitCost: 30)]))
        var nonZeroPeriodDuals = 0
        for (index, problem) in problems.enumerated() {
            let relaxation = try SetPartitioningMaster(problem).solveRelaxation()
            #expect(relaxation.reducedCosts.count == problem.columns.count)
            for (c, column) in problem.columns.enumerated() {
                let formula = SetPartitioningMaster.reducedCost(of: column, duals: relaxation)
                #expect(abs(formula - relaxation.reducedCosts[c]) < 1e-7, "problem \(index), column \(c)")
                // Dual feasibility of the overflow variables: the price is at least the
                // shared stock's price in the column's period.
                for resource in column.usage.keys where (column.usage[resource] ?? 0) > 0 {
                    let price = relaxation.resourcePrice(resource: resource, group: column.group, period: column.period)
                    #expect(price >= relaxation.sharedDual(resource: resource, period: column.period) - 1e-9,
                            "problem \(index), column \(c)")
                }
            }
            nonZeroPeriodDuals += relaxation.periodDuals.values.filter { abs($0) > 1e-9 }.count
            for (r, resource) in problem.resources.enumerated() {
                #expect(relaxation.resourceDuals[r] <= 1e-9)
                #expect(relaxation.sharedPeriodDuals[r].values.allSatisfy { $0 <= 1e-9 })
                #expect(relaxation.sharedPeriodDuals[r].isEmpty == resource.replenishments.isEmpty)
                for replenishment in resource.replenishments {
                    // Drawing never costs more than buying a unit that has arrived.
                    #expect(relaxation.sharedDual(resource: r, period: replenishment.period) >= -replenishment.unitCost - 1e-9)
                }
            }
            #expect(relaxation.periodDuals.values.allSatisfy { $0 <= 1e-9 })
        }
        #expect(nonZeroPeriodDuals > 0, "the period rows matter for some column")
    }

    @Test("a new column priced non-negative in an existing group and period does not improve the LP")
    func pricing() throws {
        for seed in UInt64(20)...40 {
            let full = PeriodFixtures.randomSmall(seed: seed, columns: 14)
            var restricted = full
            restricted.columns = Array(full.columns.prefix(9))
            let relaxation = try SetPartitioningMaster(restricted).solveRelaxation()
            for column in full.columns.dropFirst(9) {
                // Only where the rows a new column enters exist, so the price is exact.
                let exact = (column.usage[0] ?? 0) == 0 || restricted.columns.contains {
                    $0.group == column.group && $0.period == column.period && ($0.usage[0] ?? 0) > 0
                }
                guard exact else { continue }
                let reducedCost = SetPartitioningMaster.reducedCost(of: column, duals: relaxation)
                var extended = restricted
                extended.columns.append(column)
                let improved = try SetPartitioningMaster(extended).solveRelaxation()
                guard reducedCost >= 1e-9 else { continue }
                #expect(improved.objective >= relaxation.objective - 1e-7, "seed \(seed)")
            }
        }
    }

    @Test("prices fall back per period: shared duals of later rows add up, period duals are subtracted")
    func priceFallbacks() {
        let duals = MasterRelaxation(
            objective: 0, columnValues: [], uncoveredValues: [], jobDuals: [5], vehicleDuals: [-1],
            resourceDuals: [-2, -6], allowanceDuals: [ResourceGroup(resource: 1, group: 0): -3],
            reducedCosts: [],
            periodDuals: [PeriodKey(resource: 1, group: 0, period: 2): -1],
            sharedPeriodDuals: [[:], [1: -4, 3: -2]])
        // Without replenishments nothing changes.
        #expect(duals.resourcePrice(resource: 0, group: 0, period: 9) == -2)
        #expect(duals.sharedDual(resource: 0, period: 9) == -2)
        // Per-period shared rows: rows of periods >= the column's count.
        #expect(duals.sharedDual(resource: 1, period: 0) == -6)
        #expect(duals.sharedDual(resource: 1, period: 1) == -6)
        #expect(duals.sharedDual(resource: 1, period: 2) == -2)
        #expect(duals.sharedDual(resource: 1, period: 4) == 0)
        #expect(duals.resourcePrice(resource: 1, group: 5, period: 2) == -2)
        #expect(duals.resourcePrice(resource: 1, group: 0, period: 2) == -2)
        #expect(duals.resourcePrice(resource: 1, group: 0, period: 1) == -3)
        #expect(duals.periodDual(resource: 1, group: 0, period: 2) == -1)
        #expect(duals.periodDual(resource: 1, group: 0, period: 1) == 0)
        #expect(duals.resourcePrice(resource: 2, group: 0, period: 1).isNaN)
        let column = MasterColumn(vehicle: 0, group: 0, jobs: [0], cost: 20, usage: [0: 1, 1: 2], period: 2)
        #expect(SetPartitioningMaster.reducedCost(of: column, duals: duals) == 20 - 5 + 1 + 2 + 4)
        // Relaxations built without the new arguments price as before.
        let plain = MasterRelaxation(
            objective: 0, columnValues: [], uncoveredValues: [], jobDuals: [5], vehicleDuals: [-1],
            resourceDuals: [-2], allowanceDuals: [:], reducedCosts: [])
        #expect(plain.sharedPeriodDuals.isEmpty && plain.periodDuals.isEmpty)
        #expect(plain.resourcePrice(resource: 0, group: 3, period: 7) == plain.allowanceDual(resource: 0, group: 3))
    }

    @Test("periods and explicit unit limits change nothing without replenishments")
    func backwardsCompatible() throws {
        for seed in UInt64(1)...5 {
            let problem = Fixtures.randomSmall(seed: seed)
            var variant = problem
            variant.vehicleLimits = Array(repeating: 1, count: problem.vehicleCount)
            for index in variant.columns.indices { variant.columns[index].period = index % 3 - 1 }
            let model = try SetPartitioningMaster(problem).model()
            let other = try SetPartitioningMaster(variant).model()
            #expect(model.variables == other.variables && model.constraints == other.constraints, "seed \(seed)")
            let solution = try SetPartitioningMaster(variant).solve(incumbent: nil, timeLimit: 10)
            #expect(solution.replenished == [[], []])
            #expect(abs(solution.objective - Fixtures.bruteForce(problem).objective) < 1e-6)
        }
    }

    @Test("the model layout: period rows, purchases and cumulative shared rows")
    func modelLayout() throws {
        let problem = PeriodFixtures.twoDays(shared: 1, allowance: [0: 1], replenishments: [
            Replenishment(name: "late", period: 5, unitCost: 9), Replenishment(name: "early", period: 1, unitCost: 11),
        ])
        let model = try SetPartitioningMaster(problem).model()
        #expect(model.variables.map(\.name) == ["x[0]", "x[1]", "u[0]", "u[1]", "d[0,0,1]", "d[0,1,3]", "q[0,0]", "q[0,1]"])
        #expect(model.variables[6].kind == .integer && model.variables[6].objective == 9)
        #expect(model.constraints.map(\.name) == [
            "job[0]", "job[1]", "vehicle[0]", "vehicle[1]",
            "period[0,0,1]", "allowance[0,0]", "period[0,1,3]", "allowance[0,1]",
            "shared[0,1]", "shared[0,3]", "shared[0,5]",
        ])
        #expect(model.constraints.map(\.rightHandSide) == [1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 1])
        func terms(_ row: Int) -> [Double] {
            var dense = Array(repeating: 0.0, count: model.variableCount)
            for term in model.constraints[row].terms { dense[term.variable.index] = term.coefficient }
            return dense
        }
        #expect(terms(4) == [-1, 0, 0, 0, 1, 0, 0, 0])
        #expect(terms(5) == [1, 0, 0, 0, -1, 0, 0, 0])
        #expect(terms(8) == [0, 0, 0, 0, 1, 0, 0, -1])
        #expect(terms(9) == [0, 0, 0, 0, 1, 1, 0, -1])
        #expect(terms(10) == [0, 0, 0, 0, 1, 1, -1, -1])
    }
}
