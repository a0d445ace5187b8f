import MIP

/// The MIP of a validated ``MasterProblem`` and where each part of it lives.
///
/// Variables: `x[c]` binary (one per column, cost = column cost), then `u[j]` in `[0, 1]`
/// (one per job, cost = penalty), then per resource its overflow variables and, for a
/// resource with replenishments, its purchase variables (see below).
/// Rows: `job[j]` (`sum x + u == 1`), `vehicle[v]` (`sum x <= limit(v)`), then per resource
/// (in index order):
/// - without replenishments: per group with usage (ascending) the variable `d[r,g] >= 0`
///   and the row `allowance[r,g]` (`sum usage x - d <= allowance`), then the one row
///   `shared[r]` (`sum_g d <= shared`);
/// - with replenishments: per group with usage (ascending), per period `t` in which the
///   group has such columns (ascending), the variable `d[r,g,t] >= 0` and the row
///   `period[r,g,t]` (`d - sum_{c of g, period t} usage x <= 0`), then the group's row
///   `allowance[r,g]` (`sum usage x - sum_t d <= allowance`); then per replenishment `k`
///   the integer variable `q[r,k] >= 0` (cost = unit cost); then per period `t` of the
///   sorted union of the overflow and replenishment periods the row `shared[r,t]`
///   (`sum_g sum_{t' <= t} d[r,g,t'] - sum_{k: period_k <= t} q[r,k] <= shared`).
///
/// Everything is built in index order with dictionary keys sorted, so the same problem
/// always gives the same model; a problem without replenishments and vehicle limits gets
/// exactly the model it had before they existed.
struct MasterModel: Sendable {
    /// Where a group's use of a resource beyond its allowance is accounted.
    enum Overflow: Sendable {
        /// A resource without replenishments: one variable `d[r,g]`.
        case single(Variable)
        /// A resource with replenishments: one variable and row per period in which the
        /// group has usage, periods ascending.
        case perPeriod([PeriodOverflow])
    }

    /// The overflow `d[r,g,t]` of one group in one period and its row
    /// `d - usage of the group's columns of that period <= 0`.
    struct PeriodOverflow: Sendable {
        let period: Int
        let variable: Variable
        let row: ConstraintRef
    }

    /// An allowance row and its overflow.
    struct Allowance: Sendable {
        let key: ResourceGroup
        let row: ConstraintRef
        let overflow: Overflow
        let allowance: Double
    }

    /// A shared row of a resource with replenishments: what is drawn up to `period`.
    struct SharedPeriodRow: Sendable {
        let period: Int
        let row: ConstraintRef
    }

    /// The shared rows of one resource.
    enum SharedRows: Sendable {
        /// A resource without replenishments: `sum_g d[r,g] <= shared`.
        case single(ConstraintRef)
        /// A resource with replenishments: one cumulative row per period, ascending.
        case perPeriod([SharedPeriodRow])
    }

    let problem: MasterProblem
    let model: Model
    let columnVariables: [Variable]
    let uncoveredVariables: [Variable]
    let jobRows: [ConstraintRef]
    let vehicleRows: [ConstraintRef]
    /// Sorted by key.
    let allowances: [Allowance]
    /// Per resource.
    let sharedRows: [SharedRows]
    /// Per resource, per replenishment: `q[r,k]` (empty for a resource without).
    let purchaseVariables: [[Variable]]

