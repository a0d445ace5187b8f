/// One group's use of one resource in one period: identifies a period row of the master
/// (`d[r,g,t] - sum of the group's usage in period t <= 0`), which only resources with
/// replenishments have.
public struct PeriodKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The resource index (into ``MasterProblem/resources``).
    public var resource: Int
    /// The group (see ``MasterColumn/group``).
    public var group: Int
    /// The period (see ``MasterColumn/period``).
    public var period: Int

    /// Creates the triple.
    public init(resource: Int, group: Int, period: Int) {
        self.resource = resource
        self.group = group
        self.period = period
    }

    /// The resource and group.
    public var resourceGroup: ResourceGroup { ResourceGroup(resource: resource, group: group) }

    /// Resource first, then group, then period.
    public static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool {
        (lhs.resource, lhs.group, lhs.period) < (rhs.resource, rhs.group, rhs.period)
    }

    /// `resource 0, group 3, period 2`.
    public var description: String { "resource \(resource), group \(group), period \(period)" }
}
