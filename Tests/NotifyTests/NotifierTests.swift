import FieldService
import Foundation
@testable import Notify
import Schedule
import Testing

/// Golden files: `Golden/<name>.txt` holds a message's channel, address, send day,
/// subject and body. Run with `FIELDPLAN_UPDATE_GOLDEN=1` to write them anew (then
/// review the diff).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func text(_ message: Message) -> String {
        "channel: \(message.channel)\naddress: \(message.address ?? "-")\nsendDay: \(message.sendDay)\n"
            + "subject: \(message.subject)\n\n\(message.body)"
    }

    static func check(_ message: Message, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent("\(name).txt")
        let actual = text(message)
        if ProcessInfo.processInfo.environment["FIELDPLAN_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from Golden/\(name).txt", sourceLocation: sourceLocation)
    }
}

@Suite("Notifications")
struct NotifierTests {
    let notifier: Notifier
    let messages: [Message]

    init() throws {
        notifier = try Notifier(problem: Fixture.problem)
        messages = notifier.notifications(for: Fixture.schedule)
    }

    func first(_ kind: String, _ recipient: String? = nil) throws -> Message {
        try #require(messages.first { $0.kind == kind && (recipient == nil || $0.recipient == recipient) })
    }

    @Test("every kind of a first publication, in order")
    func kinds() {
        #expect(messages.map(\.kind) == [
            "appointment_confirmation", "appointment_confirmation", "appointment_confirmation",
            "job_sheet", "job_sheet", "purchase_order", "delay_notice", "delay_notice",
            "referral_handoff", "referral_notice",
            "satisfaction_followup", "satisfaction_followup", "satisfaction_followup",
        ])
        #expect(messages.filter { $0.kind == "delay_notice" }.map(\.recipient) == ["j5", "j6"])
    }

    @Test("golden messages, one per kind (English, en-US dates)")
    func golden() throws {
        try Golden.check(first("appointment_confirmation", "j1"), name: "appointment_confirmation")
        try Golden.check(first("job_sheet", "t2"), name: "job_sheet")
        try Golden.check(first("purchase_order"), name: "purchase_order")
        try Golden.check(first("delay_notice", "j6"), name: "delay_notice_parts")
        try Golden.check(first("delay_notice", "j5"), name: "delay_notice_capacity")
        try Golden.check(first("referral_handoff"), name: "referral_handoff")
        try Golden.check(first("referral_notice"), name: "referral_notice")
        try Golden.check(first("satisfaction_followup", "j1"), name: "satisfaction_followup")
        let moved = notifier.notifications(for: Self.moving("j2", by: 90), previous: Fixture.schedule)
        try Golden.check(try #require(moved.first { $0.kind == "appointment_change" }), name: "appointment_change")
        let dropped = notifier.notifications(for: Self.dropping("j1"), previous: Fixture.schedule)
        try Golden.check(try #require(dropped.first { $0.kind == "appointment_cancellation" }), name: "appointment_cancellation")
    }

    @Test("German templates with de-DE dates")
    func german() throws {
        let german = try Notifier(problem: Fixture.problem, options: NotifyOptions(language: "de"))
        let messages = german.notifications(for: Fixture.schedule)
        try Golden.check(try #require(messages.first { $0.kind == "appointment_confirmation" }), name: "appointment_confirmation.de")
        try Golden.check(try #require(messages.first { $0.kind == "job_sheet" && $0.recipient == "t2" }), name: "job_sheet.de")
    }

    @Test("the same plan gives the same ids, in a new notifier too")
    func stableIDs() throws {
        let again = try Notifier(problem: Fixture.problem).notifications(for: Fixture.schedule)
        #expect(again.map(\.id) == messages.map(\.id))
        #expect(Set(messages.map(\.id)).count == messages.count, "ids are unique")
        #expect(messages.first?.id.hasPrefix("appointment_confirmation:j1:") == true)
        // Against itself, nothing is new.
        #expect(notifier.notifications(for: Fixture.schedule, previous: Fixture.schedule).isEmpty)
    }

    @Test("moving one visit: exactly one change message and one updated job sheet")
    func moveOneVisit() throws {
        let changed = notifier.notifications(for: Self.moving("j2", by: 90), previous: Fixture.schedule)
        #expect(changed.map(\.kind) == ["appointment_change", "job_sheet"])
        #expect(changed.map(\.recipient) == ["j2", "t1"])
        let change = try #require(changed.first)
        // Arrival 10:40 with a 2-hour window: 9:30-11:30 (rounded down to the quarter hour); then 12:10: 11:00-1:00.
        #expect(change.data["previousWindowStart"]?.string == "9:30 AM" && change.data["windowStart"]?.string == "11:00 AM")
        // A move within the same arrival window tells the customer nothing new.
        let small = notifier.notifications(for: Self.moving("j2", by: 2), previous: Fixture.schedule)
        #expect(small.map(\.kind) == ["job_sheet"])
    }

    @Test("dropping a visit cancels it; a new one is confirmed; a cleared day gets an empty job sheet")
    func dropAndAdd() throws {
        let dropped = notifier.notifications(for: Self.dropping("j6"), previous: Fixture.schedule)
        #expect(dropped.map(\.kind) == ["appointment_cancellation", "job_sheet"])
        let sheet = try #require(dropped.last)
        #expect(sheet.recipient == "t2" && sheet.data["hasVisits"] == .bool(false))
        #expect(sheet.body.contains("You have no visits on this day any more."))
        let added = notifier.notifications(for: Fixture.schedule, previous: Self.dropping("j6"))
        // Back in the plan: confirmed, on Ben's sheet, its valve ordered, its customer told it waits for the part.
        #expect(added.map(\.kind) == ["appointment_confirmation", "job_sheet", "purchase_order", "delay_notice",
                                      "satisfaction_followup"])
    }

    @Test("channels follow the customer's preference and what is known")
    func channels() throws {
        #expect(try first("appointment_confirmation", "j1").channel == "email")
        #expect(try first("appointment_confirmation", "j1").address == "cara@example.com")
        #expect(try first("appointment_confirmation", "j2").channel == "sms")
        #expect(try first("appointment_confirmation", "j6").channel == "phone")
        #expect(try first("job_sheet", "t2").channel == "sms", "Ben has no e-mail: the sheet goes by text")
        #expect(try first("satisfaction_followup", "j6").sendDay == 3, "the day after the visit on day 2")
    }

    @Test("the arrival window is configurable")
    func arrivalWindow() throws {
        let narrow = try Notifier(problem: Fixture.problem, options: NotifyOptions(arrivalWindowMinutes: 60))
        let message = try #require(narrow.notifications(for: Fixture.schedule).first)
        #expect(message.data["windowStart"]?.string == "8:30 AM" && message.data["windowEnd"]?.string == "9:30 AM")
    }

    @Test("templates can be replaced from a folder; a missing language is a typed error")
    func overrides() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("See you {{date}}, {{customerName}}\n\nBring: {{#prepare}}[{{.}}]{{/prepare}} & more".utf8)
            .write(to: folder.appendingPathComponent("appointment_confirmation.mustache"))
        let custom = try Notifier(problem: Fixture.problem, options: NotifyOptions(templatesDirectory: folder))
        let message = try #require(custom.notifications(for: Fixture.schedule).first)
        #expect(message.subject == "See you Monday, November 23, 2026, Cara Diaz")
        #expect(message.body.hasPrefix("Bring: [Please clear the way") && message.body.hasSuffix("& more\n"), "no HTML escaping")
        #expect(throws: NotifyError.missingTemplate(kind: "appointment_confirmation", language: "fr")) {
            try Notifier(problem: Fixture.problem, options: NotifyOptions(language: "fr"))
        }
        try Data("{{#broken}}\n\nbody".utf8).write(to: folder.appendingPathComponent("job_sheet.mustache"))
        #expect(throws: NotifyError.self) { try Notifier(problem: Fixture.problem, options: NotifyOptions(templatesDirectory: folder)) }
    }

    @Test("dates and times per locale")
    func dateLocales() throws {
        let date = try #require(CivilDate(year: 2026, month: 11, day: 24))
        #expect(DateLocale.enUS.date(date) == "Tuesday, November 24, 2026")
        #expect(DateLocale.enGB.date(date) == "Tuesday 24 November 2026")
        #expect(DateLocale.deDE.date(date) == "Dienstag, 24. November 2026")
        #expect(DateLocale.enUS.time(0) == "12:00 AM" && DateLocale.enUS.time(13 * 60 + 5) == "1:05 PM")
        #expect(DateLocale.deDE.time(1440 + 9 * 60) == "09:00")
        #expect(DateLocale.enUS.date(try #require(CivilDate(year: 1969, month: 12, day: 31))).hasPrefix("Wednesday"))
    }

    // MARK: Plans derived from the fixture

    static func moving(_ job: String, by minutes: Minutes) -> Schedule {
        var schedule = Fixture.schedule
        for r in schedule.routes.indices {
            for v in schedule.routes[r].visits.indices where schedule.routes[r].visits[v].job == job {
                schedule.routes[r].visits[v].arrival += minutes
                schedule.routes[r].visits[v].start += minutes
                schedule.routes[r].visits[v].end += minutes
            }
        }
        return schedule
    }

    static func dropping(_ job: String) -> Schedule {
        var schedule = Fixture.schedule
        for r in schedule.routes.indices { schedule.routes[r].visits.removeAll { $0.job == job } }
        schedule.routes.removeAll { $0.visits.isEmpty }
        schedule.purchaseOrders.removeAll { $0.jobs.contains(job) }
        schedule.loadingLists.removeAll { $0.items.contains { $0.jobs.contains(job) } }
        schedule.unassigned.append(UnassignedJob(job: job, reason: .capacity, message: "full"))
        return schedule
    }
}

