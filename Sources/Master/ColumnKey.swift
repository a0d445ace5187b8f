/// The identity of a route in a ``RoutePool``: its vehicle and the set of jobs it covers.
///
/// Two orders of the same jobs on the same vehicle have the same key. Keys are ordered
/// (vehicle first, then the sorted jobs lexicographically, shorter first on a common
/// prefix), which gives pools a deterministic tie-break that never depends on hashing.
public struct ColumnKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The vehicle.
    public let vehicle: Int
    /// The jobs, sorted ascending, without repeats.
    public let jobs: [Int]

    /// The key of `column`.
    public init(_ column: MasterColumn) {
        self.init(vehicle: column.vehicle, jobs: column.jobs)
    }

    /// The key of a route of `vehicle` covering `jobs` (in any order, repeats ignored).
    public init(vehicle: Int, jobs: [Int]) {
        self.vehicle = vehicle
        var sorted = jobs.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        self.jobs = sorted
    }

    /// Vehicle first, then the job lists lexicographically.
    public static func < (lhs: ColumnKey, rhs: ColumnKey) -> Bool {
        if lhs.vehicle != rhs.vehicle { return lhs.vehicle < rhs.vehicle }
        return lhs.jobs.lexicographicallyPrecedes(rhs.jobs)
    }

    /// `vehicle 3 {1, 4, 7}`.
    public var description: String {
        "vehicle \(vehicle) {\(jobs.map(String.init).joined(separator: ", "))}"
    }
}
