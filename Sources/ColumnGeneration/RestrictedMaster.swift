import GLPK

/// The LP relaxation of the set-partitioning master over the columns generated so far:
///
///     min  Σ_r cost_r λ_r + Σ_j penalty_j s_j
///     s.t. Σ_r a_jr λ_r + s_j = 1             for every customer j   (dual π_j)
///          Σ_{r of class k} λ_r <= count_k    for every class k      (dual σ_k <= 0)
///          Σ_r ⌊|r ∩ S|/2⌋ λ_r <= 1           for every subset-row cut S (dual ρ_S <= 0)
///          λ, s >= 0
///
/// `a_jr` counts the visits of route r to j (ng-routes may visit twice). Columns that a
/// branch excludes are fixed at zero. The GLPK problem stays alive between solves so that
/// each one starts from the last basis; it belongs to the thread that created it.
final class RestrictedMaster {
    let network: PricingNetwork
    private let problem = GLPKProblem()
    private(set) var columns: [Column] = []
    /// Subset-row cuts, rows n+K onwards.
    private(set) var cuts: [SubsetRowCut] = []
    private var cutSet = Set<SubsetRowCut>()
    private var known = Set<ColumnKey>()
    // Rows: customers 0..<n, classes n..<n+K, cuts n+K onwards.
    private var firstCutRow: Int { network.customerCount + network.classes.count }
    private var slackCount: Int { network.customerCount }

    struct ColumnKey: Hashable {
        var vehicleClass: Int
        var sequence: [Int]
    }

    init(network: PricingNetwork) throws(ColumnGenerationError) {
        self.network = network
        do {
            try Self.addCoveringRows(to: problem, network)
        } catch {
            throw .lpFailed("\(error)")
        }
    }

    /// The rows every master starts with (customers = 1, classes <= count) and the
    /// customers' penalty slacks, columns 0..<n.
    private static func addCoveringRows(to problem: GLPKProblem, _ network: PricingNetwork) throws(GLPKError) {
        let n = network.customerCount, k = network.classes.count
        _ = try problem.addRows(n + k)
        try problem.setRowBounds(Array(repeating: .fixed(1), count: n), startingAt: 0)
        try problem.setRowBounds(network.classes.map { .upper(Double($0.count)) }, startingAt: n)
        _ = try problem.addColumns(n)
        for j in 0..<n {
            try problem.setColumnBounds(j, .lower(0))
            try problem.setObjectiveCoefficient(j, network.customers[j].penalty)
            try problem.setColumn(j, rows: [j], values: [1])
        }
    }

    /// Adds the columns not yet present; returns how many were new.
    @discardableResult
    func add(_ new: [Column], filter: ArcFilter) throws(ColumnGenerationError) -> Int {
        var added = 0
        for column in new where known.insert(ColumnKey(vehicleClass: column.vehicleClass, sequence: column.sequence)).inserted {
            var counts: [Int: Double] = [:]
            for c in column.sequence { counts[c, default: 0] += 1 }
            let rows = counts.keys.sorted()
            do {
                let index = try problem.addColumns(1).lowerBound
                var cutRows: [Int] = [], cutValues: [Double] = []
                for (c, cut) in cuts.enumerated() {
                    let a = cut.coefficient(of: column.sequence)
                    if a > 0 {
                        cutRows.append(firstCutRow + c)
                        cutValues.append(Double(a))
                    }
                }
                try problem.setColumn(index, rows: rows + [network.customerCount + column.vehicleClass] + cutRows,
                                      values: rows.map { counts[$0] ?? 0 } + [1] + cutValues)
                try problem.setObjectiveCoefficient(index, column.cost)
                try problem.setColumnBounds(index, filter.admits(column.sequence, vehicleClass: column.vehicleClass) ? .lower(0) : .fixed(0))
            } catch {
                throw .lpFailed("\(error)")
            }
            columns.append(column)
            added += 1
        }
        return added
    }

    /// Cuts already in the master.
    var knownCuts: Set<SubsetRowCut> { cutSet }

