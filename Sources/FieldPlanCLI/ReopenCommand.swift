import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `fieldplan reopen JOB [--db PATH]`.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Print a new job for a visit the customer complained about, to add to the next input file.",
        discussion: """
            Copies the job from the latest published plan that has it, as JOB-R1 (or -R2, ...), with the \
            technician of the complained visit excluded and the pin and day limits cleared. Exits 2 when the \
            job is unknown or has no record with a complaint or a satisfaction of 2 or less.
            """
    )

    @Argument(help: "The job's id.")
    var job: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open(mustExist: true)
        do {
            print(try prettyJSON(try store.reopen(job: job)), terminator: "")
        } catch let error as RecordStoreError {
            throw fail(error)
        }
    }
}
