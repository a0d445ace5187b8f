// The route-search engine's hot paths, measured with ordo-one/benchmark.
//
// Run from the Benchmarks folder: `swift package benchmark` (all) or
// `swift package benchmark --filter '.*R101'` (a regular expression matched
// against the whole name).
// What each benchmark measures and why is in ../../README.md.
//
// Every benchmark prepares its input in `setup` (loading the file and building
// `EngineKernels`: travel tables, eligibility and a greedy constructed plan),
// which is not measured; the measured closure is one call of one kernel.

import Benchmark
import FieldPlan
import Foundation

// MARK: - Inputs

/// Where the inputs are. The Benchmarks folder is found from this file's path;
/// `FIELDPLAN_ROOT` (the repository) and `FIELDPLAN_SHARED` (the folder holding
/// `benchmarks/solomon/`) override it.
enum Inputs {
    static let benchmarksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EngineBenchmarks
        .deletingLastPathComponent()  // Benchmarks (targets)
        .deletingLastPathComponent()  // Benchmarks (the package)

    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["FIELDPLAN_ROOT"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return benchmarksFolder.deletingLastPathComponent().standardizedFileURL
    }()

    static let shared: URL = {
        if let path = ProcessInfo.processInfo.environment["FIELDPLAN_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared").standardizedFileURL
    }()

    static let r101 = shared.appendingPathComponent("benchmarks/solomon/R101.txt")
    static let tomorrow = root.appendingPathComponent("Scenarios/tomorrow.json")
    static let day500 = root.appendingPathComponent("Scenarios/large/day-500.json")
    static let day2000 = root.appendingPathComponent("Scenarios/large/day-2000.json")

    /// A named input file for the benchmarks below.
    struct Input: Sendable {
        var name: String
        var url: URL
        var isSolomon: Bool

        var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

        func load() throws -> Problem {
            let data = try Data(contentsOf: url)
            if isSolomon {
                return try Problem.loadSolomon(data: data, name: name)
            }
            return try Problem.load(json: data)
        }
    }

    static let r101Input = Input(name: "R101", url: r101, isSolomon: true)
    static let tomorrowInput = Input(name: "tomorrow", url: tomorrow, isSolomon: false)
    static let day500Input = Input(name: "day-500", url: day500, isSolomon: false)
    static let day2000Input = Input(name: "day-2000", url: day2000, isSolomon: false)

    /// The inputs that exist, noting on standard error the ones skipped.
    static func available(_ inputs: [Input], for benchmark: String) -> [Input] {
        inputs.filter { input in
            if input.exists { return true }
            let message = "note: skipping \(benchmark) on \(input.name): \(input.url.path) not found\n"
            FileHandle.standardError.write(Data(message.utf8))
            return false
        }
    }
}

/// Registers a benchmark whose setup loads `input` and prepares the engine's kernels.
/// `body` runs one kernel and returns its result, recorded as the custom metric
/// `check`: the same number on every iteration and every run of the same code,
/// so a changed value says the benchmark no longer does the same work.
@discardableResult
func kernelBenchmark(_ name: String, _ input: Inputs.Input, slow: Bool, check: String,
                     _ body: @escaping (EngineKernels) throws -> Int) -> Benchmark? {
    let metric = BenchmarkMetric.custom(check, polarity: .prefersSmaller, useScalingFactor: false)
    return Benchmark("\(name) \(input.name)", configuration: configuration(slow: slow, check: metric)) { benchmark, kernels in
        let result = try body(kernels)
        benchmark.measurement(metric, result)
    } setup: {
        EngineKernels(problem: try input.load(), seed: 1)
    }
}

// MARK: - Configurations

