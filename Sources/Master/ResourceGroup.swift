/// One group's share of one resource: identifies an allowance row of the master
/// (`sum of the group's usage - d <= allowance`).
public struct ResourceGroup: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The resource index (into ``MasterProblem/resources``).
    public var resource: Int
    /// The group (see ``MasterColumn/group``).
    public var group: Int

    /// Creates the pair.
    public init(resource: Int, group: Int) {
        self.resource = resource
        self.group = group
    }

    /// Resource first, then group.
    public static func < (lhs: ResourceGroup, rhs: ResourceGroup) -> Bool {
        (lhs.resource, lhs.group) < (rhs.resource, rhs.group)
    }

    /// `resource 0, group 3`.
    public var description: String { "resource \(resource), group \(group)" }
}
