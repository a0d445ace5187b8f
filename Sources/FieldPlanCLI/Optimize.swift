import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan optimize [FILE]`.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan a day (or horizon) and print the schedule.",
        discussion: "With no FILE, plans the bundled Scenarios/tomorrow.json."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "Input JSON file (default: the bundled Scenarios/tomorrow.json).")
    var file: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Time budget in seconds.")
    var seconds: Double = 10

    @Option(help: "Random seed; the same input, options and seed give the same plan.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard seconds.isFinite, seconds >= 0, seconds <= 86_400 else {
            throw ValidationError("--seconds must be between 0 and 86400, got \(seconds)")
        }
    }

    func run() throws {
        let problem = try loadProblem(file)
        let schedule: Schedule
        do {
            schedule = try FieldPlan.optimize(problem, options: PlanOptions(timeLimit: seconds, seed: seed))
        } catch let error as InputError {
            printError(error.issues.map { "error: \($0)" }.joined(separator: "\n"))
            throw ExitStatus.badInput
        } catch {
            printError("error: \(error)")
            throw ExitStatus.failure
        }
        let violations = FieldPlan.check(schedule, for: problem)
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
    }
}
