import MIP

/// The set-partitioning master: picks the cheapest combination of routes from a pool.
///
/// The MIP (minimise):
/// - a binary `x_c` per column with cost `cost_c`, and a slack `u_j` in `[0, 1]` per job
///   with cost `penalties[j]`;
/// - per job `j`: `sum_{c covers j} x_c + u_j == 1` (covered exactly once, or left);
/// - per vehicle `v`: `sum_{c of v} x_c <= 1` (or `<= vehicleLimits[v]`);
/// - per resource `r` and group `g` with usage: `sum_{c of g} usage_cr x_c - d_gr <= allowance_gr`
///   with `d_gr >= 0` continuous, and per resource `sum_g d_gr <= shared_r`;
/// - for a resource with replenishments, `d_gr` is split by period instead:
///   `d_grt - sum_{c of g, period t} usage_cr x_c <= 0`, the allowance row subtracts
///   `sum_t d_grt`, and per period `t` (of an overflow or a replenishment)
///   `sum_g sum_{t' <= t} d_grt' - sum_{k: period_k <= t} q_rk <= shared_r` with integer
///   purchases `q_rk >= 0` costing `unitCost_k` each (see ``SharedResource``).
///
/// The model is built (and the problem validated) once, in `init`; a problem error is
/// reported by every solve. Solves hand GLPK a warm start (the incumbent, or leaving every
/// job uncovered), so a time limit always leaves a solution. The model is built
/// deterministically (dictionary keys sorted), so the same problem and arguments give the
/// same result whenever the solve ends by optimality or gap; where a time limit stops the
/// search depends on machine speed and load. The value is `Sendable` and may be solved
/// from several tasks at once.
public struct SetPartitioningMaster: Sendable {
    /// The problem as given.
    public let problem: MasterProblem
    private let solver: any MIPSolver
    private let prepared: Result<MasterModel, MasterError>

    /// Validates `problem` and builds its MIP.
    /// - Parameters:
    ///   - problem: jobs, vehicles, penalties, columns, resources.
    ///   - solver: the MIP backend (GLPK by default).
    public init(_ problem: MasterProblem, solver: any MIPSolver = GLPKSolver()) {
        self.problem = problem
        self.solver = solver
        do throws(MasterError) {
            prepared = .success(try MasterModel(problem))
        } catch {
            prepared = .failure(error)
        }
    }

    /// The underlying MIP (for inspection or export); throws the problem's validation error.
    public func model() throws(MasterError) -> Model { try prepared.get().model }

    /// Solves the master MIP.
    ///
    /// - Parameters:
    ///   - incumbent: column indices of a known solution (typically the route search's
    ///     best), handed to GLPK as a warm start, so the result is never worse than it.
    ///     `nil` starts from leaving every job uncovered.
    ///   - timeLimit: seconds (finite, >= 0); `0` returns the warm start at once.
    ///   - relativeGap: stop once `|incumbent - bound| / |incumbent|` is at most this; in `[0, 1)`.
    ///   - nodeLimit: stop after this many branch-and-bound nodes; a deterministic bound
    ///     on the work, where the time limit depends on the machine.
    /// - Returns: the chosen columns, uncovered jobs and units bought with the objective, status
    ///   (``SolveStatus/optimal`` when proven within the gap, else ``SolveStatus/feasible``),
    ///   a bound for this pool and the time spent.
    /// - Throws: the problem's validation error, an incumbent error
    ///   (``MasterError/incumbentCoversJobTwice(job:firstColumn:secondColumn:)``, ...),
    ///   ``MasterError/invalidTimeLimit(_:)``, ``MasterError/invalidRelativeGap(_:)`` or
    ///   ``MasterError/solver(_:)``.
    public func solve(incumbent: [Int]?, timeLimit: Double, relativeGap: Double = 1e-6,
                      nodeLimit: Int? = nil) throws(MasterError) -> MasterSolution {
        let start = ContinuousClock.now
        let master = try prepared.get()
        guard timeLimit.isFinite, timeLimit >= 0 else { throw .invalidTimeLimit(timeLimit) }
        guard relativeGap.isFinite, relativeGap >= 0, relativeGap < 1 else { throw .invalidRelativeGap(relativeGap) }
        let warmStart = try master.warmStart(incumbent ?? [])

        let solution: Solution
        do {
            solution = try solver.solve(
                master.model,
                limits: SolveLimits(timeLimit: timeLimit, relativeGap: relativeGap, presolve: false, nodeLimit: nodeLimit),
                warmStart: warmStart)
        } catch {
            throw Self.wrap(error)
        }
        let seconds = Self.seconds(since: start)
        guard solution.hasSolution, solution.values.count == master.model.variableCount else {
            return MasterSolution(
                status: solution.status, chosen: [], uncovered: [], objective: .infinity,
                bestBound: solution.bestBound, seconds: seconds)
        }
        let chosen = master.columnVariables.indices.filter { solution.values[master.columnVariables[$0].index] > 0.5 }
        var covered = Array(repeating: false, count: problem.jobCount)
        for index in chosen { for job in problem.columns[index].jobs { covered[job] = true } }
        let uncovered = (0..<problem.jobCount).filter { !covered[$0] }
        // Whole units (the variables are integer; GLPK's values may be off by rounding).
        let replenished = master.purchaseVariables.map { purchases in
            purchases.map { max(0, solution.values[$0.index].rounded()) }
        }
        // Recomputed from the decision (not GLPK's float sum) so equal choices give equal objectives.
        var objective = chosen.reduce(0) { $0 + problem.columns[$1].cost }
            + uncovered.reduce(0) { $0 + problem.penalties[$1] }
        for (resource, units) in zip(problem.resources, replenished) {
            for (replenishment, quantity) in zip(resource.replenishments, units) where quantity > 0 {
                objective += replenishment.unitCost * quantity
            }
        }
        let bestBound = solution.status == .optimal ? min(objective, solution.bestBound ?? objective) : solution.bestBound
        return MasterSolution(
            status: solution.status, chosen: chosen, uncovered: uncovered, objective: objective,
            bestBound: bestBound, seconds: seconds, replenished: replenished)
    }

