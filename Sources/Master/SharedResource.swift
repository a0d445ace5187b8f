/// A resource shared by all columns.
///
/// Each group has its own allowance (for example a technician's van stock of a part);
/// what a group's chosen columns use beyond its allowance comes from one shared stock
/// (for example the depot). In the master, for every group `g` with usage:
/// `sum over chosen columns of g of usage - d_g <= allowance[g]`, `d_g >= 0`, and
/// `sum_g d_g <= shared`.
///
/// An overtime (or referral) budget is a resource with no allowances: everything comes
/// from ``shared``.
public struct SharedResource: Sendable, Hashable {
    /// Its name, for messages.
    public var name: String
    /// The shared stock every group may draw on beyond its allowance (finite, >= 0).
    public var shared: Double
    /// Group to its own allowance (finite, >= 0); groups not listed have 0.
    public var allowance: [Int: Double]

    /// Creates a resource.
    /// - Parameters:
    ///   - name: for messages.
    ///   - shared: the shared stock (depot stock, overtime budget, ...).
    ///   - allowance: per-group allowances (default none).
    public init(name: String, shared: Double, allowance: [Int: Double] = [:]) {
        self.name = name
        self.shared = shared
        self.allowance = allowance
    }

    /// The allowance of `group` (0 when it has none).
    public func allowance(of group: Int) -> Double { allowance[group] ?? 0 }
}
