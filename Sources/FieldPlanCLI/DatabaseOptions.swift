import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `--db PATH`, shared by the commands that use the records database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The records database (SQLite; created when missing by the commands that write).",
                                                        valueName: "path"))
    var path: String = "fieldplan.sqlite"

    /// Opens the database. With `mustExist`, a missing file is bad input (exit 2) rather
    /// than a new empty database, so a mistyped `--db` is noticed.
    func open(mustExist: Bool) throws -> RecordStore {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            printError("error: no records database at \(path) (give --db, or publish a plan or import records first)")
            throw ExitStatus.badInput
        }
        do {
            return try RecordStore(path: path)
        } catch {
            throw fail(error)
        }
    }
}

/// Prints a records error and returns the exit code for it: 2 for what the user gave
/// (an unknown id, a bad record), 1 for the database itself.
func fail(_ error: RecordStoreError) -> ExitCode {
    printError("error: \(error)")
    switch error {
    case .unknownMessage, .invalidRecord, .invalidRecordFile, .noPublishedPlan, .unknownJob, .noComplaint, .unencodablePlan:
        return ExitStatus.badInput
    case .database, .corruptData:
        return ExitStatus.failure
    }
}

/// A plain text table: columns padded to their widest cell, two spaces apart.
enum TextTable {
    static func render(_ rows: [[String]], indent: String = "") -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                line += i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}

/// Pretty-printed JSON with sorted keys and ISO 8601 dates, ending in a line break.
func prettyJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    do {
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
        printError("error: cannot encode the output: \(error)")
        throw ExitStatus.failure
    }
}

/// Parses a `YYYY-MM-DD` option value.
func civilDate(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(parsing: Substring(text)) else {
        throw ValidationError("\(option) must be a date YYYY-MM-DD, got \"\(text)\"")
    }
    return date
}
