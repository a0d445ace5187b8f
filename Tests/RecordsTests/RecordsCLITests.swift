import FieldService
import Foundation
import Testing
import TestSupport
@testable import Records

/// Runs the built `fieldplan` executable and captures what it prints.
enum RecordsCLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle (any scratch path), else `.build/debug/fieldplan`.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [besideTests, besideTests.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("fieldplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/fieldplan")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = root
        let output = try ChildProcess.run(process)
        return Result(status: output.status, stdout: output.stdoutText, stderr: output.stderrText)
    }
}

@Suite("fieldplan outbox, record, report, reopen")
struct RecordsCLITests {
    /// A database with one published plan (three messages) and the report fixture's records.
    func prepared(_ db: borrowing TemporaryDatabase) throws {
        let store = try db.open()
        let messages = [Fixture.notification("confirm-j1"), Fixture.notification("sheet-t1-1", sendDay: 1),
                        Fixture.notification("confirm-j2")]
        _ = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: messages, at: Fixture.instant())
    }

    func writeFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-records-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("outbox lists pending messages, marks them, and lists by status as a table or JSON")
    func outbox() throws {
        let db = TemporaryDatabase()
        try prepared(db)
        let listed = try RecordsCLI.run(["outbox", "--db", db.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("id") == true)
        #expect(lines.first?.contains("send day") == true)
        #expect(lines.dropFirst().map { String($0.prefix { $0 != " " }) } == ["confirm-j1", "confirm-j2", "sheet-t1-1"])

        let sent = try RecordsCLI.run(["outbox", "--db", db.path, "--mark-sent", "confirm-j1"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let failed = try RecordsCLI.run(["outbox", "--db", db.path, "--mark-failed", "confirm-j2", "--error", "bounced"])
        #expect(failed.status == 0, "\(failed.stderr)")

        let json = try RecordsCLI.run(["outbox", "--db", db.path, "--status", "all", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let messages = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(messages.map { $0["id"] as? String } == ["confirm-j1", "confirm-j2", "sheet-t1-1"])
        #expect(messages.map { $0["status"] as? String } == ["sent", "failed", "pending"])
        #expect(messages[1]["error"] as? String == "bounced")
        #expect(messages[0]["sentAt"] is String)

        let failedOnly = try RecordsCLI.run(["outbox", "--db", db.path, "--status", "failed"])
        #expect(failedOnly.stdout.contains("confirm-j2") && !failedOnly.stdout.contains("sheet-t1-1"))

        let unknown = try RecordsCLI.run(["outbox", "--db", db.path, "--mark-sent", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("nope"))
        let usage = try RecordsCLI.run(["outbox", "--db", db.path, "--mark-failed", "confirm-j2"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--error"))
    }

    @Test("a missing database is bad input for outbox, report and reopen")
    func missingDatabase() throws {
        let path = "/nonexistent/fieldplan.sqlite"
        for arguments in [["outbox"], ["report", "--from", "2026-11-23", "--to", "2026-11-23"], ["reopen", "j1"]] {
            let result = try RecordsCLI.run(arguments + ["--db", path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("no records database"), "\(arguments)")
        }
    }

    @Test("record imports a file, then a follow-up; report and reopen use them")
    func recordReportReopen() throws {
        let db = TemporaryDatabase()
        try prepared(db)
        let visits = try writeFile("""
            {"records": [
              {"job": "j1", "technician": "t1", "date": "2026-11-23", "checkIn": "09:00", "checkOut": "10:30",
               "travelMinutes": 20, "travelKm": 10, "labourCost": 60, "partsCost": 12.5, "outcome": "fixed"},
              {"job": "j2", "technician": "t2", "date": "2026-11-23", "outcome": "needs_return"}
            ]}
            """)
        let followUp = try writeFile("""
            {"records": [{"job": "j1", "date": "2026-11-23", "satisfaction": 1, "complaint": "Rude"}]}
            """)
        let invalid = try writeFile("""
            {"records": [{"job": "j1", "date": "2026-11-24", "technician": "t1", "outcome": "fixed"},
                         {"job": "j1", "date": "2026-11-25", "technician": "t1", "outcome": "fixed", "satisfaction": 9}]}
            """)
        defer { for path in [visits, followUp, invalid] { try? FileManager.default.removeItem(atPath: path) } }

        let first = try RecordsCLI.run(["record", visits, "--db", db.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 added, 0 updated"))
        let second = try RecordsCLI.run(["record", followUp, "--db", db.path])
        #expect(second.stdout.contains("0 added, 1 updated"), "\(second.stderr)")
        let bad = try RecordsCLI.run(["record", invalid, "--db", db.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("records[1].satisfaction"), "\(bad.stderr)")

        let table = try RecordsCLI.run(["report", "--from", "2026-11-23", "--to", "2026-11-30", "--db", db.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("By technician") && table.stdout.contains("By job type"))
        #expect(table.stdout.contains("plumbing") && table.stdout.contains("electrical+hvac"))
        let json = try RecordsCLI.run(["report", "--from", "2026-11-23", "--to", "2026-11-30", "--db", db.path,
                                       "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let total = try #require(report["total"] as? [String: Any])
        #expect(total["visits"] as? Int == 2)
        #expect(total["minutesOnSite"] as? Double == 90)
        #expect(total["complaints"] as? Int == 1)
        let backwards = try RecordsCLI.run(["report", "--from", "2026-11-30", "--to", "2026-11-23", "--db", db.path])
        #expect(backwards.status == 64)

        let reopened = try RecordsCLI.run(["reopen", "j1", "--db", db.path])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        // The output is a job of the input format, ready to paste.
        let job = try? JSONDecoder().decode(Job.self, from: Data(reopened.stdout.utf8))
        #expect(job?.id == "j1-R1")
        #expect(job?.excludedTechnicians == ["t1"])
        let noComplaint = try RecordsCLI.run(["reopen", "j2", "--db", db.path])
        #expect(noComplaint.status == 2)
        #expect(noComplaint.stderr.contains("no service record with a complaint"))
    }
}
