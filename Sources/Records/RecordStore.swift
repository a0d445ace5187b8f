import FieldService
import Foundation
import GRDB
import Schedule

/// A SQLite database of what a dispatcher published and what actually happened.
///
/// It keeps:
/// - every **published plan** (schedule and problem as JSON, with a content hash), so
///   the latest one can be compared with a new plan and jobs can be looked up later;
/// - the **outbox**: each notification of a published plan once (by its deterministic
///   id), with its status (`pending`, `sent`, `failed`) and timestamps;
/// - **service records**: one row per visit (job, date) with times, travel, parts,
///   costs, outcome and the customer's satisfaction and complaint;
/// - the ids handed out by ``reopen(job:)``.
///
/// Every method runs in one SQLite transaction, so the database is never left half
/// written. The value is `Sendable` and may be shared across tasks and threads; calls
/// are serialised by GRDB's `DatabaseQueue`. Several processes may use one file: a
/// writer waits up to 10 seconds for another's transaction to end.
public struct RecordStore: Sendable {
    let queue: DatabaseQueue

    /// The name of the environment variable read by ``publish(_:problem:notifications:at:)``
    /// as a **test hook**: when it holds a number N, the process exits at once with
    /// status 70 (`_exit`, no clean-up) right after the N-th new outbox row of a publish
    /// is inserted, inside the open transaction. It exists so that tests can show a crash
    /// mid-publish leaves the previous plan and outbox intact; never set it otherwise.
    public static let crashHookVariable = "FIELDPLAN_CRASH_AFTER_OUTBOX_ROWS"

    /// Opens the database at `path`, creating the file if it is missing, and brings its
    /// schema up to date.
    ///
    /// - Throws: ``RecordStoreError/database(message:)`` when the file cannot be opened
    ///   or is not a database.
    public init(path: String) throws(RecordStoreError) {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.configuration())
        } catch {
            throw .database(message: "cannot open \(path): \(Self.message(of: error))")
        }
        try self.init(queue: queue)
    }

    /// A database in memory, gone when the last copy of the value is.
    public static func inMemory() throws(RecordStoreError) -> RecordStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw .database(message: message(of: error))
        }
        return try RecordStore(queue: queue)
    }

    private init(queue: DatabaseQueue) throws(RecordStoreError) {
        self.queue = queue
        try perform { try Self.migrator.migrate(queue) }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        return configuration
    }

    // MARK: - Schema

    /// The schema, one migration per version. Never edit a registered migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: schemaV1)
        }
        return migrator
    }

    /// Version 1 of the schema (also in the README, "Records").
    static let schemaV1 = """
        CREATE TABLE published_plan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            published_at DATETIME NOT NULL,
            content_hash TEXT NOT NULL,
            schedule_json TEXT NOT NULL,
            problem_json TEXT NOT NULL
        );
        CREATE TABLE published_job (
            job_id TEXT NOT NULL,
            plan_id INTEGER NOT NULL REFERENCES published_plan(id),
            job_json TEXT NOT NULL,
            PRIMARY KEY (job_id, plan_id)
        );
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            plan_id INTEGER NOT NULL REFERENCES published_plan(id),
            kind TEXT NOT NULL,
            recipient TEXT NOT NULL,
            channel TEXT NOT NULL,
            address TEXT,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            send_day INTEGER NOT NULL,
            data_json TEXT NOT NULL,
            attachments_json TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
            created_at DATETIME NOT NULL,
            sent_at DATETIME,
            failed_at DATETIME,
            error TEXT
        );
        CREATE INDEX outbox_by_status ON outbox (status, send_day, seq);
        CREATE TABLE service_record (
            job TEXT NOT NULL,
            date TEXT NOT NULL,
            technician TEXT NOT NULL,
            check_in REAL,
            check_out REAL,
            travel_minutes REAL NOT NULL DEFAULT 0,
            travel_km REAL NOT NULL DEFAULT 0,
            parts_used_json TEXT NOT NULL DEFAULT '{}',
            labour_cost REAL NOT NULL DEFAULT 0,
            parts_cost REAL NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL CHECK (outcome IN ('fixed', 'needs_return', 'not_home', 'cancelled')),
            job_type TEXT,
            satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
            complaint TEXT,
            PRIMARY KEY (job, date)
        );
        CREATE INDEX service_record_by_date ON service_record (date, job);
        CREATE TABLE reopened_job (
            id TEXT PRIMARY KEY,
            source_job TEXT NOT NULL,
            technician TEXT NOT NULL,
            record_date TEXT NOT NULL
        );
        """

    // MARK: - Helpers

    /// Runs `body`, turning GRDB's and decoding errors into ``RecordStoreError``.
    func perform<T>(_ body: () throws -> T) throws(RecordStoreError) -> T {
        do {
            return try body()
        } catch let error as RecordStoreError {
            throw error
        } catch let error as DatabaseError {
            throw .database(message: Self.message(of: error))
        } catch {
            throw .corruptData(reason: "\(error)")
        }
    }

    static func message(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.description }
        return "\(error)"
    }

    /// Compact JSON with sorted keys (stable bytes for the same value).
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String, what: String) throws(RecordStoreError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw .corruptData(reason: "\(what): \(error)")
        }
    }
}
