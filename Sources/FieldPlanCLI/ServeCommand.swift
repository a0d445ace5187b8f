import ArgumentParser
import Foundation
import Service

/// `fieldplan serve`: the planning API as JSON over HTTP (see the README's "HTTP service").
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the planning API over HTTP: optimize, replan, book, whatif and validate as JSON endpoints.",
        discussion: """
            Endpoints: GET /healthz, GET /openapi.yaml, POST /v1/validate, /v1/optimize, /v1/book, /v1/replan and
            /v1/whatif (JSON in, JSON out; errors as {"error": ..., "issues": [...]} with the messages of the commands).
            Binds to 127.0.0.1 unless --host says otherwise. Ctrl-C or SIGTERM stops it after the requests under way.
            """
    )

    @Option(help: "Address to bind (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "TCP port (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "Most seconds any request may plan for; a larger \"seconds\" is cut to this.")
    var maxSeconds: Double = 60

    @Option(help: "Planning seconds of a request that gives none.")
    var defaultSeconds: Double = 10

    @Option(help: "Largest request body in bytes; a larger one is answered 413.")
    var maxBody: Int = 10 * 1024 * 1024

    @Option(help: "Most requests planning at once; more are answered 503 (default: twice the cores, at least 4).")
    var maxConcurrent: Int?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
        guard maxSeconds.isFinite, maxSeconds > 0, maxSeconds <= 86_400 else {
            throw ValidationError("--max-seconds must be more than 0 and at most 86400, got \(maxSeconds)")
        }
        guard defaultSeconds.isFinite, defaultSeconds >= 0 else {
            throw ValidationError("--default-seconds must be 0 or more, got \(defaultSeconds)")
        }
        guard maxBody >= 1 else { throw ValidationError("--max-body must be at least 1, got \(maxBody)") }
        if let maxConcurrent, maxConcurrent < 1 {
            throw ValidationError("--max-concurrent must be at least 1, got \(maxConcurrent)")
        }
    }

    /// Serves until SIGINT or SIGTERM. The root command is synchronous, so the server runs
    /// in a task and this thread waits for it.
    func run() throws {
        var configuration = ServiceConfiguration(host: host, port: port, maximumSeconds: maxSeconds,
                                                 defaultSeconds: min(defaultSeconds, maxSeconds), maximumBodyBytes: maxBody)
        if let maxConcurrent { configuration.maximumConcurrentPlans = maxConcurrent }
        let host = host
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await FieldPlanService(configuration: configuration).run(stopOnSignals: true) { port in
                    printError("fieldplan serve: listening on http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
                }
            } catch {
                failure.message = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            printError("error: cannot serve on \(host):\(port): \(message)")
            throw ExitStatus.failure
        }
    }
}

/// Why the server stopped with an error, handed from its task to the waiting command.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    var message: String? {
        get { lock.withLock { text } }
        set { lock.withLock { text = newValue } }
    }
}
