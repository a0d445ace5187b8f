/// The bounds of a row (auxiliary variable) or column (structural variable).
///
/// A missing bound is expressed by the case, never by an infinite value: every value
/// carried here must be finite, and `.double` requires `lower <= upper`. The wrapper
/// stores `.double(v, v)` as `.fixed(v)` because GLPK's simplex rejects a
/// double-bounded variable whose bounds coincide.
public enum GLPKBounds: Sendable, Hashable {
    /// `-inf < x < +inf` (`GLP_FR`).
    case free
    /// `lower <= x` (`GLP_LO`).
    case lower(Double)
    /// `x <= upper` (`GLP_UP`).
    case upper(Double)
    /// `lower <= x <= upper` (`GLP_DB`).
    case double(Double, Double)
    /// `x == value` (`GLP_FX`).
    case fixed(Double)

    /// Builds bounds from optional values, `nil` meaning "unbounded on that side".
    public init(lower: Double?, upper: Double?) {
        switch (lower, upper) {
        case (nil, nil): self = .free
        case let (l?, nil): self = .lower(l)
        case let (nil, u?): self = .upper(u)
        case let (l?, u?): self = l == u ? .fixed(l) : .double(l, u)
        }
    }

    /// The lower bound, or `nil` when there is none.
    public var lowerBound: Double? {
        switch self {
        case .free, .upper: return nil
        case let .lower(l), let .double(l, _), let .fixed(l): return l
        }
    }

    /// The upper bound, or `nil` when there is none.
    public var upperBound: Double? {
        switch self {
        case .free, .lower: return nil
        case let .upper(u), let .double(_, u), let .fixed(u): return u
        }
    }
}
