import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan generate --jobs N --technicians M [--days D] --seed S [--start DATE] [--output FILE]`,
/// or `--format trsp [--skills S --tools T --parts P]` for a TRSP text file.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic, reproducible planning problem as JSON (or a TRSP instance).",
        discussion: """
            Generates a regional home-services company around Grand Rapids, MI: technicians with skills, \
            shifts, lunch breaks, overtime and van stock; jobs with windows, urgencies, parts and wishes; \
            parts, suppliers and partner providers. The same options give the same file, byte for byte. \
            With --format trsp it writes a TRSP instance instead (the text format of Pillac et al., read by \
            --input-format trsp): --jobs requests, --technicians technicians, --skills, --tools and --parts \
            types (5 each by default), on a 100 x 100 plane.
            """
    )

    /// What `generate` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// The FieldPlan JSON format.
        case json
        /// A TRSP text file (``TRSPGenerator``).
        case trsp
    }

    @Option(help: "Number of jobs (0-100000).")
    var jobs: Int

    @Option(help: "Number of technicians (1-20000).")
    var technicians: Int

    @Option(help: "Days in the horizon (1-366).")
    var days: Int = 1

    @Option(help: "Random seed: the same options and seed give the same file.")
    var seed: UInt64

    @Option(help: "Calendar date of day 1, YYYY-MM-DD (default 2026-11-23, a Monday).")
    var start: String?

    @Option(name: .shortAndLong, help: "Write the file to this path instead of standard output.")
    var output: String?

    @Option(help: "Output format: json (a FieldPlan problem) or trsp (a TRSP text file).")
    var format: Format = .json

    @Option(help: "TRSP only: number of skill types (0-100, default 5).")
    var skills: Int?

    @Option(help: "TRSP only: number of tool types (0-100, default 5).")
    var tools: Int?

    @Option(help: "TRSP only: number of spare part types (0-100, default 5).")
    var parts: Int?

    func validate() throws {
        if format == .trsp {
            try validateTRSP()
            return
        }
        for (name, value) in [("--skills", skills), ("--tools", tools), ("--parts", parts)] where value != nil {
            throw ValidationError("\(name) applies to --format trsp only")
        }
        guard (0...100_000).contains(jobs) else { throw ValidationError("--jobs must be between 0 and 100000, got \(jobs)") }
        guard (1...20_000).contains(technicians) else {
            throw ValidationError("--technicians must be between 1 and 20000, got \(technicians)")
        }
        guard (1...366).contains(days) else { throw ValidationError("--days must be between 1 and 366, got \(days)") }
        if let start, CivilDate(parsing: Substring(start)) == nil {
            throw ValidationError("--start must be a date YYYY-MM-DD, got \"\(start)\"")
        }
    }

    /// The limits of a TRSP instance that `--input-format trsp` can plan.
    private func validateTRSP() throws {
        guard (0...Problem.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 0 and \(Problem.maximumJobs) with --format trsp, got \(jobs)")
        }
        guard (1...Problem.maximumTechnicians).contains(technicians) else {
            throw ValidationError("--technicians must be between 1 and \(Problem.maximumTechnicians) with --format trsp, got \(technicians)")
        }
        if days != 1 { throw ValidationError("--days applies to --format json only") }
        if start != nil { throw ValidationError("--start applies to --format json only") }
        for (name, value) in [("--skills", skills), ("--tools", tools), ("--parts", parts)] {
            if let value, !(0...100).contains(value) {
                throw ValidationError("\(name) must be between 0 and 100, got \(value)")
            }
        }
    }

    func run() throws {
        if format == .trsp {
            try runTRSP()
            return
        }
        let startDate = start.flatMap { CivilDate(parsing: Substring($0)) }
        let problem = ScenarioGenerator(jobs: jobs, technicians: technicians, days: days, seed: seed,
                                        startDate: startDate).make()
        let issues = problem.validate()
        guard issues.isEmpty else {
            printError("error: the generated problem is invalid (a generator bug):\n"
                + issues.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitStatus.failure
        }
        let data: Data
        do {
            data = try ScenarioGenerator.json(problem)
        } catch {
            printError("error: cannot encode the problem: \(error)")
            throw ExitStatus.failure
        }
        try write(data)
    }

    /// Writes a TRSP instance, after checking that it loads (a failure is a generator bug).
    private func runTRSP() throws {
        let text = TRSPGenerator(requests: jobs, technicians: technicians, skills: skills ?? 5, tools: tools ?? 5,
                                 parts: parts ?? 5, seed: seed).make()
        do {
            _ = try Problem.loadTRSP(text: text)
        } catch {
            printError("error: the generated TRSP instance is invalid (a generator bug):\n"
                + error.issues.map { "  \($0)" }.joined(separator: "\n"))
            throw ExitStatus.failure
        }
        try write(Data(text.utf8))
    }

    /// Writes `data` to `--output`, or to standard output.
    private func write(_ data: Data) throws {
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output))
            } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.failure
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
