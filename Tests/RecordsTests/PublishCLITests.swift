import FieldService
import Foundation
import Records
import Schedule
import Testing

/// `fieldplan publish`: a plan and its messages in the database, only changes on a
/// re-publish, and a real crash in the middle leaves the previous plan intact.
@Suite("fieldplan publish", .serialized)
struct PublishCLITests {
    struct Files {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-publish-\(UUID().uuidString)")
        var db: String { folder.appendingPathComponent("records.sqlite").path }
        var plan: String { folder.appendingPathComponent("plan.json").path }
        var moved: String { folder.appendingPathComponent("moved.json").path }
    }

    /// Plans the small day, and a copy with its first route's last visit 90 minutes later:
    /// outside the 60-minute window (`--arrival-window 60`) its customer was told, even when
    /// that window begins with the customer's hours at the visit's start.
    func prepare() throws -> Files {
        let files = Files()
        try FileManager.default.createDirectory(at: files.folder, withIntermediateDirectories: true)
        let planned = try RecordsCLI.run(["optimize", "Scenarios/small.json", "--seconds", "20", "--iterations", "200",
                                          "--seed", "1", "--format", "json", "--output", files.plan])
        #expect(planned.status == 0, "\(planned.stderr)")
        var schedule = try JSONDecoder().decode(Schedule.self, from: Data(contentsOf: URL(fileURLWithPath: files.plan)))
        let last = schedule.routes[0].visits.count - 1
        schedule.routes[0].visits[last].arrival += 90
        schedule.routes[0].visits[last].start += 90
        schedule.routes[0].visits[last].end += 90
        schedule.routes[0].returnTime += 90
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(schedule).write(to: URL(fileURLWithPath: files.moved))
        return files
    }

    @Test("publishing twice adds nothing; a moved visit queues one change and one job sheet")
    func publishAndRepublish() throws {
        let files = try prepare()
        defer { try? FileManager.default.removeItem(at: files.folder) }
        let first = try RecordsCLI.run(["publish", files.plan, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("published plan 1 (first plan of this horizon)"))
        let queued = try RecordStore(path: files.db).outbox(status: .pending).count
        #expect(queued > 10)
        let again = try RecordsCLI.run(["publish", files.plan, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(again.status == 0 && again.stdout.hasPrefix("unchanged"), "\(again.stdout)\(again.stderr)")
        let moved = try RecordsCLI.run(["publish", files.moved, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("2 messages queued: appointment_change 1, job_sheet 1"), "\(moved.stdout)")
        let store = try RecordStore(path: files.db)
        #expect(try store.outbox(status: .pending).count == queued + 2)
        #expect(try store.latestPublished()?.id == 2)
    }

    @Test("a crash in the middle of a publish leaves the previous published plan and outbox intact")
    func crashMidPublish() throws {
        let files = try prepare()
        defer { try? FileManager.default.removeItem(at: files.folder) }
        let first = try RecordsCLI.run(["publish", files.plan, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try RecordStore(path: files.db)
        let outboxBefore = try before.outbox(status: nil).map(\.id)
        let planBefore = try #require(try before.latestPublished())

        // The process dies (exit 70) right after writing the first new outbox row, inside the transaction.
        let crashed = try RecordsCLI.run(["publish", files.moved, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"],
                                         environment: [RecordStore.crashHookVariable: "1"])
        #expect(crashed.status == 70, "\(crashed.stdout)\(crashed.stderr)")

        let after = try RecordStore(path: files.db)
        #expect(try after.latestPublished()?.id == planBefore.id)
        #expect(try after.latestPublished()?.contentHash == planBefore.contentHash)
        #expect(try after.outbox(status: nil).map(\.id) == outboxBefore)

        // The next publish works and adds exactly the change.
        let retried = try RecordsCLI.run(["publish", files.moved, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(try RecordStore(path: files.db).outbox(status: nil).count == outboxBefore.count + 2)
    }

    @Test("a plan the checker rejects is not published")
    func rejectsInfeasiblePlan() throws {
        let files = try prepare()
        defer { try? FileManager.default.removeItem(at: files.folder) }
        var schedule = try JSONDecoder().decode(Schedule.self, from: Data(contentsOf: URL(fileURLWithPath: files.plan)))
        schedule.routes[0].visits[0].start -= 600
        try JSONEncoder().encode(schedule).write(to: URL(fileURLWithPath: files.moved))
        let result = try RecordsCLI.run(["publish", files.moved, "--problem", "Scenarios/small.json", "--db", files.db, "--arrival-window", "60"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the checker rejects this plan"))
        if FileManager.default.fileExists(atPath: files.db) {
            let latest = try RecordStore(path: files.db).latestPublished()
            #expect(latest == nil)
        }
    }
}
