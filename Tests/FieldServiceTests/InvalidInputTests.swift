import Foundation
import Testing
import FieldService

/// Every file in `Fixtures/invalid` is a bad input with a sibling `.expected`
/// file holding the exact issue lines it must produce, in order.
@Suite("Invalid input")
struct InvalidInputTests {
    /// The class of each issue per fixture, so that a change of kind is noticed too.
    static let kinds: [String: [InputIssue.Kind]] = [
        "bad-horizon-date": [.invalidValue],
        "binary-bytes": [.malformedJSON],
        "break-as-date-time": [.invalidValue],
        "break-longer-than-window": [.invalidTime],
        "break-times-out-of-range": [.outOfRange],
        "customer-is-string": [.wrongType],
        "day-outside-horizon": [.outOfRange],
        "deeply-nested": [.malformedJSON],
        "duplicate-job-id": [.duplicateID],
        "duplicate-part-id": [.duplicateID],
        "duplicate-technician-id": [.duplicateID],
        "duration-is-string": [.wrongType],
        "earliest-day-after-latest-day": [.invalidTime],
        "empty-file": [.malformedJSON],
        "empty-job-id": [.invalidValue],
        "empty-technicians": [.emptyList],
        "field-name-wrong-case": [.unknownField],
        "fractional-day": [.wrongType],
        "fractional-skill-level": [.wrongType],
        "iso-time-without-horizon-start": [.invalidValue],
        "job-id-is-number": [.wrongType],
        "latitude-out-of-range": [.outOfRange],
        "malformed-missing-comma": [.malformedJSON],
        "matrix-index-missing": [.missingField],
        "matrix-index-out-of-range": [.outOfRange],
        "matrix-not-square": [.invalidValue],
        "misspelt-required-field": [.unknownField],
        "misspelt-time-windows": [.unknownField],
        "missing-duration": [.missingField],
        "missing-job-id": [.missingField],
        "missing-job-location": [.missingField],
        "missing-shift-start": [.missingField],
        "missing-technicians": [.missingField],
        "nan-literal": [.malformedJSON],
        "negative-capacity": [.outOfRange],
        "negative-cost": [.outOfRange],
        "negative-demand": [.outOfRange],
        "negative-duration": [.outOfRange],
        "negative-fixed-cost": [.outOfRange],
        "negative-matrix-entry": [.outOfRange],
        "negative-overtime-budget": [.outOfRange],
        "negative-referral-budget": [.outOfRange],
        "not-utf8": [.malformedJSON],
        "number-too-large": [.outOfRange],
        "pinned-on-day-off": [.invalidTime],
        "preferred-and-excluded": [.invalidValue],
        "several-issues-in-document-order": [.duplicateID, .outOfRange, .unknownReference, .invalidTime, .outOfRange, .outOfRange],
        "shift-end-before-start": [.invalidTime],
        "shift-longer-than-a-week": [.invalidTime],
        "shifts-is-object": [.wrongType],
        "time-is-boolean": [.wrongType],
        "top-level-array": [.wrongType],
        "trailing-garbage": [.malformedJSON],
        "truncated": [.malformedJSON],
        "two-shifts-same-day": [.duplicateID],
        "unknown-channel": [.invalidValue],
        "unknown-excluded-technician": [.unknownReference],
        "unknown-excluded-provider": [.unknownReference],
        "unknown-field-in-shift": [.unknownField],
        "unknown-part-at-supplier": [.unknownReference],
        "unknown-part-in-depot": [.unknownReference],
        "unknown-part-in-job": [.unknownReference],
        "unknown-part-in-van": [.unknownReference],
        "unknown-pinned-technician": [.unknownReference],
        "unknown-preferred-technician": [.unknownReference],
        "unknown-skill": [.unknownReference],
        "unknown-top-level-field": [.unknownField],
        "unknown-travel-model": [.invalidValue],
        "unknown-urgency": [.invalidValue],
        "unparseable-time": [.invalidValue],
        "utf16": [.malformedJSON],
        "whitespace-only": [.malformedJSON],
        "window-end-before-start": [.invalidTime],
        "window-outside-every-shift": [.invalidTime],
        "zero-day-horizon": [.outOfRange],
    ]

