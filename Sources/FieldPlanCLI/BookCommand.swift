import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan book PLAN REQUEST --problem FILE`: the best slots for a new request in a
/// plan, without planning the day again.
struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Offer the best slots (technician, day, arrival window) for a new request in a plan.",
        discussion: """
            PLAN is a schedule written by `optimize --format json`; --problem is the input it was planned from;
            REQUEST is one job in the input format (a JSON object like an entry of "jobs"). Every option keeps the
            plan's other visits with their technician, day and order (later visits of that day may move),
            but when fewer than --count options fit so, the quick local repair also offers options that hand one
            other visit to another technician-day (--no-repair turns it off). Every option is checked: windows,
            breaks, shift and overtime limits, van capacity, parts and the overtime budget.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "The plan (JSON from optimize --format json).")
    var plan: String

    @Argument(help: "The new request: one job in the input format (JSON).")
    var request: String

    @Option(help: "The problem (JSON input) the plan was made for (default: the bundled Scenarios/tomorrow.json).")
    var problem: String?

    @Option(help: "How many options to offer.")
    var count: Int = 3

    @Option(help: "Minutes between two options of the same technician-day.")
    var separation: Double = 60

    @Option(help: "Width of the arrival window told to customers, in minutes.")
    var arrivalWindow: Double = 120

    @Option(help: "Most minutes an option may move another visit's start (default: any).")
    var maxShift: Double?

    @Flag(inversion: .prefixedNo,
          help: "When fewer than --count options fit as the plan stands, also offer options that move one other visit to another technician-day.")
    var repair = true

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Also write the plan with the request booked as the best option (JSON, like optimize --format json).")
    var output: String?

    func validate() throws {
        guard count >= 1, count <= 100 else { throw ValidationError("--count must be between 1 and 100, got \(count)") }
        guard separation.isFinite, separation >= 0 else { throw ValidationError("--separation must be 0 or more, got \(separation)") }
        if let maxShift, !(maxShift.isFinite && maxShift >= 0) {
            throw ValidationError("--max-shift must be 0 or more, got \(maxShift)")
        }
        guard arrivalWindow.isFinite, arrivalWindow >= 0, arrivalWindow <= 1440 else {
            throw ValidationError("--arrival-window must be between 0 and 1440 minutes, got \(arrivalWindow)")
        }
    }

    func run() throws {
        let problem = try loadProblem(self.problem)
        let schedule = try loadPlan(plan)
        let job: Job
        do {
            job = try problem.inputDecoder().decode(Job.self, from: Data(contentsOf: URL(fileURLWithPath: request)))
        } catch {
            printError("error: \(request) is not a job in the input format: \(Self.describe(error))")
            throw ExitStatus.badInput
        }
        var advisor: BookingAdvisor
        let options: [BookingOption]
        do {
            advisor = try BookingAdvisor(problem: problem, schedule: schedule)
            options = try advisor.options(for: job, count: count, separation: separation, maximumShift: maxShift ?? .infinity,
                                         repair: repair)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.badInput
        }
        if let output {
            guard let best = options.first else {
                printError("error: no option, so no plan is written to \(output)")
                throw ExitStatus.failure
            }
            do {
                let booked = try advisor.booked(best, request: job)
                let violations = FieldPlan.check(booked.schedule, for: booked.problem)
                guard violations.isEmpty else {
                    printError("error: the checker rejects the booked plan (a planner bug):\n"
                        + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
                    throw ExitStatus.failure
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try encoder.encode(booked.schedule).write(to: URL(fileURLWithPath: output))
            } catch let error as BookingError {
                printError("error: \(error)")
                throw ExitStatus.failure
            } catch let exit as ExitCode {
                throw exit
            } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.failure
            }
        }
        // Customers are told when the technician will be at the door: the start of work.
        let answer = BookingAnswer(request: job, options: options, arrivalWindow: arrivalWindow, problem: problem)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(answer) else {
                printError("error: cannot encode the options")
                throw ExitStatus.failure
            }
            print(String(decoding: data, as: UTF8.self))
        case .table:
            if options.isEmpty {
                print("No slot for \(job.id): it fits no technician-day of the plan"
                    + (repair ? ", even with one other visit moved to another technician or day" : " as it stands (without --no-repair, one other visit may move to make room)")
                    + ". Re-plan the day (fieldplan optimize) to place it.")
                return
            }
            print("Options for \(job.id) (\(job.customer.name)):")
            for (rank, (option, row)) in zip(options, answer.options).enumerated() {
                let window = (start: row.windowStart, end: row.windowEnd)
                var line = "\(rank + 1). \(option.technicianName) (\(option.technician)), \(Self.day(option.day, problem.horizon)), "
                    + "arrival \(Self.clock(window.start))-\(Self.clock(window.end)) (planned \(Self.clock(option.start))), "
                    + "adds \(String(format: "%.2f", option.addedCost))"
                line += option.after.map { ", after \($0)" } ?? ", first visit of the day"
                if !option.shiftedVisits.isEmpty {
                    line += "; shifts \(option.shiftedVisits.count) visit\(option.shiftedVisits.count == 1 ? "" : "s") "
                        + "by up to \(Int(option.largestShift.rounded())) min"
                }
                if !option.orders.isEmpty { line += "; orders \(option.orders.joined(separator: ", "))" }
                if let moved = row.moved {
                    line += "; moves \(moved.job) to \(moved.technicianName) (\(moved.technician)), "
                        + "\(Self.day(moved.day, problem.horizon)), arrival \(moved.window) (planned \(Self.clock(moved.start)), "
                        + "was \(Self.clock(moved.previousStart)))"
                }
                print(line)
            }
        }
    }

    static func clock(_ minutes: Minutes) -> String { formatClock(minutes) }

    static func day(_ day: Int, _ horizon: Horizon) -> String {
        horizon.startDate.map { "day \(day) (\($0.adding(days: day - 1)))" } ?? "day \(day)"
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DecodingError {
            switch error {
            case let .dataCorrupted(c), let .keyNotFound(_, c), let .typeMismatch(_, c), let .valueNotFound(_, c):
                let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                if case let .keyNotFound(key, _) = error { return "\(path.isEmpty ? "" : path + ": ")required field \"\(key.stringValue)\" is missing" }
                return (path.isEmpty ? "" : path + ": ") + c.debugDescription
            @unknown default:
                return "\(error)"
            }
        }
        return "\(error)"
    }
}
