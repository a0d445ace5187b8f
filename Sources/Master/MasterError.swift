import MIP

/// A rejected master problem, incumbent or solve. Columns, jobs, vehicles and resources
/// are named by their 0-based index (and resources also by name).
public enum MasterError: Error, Sendable, Equatable, CustomStringConvertible {
    // MARK: Problem

    /// `jobCount` is negative.
    case invalidJobCount(Int)
    /// `vehicleCount` is negative.
    case invalidVehicleCount(Int)
    /// There is not exactly one penalty per job.
    case penaltyCountMismatch(expected: Int, actual: Int)
    /// A job's uncovered penalty is negative, NaN or infinite.
    case invalidPenalty(job: Int, value: Double)
    /// A resource's shared amount is negative, NaN or infinite.
    case invalidSharedAmount(resource: Int, name: String, value: Double)
    /// A group's allowance of a resource is negative, NaN or infinite.
    case invalidAllowance(resource: Int, name: String, group: Int, value: Double)
    /// `vehicleLimits` is neither empty nor one value per vehicle.
    case vehicleLimitCountMismatch(expected: Int, actual: Int)
    /// A vehicle's limit is negative.
    case invalidVehicleLimit(vehicle: Int, value: Int)
    /// A linked group names a job out of range, or a job already in a group.
    case invalidLinkedJob(group: Int, job: Int)
    /// A replenishment's unit cost is negative, NaN or infinite (`replenishment` is its
    /// index in the resource's replenishments, `replenishmentName` its name).
    case invalidReplenishmentCost(resource: Int, name: String, replenishment: Int, replenishmentName: String, value: Double)
    /// A column's vehicle is not in `0..<vehicleCount`.
    case vehicleOutOfRange(column: Int, vehicle: Int, vehicleCount: Int)
    /// A column's cost is NaN or infinite.
    case nonFiniteCost(column: Int, value: Double)
    /// A column covers a job that is not in `0..<jobCount`.
    case jobOutOfRange(column: Int, job: Int, jobCount: Int)
    /// A column lists the same job twice.
    case repeatedJob(column: Int, job: Int)
    /// A column uses a resource that is not in the problem's resources.
    case resourceOutOfRange(column: Int, resource: Int, resourceCount: Int)
    /// A column's usage of a resource is negative, NaN or infinite.
    case invalidUsage(column: Int, resource: Int, value: Double)

    // MARK: Incumbent

    /// An incumbent entry (at `position` in the list) is not a column index.
    case incumbentColumnOutOfRange(position: Int, column: Int, columnCount: Int)
    /// The incumbent lists a column twice.
    case incumbentRepeatsColumn(column: Int)
    /// Two incumbent columns cover the same job (set partitioning allows once).
    case incumbentCoversJobTwice(job: Int, firstColumn: Int, secondColumn: Int)
    /// Two incumbent columns use the same vehicle, whose limit is 1.
    case incumbentUsesVehicleTwice(vehicle: Int, firstColumn: Int, secondColumn: Int)
    /// The incumbent has more columns on a vehicle than its limit (other than 1) allows;
    /// `column` is the first one too many.
    case incumbentExceedsVehicleLimit(vehicle: Int, limit: Int, column: Int)
    /// The incumbent needs more of a resource's shared stock than there is (after each
    /// group's own allowance).
    case incumbentExceedsSharedResource(resource: Int, name: String, needed: Double, shared: Double)
    /// For a resource with replenishments: by `period`, the incumbent needs `needed` units
    /// from the shared stock, but only `available` (the shared stock plus what is bought
    /// by then) can be had, and no replenishment has arrived by that period to buy more.
    case incumbentExceedsSharedResourceInPeriod(resource: Int, name: String, period: Int, needed: Double, available: Double)

    // MARK: Solving

