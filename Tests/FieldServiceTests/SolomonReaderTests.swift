import Foundation
import Testing
import FieldService

/// The Solomon benchmark files in `../shared/benchmarks/solomon` beside the repository.
enum SolomonFiles {
    /// Repository root (three levels above this file), then `../shared/benchmarks/solomon`.
    static let folder: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()  // FieldServiceTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()  // its parent, which holds shared/
        .appendingPathComponent("shared/benchmarks/solomon")

    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("C101.txt").path)
    }

    static let skipMessage: Comment = "the Solomon files are not at \(folder.path); CI clones shared/ beside the repository"

    static func text(_ instance: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(instance + ".txt"), encoding: .utf8)
    }

    static func load(_ instance: String, customers: Int? = nil) throws -> Problem {
        try Problem.loadSolomon(text: try text(instance), customers: customers)
    }
}

@Suite("Solomon benchmark files", .enabled(if: SolomonFiles.available, SolomonFiles.skipMessage))
struct SolomonBenchmarkTests {
    @Test("C101: 25 vans of 200, 100 customers, depot hours 0-1236")
    func c101() throws {
        let problem = try SolomonFiles.load("C101")
        #expect(problem.name == "C101")
        #expect(problem.technicians.count == 25)
        #expect(problem.technicians.map(\.id).prefix(3) == ["v1", "v2", "v3"])
        #expect(problem.technicians.last?.id == "v25")
        #expect(problem.jobs.count == 100)
        #expect(problem.jobs.map(\.id) == (1...100).map(String.init))

        let v1 = try #require(problem.technicians.first)
        let depot = Location(latitude: 50, longitude: 40)
        #expect(v1.capacity == 200)
        #expect(v1.fixedCost == 0 && v1.costPerHour == 0 && v1.overtime == nil && v1.lunchBreak == nil)
        #expect(v1.start == depot && v1.endLocation == depot)
        #expect(v1.shifts == [Shift(day: 1, start: 0, end: 1236)])
        #expect(problem.depot.location == depot)

        // 1: 45 68 10 912 967 90
        let first = try #require(problem.job("1"))
        #expect(first.location == Location(latitude: 68, longitude: 45))
        #expect(first.demand == 10)
        #expect(first.timeWindows == [TimeWindow(start: 912, end: 967)])
        #expect(first.duration == 90)
        #expect(first.urgency == .normal)
        // 100: 55 85 20 647 726 90
        let last = try #require(problem.job("100"))
        #expect(last.location == Location(latitude: 85, longitude: 55))
        #expect(last.demand == 20)
        #expect(last.timeWindows == [TimeWindow(start: 647, end: 726)])

        // Travel: double-precision Euclidean distance, time = distance.
        #expect(problem.travel == .euclidean(speed: 1))
        #expect(abs(problem.travel.distance(from: depot, to: first.location) - (25.0 + 324).squareRoot()) < 1e-12)
        #expect(problem.travel.duration(from: depot, to: first.location) == problem.travel.distance(from: depot, to: first.location))
    }

    @Test("The objective is distance, with every unplaced job priced at 1,000,000")
    func objective() throws {
        let weights = try SolomonFiles.load("C101").objective
        #expect(weights.costPerKm == 1)
        for urgency in Urgency.allCases {
            #expect(weights.unassignedPenalty[urgency] == 1_000_000)
            #expect(weights.latenessPerDay[urgency] == 0)
        }
        #expect(weights.priorityPenalty == 0 && weights.nonPreferredTechnician == 0)
        #expect(weights.overtimeWeight == 0 && weights.referralWeight == 0)
    }

    @Test("R211: vans of 1000, depot hours 0-1000")
    func r211() throws {
        let problem = try SolomonFiles.load("R211")
        #expect(problem.name == "R211")
        #expect(problem.technicians.count == 25)
        #expect(problem.technicians.allSatisfy { $0.capacity == 1000 })
        #expect(problem.technicians[0].shifts == [Shift(day: 1, start: 0, end: 1000)])
        #expect(problem.technicians[0].start == Location(latitude: 35, longitude: 35))
        #expect(problem.jobs.count == 100)
        // 2: 35 17 7 18 534 10
        let second = try #require(problem.job("2"))
        #expect(second.location == Location(latitude: 17, longitude: 35))
        #expect(second.demand == 7)
        #expect(second.timeWindows == [TimeWindow(start: 18, end: 534)])
        #expect(second.duration == 10)
    }

    @Test("The 25-customer variant keeps the first 25 customers")
    func firstCustomers() throws {
        let full = try SolomonFiles.load("C101")
        let small = try SolomonFiles.load("C101", customers: 25)
        #expect(small.jobs.count == 25)
        #expect(small.jobs == Array(full.jobs.prefix(25)))
        #expect(small.technicians == full.technicians)
        #expect(try SolomonFiles.load("R211", customers: 50).jobs.last?.id == "50")
        #expect(try SolomonFiles.load("R211", customers: 100).jobs.count == 100)
    }

    @Test("Asking for more customers than the file has is an error")
    func tooManyCustomers() throws {
        let text = try SolomonFiles.text("C101")
        let error = #expect(throws: InputError.self) { try Problem.loadSolomon(text: text, customers: 101) }
        #expect(error?.description == "customers: 101 requested, but the file has only 100 customers")
        #expect(error?.issues.map(\.kind) == [.malformedFile])
        let negative = #expect(throws: InputError.self) { try Problem.loadSolomon(text: text, customers: -1) }
        #expect(negative?.description == "customers: must be at least 0, got -1")
    }

