import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `fieldplan outbox [--db PATH] [--status ...] [--mark-sent ID] [--mark-failed ID --error TEXT] [--format table|json]`.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the messages of published plans, or mark one sent or failed.",
        discussion: """
            Lists the outbox (default: the pending messages) ordered by send day, then by the order they were \
            added. With --mark-sent or --mark-failed it marks that message (now) and prints one line instead. \
            An unknown id exits 2.
            """
    )

    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case pending, sent, failed, all

        var status: OutboxStatus? { OutboxStatus(rawValue: rawValue) }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Which messages to list: pending, sent, failed or all.")
    var status: StatusFilter = .pending

    @Option(help: ArgumentHelp("Mark this message as sent.", valueName: "id"))
    var markSent: String?

    @Option(help: ArgumentHelp("Mark this message as failed (give --error).", valueName: "id"))
    var markFailed: String?

    @Option(help: ArgumentHelp("Why sending failed (with --mark-failed).", valueName: "text"))
    var error: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    func validate() throws {
        if markSent != nil, markFailed != nil { throw ValidationError("--mark-sent and --mark-failed exclude each other") }
        if markFailed != nil, error == nil { throw ValidationError("--mark-failed needs --error TEXT") }
        if error != nil, markFailed == nil { throw ValidationError("--error goes with --mark-failed") }
    }

    func run() throws {
        let store = try database.open(mustExist: true)
        do {
            if let id = markSent {
                try store.markSent(id, at: Date())
                print("\(id): sent")
                return
            }
            if let id = markFailed {
                try store.markFailed(id, error: error ?? "", at: Date())
                print("\(id): failed")
                return
            }
            let messages = try store.outbox(status: status.status)
            switch format {
            case .json:
                print(try prettyJSON(messages), terminator: "")
            case .table:
                print(Self.table(messages, filter: status), terminator: "")
            }
        } catch let error as RecordStoreError {
            throw fail(error)
        }
    }

    /// One row per message: id, kind, recipient, channel, send day, subject (and status
    /// when listing all).
    static func table(_ messages: [OutboxMessage], filter: StatusFilter) -> String {
        guard !messages.isEmpty else { return filter == .all ? "No messages.\n" : "No \(filter.rawValue) messages.\n" }
        let showStatus = filter == .all
        var rows = [["id", "kind", "recipient", "channel", "send day"] + (showStatus ? ["status"] : []) + ["subject"]]
        for m in messages {
            rows.append([m.id, m.kind, m.recipient, m.channel, "\(m.sendDay)"] + (showStatus ? [m.status.rawValue] : [])
                        + [m.subject])
        }
        return TextTable.render(rows).joined(separator: "\n") + "\n"
    }
}
