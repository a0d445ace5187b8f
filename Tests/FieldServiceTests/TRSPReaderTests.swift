import Foundation
import Testing
import FieldService

/// A small TRSP instance: 2 technicians, 3 skills, 2 tools, 2 spare part types, 3 requests.
/// Technician 2 writes no window (`0 0`) and so works the depot's hours; request 5 lists its
/// skills with a space inside the brackets.
enum TRSPSample {
    static let text = """
        TOY3

        INFO
        CREW COUNT  SKILLS    TOOLS   SPARE PARTS
               2        3        2             2

        DEPOT TECHNICIANS AND REQUESTS
        ID           X        Y     TWS     TWE    Serv     SKILLS   TOOLS    SPARE PARTS
        0         40.0     50.0     0.0  1000.0     0.0 \t[] \t[] \t[]
        1         10.0     20.0   100.0   900.0     0.0 \t[0,2] \t[1] \t[3,0]
        2         70.0     80.0     0.0     0.0     0.0 \t[1] \t[] \t[0,2]
        3         45.0     68.0   200.0   300.0    30.0 \t[2] \t[0,1] \t[1,0]
        4         30.0     52.5   150.0   450.0    15.5 \t[] \t[] \t[0,0]
        5         60.0     40.0   500.0   700.0    20.0 \t[0, 2] \t[] \t[]

        """

    /// The sample with line `number` (1-based) replaced.
    static func replacing(line number: Int, with replacement: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = replacement
        return lines.joined(separator: "\n")
    }

    /// The issues of loading `text`, or an empty list when it loads.
    static func issues(_ text: String) -> [InputIssue] {
        do {
            _ = try Problem.loadTRSP(text: text)
            return []
        } catch {
            return error.issues
        }
    }
}

@Suite("TRSP instances")
struct TRSPReaderTests {
    @Test("Every field of the file maps to the problem")
    func mapping() throws {
        let problem = try Problem.loadTRSP(text: TRSPSample.text)
        #expect(problem.name == "TOY3")
        #expect(problem.horizon.days == 1)
        #expect(problem.skills == ["s1", "s2", "s3"])
        #expect(problem.tools == [Tool(id: "tool1", name: "Tool 1"), Tool(id: "tool2", name: "Tool 2")])
        #expect(problem.parts == [Part(id: "part1", name: "Spare part 1"), Part(id: "part2", name: "Spare part 2")])

        // The central depot: unlimited in the TRSP, so a tool per technician and every request's parts.
        #expect(problem.depot.location == Location(latitude: 50, longitude: 40))
        #expect(problem.depot.tools == ["tool1": 2, "tool2": 2])
        #expect(problem.depot.stock == ["part1": 1, "part2": 0])
        // Pick-ups during the route, in the depot's hours, handling the depot's service time.
        #expect(problem.depot.pickup == DepotPickup(handlingMinutes: 0, opens: 0, closes: 1000))

        #expect(problem.technicians.map(\.id) == ["t1", "t2"])
        let t1 = problem.technicians[0]
        let home1 = Location(latitude: 20, longitude: 10)
        #expect(t1.name == "Technician 1")
        #expect(t1.start == home1 && t1.endLocation == home1)
        #expect(t1.shifts == [Shift(day: 1, start: 100, end: 900)])
        #expect(t1.skills == ["s1": 1, "s3": 1])
        #expect(t1.tools == ["tool2"])
        #expect(t1.vanStock == ["part1": 3])
        #expect(t1.costPerHour == 60 && t1.fixedCost == 0)
        #expect(t1.capacity == nil && t1.overtime == nil && t1.lunchBreak == nil)
        let t2 = problem.technicians[1]
        #expect(t2.start == Location(latitude: 80, longitude: 70) && t2.endLocation == t2.start)
        #expect(t2.shifts == [Shift(day: 1, start: 0, end: 1000)], "no window of its own: the depot's hours")
        #expect(t2.skills == ["s2": 1])
        #expect(t2.tools.isEmpty)
        #expect(t2.vanStock == ["part2": 2])

        #expect(problem.jobs.map(\.id) == ["3", "4", "5"])
        let j3 = problem.jobs[0]
        #expect(j3.customer.name == "Request 3")
        #expect(j3.location == Location(latitude: 68, longitude: 45))
        #expect(j3.duration == 30)
        #expect(j3.timeWindows == [TimeWindow(start: 200, end: 300)])
        #expect(j3.requiredSkills == ["s3": 1])
        #expect(j3.requiredTools == ["tool1", "tool2"])
        #expect(j3.parts == ["part1": 1])
        #expect(j3.urgency == .normal && j3.demand == 0 && j3.pinned == nil)
        let j4 = problem.jobs[1]
        #expect(j4.location == Location(latitude: 52.5, longitude: 30))
        #expect(j4.duration == 15.5)
        #expect(j4.timeWindows == [TimeWindow(start: 150, end: 450)])
        #expect(j4.requiredSkills.isEmpty && j4.requiredTools.isEmpty && j4.parts.isEmpty)
        let j5 = problem.jobs[2]
        #expect(j5.requiredSkills == ["s1": 1, "s3": 1])
        #expect(j5.isQualified(t1) && !j5.isQualified(t2))

        // Travel: straight-line distance, time = distance.
        #expect(problem.travel == .euclidean(speed: 1))
        #expect(abs(problem.travel.duration(from: home1, to: j3.location) - (35.0 * 35 + 48 * 48).squareRoot()) < 1e-9)
    }

