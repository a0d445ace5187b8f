import Foundation

/// Where the service listens and the limits it keeps.
public struct ServiceConfiguration: Sendable, Hashable {
    /// The address to bind; the loopback address unless told otherwise.
    public var host: String
    /// The TCP port; 0 picks a free one (the running service reports it).
    public var port: Int
    /// The most seconds any request may plan for: a larger `seconds` is cut to this.
    public var maximumSeconds: Double
    /// The planning time of a request that gives no `seconds` (itself capped by ``maximumSeconds``).
    public var defaultSeconds: Double
    /// The largest request body accepted, in bytes; a larger one is answered 413.
    public var maximumBodyBytes: Int
    /// The most what-if scenarios one request may run.
    public var maximumScenarios: Int
    /// The most requests that plan at once (each plan uses one core while it runs); a
    /// request beyond that is answered 503 with `Retry-After`.
    public var maximumConcurrentPlans: Int
    /// The most plans one what-if request makes at once.
    public var whatIfParallelism: Int

    /// Creates a configuration; the defaults are those of `fieldplan serve`.
    public init(host: String = "127.0.0.1", port: Int = 8080, maximumSeconds: Double = 60, defaultSeconds: Double = 10,
                maximumBodyBytes: Int = 10 * 1024 * 1024, maximumScenarios: Int = 20,
                maximumConcurrentPlans: Int = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount),
                whatIfParallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.host = host
        self.port = port
        self.maximumSeconds = maximumSeconds
        self.defaultSeconds = defaultSeconds
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumScenarios = maximumScenarios
        self.maximumConcurrentPlans = maximumConcurrentPlans
        self.whatIfParallelism = whatIfParallelism
    }
}
