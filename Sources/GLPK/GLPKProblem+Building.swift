import CGLPK

extension GLPKProblem {
    // MARK: Rows and columns

    /// Appends `count` rows (one `glp_add_rows` call) and returns their 0-based indices.
    /// New rows are free (unbounded) and empty. `count` may be 0.
    @discardableResult
    public func addRows(_ count: Int) throws(GLPKError) -> Range<Int> {
        try checkThread()
        guard count >= 0, count <= GLPKLimits.maxRows - rowCount else {
            throw .invalidCount(argument: "rows", value: count, maximum: GLPKLimits.maxRows - rowCount)
        }
        let first = rowCount
        if count > 0 {
            glp_add_rows(handle, Int32(count))
            rowCount += count
        }
        return first..<rowCount
    }

    /// Appends one row per name and names them (empty names stay unnamed).
    @discardableResult
    public func addRows(names: [String]) throws(GLPKError) -> Range<Int> {
        try checkThread()
        for (k, name) in names.enumerated() {
            try Validate.name(name, argument: "row", index: rowCount + k)
        }
        let range = try addRows(names.count)
        for (k, name) in names.enumerated() where !name.isEmpty {
            glp_set_row_name(handle, Int32(range.lowerBound + k + 1), name)
        }
        return range
    }

    /// Appends `count` columns (one `glp_add_cols` call) and returns their 0-based
    /// indices. New columns are continuous, fixed at zero (GLPK's default) and have a zero
    /// objective coefficient: set their bounds. `count` may be 0.
    @discardableResult
    public func addColumns(_ count: Int) throws(GLPKError) -> Range<Int> {
        try checkThread()
        guard count >= 0, count <= GLPKLimits.maxColumns - columnCount else {
            throw .invalidCount(argument: "columns", value: count, maximum: GLPKLimits.maxColumns - columnCount)
        }
        let first = columnCount
        if count > 0 {
            glp_add_cols(handle, Int32(count))
            columnCount += count
        }
        return first..<columnCount
    }

    /// Appends one column per name and names them (empty names stay unnamed).
    @discardableResult
    public func addColumns(names: [String]) throws(GLPKError) -> Range<Int> {
        try checkThread()
        for (k, name) in names.enumerated() {
            try Validate.name(name, argument: "column", index: columnCount + k)
        }
        let range = try addColumns(names.count)
        for (k, name) in names.enumerated() where !name.isEmpty {
            glp_set_col_name(handle, Int32(range.lowerBound + k + 1), name)
        }
        return range
    }

    // MARK: Names

    /// Names a row (at most 255 UTF-8 bytes, no control characters; empty removes it).
    public func setRowName(_ row: Int, _ name: String) throws(GLPKError) {
        try checkThread()
        let i = try glpkRow(row)
        try Validate.name(name, argument: "row", index: row)
        glp_set_row_name(handle, i, name)
    }

    /// Names a column (at most 255 UTF-8 bytes, no control characters; empty removes it).
    public func setColumnName(_ column: Int, _ name: String) throws(GLPKError) {
        try checkThread()
        let j = try glpkColumn(column)
        try Validate.name(name, argument: "column", index: column)
        glp_set_col_name(handle, j, name)
    }

    /// The row's name (empty when it has none).
    public func rowName(_ row: Int) throws(GLPKError) -> String {
        let i = try glpkRow(row)
        return glp_get_row_name(handle, i).map { String(cString: $0) } ?? ""
    }

    /// The column's name (empty when it has none).
    public func columnName(_ column: Int) throws(GLPKError) -> String {
        let j = try glpkColumn(column)
        return glp_get_col_name(handle, j).map { String(cString: $0) } ?? ""
    }

    // MARK: Bounds

    /// Sets a row's bounds (the bounds on the row's activity `sum_j a_ij x_j`).
    public func setRowBounds(_ row: Int, _ bounds: GLPKBounds) throws(GLPKError) {
        try checkThread()
        let i = try glpkRow(row)
        let (type, lb, ub) = try Validate.bounds(bounds, argument: "row", index: row)
        glp_set_row_bnds(handle, i, type, lb, ub)
    }

    /// Sets the bounds of rows `first ..< first + bounds.count`. Everything is validated
    /// before the first row changes.
    public func setRowBounds(_ bounds: [GLPKBounds], startingAt first: Int = 0) throws(GLPKError) {
        try checkThread()
        try checkRange(first: first, count: bounds.count, total: rowCount, argument: "rows")
        var converted: [(Int32, Double, Double)] = []
        converted.reserveCapacity(bounds.count)
        for (k, b) in bounds.enumerated() {
            converted.append(try Validate.bounds(b, argument: "row", index: first + k))
        }
        for (k, (type, lb, ub)) in converted.enumerated() {
            glp_set_row_bnds(handle, Int32(first + k + 1), type, lb, ub)
        }
    }

    /// Sets a column's bounds. For an integer column they must be integral when
    /// ``intopt(_:incumbent:callback:)`` runs.
    public func setColumnBounds(_ column: Int, _ bounds: GLPKBounds) throws(GLPKError) {
        try checkThread()
        let j = try glpkColumn(column)
        let (type, lb, ub) = try Validate.bounds(bounds, argument: "column", index: column)
        glp_set_col_bnds(handle, j, type, lb, ub)
    }

