/// A route as a column of the set-partitioning master: which vehicle (technician-day)
/// drives it, which group (technician) it belongs to for shared resources, the rows (jobs)
/// it covers, its cost, its use of shared resources and the period (day) it is driven in.
///
/// The master only sees indices: what a vehicle, group, job or resource means is up to
/// the caller.
public struct MasterColumn: Sendable, Hashable {
    /// The vehicle (technician-day) that drives the route; `0..<MasterProblem.vehicleCount`.
    /// Each vehicle drives at most one chosen route (or ``MasterProblem/vehicleLimits``).
    public var vehicle: Int
    /// The group (technician) whose resource allowances the route draws on. Any integer;
    /// it only has to match the keys of ``SharedResource/allowance``.
    public var group: Int
    /// The jobs it covers, in visiting order (the order is kept for identity; the master
    /// only uses the set). Each job at most once, each in `0..<MasterProblem.jobCount`.
    public var jobs: [Int]
    /// Its cost (finite; may be negative).
    public var cost: Double
    /// Its use of shared resources: resource index (into ``MasterProblem/resources``) to a
    /// finite, non-negative amount. Missing resources are not used.
    public var usage: [Int: Double]
    /// The period (day) in which the route is driven. Any integer; only resources with
    /// ``SharedResource/replenishments`` look at it. Not part of the ``key``: a vehicle is a
    /// technician-day, so its routes share one period.
    public var period: Int

    /// Creates a column.
    /// - Parameters:
    ///   - vehicle: the vehicle (technician-day) driving it.
    ///   - group: the group (technician) for resource allowances; `nil` (default) means the
    ///     vehicle index, i.e. one vehicle per group.
    ///   - jobs: the jobs in visiting order.
    ///   - cost: its cost.
    ///   - usage: resource index to amount used (default none).
    ///   - period: the period the route is driven in (default 0).
    public init(
        vehicle: Int, group: Int? = nil, jobs: [Int], cost: Double, usage: [Int: Double] = [:], period: Int = 0
    ) {
        self.vehicle = vehicle
        self.group = group ?? vehicle
        self.jobs = jobs
        self.cost = cost
        self.usage = usage
        self.period = period
    }

    /// Its identity in a ``RoutePool``: the vehicle and the set of jobs (order ignored).
    public var key: ColumnKey { ColumnKey(self) }

    /// Cost per covered job (the cost itself for a column without jobs): the ranking used
    /// by ``RoutePool`` when no duals are available.
    public var costPerJob: Double { cost / Double(max(1, jobs.count)) }
}