    /// Solves the LP relaxation (every `x_c` in `[0, 1]`) for its bound, duals and reduced
    /// costs (see ``MasterRelaxation`` for signs and the reduced-cost formula).
    /// - Parameter timeLimit: seconds, `nil` (default) for none.
    /// - Throws: the problem's validation error, ``MasterError/invalidTimeLimit(_:)``,
    ///   ``MasterError/relaxationNotSolved(_:)`` when the LP stops before its optimum, or
    ///   ``MasterError/solver(_:)``.
    public func solveRelaxation(timeLimit: Double? = nil) throws(MasterError) -> MasterRelaxation {
        let master = try prepared.get()
        if let timeLimit, !(timeLimit.isFinite && timeLimit >= 0) { throw .invalidTimeLimit(timeLimit) }
        let solution: Solution
        do {
            solution = try solver.solveRelaxation(master.model, limits: SolveLimits(timeLimit: timeLimit, presolve: false))
        } catch {
            throw Self.wrap(error)
        }
        let model = master.model
        guard solution.status == .optimal, let objective = solution.objective,
              solution.values.count == model.variableCount, solution.reducedCosts.count == model.variableCount,
              solution.duals.count == model.constraintCount
        else { throw .relaxationNotSolved(solution.status) }

        var allowanceDuals: [ResourceGroup: Double] = [:]
        var periodDuals: [PeriodKey: Double] = [:]
        for allowance in master.allowances {
            allowanceDuals[allowance.key] = solution.duals[allowance.row.index]
            guard case let .perPeriod(overflows) = allowance.overflow else { continue }
            for overflow in overflows {
                let key = PeriodKey(resource: allowance.key.resource, group: allowance.key.group, period: overflow.period)
                periodDuals[key] = solution.duals[overflow.row.index]
            }
        }
        for (resourceIndex, resource) in problem.resources.enumerated() {
            for (group, amount) in resource.allowance where amount > 0 {
                let key = ResourceGroup(resource: resourceIndex, group: group)
                if allowanceDuals[key] == nil { allowanceDuals[key] = 0 }
            }
        }
        var resourceDuals: [Double] = []
        var sharedPeriodDuals: [[Int: Double]] = []
        for rows in master.sharedRows {
            switch rows {
            case let .single(row):
                resourceDuals.append(solution.duals[row.index])
                sharedPeriodDuals.append([:])
            case let .perPeriod(rows):
                // A unit drawn before the first row counts in every row.
                resourceDuals.append(rows.reduce(0) { $0 + solution.duals[$1.row.index] })
                var duals: [Int: Double] = [:]
                for row in rows { duals[row.period] = solution.duals[row.row.index] }
                sharedPeriodDuals.append(duals)
            }
        }
        return MasterRelaxation(
            objective: objective,
            columnValues: master.columnVariables.map { solution.values[$0.index] },
            uncoveredValues: master.uncoveredVariables.map { solution.values[$0.index] },
            jobDuals: master.jobRows.map { solution.duals[$0.index] },
            vehicleDuals: master.vehicleRows.map { solution.duals[$0.index] },
            resourceDuals: resourceDuals,
            allowanceDuals: allowanceDuals,
            reducedCosts: master.columnVariables.map { solution.reducedCosts[$0.index] },
            periodDuals: periodDuals,
            sharedPeriodDuals: sharedPeriodDuals)
    }

    /// The reduced cost of `column` under `duals` (for pricing columns not in the pool):
    ///
    ///     cost - sum_{j in jobs} jobDuals[j] - vehicleDuals[vehicle]
    ///          - sum_r usage[r] * duals.resourcePrice(resource: r, group: group, period: period)
    ///
    /// where `resourcePrice` is `allowanceDual(resource: r, group: group)` minus, for a
    /// resource with replenishments, the dual of the period row of `(r, group, period)`
    /// (see ``MasterRelaxation/resourcePrice(resource:group:period:)``).
    /// Negative means the column would improve the LP. For a column of the pool it equals
    /// the solver's reduced cost. NaN when a job, vehicle or resource index is outside the
    /// duals' dimensions.
    public static func reducedCost(of column: MasterColumn, duals: MasterRelaxation) -> Double {
        var result = column.cost
        for job in column.jobs {
            guard duals.jobDuals.indices.contains(job) else { return .nan }
            result -= duals.jobDuals[job]
        }
        guard duals.vehicleDuals.indices.contains(column.vehicle) else { return .nan }
        result -= duals.vehicleDuals[column.vehicle]
        for resource in column.usage.keys.sorted() {
            let amount = column.usage[resource] ?? 0
            guard amount != 0 else { continue }
            result -= amount * duals.resourcePrice(resource: resource, group: column.group, period: column.period)
        }
        return result
    }

    // MARK: Helpers

    private static func wrap(_ error: any Error) -> MasterError {
        if let error = error as? MIPError { return .solver(error) }
        return .solver(.solver(String(describing: error)))
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
