import FieldService
import Foundation
import Schedule

/// Turns a plan into the messages a dispatcher sends: appointment confirmations (or
/// changes and cancellations against the last published plan), technicians' job
/// sheets with an iCalendar file, supplier orders, delay notices, referral hand-offs
/// and notices, and satisfaction follow-ups.
///
/// Every message has a deterministic id (``Notification/id``) built from the data it
/// was rendered from, so the same plan gives the same messages, and against a
/// previous plan only what changed is new.
///
/// ```swift
/// let notifier = try Notifier(problem: problem, options: NotifyOptions(language: "en"))
/// let messages = notifier.notifications(for: schedule, previous: lastPublished)
/// ```
public struct Notifier: Sendable {
    public let problem: Problem
    public let options: NotifyOptions
    let templates: TemplateSet
    let dates: DateLocale
    let company: String
    let jobsByID: [String: Job]
    let techniciansByID: [String: Technician]

    /// Loads the templates (shipped, or from `options.templatesDirectory`).
    /// - Throws: ``NotifyError`` when a template is missing or does not parse.
    public init(problem: Problem, options: NotifyOptions = NotifyOptions()) throws(NotifyError) {
        self.problem = problem
        self.options = options
        templates = try TemplateSet(language: options.language, override: options.templatesDirectory)
        dates = options.effectiveDateLocale
        company = options.company ?? Self.companyName(problem.name)
        jobsByID = Dictionary(problem.jobs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        techniciansByID = Dictionary(problem.technicians.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The messages of `schedule`. With `previous` (the last published plan of the same
    /// problem), only what changed: confirmations for new visits, changes for moved ones,
    /// cancellations for dropped ones, and the other messages whose content changed.
    public func notifications(for schedule: Schedule, previous: Schedule? = nil) -> [Message] {
        var result = appointments(schedule, previous: previous)
        // A cancelled visit's customer hears it from the cancellation, not from a delay notice too.
        let cancelled = Set(result.filter { $0.kind == "appointment_cancellation" }.map(\.recipient))
        var others = jobSheets(schedule, previous: previous) + purchaseOrders(schedule)
            + delayNotices(schedule).filter { !cancelled.contains($0.recipient) }
            + referralMessages(schedule) + followUps(schedule)
        if let previous {
            let before = Set((jobSheets(previous, previous: nil) + purchaseOrders(previous) + delayNotices(previous)
                + referralMessages(previous) + followUps(previous)).map(\.id))
            others.removeAll { before.contains($0.id) }
        }
        result += others
        return result
    }

    // MARK: Building blocks

    /// A message of `kind` to `recipient`, rendered from `data`.
    func message(_ kind: String, entity: String, recipient: String, channel: (String, String?), sendDay: Int = 0,
                 data: [String: MessageValue], attachments: [Attachment] = []) -> Message {
        var fields = data
        fields["company"] = .string(company)
        let value = MessageValue.object(fields)
        let (subject, body) = templates.render(kind, value)
        return Message(id: MessageID.make(kind: kind, entity: entity, data: value), kind: kind,
                            recipient: recipient, channel: channel.0, address: channel.1, subject: subject, body: body,
                            sendDay: sendDay, data: value, attachments: attachments)
    }

    /// The date of a day (`Tuesday, November 24, 2026`), or `day 2` without a start date.
    func dateText(_ day: Int) -> String {
        problem.horizon.date(ofDay: day).map(dates.date) ?? (options.language.hasPrefix("de") ? "Tag \(day)" : "day \(day)")
    }

    /// The clock time of an absolute time on `day`.
    func clock(_ time: Minutes, day: Int) -> String {
        dates.time(time - Minutes(day - 1) * minutesPerDay)
    }

    /// Where a customer is reached: the preferred channel when its address is known.
    func channel(for customer: Customer) -> (String, String?) {
        let preferred = customer.preferredChannel ?? (customer.email != nil ? .email : customer.phone != nil ? .sms : .phone)
        switch preferred {
        case .email:
            if let email = customer.email { return ("email", email) }
            if let phone = customer.phone { return ("sms", phone) }
        case .sms:
            if let phone = customer.phone { return ("sms", phone) }
            if let email = customer.email { return ("email", email) }
        case .phone:
            if let phone = customer.phone { return ("phone", phone) }
            if let email = customer.email { return ("email", email) }
        }
        return ("phone", nil)
    }

    /// Where a technician, supplier or partner is reached: e-mail, else a text, else a call task.
    func channel(for contact: Contact, textable: Bool) -> (String, String?) {
        if let email = contact.email { return ("email", email) }
        if let phone = contact.phone { return (textable ? "sms" : "phone", phone) }
        return ("phone", nil)
    }

    /// `hvac 2, gas 1`.
    static func skillsText(_ skills: [String: Int]) -> String {
        skills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    /// The first word of a name.
    static func firstName(_ name: String) -> String {
        String(name.split(separator: " ").first ?? Substring(name))
    }

    /// `Northside Home Services` from `Northside Home Services: Monday`.
    static func companyName(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return "FieldPlan" }
        let cut = name.firstIndex { $0 == ":" || $0 == "," } ?? name.endIndex
        let head = name[..<cut].trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? name : head
    }

    /// The part's name, or its id.
    func partName(_ id: String) -> String { problem.part(id)?.name ?? id }
    func toolName(_ id: String) -> String { problem.tool(id)?.name ?? id }
}
