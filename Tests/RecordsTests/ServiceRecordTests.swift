import FieldService
import Foundation
import Testing
@testable import Records

@Suite("Service records")
struct ServiceRecordTests {
    static let fileText = """
        {
          "records": [
            { "job": "j1", "technician": "t1", "date": "2026-11-23", "checkIn": "09:05", "checkOut": "10:20",
              "travelMinutes": 18.5, "travelKm": 12.25, "partsUsed": { "valve": 1, "seal": 2 },
              "labourCost": 50, "partsCost": 31.5, "outcome": "fixed", "jobType": "leak repair", "x-crm": 17 },
            { "job": "j2", "technician": "t2", "date": "2026-11-23", "outcome": "not_home" }
          ]
        }
        """

    func decode(_ text: String) throws(RecordStoreError) -> [ServiceRecord] {
        try ServiceRecordFile.decode(json: Data(text.utf8)).records
    }

    /// The error of decoding `text`, or nil when it decodes.
    func decodingError(_ text: String) -> RecordStoreError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    func record(_ fields: String) -> String { "{\"records\": [\(fields)]}" }

    @Test("a record file decodes every field, and encodes back to the same records")
    func decodeFile() throws {
        let records = try decode(Self.fileText)
        #expect(records.count == 2)
        let first = try #require(records.first)
        #expect(first == ServiceRecord(job: "j1", date: Fixture.monday, technician: "t1", checkIn: 545, checkOut: 620,
                                       travelMinutes: 18.5, travelKm: 12.25, partsUsed: ["valve": 1, "seal": 2],
                                       labourCost: 50, partsCost: 31.5, outcome: .fixed, jobType: "leak repair"))
        #expect(records[1].outcome == .notHome)
        #expect(records[1].travelKm == nil)
        let again = try ServiceRecordFile.decode(json: try ServiceRecordFile(records: records).jsonData())
        #expect(again.records == records)
    }

    @Test("unknown fields, wrong types and bad values name the record and the field")
    func decodingErrors() {
        let error = decodingError(record("""
            {"job": "j1", "date": "2026-11-23"}, {"job": "j2", "date": "2026-11-23", "satisfation": 4}
            """))
        guard case let .invalidRecord(index, field, reason) = error else {
            Issue.record("expected an invalid record, got \(String(describing: error))")
            return
        }
        #expect(index == 1)
        #expect(field == "satisfation")
        #expect(reason.contains("did you mean \"satisfaction\""))

        let cases: [(String, Int, String, String)] = [
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"travelKm\": \"far\"}", 0, "travelKm", "expected a number"),
            ("{\"job\": \"j1\", \"date\": \"23.11.2026\"}", 0, "date", "YYYY-MM-DD"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"checkIn\": \"9:00\"}", 0, "checkIn", "HH:MM"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"checkOut\": \"24:00\"}", 0, "checkOut", "HH:MM"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"outcome\": \"done\"}", 0, "outcome", "needs_return"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"satisfaction\": 4.5}", 0, "satisfaction", "whole number"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"partsUsed\": {\"valve\": \"one\"}}", 0, "partsUsed.valve", "expected a number"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\", \"partsUsed\": {\"valve\": 1.5}}", 0, "partsUsed.valve", "whole number"),
            ("{\"job\": \"j1\"}", 0, "date", "missing"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\"}, {\"date\": \"2026-11-23\"}", 1, "job", "missing"),
            ("{\"job\": \"j1\", \"date\": \"2026-11-23\"}, 7", 1, "(record)", "expected"),
        ]
        for (fields, expectedIndex, expectedField, text) in cases {
            let error = decodingError(record(fields))
            guard case let .invalidRecord(index, field, reason) = error else {
                Issue.record("\(fields): expected an invalid record, got \(String(describing: error))")
                continue
            }
            #expect(index == expectedIndex, "\(fields)")
            #expect(field == expectedField, "\(fields)")
            #expect(reason.contains(text), "\(fields): \(reason)")
        }
    }

    @Test("a file that is not a record list is an invalid record file")
    func invalidFiles() {
        for text in ["not json", "[]", "{}", "{\"records\": {}}", "{\"records\": [], \"extra\": 1}"] {
            let error = decodingError(text)
            guard case .invalidRecordFile = error else {
                Issue.record("\(text): expected an invalid file, got \(String(describing: error))")
                continue
            }
        }
        #expect(decodingError("{\"records\": [], \"x-note\": \"ok\"}") == nil)
    }

    @Test("import adds visits; a follow-up answer updates only the fields it sets")
    func importAndFollowUp() throws {
        let store = try RecordStore.inMemory()
        let result = try store.importRecords(try decode(Self.fileText))
        #expect(result == ImportResult(added: 2, updated: 0, unchanged: 0))
        let stored = try store.records(from: Fixture.monday, to: Fixture.monday)
        #expect(stored.map(\.job) == ["j1", "j2"])
        // Amounts left out of a new visit are stored as 0.
        #expect(stored[1] == ServiceRecord(job: "j2", date: Fixture.monday, technician: "t2", travelMinutes: 0, travelKm: 0,
                                           partsUsed: [:], labourCost: 0, partsCost: 0, outcome: .notHome))

        let followUp = try decode(record("""
            {"job": "j1", "date": "2026-11-23", "satisfaction": 2, "complaint": "Water on the floor"}
            """))
        #expect(try store.importRecords(followUp) == ImportResult(added: 0, updated: 1, unchanged: 0))
        let updated = try #require(try store.records(from: Fixture.monday, to: Fixture.monday).first)
        var expected = try #require(try decode(Self.fileText).first)
        expected.satisfaction = 2
        expected.complaint = "Water on the floor"
        #expect(updated == expected)
        #expect(updated.hasComplaint)

        // The same answer again changes nothing.
        #expect(try store.importRecords(followUp) == ImportResult(added: 0, updated: 0, unchanged: 1))
        // Dates outside the range are left out; the range includes both ends.
        #expect(try store.records(from: Fixture.date(2026, 11, 24), to: Fixture.date(2026, 11, 30)).isEmpty)
    }

    @Test("later records in one import update earlier ones")
    func updatesWithinOneImport() throws {
        let store = try RecordStore.inMemory()
        let records = [Fixture.visit("j1", Fixture.monday, "t1", outcome: .needsReturn),
                       ServiceRecord(job: "j1", date: Fixture.monday, outcome: .fixed)]
        #expect(try store.importRecords(records) == ImportResult(added: 1, updated: 1, unchanged: 0))
        #expect(try store.records(from: Fixture.monday, to: Fixture.monday).first?.outcome == .fixed)
    }

    @Test("invalid records are typed errors naming the index and the field, and nothing is imported")
    func validation() throws {
        let store = try RecordStore.inMemory()
        let good = Fixture.visit("j1", Fixture.monday, "t1", checkIn: "09:00", checkOut: "10:00")
        func check(_ bad: ServiceRecord, field: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            do {
                _ = try store.importRecords([good, bad])
                Issue.record("expected an error for \(field)", sourceLocation: sourceLocation)
            } catch {
                guard case let .invalidRecord(index, f, reason) = error else {
                    Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
                    return
                }
                #expect(index == 1, sourceLocation: sourceLocation)
                #expect(f == field, sourceLocation: sourceLocation)
                #expect(reason.contains(text), "\(reason)", sourceLocation: sourceLocation)
            }
        }
        let day2 = Fixture.date(2026, 11, 24)
        check(Fixture.visit("j2", day2, "t1", checkIn: "10:00", checkOut: "09:30"), field: "checkOut",
              "check-out 09:30 is not after check-in 10:00")
        check(Fixture.visit("j2", day2, "t1", checkIn: "10:00", checkOut: "10:00"), field: "checkOut", "not after")
        check(Fixture.visit("j2", day2, "t1", satisfaction: 6), field: "satisfaction", "1 to 5")
        check(Fixture.visit("j2", day2, "t1", satisfaction: 0), field: "satisfaction", "1 to 5")
        check(Fixture.visit("j2", day2, "t1", travelKm: -1), field: "travelKm", "non-negative")
        check(Fixture.visit("j2", day2, "t1", labour: .nan), field: "labourCost", "non-negative")
        check(Fixture.visit("j2", day2, "t1", parts: -0.5), field: "partsCost", "non-negative")
        var negativeParts = Fixture.visit("j2", day2, "t1")
        negativeParts.partsUsed = ["valve": -1]
        check(negativeParts, field: "partsUsed.valve", "negative")
        check(Fixture.visit("", day2, "t1"), field: "job", "empty")
        check(ServiceRecord(job: "j2", date: day2, outcome: .fixed), field: "technician", "required")
        check(ServiceRecord(job: "j2", date: day2, technician: "t1"), field: "outcome", "required")
        check(ServiceRecord(job: "j2", date: day2, technician: "t1", checkIn: 1500, outcome: .fixed), field: "checkIn", "clock time")
        // An update checked against the stored visit: check-out before the stored check-in.
        check(ServiceRecord(job: "j1", date: Fixture.monday, checkOut: 8 * 60), field: "checkOut", "stored")
        #expect(try store.records(from: Fixture.monday, to: day2).isEmpty, "nothing imported")

        _ = try store.importRecords([good])
        #expect(throws: RecordStoreError.self) {
            try store.importRecords([ServiceRecord(job: "j1", date: Fixture.monday, checkOut: 8 * 60)])
        }
        #expect(try store.records(from: Fixture.monday, to: Fixture.monday) == [good])
    }

    @Test("ServiceOutcome has the four codes")
    func outcomes() {
        #expect(ServiceOutcome.allCases.map(\.rawValue) == ["fixed", "needs_return", "not_home", "cancelled"])
    }
}
