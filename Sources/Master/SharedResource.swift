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
///
/// A resource with ``replenishments`` looks at the columns' periods (see
/// ``MasterColumn/period``): the overflow of group `g` is split by period,
/// `d[g,t] <= usage of g's chosen columns of period t`, with
/// `sum over chosen columns of g of usage - sum_t d[g,t] <= allowance[g]`, and for every
/// period `t` (of an overflow or a replenishment) the stock drawn up to `t` can only come
/// from the shared stock and the units bought that have arrived by `t`:
/// `sum_g sum_{t' <= t} d[g,t'] - sum_{k: period_k <= t} q_k <= shared`, with `q_k >= 0`
/// whole units bought at `unitCost_k` each.
public struct SharedResource: Sendable, Hashable {
    /// Its name, for messages.
    public var name: String
    /// The shared stock every group may draw on beyond its allowance (finite, >= 0).
    public var shared: Double
    /// Group to its own allowance (finite, >= 0); groups not listed have 0.
    public var allowance: [Int: Double]
    /// Units that can be bought on top of ``shared`` from a given period on (default none;
    /// then periods play no role for this resource).
    public var replenishments: [Replenishment]

    /// Creates a resource.
    /// - Parameters:
    ///   - name: for messages.
    ///   - shared: the shared stock (depot stock, overtime budget, ...).
    ///   - allowance: per-group allowances (default none).
    ///   - replenishments: units that can be bought from a period on (default none).
    public init(name: String, shared: Double, allowance: [Int: Double] = [:], replenishments: [Replenishment] = []) {
        self.name = name
        self.shared = shared
        self.allowance = allowance
        self.replenishments = replenishments
    }

    /// The allowance of `group` (0 when it has none).
    public func allowance(of group: Int) -> Double { allowance[group] ?? 0 }
}
