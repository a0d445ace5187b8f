/// The kind of a column (structural variable), used by ``GLPKProblem/intopt(_:incumbent:callback:)``.
public enum GLPKColumnKind: Sendable, Hashable {
    /// A continuous variable (`GLP_CV`).
    case continuous
    /// An integer variable (`GLP_IV`). Its bounds must be integral when solving the MIP.
    case integer
    /// A binary variable (`GLP_BV`): integer with bounds set to `[0, 1]`. Setting the
    /// column's bounds afterwards replaces those bounds.
    case binary
}