    /// Adds cuts (rows `<= 1`) with the coefficients of every column so far.
    func add(cuts new: [SubsetRowCut]) throws(ColumnGenerationError) {
        for cut in new where cutSet.insert(cut).inserted {
            var indices: [Int] = [], values: [Double] = []
            for (r, column) in columns.enumerated() {
                let a = cut.coefficient(of: column.sequence)
                if a > 0 {
                    indices.append(slackCount + r)
                    values.append(Double(a))
                }
            }
            do {
                let row = try problem.addRows(1).lowerBound
                try problem.setRowBounds(row, .upper(1))
                try problem.setRow(row, columns: indices, values: values)
            } catch {
                throw .lpFailed("\(error)")
            }
            cuts.append(cut)
        }
    }

    /// The best integer plan over the elementary columns generated so far (the
    /// restricted master as a MIP, every arc allowed), when GLPK finds one within
    /// `timeLimit` seconds: its cost with the master's penalties and its routes.
    func integerPlan(timeLimit: Double) throws(ColumnGenerationError) -> (cost: Double, routes: [Column])? {
        let n = network.customerCount
        let candidates = columns.filter(\.isElementary)
        guard timeLimit > 0.01, !candidates.isEmpty else { return nil }
        let mip = GLPKProblem()
        do {
            try Self.addCoveringRows(to: mip, network)
            _ = try mip.addColumns(candidates.count)
            for (r, column) in candidates.enumerated() {
                let index = n + r
                try mip.setColumnKind(index, .binary)
                try mip.setObjectiveCoefficient(index, column.cost)
                try mip.setColumn(index, rows: column.sequence.sorted() + [n + column.vehicleClass],
                                  values: Array(repeating: 1, count: column.sequence.count + 1))
            }
            let result = try mip.intopt(GLPKIntoptOptions(timeLimit: timeLimit))
            guard result.hasSolution, let objective = result.objective else { return nil }
            let values = mip.mipValues()
            let chosen = candidates.indices.filter { values[n + $0] > 0.5 }.map { candidates[$0] }
            return (objective, chosen)
        } catch {
            throw .lpFailed("\(error)")
        }
    }

    /// Applies a branch: columns the filter rejects are fixed at 0, the others freed.
    func apply(filter: ArcFilter) throws(ColumnGenerationError) {
        do {
            for j in 0..<slackCount {
                let penalty = network.customers[j].penalty
                try problem.setObjectiveCoefficient(j, filter.requiresService(j) ? penalty + Self.serviceRequired : penalty)
            }
            for (r, column) in columns.enumerated() {
                try problem.setColumnBounds(slackCount + r, filter.admits(column.sequence, vehicleClass: column.vehicleClass) ? .lower(0) : .fixed(0))
            }
        } catch {
            throw .lpFailed("\(error)")
        }
    }

    /// Extra price of a slack on a branch that requires service: high enough that the LP
    /// uses it only when no route can serve the customer, so the node is then pruned.
    static let serviceRequired = 1e9

    struct LPSolution {
        var objective: Double
        var duals: PricingDuals
        /// Value of each route column (same order as `columns`).
        var routeValues: [Double]
        var slackValues: [Double]
    }

    /// Solves the LP from the current basis.
    func solve() throws(ColumnGenerationError) -> LPSolution? {
        let result: GLPKSimplexResult
        do {
            result = try problem.simplex(GLPKSimplexOptions(method: .dualThenPrimal))
        } catch {
            throw .lpFailed("\(error)")
        }
        guard result.status == .optimal, let objective = result.objective else {
            // Infeasible under the branch's route bounds (or numerically stuck).
            return nil
        }
        let n = network.customerCount, k = network.classes.count
        let rowDuals = problem.rowDuals()
        let values = problem.primalValues()
        var cutDuals: [SubsetRowDual] = []
        for (c, cut) in cuts.enumerated() where rowDuals[firstCutRow + c] < -1e-9 {
            cutDuals.append(SubsetRowDual(cut: cut, dual: rowDuals[firstCutRow + c]))
        }
        let duals = PricingDuals(customer: Array(rowDuals[0..<n]),
                                 vehicleClass: (0..<k).map { rowDuals[n + $0] }, subsetRows: cutDuals)
        return LPSolution(objective: objective, duals: duals,
                          routeValues: Array(values[slackCount...]), slackValues: Array(values[0..<slackCount]))
    }
}
