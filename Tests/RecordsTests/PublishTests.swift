import FieldService
import Foundation
import Schedule
import Testing
import struct Schedule.Notification
@testable import Records

@Suite("Publishing plans")
struct PublishTests {
    @Test("publish, then latestPublished gives the same schedule and problem back (file database, reopened)")
    func roundTrip() throws {
        let db = TemporaryDatabase()
        let notifications = [Fixture.notification("confirm-j1"), Fixture.notification("sheet-t1-1", sendDay: 1)]
        let schedule = Fixture.schedule(notifications: notifications)
        let problem = Fixture.problem()
        let result = try db.open().publish(schedule, problem: problem, notifications: notifications, at: Fixture.instant())
        #expect(result.outcome == .published)
        #expect(result.messagesAdded == 2)
        #expect(result.messagesAlreadyPresent == 0)

        // A second connection to the same file (as the next command would open it).
        let latest = try #require(try db.open().latestPublished())
        #expect(latest.id == result.planID)
        #expect(latest.publishedAt == Fixture.instant())
        #expect(latest.schedule == schedule)
        #expect(latest.problem == problem)
        #expect(latest.contentHash == (try RecordStore.contentHash(of: schedule, problem: problem)))
    }

    @Test("an empty database has no published plan and an empty outbox")
    func empty() throws {
        let store = try RecordStore.inMemory()
        #expect(try store.latestPublished() == nil)
        #expect(try store.outbox(status: nil).isEmpty)
    }

    @Test("re-publishing the same plan adds nothing, whatever the planning time and message list")
    func republishSame() throws {
        let store = try RecordStore.inMemory()
        let notifications = [Fixture.notification("confirm-j1"), Fixture.notification("sheet-t1-1", sendDay: 1)]
        let first = try store.publish(Fixture.schedule(notifications: notifications), problem: Fixture.problem(),
                                      notifications: notifications, at: Fixture.instant())
        let again = try store.publish(Fixture.schedule(solveSeconds: 9.75), problem: Fixture.problem(),
                                      notifications: notifications, at: Fixture.instant(60))
        #expect(again.outcome == .unchanged)
        #expect(again.isUnchanged)
        #expect(again.planID == first.planID)
        #expect(again.messagesAdded == 0)
        #expect(again.messagesAlreadyPresent == 2)
        #expect(try store.outbox(status: nil).count == 2)
        #expect(try store.latestPublished()?.publishedAt == Fixture.instant())
    }

