/// Whether a variable is continuous or must take integral values.
public enum VariableKind: Sendable, Hashable {
    /// Any real value within its bounds.
    case continuous
    /// An integer within its bounds (non-integral bounds are rounded inwards when solving
    /// the MIP; the LP relaxation uses them as given).
    case integer
    /// 0 or 1: an integer variable whose bounds are forced to `[0, 1]`.
    case binary
}