/// Tools on the job sheet: what to borrow at the depot, and each visit's tools with
/// where they come from.
@Suite("Job sheets with tools")
struct JobSheetToolsTests {
    static var problem: Problem {
        var problem = Fixture.problem
        problem.tools = [Tool(id: "threader", name: "Pipe threader"), Tool(id: "camera", name: "Drain camera")]
        problem.depot.tools = ["threader": 1]
        problem.technicians[1].tools = ["camera"]
        if let j6 = problem.jobs.firstIndex(where: { $0.id == "j6" }) { problem.jobs[j6].requiredTools = ["threader", "camera"] }
        return problem
    }

    static var schedule: Schedule {
        var schedule = Fixture.schedule
        schedule.loadingLists[0].tools = [LoadingTool(tool: "threader", jobs: ["j6"])]
        return schedule
    }

    @Test("English: borrow the threader at the depot; the camera is on the van")
    func english() throws {
        let messages = try Notifier(problem: Self.problem, options: NotifyOptions()).notifications(for: Self.schedule)
        let sheet = try #require(messages.first { $0.kind == "job_sheet" && $0.recipient == "t2" })
        #expect(sheet.body.contains("Borrow from the depot for the day (bring back tonight):\n- Pipe threader (threader) for j6"), "\(sheet.body)")
        #expect(sheet.body.contains("   Tool: Drain camera from the van\n   Tool: Pipe threader from the depot, borrowed"), "\(sheet.body)")
    }

    @Test("German templates list the tools too")
    func german() throws {
        let messages = try Notifier(problem: Self.problem, options: NotifyOptions(language: "de")).notifications(for: Self.schedule)
        let sheet = try #require(messages.first { $0.kind == "job_sheet" && $0.recipient == "t2" })
        #expect(sheet.body.contains("Für den Tag im Lager ausleihen (abends zurückbringen):\n- Pipe threader (threader) für j6"), "\(sheet.body)")
        #expect(sheet.body.contains("   Werkzeug: Pipe threader aus: Lager, geliehen"), "\(sheet.body)")
    }
}
