import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan generate --jobs N --technicians M [--days D] --seed S [--start DATE] [--output FILE]`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic, reproducible planning problem as JSON.",
        discussion: """
            Generates a regional home-services company around Grand Rapids, MI: technicians with skills, \
            shifts, lunch breaks, overtime and van stock; jobs with windows, urgencies, parts and wishes; \
            parts, suppliers and partner providers. The same options give the same file, byte for byte.
            """
    )

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

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (0...100_000).contains(jobs) else { throw ValidationError("--jobs must be between 0 and 100000, got \(jobs)") }
        guard (1...20_000).contains(technicians) else {
            throw ValidationError("--technicians must be between 1 and 20000, got \(technicians)")
        }
        guard (1...366).contains(days) else { throw ValidationError("--days must be between 1 and 366, got \(days)") }
        if let start, CivilDate(parsing: Substring(start)) == nil {
            throw ValidationError("--start must be a date YYYY-MM-DD, got \"\(start)\"")
        }
    }

    func run() throws {
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
