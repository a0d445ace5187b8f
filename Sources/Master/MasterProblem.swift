/// The input of a ``SetPartitioningMaster``: jobs (rows), vehicles, the cost of leaving
/// each job uncovered, the candidate routes (columns), the shared resources and, optionally,
/// how many routes each vehicle may drive.
public struct MasterProblem: Sendable {
    /// Number of jobs; jobs are `0..<jobCount`.
    public var jobCount: Int
    /// Number of vehicles (technician-days); vehicles are `0..<vehicleCount`.
    public var vehicleCount: Int
    /// Per job: the cost of leaving it uncovered (finite, >= 0; use a large value for a
    /// job that should practically never be left). Exactly `jobCount` values.
    public var penalties: [Double]
    /// The candidate routes. Column indices in ``MasterSolution/chosen`` refer to this array.
    public var columns: [MasterColumn]
    /// The shared resources; ``MasterColumn/usage`` keys index this array.
    public var resources: [SharedResource]
    /// Per vehicle: how many of its columns may be chosen together (>= 0), for example a
    /// partner provider taking several single-job columns per day. Empty (default) means 1
    /// for every vehicle; otherwise exactly `vehicleCount` values.
    public var vehicleLimits: [Int]
    /// Groups of jobs that are covered together or not at all (for example the visits of
    /// one crew, each on its own technician's route). A job is in at most one group.
    public var linkedJobs: [[Int]] = []

    /// Creates a problem (validated when solved, or by ``validate()``).
    /// - Parameters:
    ///   - jobCount: the number of jobs.
    ///   - vehicleCount: the number of vehicles.
    ///   - penalties: per job, the cost of leaving it uncovered.
    ///   - columns: the candidate routes.
    ///   - resources: the shared resources (default none).
    ///   - vehicleLimits: per vehicle, how many columns it may drive (default: one each).
    ///   - linkedJobs: groups of jobs covered together or not at all (default none).
    public init(
        jobCount: Int, vehicleCount: Int, penalties: [Double],
        columns: [MasterColumn], resources: [SharedResource] = [], vehicleLimits: [Int] = [],
        linkedJobs: [[Int]] = []
    ) {
        self.linkedJobs = linkedJobs
        self.jobCount = jobCount
        self.vehicleCount = vehicleCount
        self.penalties = penalties
        self.columns = columns
        self.resources = resources
        self.vehicleLimits = vehicleLimits
    }

    /// How many columns `vehicle` may drive: `vehicleLimits[vehicle]`, or 1 when
    /// ``vehicleLimits`` is empty (or does not cover `vehicle`).
    public func limit(ofVehicle vehicle: Int) -> Int {
        vehicleLimits.indices.contains(vehicle) ? vehicleLimits[vehicle] : 1
    }

    /// Checks counts, indices and amounts; reports the first problem found (in the order:
    /// counts, penalties, vehicle limits, resources, columns in order).
    /// - Throws: the ``MasterError`` naming the offending entry.
    public func validate() throws(MasterError) {
        guard jobCount >= 0 else { throw .invalidJobCount(jobCount) }
        guard vehicleCount >= 0 else { throw .invalidVehicleCount(vehicleCount) }
        guard penalties.count == jobCount else {
            throw .penaltyCountMismatch(expected: jobCount, actual: penalties.count)
        }
        for (job, penalty) in penalties.enumerated() where !(penalty.isFinite && penalty >= 0) {
            throw .invalidPenalty(job: job, value: penalty)
        }
        if !vehicleLimits.isEmpty {
            guard vehicleLimits.count == vehicleCount else {
                throw .vehicleLimitCountMismatch(expected: vehicleCount, actual: vehicleLimits.count)
            }
            for (vehicle, limit) in vehicleLimits.enumerated() where limit < 0 {
                throw .invalidVehicleLimit(vehicle: vehicle, value: limit)
            }
        }
        var linked = Set<Int>()
        for (group, jobs) in linkedJobs.enumerated() {
            for job in jobs {
                guard job >= 0, job < jobCount, linked.insert(job).inserted else {
                    throw .invalidLinkedJob(group: group, job: job)
                }
            }
        }
        for (index, resource) in resources.enumerated() {
            guard resource.shared.isFinite, resource.shared >= 0 else {
                throw .invalidSharedAmount(resource: index, name: resource.name, value: resource.shared)
            }
            for group in resource.allowance.keys.sorted() {
                let amount = resource.allowance(of: group)
                guard amount.isFinite, amount >= 0 else {
                    throw .invalidAllowance(resource: index, name: resource.name, group: group, value: amount)
                }
            }
            for (position, replenishment) in resource.replenishments.enumerated()
            where !(replenishment.unitCost.isFinite && replenishment.unitCost >= 0) {
                throw .invalidReplenishmentCost(
                    resource: index, name: resource.name, replenishment: position,
                    replenishmentName: replenishment.name, value: replenishment.unitCost)
            }
        }
        for (index, column) in columns.enumerated() {
            try validate(column, index: index)
        }
    }

    /// Checks one column against this problem's dimensions.
    func validate(_ column: MasterColumn, index: Int) throws(MasterError) {
        guard (0..<vehicleCount).contains(column.vehicle) else {
            throw .vehicleOutOfRange(column: index, vehicle: column.vehicle, vehicleCount: vehicleCount)
        }
        guard column.cost.isFinite else { throw .nonFiniteCost(column: index, value: column.cost) }
        var seen = Set<Int>()
        for job in column.jobs {
            guard (0..<jobCount).contains(job) else {
                throw .jobOutOfRange(column: index, job: job, jobCount: jobCount)
            }
            guard seen.insert(job).inserted else { throw .repeatedJob(column: index, job: job) }
        }
        for resource in column.usage.keys.sorted() {
            guard resources.indices.contains(resource) else {
                throw .resourceOutOfRange(column: index, resource: resource, resourceCount: resources.count)
            }
            let amount = column.usage[resource] ?? 0
            guard amount.isFinite, amount >= 0 else {
                throw .invalidUsage(column: index, resource: resource, value: amount)
            }
        }
    }
}
