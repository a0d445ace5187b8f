import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `fieldplan publish PLAN --problem FILE [--db PATH]`: stores a plan as the published
/// plan and queues the messages it needs, against the last published plan of the
/// same horizon (only what changed).
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store a plan as the published plan and queue its messages in the outbox.",
        discussion: """
            PLAN is a schedule written by `optimize --format json`; --problem is the input it was planned from.
            The messages are made against the last published plan of the same horizon start, so only what
            changed is queued; publishing the same plan again adds nothing. The plan and its messages are
            written in one transaction: a crash leaves the previous published plan intact.
            Exit 1 if the independent checker rejects the plan (nothing is stored).
            """
    )

    @Argument(help: "The plan to publish (JSON from optimize --format json).")
    var plan: String

    @Option(help: "The problem (JSON input) the plan was made for.")
    var problem: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let problem = try loadProblem(self.problem)
        let schedule = try loadPlan(plan)
        let violations = FieldPlan.check(schedule, for: problem)
        guard violations.isEmpty else {
            printError("error: the checker rejects this plan for \(self.problem); nothing was published:\n"
                + violations.prefix(20).map { "  \($0)" }.joined(separator: "\n"))
            throw ExitStatus.failure
        }
        let notifier = try messages.notifier(for: problem)
        let store = try database.open(mustExist: false)
        do {
            let last = try store.latestPublished()
            // Days are counted from the horizon start: only a plan of the same horizon can be compared.
            let previous = last.flatMap { $0.problem.horizon.startDate == problem.horizon.startDate ? $0.schedule : nil }
            let queued = notifier.notifications(for: schedule, previous: previous)
            let result = try store.publish(schedule, problem: problem, notifications: queued, at: Date())
            print(Self.describe(result, queued: queued, against: previous != nil))
        } catch {
            throw fail(error)
        }
    }

    /// `published plan 3: 12 messages queued (2 already queued): appointment_change 1, job_sheet 1`.
    static func describe(_ result: PublishResult, queued: [Message], against previous: Bool) -> String {
        if result.isUnchanged {
            return "unchanged: plan \(result.planID) is already the published plan; nothing added"
        }
        let counts = Dictionary(grouping: queued, by: \.kind).mapValues(\.count)
        let kinds = counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        let basis = previous ? "against the last published plan" : "first plan of this horizon"
        return "published plan \(result.planID) (\(basis)): \(result.messagesAdded) messages queued"
            + (result.messagesAlreadyPresent > 0 ? " (\(result.messagesAlreadyPresent) already queued)" : "")
            + (kinds.isEmpty ? "" : ": \(kinds)")
    }
}
