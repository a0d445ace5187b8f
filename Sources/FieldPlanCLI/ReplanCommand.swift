import ArgumentParser
import FieldPlan
import Foundation
import WhatIf

/// `fieldplan replan PUBLISHED CHANGES --problem FILE --now HH:MM`: the day re-planned
/// after changes, keeping what customers were told where it can.
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Re-plan a published plan after changes, keeping confirmed appointments where possible.",
        discussion: """
            PUBLISHED is the plan customers were told about (JSON from optimize --format json); --problem is the input it
            was planned from; CHANGES is a JSON or YAML file: {"now": {"day": 1, "time": "10:30"}, "edits": [...]} with
            every what-if edit and {"edit": "technician_late", "technician": ID, "minutes": N}. Visits that started
            before --now are frozen; the other confirmed visits keep their technician, day and told arrival window,
            unless one cannot be kept and leaving it unplaced would cost more than --change-penalty (at most
            --max-changes of them). Prints the changed appointments with reasons and the messages to send.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "The published plan (JSON from optimize --format json).")
    var published: String

    @Argument(help: "The changes (JSON, or YAML when it ends in .yaml or .yml).")
    var changes: String

    @Option(help: "The problem (JSON input) the plan was made for (default: the bundled Scenarios/tomorrow.json).")
    var problem: String?

    @Option(help: "The time of the re-plan, HH:MM (default: the changes file's \"now\").")
    var now: String?

    @Option(help: "The day of --now, counted from 1.")
    var day: Int = 1

    @Option(help: "What changing a confirmed appointment costs (compared with a job's unplaced penalty).")
    var changePenalty: Double = 200

    @Option(help: "Most confirmed appointments the re-plan may change (default: no cap).")
    var maxChanges: Int?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Also write the new plan (JSON, like optimize --format json).")
    var output: String?

    @OptionGroup var planning: PlanningOptions
    @OptionGroup var messages: MessageOptions

    func validate() throws {
        if let now, ReplanAnswer.clock(now) == nil { throw ValidationError("--now must be a time HH:MM, got \(now)") }
        guard day >= 1 else { throw ValidationError("--day must be at least 1, got \(day)") }
        guard changePenalty.isFinite, changePenalty >= 0 else { throw ValidationError("--change-penalty must be 0 or more") }
        if let maxChanges, maxChanges < 0 { throw ValidationError("--max-changes must be 0 or more, got \(maxChanges)") }
    }

    func run() throws {
        let problem = try loadProblem(self.problem)
        let schedule = try loadPlan(published)
        let file: ReplanChanges
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: changes))
            file = try ReplanChanges.load(data, yaml: WhatIfScenario.isYAML(changes), for: problem, file: changes)
        } catch let error as WhatIfError {
            printError("error: \(error)")
            throw ExitStatus.badInput
        } catch {
            printError("error: cannot read \(changes): \(error.localizedDescription)")
            throw ExitStatus.badInput
        }
        guard let at = now.flatMap(ReplanAnswer.clock).map({ Minutes(day - 1) * minutesPerDay + $0 }) ?? file.now else {
            printError("error: say when: --now HH:MM, or \"now\" in \(changes)")
            throw ExitStatus.badInput
        }
        var options = planning.planOptions()
        options.progress = nil
        let replanner = Replanner(options: options,
                                  policy: ReplanPolicy(arrivalWindowMinutes: messages.arrivalWindow, changePenalty: changePenalty,
                                                       maximumChanges: maxChanges),
                                  notify: messages.notifyOptions)
        let result: ReplanResult
        do {
            result = try replanner.replan(problem: problem, published: schedule, changes: file.changes, now: at)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.badInput
        }
        let violations = FieldPlan.check(result.schedule, for: result.problem)
        guard violations.isEmpty else {
            printError("error: the independent checker rejects the new plan (a planner bug):\n"
                + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
            throw ExitStatus.failure
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let output {
            do {
                try encoder.encode(result.schedule).write(to: URL(fileURLWithPath: output))
            } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.failure
            }
        }
        switch format {
        case .json:
            guard let data = try? encoder.encode(ReplanAnswer(result, now: at)) else {
                printError("error: cannot encode the re-plan")
                throw ExitStatus.failure
            }
            print(String(decoding: data, as: UTF8.self))
        case .table:
            print(Self.table(result, now: at))
        }
    }

    static func table(_ result: ReplanResult, now: Minutes) -> String {
        var lines = ["Re-planned at \(formatClock(now, showDay: true)): cost \(String(format: "%.2f", result.schedule.kpis.cost)), "
            + "\(result.schedule.kpis.jobsPlaced) jobs placed, \(result.schedule.unassigned.count) unplaced, "
            + "\(result.frozen.count) visit\(result.frozen.count == 1 ? "" : "s") frozen (started before now)."]
        if result.changes.isEmpty {
            lines.append("No confirmed appointment changes.")
        } else {
            lines.append("Changed appointments (\(result.changes.count)):")
            for change in result.changes {
                let from = "\(change.from.assignee) day \(change.from.day) "
                    + (change.from.arrival.map { formatClock($0) } ?? "")
                let to = change.to.map { "\($0.assignee) day \($0.day) " + ($0.arrival.map { formatClock($0) } ?? "") }
                    ?? "not planned"
                lines.append("  \(change.job): \(from) -> \(to). \(change.reason)")
            }
        }
        if !result.windowPassed.isEmpty { lines.append("Windows already over: \(result.windowPassed.joined(separator: ", "))") }
        for job in result.schedule.unassigned where !result.windowPassed.contains(job.job) {
            lines.append("Unplaced \(job.job) (\(job.reason.rawValue)): \(job.message)")
        }
        let kinds = Dictionary(grouping: result.notifications, by: \.kind).map { "\($0.value.count) \($0.key)" }.sorted()
        lines.append("Messages to send: " + (kinds.isEmpty ? "none" : kinds.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
