import ArgumentParser
import FieldPlan
import Foundation

/// `--seconds`, `--seed`, `--iterations`, `--planner` and `--quiet`, shared by the planning commands.
struct PlanningOptions: ParsableArguments {
    @Option(help: "Time budget in seconds; the best plan so far is returned when it runs out.")
    var seconds: Double = 10

    @Option(help: "Random seed; the same input, options and seed give the same plan.")
    var seed: UInt64 = 1

    @Option(help: "Search iterations (default: a budget from the problem size, so runs that end by it are reproducible; 0 = until the time runs out).")
    var iterations: Int?

    @Option(help: "Planner: engine (route search + GLPK master, any size) or exact (compact MIP, about 15 jobs at most).")
    var planner: PlanOptions.Planner = .engine

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @Flag(help: "Branch-and-price until the plan is proven optimal or the time runs out (the search gets 30% of the time).")
    var prove = false

    @Flag(help: "Skip the lower bound: all the time goes to the route search, and lowerBound and gap are null.")
    var noBound = false

    func validate() throws {
        guard seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw ValidationError("--seconds must be between 0 and 86400, got \(seconds)")
        }
        if prove && noBound {
            throw ValidationError("--prove and --no-bound exclude each other")
        }
        if let iterations, iterations < 0 {
            throw ValidationError("--iterations must be at least 0, got \(iterations)")
        }
    }

    /// The library options; `iterations: 0` means "until the time runs out".
    func planOptions(seed: UInt64? = nil, stop: StopSignal? = nil, progress: ProgressLine? = nil) -> PlanOptions {
        var report: (@Sendable (PlanProgress) -> Void)?
        if let progress {
            report = { progress.show($0) }
        }
        let budget: Int? = iterations.map { $0 == 0 ? Int.max : $0 }
        var options = PlanOptions(timeLimit: seconds, seed: seed ?? self.seed, iterations: budget,
                                  planner: planner, stop: stop, progress: report)
        options.bound = prove ? .prove : noBound ? PlanOptions.Bound.none : .lowerBound
        return options
    }
}

extension PlanOptions.Planner: ExpressibleByArgument {}

/// The live progress line on standard error: only when it is a terminal and not `--quiet`.
final class ProgressLine: Sendable {
    static func make(quiet: Bool) -> ProgressLine? {
        quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine()
    }

    func show(_ p: PlanProgress) {
        let text = String(format: "\r%6.1f s  best %.2f  unplaced %d  pool %d  iterations %d   ",
                          p.elapsed, p.bestCost, p.unplaced, p.poolSize, p.iterations)
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the line so that later output starts on a fresh one.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Ctrl-C asks the run to stop; the command then prints the best plan so far and exits 130.
enum Interrupt {
    static let exitCode = ExitCode(130)

    /// Installs the handler; keep the returned source alive for the run.
    static func install(_ stop: StopSignal) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { stop.stop() }
        source.resume()
        return source
    }
}
