import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `fieldplan record FILE [--db PATH]`.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Import service records (what happened on visits) into the records database.",
        discussion: """
            FILE is JSON: {"records": [...]} (README, "Records"). A record for a job and date already stored \
            updates the fields it sets. Nothing is imported when a record is invalid (exit 2).
            """
    )

    @Argument(help: "Record file.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            printError("error: cannot read \(file): \(error.localizedDescription)")
            throw ExitStatus.badInput
        }
        do {
            let records = try ServiceRecordFile.decode(json: data).records
            let store = try database.open(mustExist: false)
            let result = try store.importRecords(records)
            print("\(file): \(result.added) added, \(result.updated) updated, \(result.unchanged) unchanged")
        } catch let error as RecordStoreError {
            throw fail(error)
        }
    }
}
