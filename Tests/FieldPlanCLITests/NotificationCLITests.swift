import Foundation
import Testing

@Suite("fieldplan notifications on the command line", .serialized)
struct NotificationCLITests {
    @Test("optimize lists the messages to send in the table and in JSON, and writes calendars")
    func optimizeMessages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-ics-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "20", "--iterations", "200",
                                 "--ics", folder.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Notifications to send ("))
        #expect(table.stdout.contains("appointment_confirmation"))
        let calendars = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!calendars.isEmpty && calendars.allSatisfy { $0.hasSuffix(".ics") })
        let text = try String(contentsOf: folder.appendingPathComponent(calendars[0]), encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))

        let json = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "20", "--iterations", "200", "--format", "json",
                                "--language", "de", "--arrival-window", "60"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let messages = try #require(object["notifications"] as? [[String: Any]])
        let kinds = Set(messages.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["appointment_confirmation", "job_sheet", "satisfaction_followup", "referral_handoff"]))
        let confirmation = try #require(messages.first { $0["kind"] as? String == "appointment_confirmation" })
        #expect((confirmation["subject"] as? String)?.contains("Ihr Termin am") == true)
        for key in ["id", "recipient", "channel", "subject", "body", "sendDay", "data", "attachments"] {
            #expect(confirmation[key] != nil, "missing \(key)")
        }
    }

    @Test("a missing template language or a bad templates folder is bad input (exit 2)")
    func badTemplates() throws {
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "5", "--language", "fr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no template for appointment_confirmation in language \"fr\""))
        let folder = try CLI.run(["optimize", "Scenarios/small.json", "--templates", "/nonexistent-folder"])
        #expect(folder.status == 64)
    }
}