    @Test("The objective is minutes of travel and work, with every unplaced job priced at 1,000,000")
    func objective() throws {
        let weights = try Problem.loadTRSP(text: TRSPSample.text).objective
        #expect(weights == Problem.trspObjective)
        #expect(weights.costPerKm == 0)
        for urgency in Urgency.allCases {
            #expect(weights.unassignedPenalty[urgency] == 1_000_000)
            #expect(weights.latenessPerDay[urgency] == 0)
        }
        #expect(weights.priorityPenalty == 0 && weights.nonPreferredTechnician == 0)
        #expect(weights.overtimeWeight == 0 && weights.referralWeight == 0)
    }

    @Test("CRLF line ends, a byte order mark and a name argument")
    func lineEnds() throws {
        let text = "\u{FEFF}" + TRSPSample.text.replacingOccurrences(of: "\n", with: "\r\n")
        let problem = try Problem.loadTRSP(text: text, name: "renamed")
        #expect(problem.name == "renamed")
        #expect(problem == (try Problem.loadTRSP(text: TRSPSample.text, name: "renamed")))
        #expect(try Problem.loadTRSP(data: Data(TRSPSample.text.utf8)) == (try Problem.loadTRSP(text: TRSPSample.text)))
    }

    @Test("A broken row is an InputError naming its line and request", arguments: [
        (13, "4 30.0 52.5 150.0 450.0 15.5 [] []",
         "line 13: expected 9 fields (ID, X, Y, TWS, TWE, Serv, SKILLS, TOOLS, SPARE PARTS), found 8"),
        (13, "4 30.0 abc 150.0 450.0 15.5 [] [] []", #"line 13 (request 4): Y "abc" is not a number"#),
        (12, "3 45 68 300 200 30 [2] [0,1] [1,0]", "line 12 (request 3): TWE 200 is before TWS 300"),
        (12, "3 45 68 200 300 -30 [2] [0,1] [1,0]", "line 12 (request 3): Serv must be at least 0, got -30"),
        (12, "3 45 68 200 300 30 [5] [0,1] [1,0]",
         "line 12 (request 3): SKILLS names skill 5, but the file has 3 skills (0 to 2)"),
        (12, "3 45 68 200 300 30 [2] [1,1] [1,0]", "line 12 (request 3): TOOLS lists tool 1 twice"),
        (12, "3 45 68 200 300 30 [2] 0,1 [1,0]", #"line 12 (request 3): TOOLS "0,1" is not a list like [0,2]"#),
        (12, "3 45 68 200 300 30 [2] [0,x] [1,0]",
         #"line 12 (request 3): TOOLS "[0,x]" is not a list of whole numbers like [0,2]"#),
        (12, "3 45 68 200 300 30 [2] [0,1] [1,0,0]",
         "line 12 (request 3): SPARE PARTS must have 2 counts (one per spare part type) or be [], found 3"),
        (12, "3 45 68 200 300 30 [2] [0,1] [1,-1]", "line 12 (request 3): SPARE PARTS counts must be at least 0, got -1"),
        (14, "4 60 40 500 700 20 [0] [] []", "line 14 (request 4): ID 4 is already used on line 13"),
        (14, "2 60 40 500 700 20 [0] [] []",
         "line 14 (request 2): ID 2 belongs to the depot or a technician (0 to 2); request IDs come after them"),
        (14, "5.5 60 40 500 700 20 [0] [] []", "line 14: ID must be a whole number, got 5.5"),
        (9, "7 40 50 0 1000 0 [] [] []", "line 9: expected the depot row (ID 0) first, found ID 7"),
        (11, "9 70 80 0 0 0 [1] [] [0,2]",
         "line 11: expected technician row ID 2 (rows 1 to 2 are the technicians, as CREW COUNT says), found ID 9"),
        (5, "2 3 2", "line 5: expected 4 numbers (CREW COUNT, SKILLS, TOOLS, SPARE PARTS), found 3"),
        (5, "0 3 2 2", "line 5: CREW COUNT must be a whole number from 1 to 10000, got 0"),
        (5, "6 3 2 2", "line 5: CREW COUNT is 6, but the table has only 5 technician rows after the depot"),
        (3, "CUSTOMER", #"line 3: expected the INFO section, found "CUSTOMER""#),
        (8, "X Y", #"line 8: expected the DEPOT TECHNICIANS AND REQUESTS header (ID X Y TWS TWE Serv SKILLS TOOLS SPARE PARTS), found "X Y""#),
        (15, "DISTANCES",
         "line 15: explicit DISTANCES and TRAVEL TIMES matrices are not supported: travel is the straight-line distance between the X/Y coordinates"),
    ])
    func malformed(line: Int, replacement: String, expected: String) {
        let issues = TRSPSample.issues(TRSPSample.replacing(line: line, with: replacement))
        #expect(issues.map(\.description) == [expected])
        #expect(issues.allSatisfy { $0.kind == .malformedFile })
    }

    @Test("Every broken row is reported, in file order")
    func severalIssues() {
        var text = TRSPSample.replacing(line: 12, with: "3 45 68 300 200 30 [2] [0,1] [1,0]")
        text = text.replacingOccurrences(of: "4         30.0     52.5", with: "4         30.0     y")
        #expect(TRSPSample.issues(text).map(\.description) == [
            "line 12 (request 3): TWE 200 is before TWS 300",
            #"line 13 (request 4): Y "y" is not a number"#,
        ])
    }

    @Test("Empty and truncated files")
    func truncated() {
        #expect(TRSPSample.issues("").map(\.description)
            == ["input: the file is empty; expected a TRSP instance (a name line, then the INFO and DEPOT TECHNICIANS AND REQUESTS sections)"])
        #expect(TRSPSample.issues("INFO\n").map(\.description) == ["line 1: expected the instance name before the INFO section"])
        let head = TRSPSample.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).joined(separator: "\n")
        #expect(TRSPSample.issues(head).map(\.description)
            == ["input: the DEPOT TECHNICIANS AND REQUESTS table has no rows; expected the depot (ID 0), the technicians (IDs 1 to 2) and the requests"])
    }

