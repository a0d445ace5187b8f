import CGLPK

/// GLPK's hard limits (from its sources: `M_MAX`, `N_MAX`, `NNZ_MAX`, name length).
enum GLPKLimits {
    static let maxRows = 100_000_000
    static let maxColumns = 100_000_000
    static let maxNonZeros = 500_000_000
    static let maxNameBytes = 255
}

enum Validate {
    /// Rejects an index outside `0..<count`.
    @inline(__always)
    static func index(_ index: Int, count: Int, argument: @autoclosure () -> String) throws(GLPKError) {
        guard index >= 0, index < count else {
            throw .indexOutOfRange(argument: argument(), index: index, count: count)
        }
    }

    /// Rejects NaN and infinities.
    @inline(__always)
    static func finite(_ value: Double, argument: @autoclosure () -> String, index: Int? = nil) throws(GLPKError) {
        guard value.isFinite else { throw .nonFiniteValue(argument: argument(), index: index, value: value) }
    }

    /// Rejects names GLPK would abort on: more than 255 bytes, or control characters.
    static func name(_ name: String, argument: String, index: Int) throws(GLPKError) {
        var count = 0
        for byte in name.utf8 {
            count += 1
            if byte < 0x20 || byte == 0x7F {
                throw .invalidName(argument: argument, index: index, reason: "contains a control character")
            }
        }
        if count > GLPKLimits.maxNameBytes {
            throw .invalidName(
                argument: argument, index: index,
                reason: "\(count) UTF-8 bytes, GLPK allows at most \(GLPKLimits.maxNameBytes)")
        }
    }

    /// Validates bounds and returns GLPK's (type, lb, ub); `.double(v, v)` becomes fixed.
    static func bounds(_ bounds: GLPKBounds, argument: String, index: Int) throws(GLPKError) -> (Int32, Double, Double) {
        switch bounds {
        case .free:
            return (GLP_FR, 0, 0)
        case let .lower(l):
            try finite(l, argument: "\(argument) \(index) lower bound")
            return (GLP_LO, l, 0)
        case let .upper(u):
            try finite(u, argument: "\(argument) \(index) upper bound")
            return (GLP_UP, 0, u)
        case let .fixed(v):
            try finite(v, argument: "\(argument) \(index) fixed value")
            return (GLP_FX, v, v)
        case let .double(l, u):
            try finite(l, argument: "\(argument) \(index) lower bound")
            try finite(u, argument: "\(argument) \(index) upper bound")
            guard l <= u else { throw .invalidBounds(argument: argument, index: index, lower: l, upper: u) }
            return l == u ? (GLP_FX, l, l) : (GLP_DB, l, u)
        }
    }

    /// Validates a time limit in seconds and converts it to GLPK milliseconds
    /// (`Int32.max` meaning "no limit").
    static func timeLimit(_ seconds: Double?) throws(GLPKError) -> Int32 {
        guard let seconds else { return Int32.max }
        guard seconds.isFinite, seconds >= 0 else { throw .invalidTimeLimit(seconds) }
        let milliseconds = (seconds * 1000).rounded(.up)
        return milliseconds >= Double(Int32.max) ? Int32.max : Int32(milliseconds)
    }

    /// Validates a relative MIP gap.
    static func relativeGap(_ gap: Double) throws(GLPKError) {
        guard gap.isFinite, gap >= 0, gap < 1 else { throw .invalidRelativeGap(gap) }
    }

    /// Validates a feasibility tolerance.
    static func tolerance(_ tolerance: Double) throws(GLPKError) {
        guard tolerance.isFinite, tolerance >= 0, tolerance < 1 else { throw .invalidTolerance(tolerance) }
    }

    /// Checks a set of (row, column) pairs for duplicates in O(ne + rows + columns).
    /// Entries need not be sorted; indices must already be in range.
    static func noDuplicates(rows: [Int], columns: [Int], rowCount: Int, columnCount: Int, argument: String) throws(GLPKError) {
        let count = rows.count
        // Bucket the entries by row (counting sort), then scan each row with a marker per column.
        var rowStart = [Int](repeating: 0, count: rowCount + 1)
        for r in rows { rowStart[r + 1] += 1 }
        for r in 0..<rowCount { rowStart[r + 1] += rowStart[r] }
        var next = rowStart
        var order = [Int](repeating: 0, count: count)
        for k in 0..<count {
            order[next[rows[k]]] = k
            next[rows[k]] += 1
        }
        var seenInRow = [Int](repeating: -1, count: columnCount)
        var seenAt = [Int](repeating: 0, count: columnCount)
        for r in 0..<rowCount {
            for p in rowStart[r]..<rowStart[r + 1] {
                let k = order[p]
                let c = columns[k]
                if seenInRow[c] == r {
                    throw .duplicateEntry(argument: argument, row: r, column: c, firstPosition: seenAt[c], secondPosition: k)
                }
                seenInRow[c] = r
                seenAt[c] = k
            }
        }
    }

    /// Validates one sparse vector (a row or a column of the matrix): indices in range,
    /// finite values, equal lengths and no duplicate index.
    static func sparseVector(
        indices: [Int], values: [Double], count: Int,
        indexArgument: String, valueArgument: String, fixed: (String, Int)
    ) throws(GLPKError) {
        guard indices.count == values.count else {
            throw .lengthMismatch(argument: indexArgument, expected: values.count, actual: indices.count)
        }
        for k in indices.indices {
            try index(indices[k], count: count, argument: "\(indexArgument)[\(k)]")
            try finite(values[k], argument: valueArgument, index: k)
        }
        if indices.count > 1 {
            let order = indices.indices.sorted { indices[$0] < indices[$1] || (indices[$0] == indices[$1] && $0 < $1) }
            for p in 1..<order.count where indices[order[p]] == indices[order[p - 1]] {
                let (fixedName, fixedIndex) = fixed
                let other = indices[order[p]]
                throw .duplicateEntry(
                    argument: indexArgument,
                    row: fixedName == "row" ? fixedIndex : other,
                    column: fixedName == "row" ? other : fixedIndex,
                    firstPosition: order[p - 1], secondPosition: order[p])
            }
        }
    }
}

/// GLPK's message level constant.
func glpkMessageLevel(_ level: GLPKMessageLevel) -> Int32 {
    switch level {
    case .off: return GLP_MSG_OFF
    case .errors: return GLP_MSG_ERR
    case .normal: return GLP_MSG_ON
    case .all: return GLP_MSG_ALL
    case .debug: return GLP_MSG_DBG
    }
}

/// Switches GLPK's per-thread terminal output for the calling thread.
func applyTerminalOutput(_ level: GLPKMessageLevel) {
    _ = glp_term_out(level == .off ? GLP_OFF : GLP_ON)
}

/// Seconds elapsed since `start`.
func secondsSince(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    let (seconds, attoseconds) = elapsed.components
    return Double(seconds) + Double(attoseconds) * 1e-18
}

/// What remains of `limit` seconds after `start` (never negative), `nil` when unlimited.
func remaining(_ limit: Double?, since start: ContinuousClock.Instant) -> Double? {
    guard let limit else { return nil }
    return max(0, limit - secondsSince(start))
}
