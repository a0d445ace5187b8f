import CGLPK

/// A Swift copy of a problem's bounds, integrality and matrix, taken before a MIP search
/// (during the search GLPK changes the working problem's bounds per node and adds cuts).
/// Used to check offered incumbents, which `glp_ios_heur_sol` accepts without any
/// feasibility check.
struct ProblemSnapshot {
    var columnLower: [Double?]
    var columnUpper: [Double?]
    var isInteger: [Bool]
    var rowLower: [Double?]
    var rowUpper: [Double?]
    /// Row-major matrix: entries of row `i` are at `rowStart[i]..<rowStart[i + 1]`.
    var rowStart: [Int]
    var entryColumn: [Int]
    var entryValue: [Double]

    var columnCount: Int { columnLower.count }

    /// Reads everything from `problem` (one C call per row/column attribute, one
    /// `glp_get_mat_row` per row).
    init(_ problem: OpaquePointer, rows m: Int, columns n: Int) {
        columnLower = []; columnUpper = []; isInteger = []
        columnLower.reserveCapacity(n); columnUpper.reserveCapacity(n); isInteger.reserveCapacity(n)
        for column in 0..<n {
            let j = Int32(column + 1)
            let (l, u) = ProblemSnapshot.bounds(
                type: glp_get_col_type(problem, j), lb: glp_get_col_lb(problem, j), ub: glp_get_col_ub(problem, j))
            columnLower.append(l); columnUpper.append(u)
            isInteger.append(glp_get_col_kind(problem, j) != GLP_CV)
        }
        rowLower = []; rowUpper = []
        rowLower.reserveCapacity(m); rowUpper.reserveCapacity(m)
        rowStart = [0]; rowStart.reserveCapacity(m + 1)
        entryColumn = []; entryValue = []
        var indexBuffer = [Int32](repeating: 0, count: n + 1)
        var valueBuffer = [Double](repeating: 0, count: n + 1)
        for row in 0..<m {
            let i = Int32(row + 1)
            let (l, u) = ProblemSnapshot.bounds(
                type: glp_get_row_type(problem, i), lb: glp_get_row_lb(problem, i), ub: glp_get_row_ub(problem, i))
            rowLower.append(l); rowUpper.append(u)
            let length = Int(glp_get_mat_row(problem, i, &indexBuffer, &valueBuffer))
            for k in 0..<length {
                entryColumn.append(Int(indexBuffer[k + 1]) - 1)
                entryValue.append(valueBuffer[k + 1])
            }
            rowStart.append(entryColumn.count)
        }
    }

    private static func bounds(type: Int32, lb: Double, ub: Double) -> (Double?, Double?) {
        switch type {
        case GLP_LO: return (lb, nil)
        case GLP_UP: return (nil, ub)
        case GLP_DB, GLP_FX: return (lb, ub)
        default: return (nil, nil)
        }
    }

    /// `values` with integer columns that lie within `tolerance` of an integer rounded to
    /// it exactly (GLPK compares `x[j] != floor(x[j])`).
    func roundingIntegers(_ values: [Double], tolerance: Double) -> [Double] {
        var result = values
        for j in result.indices where j < isInteger.count && isInteger[j] {
            let nearest = result[j].rounded()
            if abs(result[j] - nearest) <= tolerance { result[j] = nearest }
        }
        return result
    }

    /// The first violation of `values` (one per column, already validated for length and
    /// finiteness), or `nil` when it is feasible within `tolerance`.
    func violation(of values: [Double], tolerance: Double) -> GLPKViolation? {
        func below(_ x: Double, _ bound: Double?) -> Bool {
            guard let bound else { return false }
            return x < bound - tolerance * max(1, abs(bound))
        }
        func above(_ x: Double, _ bound: Double?) -> Bool {
            guard let bound else { return false }
            return x > bound + tolerance * max(1, abs(bound))
        }
        for j in 0..<columnCount {
            let x = values[j]
            if below(x, columnLower[j]) || above(x, columnUpper[j]) {
                return .columnBound(column: j, value: x, lower: columnLower[j], upper: columnUpper[j])
            }
            if isInteger[j], x != x.rounded() {
                return .integrality(column: j, value: x)
            }
        }
        for i in rowLower.indices {
            var activity = 0.0
            for k in rowStart[i]..<rowStart[i + 1] {
                activity += entryValue[k] * values[entryColumn[k]]
            }
            if below(activity, rowLower[i]) || above(activity, rowUpper[i]) {
                return .rowBound(row: i, activity: activity, lower: rowLower[i], upper: rowUpper[i])
            }
        }
        return nil
    }
}
