/// A rejected argument or call, detected in Swift before anything reaches GLPK.
///
/// GLPK reacts to bad arguments (an index out of range, a duplicate matrix entry, a
/// negative time limit, an over-long name, ...) by printing a message and calling
/// `abort()`. The wrapper therefore validates everything first and throws one of these
/// cases instead. All indices in the associated values are the wrapper's **0-based**
/// indices; `argument` names the parameter (or parameter element) that was rejected.
public enum GLPKError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `index` is outside `0..<count` (for example a row index beyond the last row).
    case indexOutOfRange(argument: String, index: Int, count: Int)
    /// A count is negative or would exceed GLPK's limit `maximum`.
    case invalidCount(argument: String, value: Int, maximum: Int)
    /// An array has `actual` elements where `expected` were required.
    case lengthMismatch(argument: String, expected: Int, actual: Int)
    /// A value is NaN or infinite (use the bound *type* for a missing bound, never `inf`).
    /// `index` is the position of the value when it came from an array.
    case nonFiniteValue(argument: String, index: Int?, value: Double)
    /// The same (row, column) pair appears twice in a matrix load, at the given 0-based
    /// positions of the input arrays.
    case duplicateEntry(argument: String, row: Int, column: Int, firstPosition: Int, secondPosition: Int)
    /// A lower bound above an upper bound; `argument` is `"row"` or `"column"`.
    case invalidBounds(argument: String, index: Int, lower: Double, upper: Double)
    /// An integer column has a non-integral bound (GLPK would refuse with `GLP_EBOUND`).
    case nonIntegralBound(column: Int, value: Double)
    /// A name longer than 255 UTF-8 bytes or containing control characters.
    case invalidName(argument: String, index: Int, reason: String)
    /// A time limit that is negative or not finite (seconds).
    case invalidTimeLimit(Double)
    /// A relative MIP gap outside `[0, 1)`.
    case invalidRelativeGap(Double)
    /// A negative iteration limit.
    case invalidIterationLimit(Int)
    /// A feasibility tolerance that is not a finite value in `[0, 1)`.
    case invalidTolerance(Double)
    /// The operation uses original column indices, which is impossible while GLPK's MIP
    /// presolver is on (the search then works on a presolved copy). Solve with
    /// `presolve = false`.
    case presolveActive
    /// A ``GLPKSearch`` was used after its callback returned.
    case searchNotActive
    /// The problem was used on a thread other than the one that created it. GLPK keeps
    /// per-thread state, so every call must happen on the creating thread.
    case wrongThread

    /// A one-line human-readable explanation.
    public var description: String {
        switch self {
        case let .indexOutOfRange(argument, index, count):
            return "\(argument): index \(index) is out of range 0..<\(count)"
        case let .invalidCount(argument, value, maximum):
            return "\(argument): count \(value) is invalid (must be in 0...\(maximum))"
        case let .lengthMismatch(argument, expected, actual):
            return "\(argument): expected \(expected) elements, got \(actual)"
        case let .nonFiniteValue(argument, index, value):
            let position = index.map { "[\($0)]" } ?? ""
            return "\(argument)\(position): value \(value) is not finite"
        case let .duplicateEntry(argument, row, column, first, second):
            return "\(argument): duplicate entry (row \(row), column \(column)) at positions \(first) and \(second)"
        case let .invalidBounds(argument, index, lower, upper):
            return "\(argument) \(index): lower bound \(lower) is above upper bound \(upper)"
        case let .nonIntegralBound(column, value):
            return "column \(column): integer column has non-integral bound \(value)"
        case let .invalidName(argument, index, reason):
            return "\(argument) \(index): invalid name (\(reason))"
        case let .invalidTimeLimit(value):
            return "time limit \(value) is invalid (must be finite and >= 0 seconds)"
        case let .invalidRelativeGap(value):
            return "relative gap \(value) is invalid (must be in [0, 1))"
        case let .invalidIterationLimit(value):
            return "iteration limit \(value) is invalid (must be >= 0)"
        case let .invalidTolerance(value):
            return "tolerance \(value) is invalid (must be finite and in [0, 1))"
        case .presolveActive:
            return "column indices are unavailable while the MIP presolver is on; solve with presolve off"
        case .searchNotActive:
            return "the search handle was used outside its callback"
        case .wrongThread:
            return "GLPK problem used on a thread other than the one that created it"
        }
    }
}
