import Foundation

/// A message the plan requires someone to send.
///
/// Notifications are derived from a schedule (and from the difference to the last
/// published one); `Notify` builds them. The same plan gives the same ids, so a
/// message is never sent twice.
public struct Notification: Sendable, Hashable, Codable {
    /// Deterministic id: the same plan gives the same ids.
    public var id: String
    /// Kind: `appointment_confirmation`, `appointment_change`, `appointment_cancellation`,
    /// `job_sheet`, `purchase_order`, `delay_notice`, `referral_handoff`, `referral_notice`
    /// or `satisfaction_followup`.
    public var kind: String
    /// Who receives it: a job id (its customer), a technician, supplier or provider id.
    public var recipient: String
    /// `email`, `sms` or `phone` (a call task for the dispatcher).
    public var channel: String
    /// Where to send it on that channel (e-mail address or phone number), when known.
    public var address: String?
    /// Subject line.
    public var subject: String
    /// Text.
    public var body: String
    /// Day of the horizon on which to send it (1 = the first planned day; 0 = today, at
    /// once). A satisfaction follow-up goes out the day after the visit.
    public var sendDay: Int
    /// The values the subject and body were rendered from (the template's context).
    public var data: MessageValue
    /// Files that go with it (a job sheet's iCalendar file).
    public var attachments: [Attachment]

    public init(id: String, kind: String, recipient: String, channel: String, address: String? = nil,
                subject: String, body: String, sendDay: Int = 0, data: MessageValue = .object([:]),
                attachments: [Attachment] = []) {
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
    }
}

extension Notification {
    enum CodingKeys: String, CodingKey {
        case id, kind, recipient, channel, address, subject, body, sendDay, data, attachments
    }

    /// Decodes a notification; `address`, `sendDay`, `data` and `attachments` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(String.self, forKey: .kind)
        recipient = try c.decode(String.self, forKey: .recipient)
        channel = try c.decode(String.self, forKey: .channel)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        subject = try c.decode(String.self, forKey: .subject)
        body = try c.decode(String.self, forKey: .body)
        sendDay = try c.decodeIfPresent(Int.self, forKey: .sendDay) ?? 0
        data = try c.decodeIfPresent(MessageValue.self, forKey: .data) ?? .object([:])
        attachments = try c.decodeIfPresent([Attachment].self, forKey: .attachments) ?? []
    }
}

/// A file attached to a notification.
public struct Attachment: Sendable, Hashable, Codable {
    /// File name, e.g. `t-mara-day1.ics`.
    public var filename: String
    /// Media type, e.g. `text/calendar`.
    public var mediaType: String
    /// The file's text.
    public var content: String

    public init(filename: String, mediaType: String, content: String) {
        self.filename = filename
        self.mediaType = mediaType
        self.content = content
    }
}

/// A JSON-like value: what a message template is rendered from.
public enum MessageValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([MessageValue])
    case object([String: MessageValue])
    case null

    /// The value under `key` of an object (nil otherwise).
    public subscript(key: String) -> MessageValue? {
        if case let .object(fields) = self { return fields[key] }
        return nil
    }

    /// The text of a string value.
    public var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }
}

extension MessageValue: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let l = try? c.decode([MessageValue].self) {
            self = .list(l)
        } else {
            self = .object(try c.decode([String: MessageValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .string(s): try c.encode(s)
        case let .number(n): try c.encode(n)
        case let .bool(b): try c.encode(b)
        case let .list(l): try c.encode(l)
        case let .object(o): try c.encode(o)
        case .null: try c.encodeNil()
        }
    }
}
