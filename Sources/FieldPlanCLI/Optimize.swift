import ArgumentParser
import FieldPlan
import Foundation
import Report

/// `fieldplan optimize [FILE]`.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan a day (or horizon) and print the schedule.",
        discussion: "With no FILE, plans the bundled Scenarios/tomorrow.json. With --input-format solomon, FILE is a Solomon VRPTW text file; with --input-format trsp, a TRSP text file."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "Input file (default: the bundled Scenarios/tomorrow.json).")
    var file: String?

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var planning: PlanningOptions

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print what the search did (iterations per second, master solves, pool size) on standard error.")
    var stats = false

    @OptionGroup var messages: MessageOptions

    @Option(help: "Write one iCalendar file per technician (all their visits) into this folder.")
    var ics: String?

    @Option(help: "Also write a self-contained HTML report of the plan (key figures, route map, timeline) to this file.")
    var html: String?

    func validate() throws {
        if input.inputFormat != .json, file == nil {
            throw ValidationError("--input-format \(input.inputFormat.rawValue) needs a FILE")
        }
    }

    func run() throws {
        let problem = try input.load(file)
        let notifier = try messages.notifier(for: problem)
        var schedule: Schedule
        let stop = StopSignal()
        let interrupt = Interrupt.install(stop)
        defer { interrupt.cancel() }
        let progress = ProgressLine.make(quiet: planning.quiet)
        do {
            let options = planning.planOptions(stop: stop, progress: progress)
            if stats, options.planner == .engine {
                let issues = problem.validate()
                guard issues.isEmpty else { throw InputError(issues: issues) }
                let (planned, statistics) = EnginePlanner(options: options).planWithStatistics(problem)
                schedule = planned
                progress?.finish()
                printError(Self.describe(statistics, seconds: planned.kpis.solveSeconds))
            } else {
                schedule = try FieldPlan.optimize(problem, options: options)
                progress?.finish()
            }
        } catch let error as InputError {
            printError(error.issues.map { "error: \($0)" }.joined(separator: "\n"))
            throw ExitStatus.badInput
        } catch {
            printError("error: \(error)")
            throw ExitStatus.failure
        }
        let violations = FieldPlan.check(schedule, for: problem)
        schedule.notifications = notifier.notifications(for: schedule)
        if let ics { try Self.writeCalendars(notifier.calendars(for: schedule), to: ics) }
        if let html { try writeReport(problem: problem, schedule: schedule, to: html) }
        let text: String
        switch format {
        case .table:
            text = TableRenderer(problem: problem).render(schedule)
        case .json:
            do {
                text = String(decoding: try schedule.jsonData(), as: UTF8.self) + "\n"
            } catch {
                printError("error: cannot encode the schedule: \(error)")
                throw ExitStatus.failure
            }
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.failure
            }
        } else {
            print(text, terminator: "")
            fflush(nil)
        }
        if !violations.isEmpty {
            printError("error: the independent checker rejects this plan (a planner bug):\n"
                + violations.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitStatus.failure
        }
        if stop.isStopped {
            printError("interrupted: printed the best plan found so far")
            throw Interrupt.exitCode
        }
    }

    /// Writes the HTML report of the plan to `path`, titled by the problem's name (else the
    /// input's file name).
    func writeReport(problem: Problem, schedule: Schedule, to path: String) throws {
        let title = problem.name ?? file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "Plan"
        let report = PlanReport(title: title, entries: [PlanReport.Entry(title: title, problem: problem, schedule: schedule)])
        do {
            try Data(report.html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            printError("error: cannot write the report to \(path): \(error.localizedDescription)")
            throw ExitStatus.failure
        }
    }

    /// Writes `files` (name to text) into `folder`, creating it.
    static func writeCalendars(_ files: [String: String], to folder: String) throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for name in files.keys.sorted() {
                try Data((files[name] ?? "").utf8).write(to: url.appendingPathComponent(name))
            }
        } catch {
            printError("error: cannot write the calendars to \(folder): \(error.localizedDescription)")
            throw ExitStatus.failure
        }
        if files.isEmpty { printError("note: no calendar written (the problem needs horizon.start for dates)") }
    }

    /// One line about the search, for `--stats`.
    static func describe(_ s: SearchStatistics, seconds: Double) -> String {
        let searchSeconds = max(1e-9, seconds - s.preparationSeconds - s.masterSeconds)
        return String(format: "search: %d iterations in %.2f s (%.0f per second), preparation %.2f s, "
                      + "%d master solves (%d improved, largest %d columns, %.2f s), pool %d routes",
                      s.iterations, searchSeconds, Double(s.iterations) / searchSeconds, s.preparationSeconds,
                      s.masterSolves, s.masterImprovements, s.largestMaster, s.masterSeconds, s.poolSize)
    }
}