    @Test("Every one of the 56 files loads with 100 customers, C2's 3390-minute day included")
    func allFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: SolomonFiles.folder.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        #expect(names.count == 56)
        for name in names {
            let problem = try SolomonFiles.load(name)
            #expect(problem.name == name)
            #expect(problem.jobs.count == 100, "\(name)")
            #expect(problem.validate().isEmpty, "\(name)")
        }
        #expect(try SolomonFiles.load("C201").technicians[0].shifts == [Shift(day: 1, start: 0, end: 3390)])
    }

    @Test("CRLF and LF line ends read the same; a name argument overrides the name line")
    func lineEndsAndName() throws {
        let text = try SolomonFiles.text("RC208")
        #expect(text.contains("\r\n"))
        let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(try Problem.loadSolomon(text: unix) == Problem.loadSolomon(text: text))
        #expect(try Problem.loadSolomon(text: text, name: "RC208 (test)").name == "RC208 (test)")
        let data = try Data(contentsOf: SolomonFiles.folder.appendingPathComponent("RC208.txt"))
        #expect(try Problem.loadSolomon(data: data) == Problem.loadSolomon(text: text))
    }
}

/// Broken Solomon files in `Fixtures/solomon-invalid`, each with the exact issue lines in its `.expected` file.
@Suite("Malformed Solomon files")
struct SolomonMalformedTests {
    static let folder = Fixtures.root.appendingPathComponent("solomon-invalid")
    static let inputs = Fixtures.files(in: folder, suffix: ".txt")

    /// The kind of each issue: everything the reader finds is `malformedFile`; the
    /// problem's own rules (a job longer than a day) keep their kind.
    static let otherKinds: [String: [InputIssue.Kind]] = [
        "service-time-too-long": [.outOfRange],
    ]

    @Test("There is a fixture per kind of damage, each with an expected file")
    func fixturesAreComplete() {
        #expect(Self.inputs.count >= 15)
        let expected = Set(Fixtures.files(in: Self.folder, suffix: ".expected").map { String($0.dropLast(9)) })
        #expect(Set(Self.inputs.map { String($0.dropLast(4)) }) == expected)
    }

    @Test("Every malformed file is rejected with exactly the expected issues", arguments: inputs)
    func malformedFileIsRejected(file: String) throws {
        let name = String(file.dropLast(4))
        let data = try Fixtures.data(Self.folder, file)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let error = #expect(throws: InputError.self) { try Problem.loadSolomon(data: data) }
        #expect(error?.issues.map(\.description) == expected)
        let kinds = Self.otherKinds[name] ?? Array(repeating: .malformedFile, count: expected.count)
        #expect(error?.issues.map(\.kind) == kinds)
    }

    static let tiny = """
        TINY

        VEHICLE
        NUMBER     CAPACITY
          2         10

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME

            0      0          0          0          0        100          0
            1      3          4          4         10         50          5
        """

    @Test("A minimal file reads, and a job heavier than every van is not an input error")
    func minimal() throws {
        let problem = try Problem.loadSolomon(text: Self.tiny.replacingOccurrences(of: "    4         10", with: "   40         10"))
        #expect(problem.name == "TINY")
        #expect(problem.technicians.map(\.id) == ["v1", "v2"])
        #expect(problem.jobs.map(\.demand) == [40])
        #expect(problem.travel.distance(from: problem.technicians[0].start, to: problem.jobs[0].location) == 5)
    }

    @Test("Numbers may be decimals or use exponents; nan, inf and hexadecimal are not numbers")
    func numberForms() throws {
        let decimals = Self.tiny.replacingOccurrences(of: "3          4          4", with: "2.5        4e0        0.5")
        let job = try #require(try Problem.loadSolomon(text: decimals).jobs.first)
        #expect(job.location == Location(latitude: 4, longitude: 2.5))
        #expect(job.demand == 0.5)
        for bad in ["inf", "nan", "0x10", "1e", ".", "+", "1,5", "1e999"] {
            let text = Self.tiny.replacingOccurrences(of: "3          4          4", with: "3          4          \(bad)")
            let error = #expect(throws: InputError.self) { try Problem.loadSolomon(text: text) }
            let message = bad == "1e999" ? "DEMAND 1e999 is too large" : "DEMAND \"\(bad)\" is not a number"
            #expect(error?.description == "line 11 (customer 1): \(message)", "\(bad)")
        }
    }

    @Test("Text that is not UTF-8 is rejected")
    func notUTF8() {
        var data = Data(Self.tiny.utf8)
        data.insert(0xFF, at: 2)
        let error = #expect(throws: InputError.self) { try Problem.loadSolomon(data: data) }
        #expect(error?.description == "input: the input is not UTF-8 text (first bad byte at line 1, column 3); save the file as plain text")
    }

    @Test("Only the depot is a valid instance with no jobs")
    func depotOnly() throws {
        let text = Self.tiny.components(separatedBy: "\n").dropLast().joined(separator: "\n")
        #expect(try Problem.loadSolomon(text: text).jobs.isEmpty)
        #expect(try Problem.loadSolomon(text: Self.tiny, customers: 0).jobs.isEmpty)
    }
}
