import Foundation
import FieldService
import Schedule
import struct Schedule.Notification

/// Where a message in the outbox stands. The raw values are stored in the database.
public enum OutboxStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting to be sent.
    case pending
    /// Sent (``OutboxMessage/sentAt`` says when).
    case sent
    /// Sending failed (``OutboxMessage/failedAt`` and ``OutboxMessage/error`` say when and why).
    case failed
}

/// A message in the outbox: a published plan's notification and what became of it.
///
/// JSON (for `fieldplan outbox --format json`): the fields below, dates in the
/// encoder's date strategy.
public struct OutboxMessage: Sendable, Hashable, Codable {
    /// The notification's deterministic id (unique in the outbox).
    public var id: String
    /// The notification's kind (`appointment_confirmation`, `job_sheet`, ...).
    public var kind: String
    /// Who receives it (a job id for its customer, a technician, supplier or provider id).
    public var recipient: String
    /// `email`, `sms` or `phone`.
    public var channel: String
    /// E-mail address or phone number, when known.
    public var address: String?
    /// Subject line.
    public var subject: String
    /// Text.
    public var body: String
    /// Day of the horizon on which to send it (0 = at once).
    public var sendDay: Int
    /// The values the text was rendered from.
    public var data: MessageValue
    /// Files that go with it.
    public var attachments: [Attachment]
    /// The published plan that first added it.
    public var planID: Int64
    /// Where it stands.
    public var status: OutboxStatus
    /// When it was added (the plan's publishing time).
    public var createdAt: Date
    /// When it was last marked sent.
    public var sentAt: Date?
    /// When it last failed.
    public var failedAt: Date?
    /// Why it last failed.
    public var error: String?

    /// A message with every field given (the store builds these; tests and front ends may too).
    public init(id: String, kind: String, recipient: String, channel: String, address: String?, subject: String,
                body: String, sendDay: Int, data: MessageValue, attachments: [Attachment], planID: Int64,
                status: OutboxStatus, createdAt: Date, sentAt: Date? = nil, failedAt: Date? = nil, error: String? = nil) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.channel = channel
        self.address = address
        self.subject = subject
        self.body = body
        self.sendDay = sendDay
        self.data = data
        self.attachments = attachments
        self.planID = planID
        self.status = status
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.failedAt = failedAt
        self.error = error
    }

    /// The notification as the plan gave it.
    public var notification: Notification {
        Notification(id: id, kind: kind, recipient: recipient, channel: channel, address: address, subject: subject,
                     body: body, sendDay: sendDay, data: data, attachments: attachments)
    }
}

/// What ``RecordStore/publish(_:problem:notifications:at:)`` did.
public struct PublishResult: Sendable, Hashable, Codable {
    /// Whether a new plan was stored, or the latest one already had the same content.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// A new published plan was stored.
        case published
        /// The latest published plan has the same content: nothing was added.
        case unchanged
    }

    /// What happened.
    public var outcome: Outcome
    /// The id of the latest published plan afterwards (the new one, or the unchanged one).
    public var planID: Int64
    /// Notifications added to the outbox.
    public var messagesAdded: Int
    /// Notifications whose id was in the outbox already (and were left as they are).
    public var messagesAlreadyPresent: Int

    /// A result with every figure given.
    public init(outcome: Outcome, planID: Int64, messagesAdded: Int, messagesAlreadyPresent: Int) {
        self.outcome = outcome
        self.planID = planID
        self.messagesAdded = messagesAdded
        self.messagesAlreadyPresent = messagesAlreadyPresent
    }

    /// Whether nothing was stored because the content had not changed.
    public var isUnchanged: Bool { outcome == .unchanged }
}

/// A plan as it was published.
public struct PublishedPlan: Sendable, Hashable {
    /// Its id (increasing with each publish).
    public var id: Int64
    /// When it was published.
    public var publishedAt: Date
    /// The schedule, as given (notifications and planning time included).
    public var schedule: Schedule
    /// The problem it plans.
    public var problem: Problem
    /// SHA-256 (hex) of the content that decides whether a plan changed: the schedule's
    /// JSON with `kpis.solveSeconds` zeroed and `notifications` emptied, and the problem's JSON.
    public var contentHash: String

    /// A published plan with every field given.
    public init(id: Int64, publishedAt: Date, schedule: Schedule, problem: Problem, contentHash: String) {
        self.id = id
        self.publishedAt = publishedAt
        self.schedule = schedule
        self.problem = problem
        self.contentHash = contentHash
    }
}

/// What ``RecordStore/importRecords(_:)`` did.
public struct ImportResult: Sendable, Hashable, Codable {
    /// Records for a (job, date) not stored before.
    public var added: Int
    /// Records that changed a stored (job, date).
    public var updated: Int
    /// Records for a stored (job, date) that changed nothing (the same values again).
    public var unchanged: Int

    /// A result with the counts given.
    public init(added: Int, updated: Int, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}