    /// Sets the bounds of columns `first ..< first + bounds.count`. Everything is
    /// validated before the first column changes.
    public func setColumnBounds(_ bounds: [GLPKBounds], startingAt first: Int = 0) throws(GLPKError) {
        try checkThread()
        try checkRange(first: first, count: bounds.count, total: columnCount, argument: "columns")
        var converted: [(Int32, Double, Double)] = []
        converted.reserveCapacity(bounds.count)
        for (k, b) in bounds.enumerated() {
            converted.append(try Validate.bounds(b, argument: "column", index: first + k))
        }
        for (k, (type, lb, ub)) in converted.enumerated() {
            glp_set_col_bnds(handle, Int32(first + k + 1), type, lb, ub)
        }
    }

    /// The row's bounds.
    public func rowBounds(_ row: Int) throws(GLPKError) -> GLPKBounds {
        let i = try glpkRow(row)
        return Self.bounds(type: glp_get_row_type(handle, i), lb: glp_get_row_lb(handle, i), ub: glp_get_row_ub(handle, i))
    }

    /// The column's bounds.
    public func columnBounds(_ column: Int) throws(GLPKError) -> GLPKBounds {
        let j = try glpkColumn(column)
        return Self.bounds(type: glp_get_col_type(handle, j), lb: glp_get_col_lb(handle, j), ub: glp_get_col_ub(handle, j))
    }

    // MARK: Kinds

    /// Sets a column's kind. ``GLPKColumnKind/binary`` also sets its bounds to `[0, 1]`.
    public func setColumnKind(_ column: Int, _ kind: GLPKColumnKind) throws(GLPKError) {
        try checkThread()
        let j = try glpkColumn(column)
        glp_set_col_kind(handle, j, Self.kindCode(kind))
    }

    /// Sets the kinds of columns `first ..< first + kinds.count`.
    public func setColumnKinds(_ kinds: [GLPKColumnKind], startingAt first: Int = 0) throws(GLPKError) {
        try checkThread()
        try checkRange(first: first, count: kinds.count, total: columnCount, argument: "columns")
        for (k, kind) in kinds.enumerated() {
            glp_set_col_kind(handle, Int32(first + k + 1), Self.kindCode(kind))
        }
    }

    /// The column's kind (an integer column with bounds `[0, 1]` reads as binary).
    public func columnKind(_ column: Int) throws(GLPKError) -> GLPKColumnKind {
        let j = try glpkColumn(column)
        switch glp_get_col_kind(handle, j) {
        case GLP_IV: return .integer
        case GLP_BV: return .binary
        default: return .continuous
        }
    }

    // MARK: Objective

    /// The optimisation direction (minimise by default).
    public var direction: GLPKDirection {
        get { glp_get_obj_dir(handle) == GLP_MAX ? .maximize : .minimize }
        set { glp_set_obj_dir(handle, newValue == .maximize ? GLP_MAX : GLP_MIN) }
    }

    /// Sets a column's objective coefficient (must be finite).
    public func setObjectiveCoefficient(_ column: Int, _ value: Double) throws(GLPKError) {
        try checkThread()
        let j = try glpkColumn(column)
        try Validate.finite(value, argument: "objective coefficient of column \(column)")
        glp_set_obj_coef(handle, j, value)
    }

    /// Sets the objective coefficients of columns `first ..< first + values.count`.
    public func setObjectiveCoefficients(_ values: [Double], startingAt first: Int = 0) throws(GLPKError) {
        try checkThread()
        try checkRange(first: first, count: values.count, total: columnCount, argument: "columns")
        for (k, value) in values.enumerated() {
            try Validate.finite(value, argument: "objective coefficients", index: k)
        }
        for (k, value) in values.enumerated() {
            glp_set_obj_coef(handle, Int32(first + k + 1), value)
        }
    }

    /// A column's objective coefficient.
    public func objectiveCoefficient(_ column: Int) throws(GLPKError) -> Double {
        let j = try glpkColumn(column)
        return glp_get_obj_coef(handle, j)
    }

    /// The objective's constant term (included in every objective value GLPK reports).
    public var objectiveConstant: Double { glp_get_obj_coef(handle, 0) }

    /// Sets the objective's constant term (must be finite).
    public func setObjectiveConstant(_ value: Double) throws(GLPKError) {
        try checkThread()
        try Validate.finite(value, argument: "objective constant")
        glp_set_obj_coef(handle, 0, value)
    }

    // MARK: Helpers

    func checkRange(first: Int, count: Int, total: Int, argument: String) throws(GLPKError) {
        guard first >= 0, first <= total else {
            throw .indexOutOfRange(argument: "\(argument) start", index: first, count: total)
        }
        guard count <= total - first else {
            throw .indexOutOfRange(argument: argument, index: first + count - 1, count: total)
        }
    }

    static func kindCode(_ kind: GLPKColumnKind) -> Int32 {
        switch kind {
        case .continuous: return GLP_CV
        case .integer: return GLP_IV
        case .binary: return GLP_BV
        }
    }

    static func bounds(type: Int32, lb: Double, ub: Double) -> GLPKBounds {
        switch type {
        case GLP_LO: return .lower(lb)
        case GLP_UP: return .upper(ub)
        case GLP_DB: return .double(lb, ub)
        case GLP_FX: return .fixed(lb)
        default: return .free
        }
    }
}