    @Test("publishing a changed plan adds only the notifications with new ids")
    func changedPlan() throws {
        let store = try RecordStore.inMemory()
        let a = Fixture.notification("confirm-j1"), b = Fixture.notification("sheet-t1-1", sendDay: 1)
        let first = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: [a, b], at: Fixture.instant())
        // The visit moves: the same confirmation id comes again with a new text, plus a change message.
        let changedB = Fixture.notification("sheet-t1-1", sendDay: 1, subject: "A new subject")
        let change = Fixture.notification("change-j1-1", kind: "appointment_change")
        let second = try store.publish(Fixture.schedule(shift: 30), problem: Fixture.problem(),
                                       notifications: [a, changedB, change], at: Fixture.instant(3600))
        #expect(second.outcome == .published)
        #expect(second.planID > first.planID)
        #expect(second.messagesAdded == 1)
        #expect(second.messagesAlreadyPresent == 2)
        let outbox = try store.outbox(status: nil)
        #expect(outbox.map(\.id) == ["confirm-j1", "change-j1-1", "sheet-t1-1"])
        let kept = try #require(outbox.first { $0.id == "sheet-t1-1" })
        #expect(kept.subject == b.subject, "a message already queued is left as it was")
        #expect(kept.planID == first.planID)
        #expect(outbox.first { $0.id == "change-j1-1" }?.planID == second.planID)
        #expect(outbox.first { $0.id == "change-j1-1" }?.createdAt == Fixture.instant(3600))
        #expect(try store.latestPublished()?.schedule == Fixture.schedule(shift: 30))
    }

    @Test("a changed problem alone is a changed plan")
    func changedProblem() throws {
        let store = try RecordStore.inMemory()
        _ = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: [], at: Fixture.instant())
        let result = try store.publish(Fixture.schedule(), problem: Fixture.problem(extraJobs: [Fixture.job("j9")]),
                                       notifications: [], at: Fixture.instant(1))
        #expect(result.outcome == .published)
        #expect(try store.latestPublished()?.problem.job("j9") != nil)
    }

    @Test("the content hash ignores the planning time and the notifications only")
    func contentHash() throws {
        let base = try RecordStore.contentHash(of: Fixture.schedule(), problem: Fixture.problem())
        #expect(base.count == 64)
        #expect(try RecordStore.contentHash(of: Fixture.schedule(solveSeconds: 99, notifications: [Fixture.notification("x")]),
                                            problem: Fixture.problem()) == base)
        #expect(try RecordStore.contentHash(of: Fixture.schedule(shift: 1), problem: Fixture.problem()) != base)
        #expect(try RecordStore.contentHash(of: Fixture.schedule(), problem: Fixture.problem(extraJobs: [Fixture.job("j9")])) != base)
    }

    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("a fault after the second outbox row rolls the publish back; the previous plan and outbox stay; a later publish works")
    func faultRollsBack() throws {
        let db = TemporaryDatabase()
        let store = try db.open()
        let a = Fixture.notification("confirm-j1")
        let first = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: [a], at: Fixture.instant())
        try store.markSent("confirm-j1", at: Fixture.instant(10))
        let before = try store.outbox(status: nil)

        let changed = Fixture.schedule(shift: 45)
        let messages = [a, Fixture.notification("change-j1-1"), Fixture.notification("change-j1-2"),
                        Fixture.notification("change-j1-3")]
        var rowsSeen: [Int] = []
        #expect(throws: RecordStoreError.database(message: "injected fault")) {
            try store.publish(changed, problem: Fixture.problem(), notifications: messages, at: Fixture.instant(20)) { row in
                rowsSeen.append(row)
                if row == 2 { throw RecordStoreError.database(message: "injected fault") }
            }
        }
        #expect(rowsSeen == [1, 2])

        let reopened = try db.open()
        let latest = try #require(try reopened.latestPublished())
        #expect(latest.id == first.planID)
        #expect(latest.schedule == Fixture.schedule())
        #expect(try reopened.outbox(status: nil) == before)

        let retry = try reopened.publish(changed, problem: Fixture.problem(), notifications: messages, at: Fixture.instant(30))
        #expect(retry.outcome == .published)
        #expect(retry.messagesAdded == 3)
        #expect(retry.messagesAlreadyPresent == 1)
        #expect(try reopened.latestPublished()?.schedule == changed)
        #expect(try reopened.outbox(status: .pending).map(\.id) == ["change-j1-1", "change-j1-2", "change-j1-3"])
    }

    @Test("a fault in the very first publish leaves an empty database")
    func faultInFirstPublish() throws {
        let store = try RecordStore.inMemory()
        struct Fault: Error {}
        #expect(throws: RecordStoreError.self) {
            try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: [Fixture.notification("a")],
                              at: Fixture.instant()) { _ in throw Fault() }
        }
        #expect(try store.latestPublished() == nil)
        #expect(try store.outbox(status: nil).isEmpty)
        #expect(try store.report(from: Fixture.monday, to: Fixture.monday).technicians.isEmpty)
    }

    @Test("a plan with a NaN cannot be published and changes nothing")
    func unencodable() throws {
        let store = try RecordStore.inMemory()
        var schedule = Fixture.schedule()
        schedule.kpis.cost = .nan
        #expect {
            try store.publish(schedule, problem: Fixture.problem(), notifications: [], at: Fixture.instant())
        } throws: { error in
            if case .unencodablePlan = error as? RecordStoreError { return true }
            return false
        }
        #expect(try store.latestPublished() == nil)
    }

    @Test("a file that is not a database is a database error")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-notdb-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("this is not SQLite, just text that is long enough to be read as a header".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try RecordStore(path: path)
        } throws: { error in
            if case .database = error as? RecordStoreError { return true }
            return false
        }
    }
}