    init(_ problem: MasterProblem) throws(MasterError) {
        try problem.validate()
        self.problem = problem
        do {
            var model = Model()
            let columns = problem.columns
            var columnVariables: [Variable] = []
            columnVariables.reserveCapacity(columns.count)
            for (index, column) in columns.enumerated() {
                columnVariables.append(try model.addVariable(name: "x[\(index)]", kind: .binary, objective: column.cost))
            }
            var uncoveredVariables: [Variable] = []
            uncoveredVariables.reserveCapacity(problem.jobCount)
            for job in 0..<problem.jobCount {
                uncoveredVariables.append(try model.addVariable(
                    name: "u[\(job)]", lowerBound: 0, upperBound: 1, objective: problem.penalties[job]))
            }

            // Row terms, collected per row in column order.
            var jobTerms = Array(repeating: [LinearTerm](), count: problem.jobCount)
            var vehicleTerms = Array(repeating: [LinearTerm](), count: problem.vehicleCount)
            var usageTerms: [ResourceGroup: [LinearTerm]] = [:]
            // Only for resources with replenishments: `-usage x` per group and period.
            var periodTerms: [PeriodKey: [LinearTerm]] = [:]
            for (index, column) in columns.enumerated() {
                let x = columnVariables[index]
                for job in column.jobs { jobTerms[job].append(LinearTerm(1, x)) }
                vehicleTerms[column.vehicle].append(LinearTerm(1, x))
                for resource in column.usage.keys.sorted() {
                    let amount = column.usage[resource] ?? 0
                    guard amount > 0 else { continue }
                    usageTerms[ResourceGroup(resource: resource, group: column.group), default: []]
                        .append(LinearTerm(amount, x))
                    if !problem.resources[resource].replenishments.isEmpty {
                        periodTerms[PeriodKey(resource: resource, group: column.group, period: column.period), default: []]
                            .append(LinearTerm(-amount, x))
                    }
                }
            }

            var jobRows: [ConstraintRef] = []
            jobRows.reserveCapacity(problem.jobCount)
            for job in 0..<problem.jobCount {
                var terms = jobTerms[job]
                terms.append(LinearTerm(1, uncoveredVariables[job]))
                jobRows.append(try model.addConstraint(
                    LinearConstraint(LinearExpression(terms: terms), .equal, 1), name: "job[\(job)]"))
            }
            // Linked jobs: their uncovered variables move together.
            for (group, jobs) in problem.linkedJobs.enumerated() {
                guard let first = jobs.first else { continue }
                for job in jobs.dropFirst() {
                    _ = try model.addConstraint(
                        LinearConstraint(LinearExpression(terms: [LinearTerm(1, uncoveredVariables[first]),
                                                                  LinearTerm(-1, uncoveredVariables[job])]), .equal, 0),
                        name: "link[\(group),\(job)]")
                }
            }
            var vehicleRows: [ConstraintRef] = []
            vehicleRows.reserveCapacity(problem.vehicleCount)
            for vehicle in 0..<problem.vehicleCount {
                vehicleRows.append(try model.addConstraint(
                    LinearConstraint(
                        LinearExpression(terms: vehicleTerms[vehicle]), .lessOrEqual,
                        Double(problem.limit(ofVehicle: vehicle))),
                    name: "vehicle[\(vehicle)]"))
            }

            var allowances: [Allowance] = []
            var sharedRows: [SharedRows] = []
            var purchaseVariables: [[Variable]] = []
            let keysByResource = Dictionary(grouping: usageTerms.keys, by: \.resource)
            let periodsByGroup = Dictionary(grouping: periodTerms.keys, by: \.resourceGroup)
                .mapValues { $0.map(\.period).sorted() }
            for (resourceIndex, resource) in problem.resources.enumerated() {
                let keys = (keysByResource[resourceIndex] ?? []).sorted()
                guard !resource.replenishments.isEmpty else {
                    var overflowTerms: [LinearTerm] = []
                    for key in keys {
                        let overflow = try model.addVariable(name: "d[\(key.resource),\(key.group)]", lowerBound: 0)
                        overflowTerms.append(LinearTerm(1, overflow))
                        var terms = usageTerms[key] ?? []
                        terms.append(LinearTerm(-1, overflow))
                        let allowance = resource.allowance(of: key.group)
                        let row = try model.addConstraint(
                            LinearConstraint(LinearExpression(terms: terms), .lessOrEqual, allowance),
                            name: "allowance[\(key.resource),\(key.group)]")
                        allowances.append(Allowance(key: key, row: row, overflow: .single(overflow), allowance: allowance))
                    }
                    sharedRows.append(.single(try model.addConstraint(
                        LinearConstraint(LinearExpression(terms: overflowTerms), .lessOrEqual, resource.shared),
                        name: "shared[\(resourceIndex)]")))
                    purchaseVariables.append([])
                    continue
                }

                // With replenishments: overflows per group and period.
                var overflowsByPeriod: [Int: [Variable]] = [:]
                for key in keys {
                    var overflows: [PeriodOverflow] = []
                    var terms = usageTerms[key] ?? []
                    for period in periodsByGroup[key] ?? [] {
                        let periodKey = PeriodKey(resource: key.resource, group: key.group, period: period)
                        let overflow = try model.addVariable(name: "d[\(key.resource),\(key.group),\(period)]", lowerBound: 0)
                        var periodRowTerms = [LinearTerm(1, overflow)]
                        periodRowTerms.append(contentsOf: periodTerms[periodKey] ?? [])
                        let row = try model.addConstraint(
                            LinearConstraint(LinearExpression(terms: periodRowTerms), .lessOrEqual, 0),
                            name: "period[\(key.resource),\(key.group),\(period)]")
                        overflows.append(PeriodOverflow(period: period, variable: overflow, row: row))
                        overflowsByPeriod[period, default: []].append(overflow)
                        terms.append(LinearTerm(-1, overflow))
                    }
                    let allowance = resource.allowance(of: key.group)
                    let row = try model.addConstraint(
                        LinearConstraint(LinearExpression(terms: terms), .lessOrEqual, allowance),
                        name: "allowance[\(key.resource),\(key.group)]")
                    allowances.append(Allowance(key: key, row: row, overflow: .perPeriod(overflows), allowance: allowance))
                }
                var purchases: [Variable] = []
                for (position, replenishment) in resource.replenishments.enumerated() {
                    purchases.append(try model.addVariable(
                        name: "q[\(resourceIndex),\(position)]", kind: .integer, lowerBound: 0,
                        objective: replenishment.unitCost))
                }
                let periods = Set(overflowsByPeriod.keys).union(resource.replenishments.map(\.period)).sorted()
                var cumulative: [LinearTerm] = []
                var rows: [SharedPeriodRow] = []
                for period in periods {
                    cumulative.append(contentsOf: (overflowsByPeriod[period] ?? []).map { LinearTerm(1, $0) })
                    for (position, replenishment) in resource.replenishments.enumerated() where replenishment.period == period {
                        cumulative.append(LinearTerm(-1, purchases[position]))
                    }
                    rows.append(SharedPeriodRow(period: period, row: try model.addConstraint(
                        LinearConstraint(LinearExpression(terms: cumulative), .lessOrEqual, resource.shared),
                        name: "shared[\(resourceIndex),\(period)]")))
                }
                sharedRows.append(.perPeriod(rows))
                purchaseVariables.append(purchases)
            }

            self.model = model
            self.columnVariables = columnVariables
            self.uncoveredVariables = uncoveredVariables
            self.jobRows = jobRows
            self.vehicleRows = vehicleRows
            self.allowances = allowances
            self.sharedRows = sharedRows
            self.purchaseVariables = purchaseVariables
        } catch let error as MIPError {
            throw .solver(error)
        } catch {
            throw .solver(.solver(String(describing: error)))
        }
    }

