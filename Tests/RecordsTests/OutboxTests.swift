import FieldService
import Foundation
import Schedule
import Testing
import struct Schedule.Notification
@testable import Records

@Suite("Outbox")
struct OutboxTests {
    func storeWithMessages() throws -> (RecordStore, [Notification]) {
        let store = try RecordStore.inMemory()
        let messages = [Fixture.notification("m-day2", sendDay: 2), Fixture.notification("m-now-a", sendDay: 0),
                        Fixture.notification("sheet-day1", sendDay: 1), Fixture.notification("m-now-b", sendDay: 0)]
        _ = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: messages, at: Fixture.instant())
        return (store, messages)
    }

    @Test("messages are listed by send day, then in the order they were added, with everything stored")
    func listing() throws {
        let (store, messages) = try storeWithMessages()
        let outbox = try store.outbox(status: nil)
        #expect(outbox.map(\.id) == ["m-now-a", "m-now-b", "sheet-day1", "m-day2"])
        #expect(outbox.allSatisfy { $0.status == .pending && $0.createdAt == Fixture.instant() })
        #expect(outbox.allSatisfy { $0.sentAt == nil && $0.failedAt == nil && $0.error == nil })
        for message in outbox {
            #expect(messages.contains(message.notification), "\(message.id) round trip")
        }
        let sheet = try #require(outbox.first { $0.id == "sheet-day1" })
        #expect(sheet.attachments.first?.content == "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        #expect(sheet.data["nested"]?["day"] == .number(1))
        #expect(try store.outbox(status: .pending).count == 4)
        #expect(try store.outbox(status: .sent).isEmpty)
    }

    @Test("marking sent and failed sets status, timestamps and the error; filters follow")
    func marking() throws {
        let (store, _) = try storeWithMessages()
        try store.markSent("m-now-a", at: Fixture.instant(60))
        try store.markFailed("m-now-b", error: "SMS gateway: number unreachable", at: Fixture.instant(120))

        #expect(try store.outbox(status: .pending).map(\.id) == ["sheet-day1", "m-day2"])
        let sent = try store.outbox(status: .sent)
        #expect(sent.map(\.id) == ["m-now-a"])
        #expect(sent.first?.sentAt == Fixture.instant(60))
        #expect(sent.first?.failedAt == nil)
        let failed = try store.outbox(status: .failed)
        #expect(failed.map(\.id) == ["m-now-b"])
        #expect(failed.first?.failedAt == Fixture.instant(120))
        #expect(failed.first?.error == "SMS gateway: number unreachable")
        #expect(failed.first?.sentAt == nil)

        // A retry that succeeds: sent, with the failure kept as history.
        try store.markSent("m-now-b", at: Fixture.instant(180))
        let retried = try #require(try store.outbox(status: .sent).first { $0.id == "m-now-b" })
        #expect(retried.sentAt == Fixture.instant(180))
        #expect(retried.failedAt == Fixture.instant(120))
        #expect(retried.error == "SMS gateway: number unreachable")
        #expect(try store.outbox(status: .failed).isEmpty)
    }

    @Test("an unknown id is a typed error and changes nothing")
    func unknownID() throws {
        let (store, _) = try storeWithMessages()
        #expect(throws: RecordStoreError.unknownMessage(id: "nope")) { try store.markSent("nope", at: Fixture.instant()) }
        #expect(throws: RecordStoreError.unknownMessage(id: "nope")) {
            try store.markFailed("nope", error: "x", at: Fixture.instant())
        }
        #expect(try store.outbox(status: .pending).count == 4)
    }

    @Test("OutboxStatus has the three stored codes")
    func statuses() {
        #expect(OutboxStatus.allCases.map(\.rawValue) == ["pending", "sent", "failed"])
    }
}
