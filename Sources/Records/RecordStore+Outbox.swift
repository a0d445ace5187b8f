import Foundation
import GRDB
import Schedule

extension RecordStore {
    /// The outbox's messages with `status` (all of them when nil), ordered by send day,
    /// then by the order they were added.
    public func outbox(status: OutboxStatus?) throws(RecordStoreError) -> [OutboxMessage] {
        let rows = try perform {
            try queue.read { db in
                if let status {
                    try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE status = ? ORDER BY send_day, seq",
                                     arguments: [status.rawValue])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY send_day, seq")
                }
            }
        }
        var messages: [OutboxMessage] = []
        messages.reserveCapacity(rows.count)
        for row in rows { messages.append(try Self.outboxMessage(row)) }
        return messages
    }

    /// Marks a message as sent at `date`. A message marked failed before keeps its
    /// `failedAt` and `error` as history.
    ///
    /// - Throws: ``RecordStoreError/unknownMessage(id:)`` when no message has the id.
    public func markSent(_ id: String, at date: Date) throws(RecordStoreError) {
        try perform {
            try queue.write { db in
                try db.execute(sql: "UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?", arguments: [date, id])
                if db.changesCount == 0 { throw RecordStoreError.unknownMessage(id: id) }
            }
        }
    }

    /// Marks a message as failed at `date` with the error text `error` (from the mail or
    /// SMS gateway, say).
    ///
    /// - Throws: ``RecordStoreError/unknownMessage(id:)`` when no message has the id.
    public func markFailed(_ id: String, error: String, at date: Date) throws(RecordStoreError) {
        try perform {
            try queue.write { db in
                try db.execute(sql: "UPDATE outbox SET status = 'failed', failed_at = ?, error = ? WHERE id = ?",
                               arguments: [date, error, id])
                if db.changesCount == 0 { throw RecordStoreError.unknownMessage(id: id) }
            }
        }
    }

    private static func outboxMessage(_ row: Row) throws(RecordStoreError) -> OutboxMessage {
        let id: String = (try? row.decode(String.self, forColumn: "id")) ?? "?"
        let (statusText, dataJSON, attachmentsJSON) = try rowValues(row) {
            (try $0.decode(String.self, forColumn: "status"), try $0.decode(String.self, forColumn: "data_json"),
             try $0.decode(String.self, forColumn: "attachments_json"))
        }
        guard let status = OutboxStatus(rawValue: statusText) else {
            throw .corruptData(reason: "outbox message \(id) has the status \"\(statusText)\"")
        }
        let data = try decodeJSON(MessageValue.self, dataJSON, what: "outbox message \(id)'s data")
        let attachments = try decodeJSON([Attachment].self, attachmentsJSON, what: "outbox message \(id)'s attachments")
        return try rowValues(row) { row in
            OutboxMessage(
                id: id, kind: try row.decode(String.self, forColumn: "kind"),
                recipient: try row.decode(String.self, forColumn: "recipient"),
                channel: try row.decode(String.self, forColumn: "channel"),
                address: try row.decode(String?.self, forColumn: "address"),
                subject: try row.decode(String.self, forColumn: "subject"),
                body: try row.decode(String.self, forColumn: "body"),
                sendDay: try row.decode(Int.self, forColumn: "send_day"),
                data: data, attachments: attachments,
                planID: try row.decode(Int64.self, forColumn: "plan_id"),
                status: status,
                createdAt: try row.decode(Date.self, forColumn: "created_at"),
                sentAt: try row.decode(Date?.self, forColumn: "sent_at"),
                failedAt: try row.decode(Date?.self, forColumn: "failed_at"),
                error: try row.decode(String?.self, forColumn: "error"))
        }
    }

    /// Reads values out of a row, a failure being a ``RecordStoreError/corruptData(reason:)``.
    static func rowValues<T>(_ row: Row, _ body: (Row) throws -> T) throws(RecordStoreError) -> T {
        do {
            return try body(row)
        } catch {
            throw .corruptData(reason: "\(error)")
        }
    }
}