    static func baseName(_ file: String) -> String {
        (file as NSString).deletingPathExtension
    }

    @Test("There are at least thirty invalid fixtures, each with an expected file and a kind")
    func fixturesAreComplete() throws {
        let inputs = Fixtures.invalidInputs
        #expect(inputs.count >= 30)
        let expected = Set(Fixtures.files(in: Fixtures.invalid, suffix: ".expected").map(Self.baseName))
        let names = Set(inputs.map(Self.baseName))
        #expect(names.count == inputs.count, "two inputs share a base name")
        #expect(names == expected, "inputs without .expected: \(names.subtracting(expected).sorted()); .expected without input: \(expected.subtracting(names).sorted())")
        #expect(names == Set(Self.kinds.keys), "fixtures without a kind: \(names.subtracting(Self.kinds.keys).sorted())")
    }

    @Test("Every invalid input is rejected with exactly the expected issues", arguments: Fixtures.invalidInputs)
    func invalidInputIsRejected(file: String) throws {
        let data = try Fixtures.data(Fixtures.invalid, file)
        let name = Self.baseName(file)
        let expectedText = try String(contentsOf: Fixtures.invalid.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let expected = expectedText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)

        let error = #expect(throws: InputError.self) { try Problem.load(json: data) }
        guard let error else { return }
        #expect(!error.issues.isEmpty)
        #expect(error.issues.map(\.description) == expected)
        #expect(error.description == expected.joined(separator: "\n"))
        if let kinds = Self.kinds[name] {
            #expect(error.issues.map(\.kind) == kinds)
        }
    }

    @Test("Decoding without validation reports syntax and type errors the same way", arguments: [
        "truncated.json", "duration-is-string.json", "missing-job-location.json", "number-too-large.json",
    ])
    func decodeReportsTheSameFirstIssue(file: String) throws {
        let data = try Fixtures.data(Fixtures.invalid, file)
        let expected = try String(contentsOf: Fixtures.invalid.appendingPathComponent(Self.baseName(file) + ".expected"),
                                  encoding: .utf8)
        let error = #expect(throws: InputError.self) { try Problem.decode(json: data) }
        #expect(error?.issues.map(\.description) == expected.split(separator: "\n").map(String.init))
    }

    @Test("A type error names the entity by its position when it has no usable id")
    func entityFallsBackToPosition() {
        let json = document().replacingOccurrences(of: #""id": "j1""#, with: #""id": ["j1"]"#)
        #expect(issues(json).map(\.description) == ["jobs[0].id (job #1): expected a string, found an array"])
    }

    @Test("A too-large number is found at its path even inside a travel matrix")
    func hugeNumberInMatrix() {
        let json = document(travel: #"{"model": "matrix", "durations": [[0, 1e999], [5, 0]]}"#)
        let found = issues(json)
        #expect(found.map(\.description) == ["travel.durations[0][1]: the number 1e999 is too large to be represented"])
        #expect(found.first?.kind == .outOfRange)
    }

    @Test("Numbers too small to represent are reported, not silently read as zero")
    func tinyNumber() {
        let json = document().replacingOccurrences(of: #""duration": 60"#, with: #""duration": 1e-400"#)
        #expect(issues(json).map(\.description)
            == ["jobs[0].duration (job j1): the number 1e-400 is too small to be represented (write 0)"])
    }

    @Test("Whole numbers may be written with a zero fraction")
    func wholeNumberWithZeroFraction() throws {
        let json = document().replacingOccurrences(of: #""duration": 60"#, with: #""duration": 60, "earliestDay": 2.0"#)
        let problem = try load(json)
        #expect(problem.jobs[0].earliestDay == 2)
    }

    @Test("A time field that is null is reported as a missing time, not as a wrong string")
    func nullTime() {
        let json = document(window: #"{"start": null, "end": "11:00"}"#)
        #expect(issues(json).map(\.description) == [
            #"jobs[0].timeWindows[0].start (job j1): expected a time (minutes from the horizon start, "HH:MM" or "YYYY-MM-DDTHH:MM"), found null"#,
        ])
    }

    @Test("A byte order mark before the JSON is accepted")
    func byteOrderMark() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(document().utf8))
        let problem = try Problem.load(json: data)
        #expect(problem.jobs.count == 1)
    }
}