/// Wall clock, iterations per second, malloc calls (the interposer counts
/// them at the cost of an increment per call) and peak resident memory, plus
/// the benchmark's `check` value. CPU time is read from the kernel in 10 ms
/// ticks, so only the slow benchmarks report it.
///
/// Fast benchmarks (R101: well under 50 ms an iteration) run for up to 3 s or
/// 100 iterations; slow ones (the large days and the whole plan: tens to
/// hundreds of milliseconds) for up to 10 s or 20 iterations; both after one
/// warm-up iteration. The whole suite takes well under a minute once built.
func configuration(slow: Bool, check: BenchmarkMetric) -> Benchmark.Configuration {
    var metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]
    if slow { metrics.insert(.cpuTotal, at: 1) }
    return Benchmark.Configuration(metrics: metrics + [check], timeUnits: .automatic, units: [check: .count],
                                   warmupIterations: 1, maxDuration: .seconds(slow ? 10 : 3),
                                   maxIterations: slow ? 20 : 100)
}

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
    // Best insertion of every placed job into every other route that could take it:
    // the evaluation that every recreate step and the construction repeat.
    for input in Inputs.available([Inputs.r101Input, Inputs.day500Input], for: "insertion sweep") {
        kernelBenchmark("Insertion sweep", input, slow: input.name != "R101", check: "insertions found") { kernels in
            kernels.insertionSweep()
        }
    }

    // One local-search descent from the constructed plan to a local optimum.
    for input in Inputs.available([Inputs.r101Input, Inputs.day500Input], for: "local search") {
        kernelBenchmark("Local search", input, slow: input.name != "R101", check: "moves applied") { kernels in
            kernels.localSearch(seed: 1)
        }
    }

    // 100 ruin-and-recreate steps (string removal of 10 jobs, blink insertion):
    // the engine's main loop without acceptance bookkeeping.
    for input in Inputs.available([Inputs.r101Input, Inputs.day500Input, Inputs.day2000Input],
                                  for: "ruin and recreate") {
        kernelBenchmark("Ruin and recreate x100", input, slow: input.name != "R101", check: "final cost") { kernels in
            Int(kernels.ruinAndRecreate(count: 100, seed: 1).rounded())
        }
    }

    // The set-partitioning master (GLPK MIP) over the constructed plan's routes
    // and 30 perturbed plans' routes, with a 5 s limit.
    for input in Inputs.available([Inputs.r101Input], for: "master solve") {
        kernelBenchmark("Master solve 30 variants", input, slow: false, check: "master objective") { kernels in
            Int(try kernels.solveMaster(variants: 30, timeLimit: 5).rounded())
        }
    }

    // Booking queries against a planned 1000-job day (generated: 1010 jobs, 140
    // technicians, seed 7; ten jobs are held back, the rest planned with 2000 search
    // iterations and no bound). One iteration asks for the 3 best slots for each of
    // the ten held-back jobs in turn: divide the time by 10 for one query.
    bookingBenchmark("Booking query x10 day-1000") { day in day.heldBack }

    // Booking queries that need the quick local repair, on the same plan: each of ten
    // requests copies the second visit of a route with at least three visits, may only
    // go to that route's technician, and must start within 30 minutes of that visit, so
    // that it fits only if a visit of the day moves to another technician-day. One
    // iteration asks for the 3 best slots for each: divide by 10 for one query.
    bookingBenchmark("Booking repair query x10 day-1000") { day in
        day.plan.routes.filter { $0.visits.count >= 3 }.prefix(10).compactMap { route -> Job? in
            guard var request = day.problem.jobs.first(where: { $0.id == route.visits[1].job }) else { return nil }
            request.id = "REPAIR-\(route.technician)-\(route.day)"
            request.pinned = nil
            request.preferredTechnicians = []
            request.excludedTechnicians = day.problem.technicians.map(\.id).filter { $0 != route.technician }
            request.timeWindows = [TimeWindow(start: route.visits[1].start, end: route.visits[1].start + 30)]
            return request
        }
    }

    // A whole plan of the bundled day: preparation, construction, search and
    // master solves, schedule building. Bounded by 300 iterations or 2 s.
    for input in Inputs.available([Inputs.tomorrowInput], for: "whole plan") {
        let check = BenchmarkMetric.custom("plan cost", polarity: .prefersSmaller, useScalingFactor: false)
        Benchmark("Whole plan \(input.name)", configuration: configuration(slow: true, check: check)) { benchmark, problem in
            let planner = EnginePlanner(options: PlanOptions(timeLimit: 2, seed: 1, iterations: 300))
            let schedule = planner.plan(problem)
            benchmark.measurement(check, Int(schedule.kpis.cost.rounded()))
        } setup: {
            try input.load()
        }
    }
}

/// A benchmark asking for the 3 best slots of each request `requests` picks on the
/// planned 1000-job day; the check is how many options all queries found.
func bookingBenchmark(_ name: String, requests: @escaping @Sendable (BookingInput.Day) -> [Job]) {
    let check = BenchmarkMetric.custom("options found", polarity: .prefersSmaller, useScalingFactor: false)
    Benchmark(name, configuration: configuration(slow: true, check: check)) { (benchmark: Benchmark, prepared: BookingInput) in
        var advisor = prepared.advisor
        var found = 0
        for request in prepared.requests {
            found += try advisor.options(for: request, count: 3).count
        }
        benchmark.measurement(check, found)
    } setup: { () throws -> BookingInput in
        let day = BookingInput.day1000
        return BookingInput(advisor: try BookingAdvisor(problem: day.problem, schedule: day.plan), requests: requests(day))
    }
}

/// A prepared plan and the requests a booking benchmark asks about.
struct BookingInput: Sendable {
    var advisor: BookingAdvisor
    var requests: [Job]

    /// The planned 1000-job day and its ten held-back jobs, made once for both booking benchmarks.
    typealias Day = (problem: Problem, plan: Schedule, heldBack: [Job])

    static let day1000: Day = {
        var problem = ScenarioGenerator(jobs: 1010, technicians: 140, days: 1, seed: 7).make()
        let heldBack = Array(problem.jobs.suffix(10))
        problem.jobs.removeLast(10)
        var options = PlanOptions(timeLimit: 120, seed: 1, iterations: 2000)
        options.bound = .none
        return (problem, EnginePlanner(options: options).plan(problem), heldBack)
    }()
}