    @Test("Rules of validate() are reported at the row they come from")
    func validationIssues() {
        let long = TRSPSample.issues(TRSPSample.replacing(line: 13, with: "4 30 52.5 150 450 2000 [] [] [0,0]"))
        #expect(long.map(\.description) == ["line 13 (request 4): duration must be at most 1440, got 2000"])
        #expect(long.map(\.kind) == [.outOfRange])
        let late = TRSPSample.issues(TRSPSample.replacing(line: 14, with: "5 60 40 5000 5100 20 [0] [] []"))
        #expect(late.map(\.path) == ["line 14"])
        #expect(late.map(\.entity) == ["request 5"])
        #expect(late.map(\.kind) == [.invalidTime])
        let shift = TRSPSample.issues(TRSPSample.replacing(line: 10, with: "1 10 20 100 20000 0 [0,2] [1] [3,0]"))
        #expect(shift.map(\.path) == ["line 10"])
        #expect(shift.map(\.entity) == ["technician t1"])
    }

    @Test("A generated instance loads, validates, and gives every request a qualified technician")
    func generatedRoundTrip() throws {
        let text = TRSPGenerator(requests: 40, technicians: 5, skills: 5, tools: 4, parts: 3, seed: 11).make()
        #expect(text.hasPrefix("GEN11.40_5-5-4-3\n"))
        let problem = try Problem.loadTRSP(text: text)
        #expect(problem.validate().isEmpty)
        #expect(problem.technicians.map(\.id) == (1...5).map { "t\($0)" })
        #expect(problem.jobs.map(\.id) == (6...45).map(String.init))
        #expect(problem.skills?.count == 5 && problem.tools.count == 4 && problem.parts.count == 3)
        for job in problem.jobs {
            #expect(!job.requiredSkills.isEmpty && job.requiredSkills.count <= 2)
            #expect(problem.technicians.contains { job.isQualified($0) }, "job \(job.id)")
            #expect(job.requiredTools.count <= 2 && job.parts.values.allSatisfy { $0 == 1 })
            let window = try #require(job.timeWindows.first)
            #expect(window.start >= 145 && window.end <= 820 && window.end - window.start >= 60)
            #expect((10...30).contains(job.duration))
        }
        for technician in problem.technicians {
            #expect(technician.shifts == [Shift(day: 1, start: 0, end: 1000)])
            #expect(!technician.skills.isEmpty)
        }
        // Small and degenerate settings load too.
        for generator in [TRSPGenerator(requests: 0, technicians: 1, skills: 0, tools: 0, parts: 0, seed: 1),
                          TRSPGenerator(requests: 3, technicians: 1, skills: 1, tools: 0, parts: 1, seed: 2),
                          TRSPGenerator(requests: -3, technicians: 0, skills: -1, tools: -1, parts: -1, seed: 3)] {
            let small = try Problem.loadTRSP(text: generator.make())
            #expect(small.technicians.count == 1)
            #expect(small.jobs.allSatisfy { job in small.technicians.contains { job.isQualified($0) } })
        }
    }

    @Test("The same seed gives the same text; the crew does not depend on the number of requests")
    func deterministic() {
        let a = TRSPGenerator(requests: 25, technicians: 4, skills: 5, tools: 5, parts: 5, seed: 42).make()
        let b = TRSPGenerator(requests: 25, technicians: 4, skills: 5, tools: 5, parts: 5, seed: 42).make()
        #expect(a == b)
        #expect(a != TRSPGenerator(requests: 25, technicians: 4, skills: 5, tools: 5, parts: 5, seed: 43).make())
        let more = TRSPGenerator(requests: 60, technicians: 4, skills: 5, tools: 5, parts: 5, seed: 42).make()
        func crew(_ text: String) -> [Substring] { Array(text.split(separator: "\n").dropFirst(5).prefix(6)) }
        #expect(crew(a) == crew(more))
    }
}
