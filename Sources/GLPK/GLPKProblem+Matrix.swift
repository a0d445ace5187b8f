import CGLPK

extension GLPKProblem {
    /// Replaces the whole constraint matrix with the given sparse triplets (one
    /// `glp_load_matrix` call): entry `k` is `values[k]` at (`rows[k]`, `columns[k]`).
    ///
    /// The three arrays must have equal lengths, indices must be in range, values finite,
    /// and no (row, column) pair may appear twice (checked in O(entries + rows + columns);
    /// entries sorted by row then column take a single-pass fast path). Zero values are
    /// accepted and dropped by GLPK.
    public func loadMatrix(rows: [Int], columns: [Int], values: [Double]) throws(GLPKError) {
        try checkThread()
        let count = values.count
        guard rows.count == count else {
            throw .lengthMismatch(argument: "rows", expected: count, actual: rows.count)
        }
        guard columns.count == count else {
            throw .lengthMismatch(argument: "columns", expected: count, actual: columns.count)
        }
        guard count <= GLPKLimits.maxNonZeros else {
            throw .invalidCount(argument: "values", value: count, maximum: GLPKLimits.maxNonZeros)
        }
        let m = rowCount, n = columnCount
        var sorted = true
        var previousRow = -1, previousColumn = -1
        for k in 0..<count {
            let r = rows[k], c = columns[k]
            try Validate.index(r, count: m, argument: "rows[\(k)]")
            try Validate.index(c, count: n, argument: "columns[\(k)]")
            try Validate.finite(values[k], argument: "values", index: k)
            if sorted {
                if r < previousRow || (r == previousRow && c <= previousColumn) { sorted = false }
                previousRow = r
                previousColumn = c
            }
        }
        if !sorted {
            try Validate.noDuplicates(rows: rows, columns: columns, rowCount: m, columnCount: n, argument: "matrix")
        }
        // GLPK reads elements 1...count; element 0 is unused.
        let ia = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            buffer[0] = 0
            for k in 0..<count { buffer[k + 1] = Int32(truncatingIfNeeded: rows[k] + 1) }
            initialized = count + 1
        }
        let ja = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            buffer[0] = 0
            for k in 0..<count { buffer[k + 1] = Int32(truncatingIfNeeded: columns[k] + 1) }
            initialized = count + 1
        }
        let ar = [Double](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            buffer[0] = 0
            for k in 0..<count { buffer[k + 1] = values[k] }
            initialized = count + 1
        }
        glp_load_matrix(handle, Int32(count), ia, ja, ar)
    }

    /// Replaces row `row` of the matrix (`glp_set_mat_row`): `values[k]` in column
    /// `columns[k]`. Columns must be in range and distinct, values finite.
    public func setRow(_ row: Int, columns: [Int], values: [Double]) throws(GLPKError) {
        try checkThread()
        let i = try glpkRow(row)
        try Validate.sparseVector(
            indices: columns, values: values, count: columnCount,
            indexArgument: "columns", valueArgument: "values", fixed: ("row", row))
        let (ind, val) = Self.oneBased(columns, values)
        glp_set_mat_row(handle, i, Int32(columns.count), ind, val)
    }

    /// Replaces column `column` of the matrix (`glp_set_mat_col`): `values[k]` in row
    /// `rows[k]`. Rows must be in range and distinct, values finite.
    public func setColumn(_ column: Int, rows: [Int], values: [Double]) throws(GLPKError) {
        try checkThread()
        let j = try glpkColumn(column)
        try Validate.sparseVector(
            indices: rows, values: values, count: rowCount,
            indexArgument: "rows", valueArgument: "values", fixed: ("column", column))
        let (ind, val) = Self.oneBased(rows, values)
        glp_set_mat_col(handle, j, Int32(rows.count), ind, val)
    }

    /// The non-zero entries of row `row`, as 0-based columns and values (in GLPK's order).
    public func row(_ row: Int) throws(GLPKError) -> (columns: [Int], values: [Double]) {
        let i = try glpkRow(row)
        var ind = [Int32](repeating: 0, count: columnCount + 1)
        var val = [Double](repeating: 0, count: columnCount + 1)
        let length = Int(glp_get_mat_row(handle, i, &ind, &val))
        return (ind[1..<length + 1].map { Int($0) - 1 }, Array(val[1..<length + 1]))
    }

    /// The non-zero entries of column `column`, as 0-based rows and values.
    public func column(_ column: Int) throws(GLPKError) -> (rows: [Int], values: [Double]) {
        let j = try glpkColumn(column)
        var ind = [Int32](repeating: 0, count: rowCount + 1)
        var val = [Double](repeating: 0, count: rowCount + 1)
        let length = Int(glp_get_mat_col(handle, j, &ind, &val))
        return (ind[1..<length + 1].map { Int($0) - 1 }, Array(val[1..<length + 1]))
    }

    /// Number of non-zero entries in the constraint matrix.
    public var nonZeroCount: Int { Int(glp_get_num_nz(handle)) }

    /// 1-based copies with an unused element 0, as GLPK's vector routines expect.
    private static func oneBased(_ indices: [Int], _ values: [Double]) -> ([Int32], [Double]) {
        var ind = [Int32](repeating: 0, count: indices.count + 1)
        var val = [Double](repeating: 0, count: values.count + 1)
        for k in indices.indices {
            ind[k + 1] = Int32(truncatingIfNeeded: indices[k] + 1)
            val[k + 1] = values[k]
        }
        return (ind, val)
    }
}
