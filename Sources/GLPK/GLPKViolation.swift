/// The first way in which a candidate solution violates a problem, as found by
/// ``GLPKProblem/violation(of:tolerance:)``. Indices are 0-based.
public enum GLPKViolation: Sendable, Hashable, CustomStringConvertible {
    /// Column `column` has `value` outside its bounds.
    case columnBound(column: Int, value: Double, lower: Double?, upper: Double?)
    /// Row `row` has activity `activity` outside its bounds.
    case rowBound(row: Int, activity: Double, lower: Double?, upper: Double?)
    /// Integer column `column` has the non-integral value `value`.
    case integrality(column: Int, value: Double)

    /// A one-line explanation.
    public var description: String {
        func range(_ l: Double?, _ u: Double?) -> String {
            "[\(l.map { "\($0)" } ?? "-inf"), \(u.map { "\($0)" } ?? "+inf")]"
        }
        switch self {
        case let .columnBound(column, value, lower, upper):
            return "column \(column) = \(value) is outside \(range(lower, upper))"
        case let .rowBound(row, activity, lower, upper):
            return "row \(row) activity \(activity) is outside \(range(lower, upper))"
        case let .integrality(column, value):
            return "integer column \(column) = \(value) is not integral"
        }
    }
}
