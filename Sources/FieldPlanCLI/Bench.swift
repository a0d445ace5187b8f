import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan bench FILES... --seconds S --seeds K [--customers N] [--bks CSV]`:
/// runs the planner on Solomon VRPTW files and compares with best-known distances,
/// and on FieldPlan JSON files (`.json`), for which it reports cost and jobs placed.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark the planner on Solomon VRPTW files (and FieldPlan JSON scenarios).",
        discussion: """
            Plans every file with seeds 1...K and checks every plan with the independent checker.
            Files ending in .json are FieldPlan problems (validated; --customers, --vehicles,
            --fleet-from-bks and --distance-convention do not apply to them): their summary line
            gives the median cost, jobs placed, referred and unplaced, and the median wall time.
            Standard output: CSV, one row per run, with the header
            \(Bench.csvHeader)
            (vehicles = routes used, distance with 2 decimals, seconds = wall time, lower_bound and gap
            from the key figures or empty). Standard error: per instance the median distance over the
            seeds and its gap to the best-known distance, then the mean and median gap over the
            instances that have a best-known distance and every job placed, and the number of
            instances with unassigned jobs. Exit 1 if the checker rejects any plan or a run fails,
            2 for bad input.
            """
    )

    /// The CSV header: a public format, keep it stable.
    static let csvHeader = "instance,seed,vehicles,distance,seconds,unassigned,lower_bound,gap"

    /// Where the best-known distances are, relative to the repository root.
    static let defaultBestKnownPath = "../shared/benchmarks/solomon/bks_distance_only.csv"

    @Argument(help: "Solomon VRPTW text files, or FieldPlan JSON problems (.json).")
    var files: [String] = []

    @Option(help: "Time budget per run in seconds.")
    var seconds: Double = 10

    @Option(help: "Runs per file, with seeds 1...K.")
    var seeds: Int = 3

    @Option(help: "Keep only the first N customers of each file.")
    var customers: Int?

    @Option(help: "Search iterations per run (default 0: until the time budget runs out).")
    var iterations: Int = 0

    @Option(help: "Planner: engine or exact.")
    var planner: PlanOptions.Planner = .engine

    @Flag(help: "Branch-and-price until each plan is proven optimal or the time runs out.")
    var prove = false

    @Flag(help: "Skip the lower bound (all the time goes to the route search).")
    var noBound = false

    @Option(help: "Plane distances: exact, or truncate1 (each arc truncated to one decimal, as in optimal_25_50.csv).")
    var distanceConvention: DistanceConvention = .exact

    @Option(help: "Fleet size: use only the first N vehicles of each file.")
    var vehicles: Int?

    @Flag(help: "Fleet size from the vehicles column of the --bks table (e.g. optimal_25_50.csv), per instance.")
    var fleetFromBks = false

    @Option(help: "CSV of best-known distances (columns instance and distance; optionally customers). Default: \(Bench.defaultBestKnownPath) beside the repository.")
    var bks: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one Solomon file") }
        guard seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw ValidationError("--seconds must be between 0 and 86400, got \(seconds)")
        }
        guard (1...1000).contains(seeds) else { throw ValidationError("--seeds must be between 1 and 1000, got \(seeds)") }
        if let customers, customers < 0 { throw ValidationError("--customers must be at least 0, got \(customers)") }
        guard iterations >= 0 else { throw ValidationError("--iterations must be at least 0, got \(iterations)") }
        if let vehicles, vehicles < 1 { throw ValidationError("--vehicles must be at least 1, got \(vehicles)") }
        if prove && noBound { throw ValidationError("--prove and --no-bound exclude each other") }
        if fleetFromBks && vehicles != nil { throw ValidationError("--fleet-from-bks and --vehicles exclude each other") }
    }

    /// One file, loaded.
    private struct Instance {
        var file: String
        var name: String
        var problem: Problem
        /// Customers in the file (before `--customers`).
        var available: Int
        /// A FieldPlan JSON problem rather than a Solomon file.
        var isScenario = false
    }

    /// One run's outcome, for the summary.
    private struct Run {
        var cost: Double
        var placed: Int
        var referred: Int
        var distance: Double
        var unassigned: Int
        var lowerBound: Double?
        var proven: Bool
        var wall: Double
        /// What the engine's search did (nil for the exact planner).
        var statistics: SearchStatistics?
    }

    func run() throws {
        let table = try bestKnownTable()
        let instances = try loadInstances(table: try? table.get())

        print(Self.csvHeader)
        fflush(nil)
        var failed = false
        var runs: [[Run]] = []
        for instance in instances {
            var results: [Run] = []
            for seed in 1...seeds {
                let label = "\(instance.name) (\(instance.file)) seed \(seed)"
                let clock = ContinuousClock()
                let start = clock.now
                let schedule: Schedule
                var statistics: SearchStatistics?
                var options = PlanOptions(timeLimit: seconds, seed: UInt64(seed),
                                          iterations: iterations == 0 ? Int.max : iterations, planner: planner)
                options.bound = prove ? .prove : noBound ? PlanOptions.Bound.none : .lowerBound
                do {
                    if planner == .engine {
                        // Solomon problems are validated by the reader.
                        (schedule, statistics) = EnginePlanner(options: options).planWithStatistics(instance.problem)
                    } else {
                        schedule = try FieldPlan.optimize(instance.problem, options: options)
                    }
                } catch {
                    printError("error: \(label): the planner failed: \(error)")
                    failed = true
                    continue
                }
                let wall = Self.seconds(clock.now - start)
                let violations = FieldPlan.check(schedule, for: instance.problem)
                if !violations.isEmpty {
                    printError("error: \(label): the independent checker rejects this plan (a planner bug):\n"
                        + violations.map { "  \($0)" }.joined(separator: "\n"))
                    failed = true
                }
                print(Self.row(instance.name, seed: seed, schedule, wall: wall))
                fflush(nil)
                results.append(Run(cost: schedule.kpis.cost, placed: schedule.kpis.jobsPlaced,
                                   referred: schedule.kpis.jobsReferred, distance: schedule.kpis.distance, unassigned: schedule.unassigned.count,
                                   lowerBound: schedule.kpis.lowerBound, proven: schedule.kpis.provenOptimal,
                                   wall: wall, statistics: statistics))
            }
            runs.append(results)
        }
        printError(summary(instances, runs, table))
        if failed { throw ExitStatus.failure }
    }

    // MARK: - Input

    /// Every file, or exit 2 after reporting every bad one.
    private func loadInstances(table: BestKnownTable?) throws -> [Instance] {
        var instances: [Instance] = []
        var bad = false
        for file in files {
            if file.lowercased().hasSuffix(".json") {
                do {
                    let problem = try loadProblem(file)
                    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    instances.append(Instance(file: file, name: name, problem: problem, available: problem.jobs.count,
                                              isScenario: true))
                } catch {
                    bad = true
                }
                continue
            }
            do {
                let whole = try loadSolomonProblem(file, customers: nil, namingFile: true)
                var problem = whole
                if let customers { problem = try loadSolomonProblem(file, customers: customers, namingFile: true) }
                let name = problem.name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                var fleet = vehicles
                if fleetFromBks {
                    fleet = table?.vehicles(instance: name, customers: problem.jobs.count, available: whole.jobs.count)
                    if fleet == nil {
                        printError("warning: \(file): the best-known table has no vehicles for \(name) on \(problem.jobs.count) customers; keeping the file's fleet")
                    }
                }
                if let fleet, fleet < problem.technicians.count {
                    problem.technicians = Array(problem.technicians.prefix(fleet))
                }
                problem = problem.applying(distanceConvention)
                instances.append(Instance(file: file, name: name, problem: problem,
                                          available: whole.jobs.count))
            } catch {
                bad = true
            }
        }
        if bad { throw ExitStatus.badInput }
        return instances
    }

    /// The table named by `--bks` (exit 2 when it is unusable), else the default one when it is there.
    private func bestKnownTable() throws -> Result<BestKnownTable, BestKnownTableError> {
        if let bks {
            do {
                return .success(try BestKnownTable(contentsOf: URL(fileURLWithPath: bks)))
            } catch {
                printError("error: --bks: \(error)")
                throw ExitStatus.badInput
            }
        }
        guard let scenario = DefaultScenario.locate() else {
            return .failure(BestKnownTableError("the repository root was not found, so neither was \(Self.defaultBestKnownPath); pass --bks"))
        }
        let root = scenario.deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent(Self.defaultBestKnownPath).standardizedFileURL
        do {
            return .success(try BestKnownTable(contentsOf: url))
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Output

    /// One CSV row.
    private static func row(_ instance: String, seed: Int, _ schedule: Schedule, wall: Double) -> String {
        let k = schedule.kpis
        let vehicles = schedule.routes.filter { !$0.jobVisits.isEmpty }.count
        let fields = [
            csvField(instance), String(seed), String(vehicles), fixed(k.distance, 2), fixed(wall, 2),
            String(schedule.unassigned.count), k.lowerBound.map { fixed($0, 2) } ?? "", k.gap.map { fixed($0, 6) } ?? "",
        ]
        return fields.joined(separator: ",")
    }

    /// The summary for standard error.
    private func summary(_ instances: [Instance], _ runs: [[Run]],
                         _ table: Result<BestKnownTable, BestKnownTableError>) -> String {
        let plural = seeds == 1 ? "" : "s"
        var lines = instances.allSatisfy(\.isScenario)
            ? ["", "Summary: medians over \(seeds) seed\(plural) per problem"]
            : ["", "Summary: median distance over \(seeds) seed\(plural) per instance; gap = (median - best known) / best known"]
        var gaps: [Double] = []
        var withUnassigned: [String] = []
        var anyBestKnown = false
        var boundGaps: [Double] = []
        var provenInstances = 0
        var provenTimes: [Double] = []
        let width = instances.map(\.name.count).max() ?? 0
        for (instance, results) in zip(instances, runs) {
            let name = instance.name.padding(toLength: width, withPad: " ", startingAt: 0)
            if instance.isScenario {
                lines.append("  \(name)  " + Self.scenarioLine(instance.problem, results))
                continue
            }
            guard let median = Self.median(results.map(\.distance)) else {
                lines.append("  \(name)  no successful run")
                continue
            }
            var line = "  \(name)  median \(Self.fixed(median, 2))"
            let incomplete = results.filter { $0.unassigned > 0 }.count
            if incomplete > 0 { withUnassigned.append(instance.name) }
            let best = try? table.get().distance(instance: instance.name, customers: instance.problem.jobs.count,
                                                 available: instance.available)
            if let best {
                anyBestKnown = true
                let gap = (median - best) / best
                line += "  best known \(Self.fixed(best, 2))  gap \(Self.percent(gap))"
                if incomplete == 0 { gaps.append(gap) }
            } else {
                line += "  no best-known distance"
            }
            if incomplete > 0 {
                line += "  (unassigned jobs in \(incomplete) of \(results.count) runs; left out of the mean)"
            }
            let bounds = results.compactMap(\.lowerBound)
            if bounds.count == results.count, let bound = Self.median(bounds), median > 0 {
                line += "  lower bound \(Self.fixed(bound, 2)) (bound gap \(Self.percent((median - bound) / median)))"
                boundGaps.append((median - bound) / median)
            } else {
                line += "  no bound"
            }
            let proven = results.filter(\.proven)
            if !proven.isEmpty {
                line += "  proven optimal in \(proven.count) of \(results.count) runs"
                if proven.count * 2 > results.count {
                    provenInstances += 1
                    provenTimes.append(Self.median(proven.map(\.wall)) ?? 0)
                }
            }
            let stats = results.compactMap(\.statistics)
            if !stats.isEmpty, let iterations = Self.median(stats.map { Double($0.iterations) }),
               let masters = Self.median(stats.map { Double($0.masterSolves) }),
               let masterSeconds = Self.median(stats.map(\.masterSeconds)) {
                line += "  | iterations \(Int(iterations)), masters \(Int(masters)) (largest \(stats.map(\.largestMaster).max() ?? 0) columns,"
                    + " \(Self.fixed(masterSeconds, 2)) s, improved \(stats.map(\.masterImprovements).reduce(0, +))x), pool \(stats.map(\.poolSize).max() ?? 0)"
                    + ", bound nodes \(stats.map(\.boundNodes).max() ?? 0), columns \(stats.map(\.boundColumns).max() ?? 0)"
                    + ", bound work \(stats.map(\.boundWork).max() ?? 0)"
            }
            lines.append(line)
        }
        // The rest is about Solomon files.
        guard instances.contains(where: { !$0.isScenario }) else { return lines.joined(separator: "\n") }
        if let mean = Self.mean(gaps), let median = Self.median(gaps) {
            lines.append("mean gap \(Self.percent(mean)), median gap \(Self.percent(median)) over \(gaps.count) instance\(gaps.count == 1 ? "" : "s") with a best-known distance and every job placed")
        } else {
            lines.append("mean gap -, median gap -: no instance with a best-known distance and every job placed")
        }
        if let mean = Self.mean(boundGaps), let median = Self.median(boundGaps) {
            lines.append("bound gap (median plan vs median lower bound): mean \(Self.percent(mean)), median \(Self.percent(median)), "
                + "largest \(Self.percent(boundGaps.max() ?? 0)) over \(boundGaps.count) instance\(boundGaps.count == 1 ? "" : "s") with a bound")
        }
        lines.append("proven optimal (most runs): \(provenInstances) of \(instances.count) instances"
            + (provenTimes.isEmpty ? "" : ", median time \(Self.fixed(Self.median(provenTimes) ?? 0, 2)) s"))
        lines.append("instances with unassigned jobs: \(withUnassigned.count)"
            + (withUnassigned.isEmpty ? "" : " (\(withUnassigned.joined(separator: ", ")))"))
        switch table {
        case let .failure(error):
            lines.append("note: no best-known distances: \(error)")
        case .success where !anyBestKnown && customers != nil:
            lines.append("note: \(bks ?? Self.defaultBestKnownPath) has no values for \(customers ?? 0) customers; "
                + "optimal_25_50.csv beside it has the 25- and 50-customer optima (each edge truncated to 0.1, "
                + "so an optimal plan shows a small positive gap): pass it with --bks")
        case .success:
            break
        }
        return lines.joined(separator: "\n")
    }

    /// A JSON scenario's summary: median cost, jobs and time, the bound gap when known.
    private static func scenarioLine(_ problem: Problem, _ results: [Run]) -> String {
        guard let cost = median(results.map(\.cost)) else { return "no successful run" }
        func med(_ values: [Int]) -> String { fixed(median(values.map(Double.init)) ?? 0, 0) }
        var line = "median cost \(fixed(cost, 2)), of \(problem.jobs.count) jobs placed \(med(results.map(\.placed)))"
            + ", referred \(med(results.map(\.referred))), unplaced \(med(results.map(\.unassigned)))"
            + ", median wall \(fixed(median(results.map(\.wall)) ?? 0, 2)) s"
            + " (\(problem.technicians.count) technicians, \(problem.horizon.days) day\(problem.horizon.days == 1 ? "" : "s"))"
        let bounds = results.compactMap(\.lowerBound)
        if bounds.count == results.count, let bound = median(bounds), cost > 0 {
            line += "  lower bound \(fixed(bound, 2)) (bound gap \(percent((cost - bound) / cost)))"
        } else {
            line += "  no bound"
        }
        let work = results.compactMap(\.statistics).map { Double($0.boundWork) }
        if let median = median(work), median > 0 {
            line += ", bound work \(fixed(median, 0))"
        }
        return line
    }

    // MARK: - Numbers

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// `+0.27%`; a gap that rounds to zero shows as `+0.00%`, never `-0.00%`.
    static func percent(_ fraction: Double) -> String {
        let hundredths = (fraction * 10_000).rounded()
        return String(format: "%+.2f%%", hundredths == 0 ? 0 : hundredths / 100)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
