import MIP

/// The MIP of a validated ``MasterProblem`` and where each part of it lives.
///
/// Variables: `x[c]` binary (one per column, cost = column cost), then `u[j]` in `[0, 1]`
/// (one per job, cost = penalty), then `d[r,g]` >= 0 (one per allowance row).
/// Rows: `job[j]` (`sum x + u == 1`), `vehicle[v]` (`sum x <= 1`), then per resource its
/// allowance rows `allowance[r,g]` (`sum usage x - d <= allowance`, groups ascending) and
/// its shared row `shared[r]` (`sum_g d <= shared`). Everything is built in index order
/// with dictionary keys sorted, so the same problem always gives the same model.
struct MasterModel: Sendable {
    /// An allowance row and its overflow variable.
    struct Allowance: Sendable {
        let key: ResourceGroup
        let row: ConstraintRef
        let overflow: Variable
        let allowance: Double
    }

    let problem: MasterProblem
    let model: Model
    let columnVariables: [Variable]
    let uncoveredVariables: [Variable]
    let jobRows: [ConstraintRef]
    let vehicleRows: [ConstraintRef]
    /// Sorted by key.
    let allowances: [Allowance]
    let sharedRows: [ConstraintRef]

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
            for (index, column) in columns.enumerated() {
                let x = columnVariables[index]
                for job in column.jobs { jobTerms[job].append(LinearTerm(1, x)) }
                vehicleTerms[column.vehicle].append(LinearTerm(1, x))
                for resource in column.usage.keys.sorted() {
                    let amount = column.usage[resource] ?? 0
                    guard amount > 0 else { continue }
                    usageTerms[ResourceGroup(resource: resource, group: column.group), default: []]
                        .append(LinearTerm(amount, x))
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
            var vehicleRows: [ConstraintRef] = []
            vehicleRows.reserveCapacity(problem.vehicleCount)
            for vehicle in 0..<problem.vehicleCount {
                vehicleRows.append(try model.addConstraint(
                    LinearConstraint(LinearExpression(terms: vehicleTerms[vehicle]), .lessOrEqual, 1),
                    name: "vehicle[\(vehicle)]"))
            }

            var allowances: [Allowance] = []
            var sharedRows: [ConstraintRef] = []
            let keysByResource = Dictionary(grouping: usageTerms.keys, by: \.resource)
            for (resourceIndex, resource) in problem.resources.enumerated() {
                var overflowTerms: [LinearTerm] = []
                for key in (keysByResource[resourceIndex] ?? []).sorted() {
                    let overflow = try model.addVariable(name: "d[\(key.resource),\(key.group)]", lowerBound: 0)
                    overflowTerms.append(LinearTerm(1, overflow))
                    var terms = usageTerms[key] ?? []
                    terms.append(LinearTerm(-1, overflow))
                    let allowance = resource.allowance(of: key.group)
                    let row = try model.addConstraint(
                        LinearConstraint(LinearExpression(terms: terms), .lessOrEqual, allowance),
                        name: "allowance[\(key.resource),\(key.group)]")
                    allowances.append(Allowance(key: key, row: row, overflow: overflow, allowance: allowance))
                }
                sharedRows.append(try model.addConstraint(
                    LinearConstraint(LinearExpression(terms: overflowTerms), .lessOrEqual, resource.shared),
                    name: "shared[\(resourceIndex)]"))
            }

            self.model = model
            self.columnVariables = columnVariables
            self.uncoveredVariables = uncoveredVariables
            self.jobRows = jobRows
            self.vehicleRows = vehicleRows
            self.allowances = allowances
            self.sharedRows = sharedRows
        } catch let error as MIPError {
            throw .solver(error)
        } catch {
            throw .solver(.solver(String(describing: error)))
        }
    }

    // MARK: Warm start

    /// The full variable assignment of choosing exactly `incumbent` (empty: leave every job
    /// uncovered): `x`, then `u = 1 - covered`, then `d = max(0, usage - allowance)`.
    /// - Throws: a ``MasterError`` naming why `incumbent` is not a feasible master solution.
    func warmStart(_ incumbent: [Int]) throws(MasterError) -> [Double] {
        let columns = problem.columns
        var values = Array(repeating: 0.0, count: model.variableCount)
        var jobOwner = Array(repeating: -1, count: problem.jobCount)
        var vehicleOwner = Array(repeating: -1, count: problem.vehicleCount)
        var chosen = Set<Int>()
        for (position, index) in incumbent.enumerated() {
            guard columns.indices.contains(index) else {
                throw .incumbentColumnOutOfRange(position: position, column: index, columnCount: columns.count)
            }
            guard chosen.insert(index).inserted else { throw .incumbentRepeatsColumn(column: index) }
            let column = columns[index]
            let owner = vehicleOwner[column.vehicle]
            guard owner < 0 else {
                throw .incumbentUsesVehicleTwice(vehicle: column.vehicle, firstColumn: owner, secondColumn: index)
            }
            vehicleOwner[column.vehicle] = index
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
        // Overflow per allowance row, summed per resource in row order.
        var needed = Array(repeating: 0.0, count: problem.resources.count)
        let ascending = incumbent.sorted()
        for allowance in allowances {
            var used = 0.0
            for index in ascending {
                let column = columns[index]
                if column.group == allowance.key.group { used += column.usage[allowance.key.resource] ?? 0 }
            }
            let overflow = max(0, used - allowance.allowance)
            values[allowance.overflow.index] = overflow
            needed[allowance.key.resource] += overflow
        }
        for (index, resource) in problem.resources.enumerated()
        where needed[index] > resource.shared + 1e-9 * max(1, resource.shared) {
            throw .incumbentExceedsSharedResource(
                resource: index, name: resource.name, needed: needed[index], shared: resource.shared)
        }
        return values
    }
}