    /// A time limit that is negative or not finite.
    case invalidTimeLimit(Double)
    /// A relative gap outside `[0, 1)`.
    case invalidRelativeGap(Double)
    /// The LP relaxation did not reach an optimum (e.g. its time limit stopped it), so
    /// there are no duals.
    case relaxationNotSolved(SolveStatus)
    /// The MIP layer or its backend rejected the model or failed.
    case solver(MIPError)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case let .invalidJobCount(count):
            return "jobCount \(count) is negative"
        case let .invalidVehicleCount(count):
            return "vehicleCount \(count) is negative"
        case let .penaltyCountMismatch(expected, actual):
            return "penalties: \(actual) values for \(expected) jobs"
        case let .invalidPenalty(job, value):
            return "penalties[\(job)]: \(value) is not a finite, non-negative cost"
        case let .invalidSharedAmount(resource, name, value):
            return "resources[\(resource)] '\(name)': shared amount \(value) is not finite and non-negative"
        case let .invalidAllowance(resource, name, group, value):
            return "resources[\(resource)] '\(name)': allowance \(value) of group \(group) is not finite and non-negative"
        case let .vehicleLimitCountMismatch(expected, actual):
            return "vehicleLimits: \(actual) values for \(expected) vehicles"
        case let .invalidVehicleLimit(vehicle, value):
            return "vehicleLimits[\(vehicle)]: \(value) is negative"
        case let .invalidReplenishmentCost(resource, name, replenishment, replenishmentName, value):
            return "resources[\(resource)] '\(name)': replenishments[\(replenishment)] '\(replenishmentName)': unit cost \(value) is not finite and non-negative"
        case let .vehicleOutOfRange(column, vehicle, count):
            return "columns[\(column)]: vehicle \(vehicle) is not in 0..<\(count)"
        case let .nonFiniteCost(column, value):
            return "columns[\(column)]: cost \(value) is not finite"
        case let .jobOutOfRange(column, job, count):
            return "columns[\(column)]: job \(job) is not in 0..<\(count)"
        case let .repeatedJob(column, job):
            return "columns[\(column)]: job \(job) appears more than once"
        case let .resourceOutOfRange(column, resource, count):
            return "columns[\(column)]: resource \(resource) is not in 0..<\(count)"
        case let .invalidUsage(column, resource, value):
            return "columns[\(column)]: usage \(value) of resource \(resource) is not finite and non-negative"
        case let .incumbentColumnOutOfRange(position, column, count):
            return "incumbent[\(position)]: column \(column) is not in 0..<\(count)"
        case let .incumbentRepeatsColumn(column):
            return "incumbent: column \(column) is listed more than once"
        case let .incumbentCoversJobTwice(job, first, second):
            return "incumbent: job \(job) is covered by both column \(first) and column \(second)"
        case let .incumbentUsesVehicleTwice(vehicle, first, second):
            return "incumbent: vehicle \(vehicle) drives both column \(first) and column \(second)"
        case let .invalidLinkedJob(group, job):
            return "linkedJobs[\(group)]: job \(job) is out of range or already in a group"
        case let .incumbentExceedsVehicleLimit(vehicle, limit, column):
            return "incumbent: vehicle \(vehicle) may drive \(limit) columns; column \(column) is one too many"
        case let .incumbentExceedsSharedResource(resource, name, needed, shared):
            return "incumbent: resources[\(resource)] '\(name)' needs \(needed) from the shared stock, which holds \(shared)"
        case let .incumbentExceedsSharedResourceInPeriod(resource, name, period, needed, available):
            return "incumbent: resources[\(resource)] '\(name)' needs \(needed) from the shared stock by period \(period), where only \(available) is available and no replenishment has arrived"
        case let .invalidTimeLimit(value):
            return "time limit \(value) is invalid (must be finite and >= 0 seconds)"
        case let .invalidRelativeGap(value):
            return "relative gap \(value) is invalid (must be in [0, 1))"
        case let .relaxationNotSolved(status):
            return "the LP relaxation ended with status \(status), not optimal"
        case let .solver(error):
            return "solver: \(error.description)"
        }
    }
}