    // MARK: Warm start

    /// The full variable assignment of choosing exactly `incumbent` (empty: leave every job
    /// uncovered): `x`, then `u = 1 - covered`, then an optimal completion of the resource
    /// variables:
    /// - without replenishments, `d = max(0, usage - allowance)`;
    /// - with replenishments, each group spends its allowance on its earliest periods
    ///   (`d[r,g,t]` = the increase in period `t` of `max(0, cumulative usage - allowance)`),
    ///   and, periods ascending, whatever the cumulative overflow needs beyond the shared
    ///   stock and the units bought so far is bought (rounded up to whole units) from the
    ///   cheapest replenishment that has arrived (ties: the lowest index). This is optimal
    ///   for the chosen columns: it minimises the overflow drawn by every period at once,
    ///   and the cheapest available price can only fall as periods advance.
    /// - Throws: a ``MasterError`` naming why `incumbent` is not a feasible master solution.
    func warmStart(_ incumbent: [Int]) throws(MasterError) -> [Double] {
        let columns = problem.columns
        var values = Array(repeating: 0.0, count: model.variableCount)
        var jobOwner = Array(repeating: -1, count: problem.jobCount)
        var vehicleColumns = Array(repeating: [Int](), count: problem.vehicleCount)
        var chosen = Set<Int>()
        for (position, index) in incumbent.enumerated() {
            guard columns.indices.contains(index) else {
                throw .incumbentColumnOutOfRange(position: position, column: index, columnCount: columns.count)
            }
            guard chosen.insert(index).inserted else { throw .incumbentRepeatsColumn(column: index) }
            let column = columns[index]
            let limit = problem.limit(ofVehicle: column.vehicle)
            if vehicleColumns[column.vehicle].count >= limit {
                if limit == 1, let first = vehicleColumns[column.vehicle].first {
                    throw .incumbentUsesVehicleTwice(vehicle: column.vehicle, firstColumn: first, secondColumn: index)
                }
                throw .incumbentExceedsVehicleLimit(vehicle: column.vehicle, limit: limit, column: index)
            }
            vehicleColumns[column.vehicle].append(index)
            for job in column.jobs {
                let owner = jobOwner[job]
                guard owner < 0 else { throw .incumbentCoversJobTwice(job: job, firstColumn: owner, secondColumn: index) }
                jobOwner[job] = index
            }
            values[columnVariables[index].index] = 1
        }
        for job in 0..<problem.jobCount where jobOwner[job] < 0 {
            values[uncoveredVariables[job].index] = 1
        }
        // Overflow per allowance row, summed per resource (and, with replenishments, per
        // period) in row order.
        var needed = Array(repeating: 0.0, count: problem.resources.count)
        var neededByPeriod = Array(repeating: [Int: Double](), count: problem.resources.count)
        let ascending = incumbent.sorted()
        for allowance in allowances {
            let resource = allowance.key.resource
            switch allowance.overflow {
            case let .single(variable):
                var used = 0.0
                for index in ascending {
                    let column = columns[index]
                    if column.group == allowance.key.group { used += column.usage[resource] ?? 0 }
                }
                let overflow = max(0, used - allowance.allowance)
                values[variable.index] = overflow
                needed[resource] += overflow
            case let .perPeriod(overflows):
                var usedByPeriod: [Int: Double] = [:]
                for index in ascending {
                    let column = columns[index]
                    if column.group == allowance.key.group {
                        usedByPeriod[column.period, default: 0] += column.usage[resource] ?? 0
                    }
                }
                var used = 0.0, drawn = 0.0
                for overflow in overflows {
                    used += usedByPeriod[overflow.period] ?? 0
                    let total = max(0, used - allowance.allowance)
                    values[overflow.variable.index] = total - drawn
                    neededByPeriod[resource][overflow.period, default: 0] += total - drawn
                    drawn = total
                }
            }
        }
        for (index, resource) in problem.resources.enumerated() {
            switch sharedRows[index] {
            case .single:
                if needed[index] > resource.shared + 1e-9 * max(1, resource.shared) {
                    throw .incumbentExceedsSharedResource(
                        resource: index, name: resource.name, needed: needed[index], shared: resource.shared)
                }
            case let .perPeriod(rows):
                var drawn = 0.0, bought = 0.0
                for row in rows {
                    drawn += neededByPeriod[index][row.period] ?? 0
                    let available = resource.shared + bought
                    let tolerance = 1e-9 * max(1, available)
                    guard drawn > available + tolerance else { continue }
                    guard let cheapest = Self.cheapestReplenishment(of: resource, by: row.period) else {
                        throw .incumbentExceedsSharedResourceInPeriod(
                            resource: index, name: resource.name, period: row.period, needed: drawn, available: available)
                    }
                    let units = (drawn - available - tolerance).rounded(.up)
                    values[purchaseVariables[index][cheapest].index] += units
                    bought += units
                }
            }
        }
        return values
    }

    /// The index of the cheapest replenishment of `resource` that has arrived by `period`
    /// (ties: the lowest index); `nil` when none has.
    static func cheapestReplenishment(of resource: SharedResource, by period: Int) -> Int? {
        var best: Int?
        for (index, replenishment) in resource.replenishments.enumerated() where replenishment.period <= period {
            if let current = best, resource.replenishments[current].unitCost <= replenishment.unitCost { continue }
            best = index
        }
        return best
    }
}
