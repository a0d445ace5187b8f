import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Small hand-made days with tools whose right answer is known: a tool on one van, the
/// depot's units lent one per van and day, a tool nobody has. Both planners must find
/// the answer, and the checker must accept every plan.
@Suite("Tools")
struct ToolsTests {
    /// A technician at (0, y) of the plane, 08:00-16:00 on day 1.
    static func tech(_ id: String, y: Double = 0, tools: [String] = []) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: ["hvac": 1], shifts: [Shift(day: 1, start: 480, end: 960)],
                   start: Location(latitude: y, longitude: 0), tools: tools)
    }

    /// A one-hour job at (x, y) needing `tools`, starting between `from` and `to` when given.
    static func job(_ id: String, x: Double, y: Double = 0, tools: [String], from: Minutes? = nil, to: Minutes? = nil) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: y, longitude: x), duration: 60,
            requiredSkills: ["hvac": 1], timeWindows: from.map { [TimeWindow(start: $0, end: to ?? $0 + 60)] } ?? [],
            requiredTools: tools)
    }

    static func problem(technicians: [Technician], jobs: [Job], depot: [String: Int] = [:]) -> Problem {
        Problem(depot: Depot(tools: depot), technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1),
                objective: ObjectiveWeights(costPerKm: 1),
                tools: [Tool(id: "drill", name: "Core drill"), Tool(id: "threader", name: "Pipe threader"),
                        Tool(id: "crane", name: "Mini crane")])
    }

    /// Plans with the engine and the exact MIP (``plansAgree(_:sourceLocation:)``).
    func plans(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Schedule] {
        try plansAgree(problem, sourceLocation: sourceLocation)
    }

    static func technician(of job: String, in schedule: Schedule) -> String? {
        schedule.routes.first { $0.visits.contains { $0.job == job } }?.technician
    }

    @Test("the threader is on one van only: the job goes to that technician, though the other is nearer")
    func toolOnOneVan() throws {
        let p = Self.problem(technicians: [Self.tech("near"), Self.tech("far", y: 30, tools: ["threader"])],
                             jobs: [Self.job("pipe", x: 5, tools: ["threader"])])
        for schedule in try plans(p) {
            #expect(Self.technician(of: "pipe", in: schedule) == "far")
            #expect(schedule.loadingLists.isEmpty, "nothing to borrow")
        }
    }

    @Test("one drill at the depot, two technicians far apart, two jobs at the same hour: one is done, the other waits for the drill")
    func oneUnitPerDay() throws {
        let technicians = [Self.tech("a"), Self.tech("b", y: 300)]
        let jobs = [Self.job("j1", x: 10, tools: ["drill"], from: 540), Self.job("j2", x: 10, y: 300, tools: ["drill"], from: 540)]
        for schedule in try plans(Self.problem(technicians: technicians, jobs: jobs, depot: ["drill": 1])) {
            #expect(schedule.routes.flatMap(\.visits).count == 1)
            let left = try #require(schedule.unassigned.first)
            #expect(left.reason == .toolUnavailable && left.tool == "drill", "\(left)")
            #expect(left.message.contains("Core drill"), "\(left.message)")
            let list = try #require(schedule.loadingLists.first)
            #expect(list.tools == [LoadingTool(tool: "drill", jobs: [schedule.routes.flatMap(\.visits)[0].job])])
        }
        // Two drills: both jobs, each technician borrowing one.
        for schedule in try plans(Self.problem(technicians: technicians, jobs: jobs, depot: ["drill": 2])) {
            #expect(schedule.unassigned.isEmpty)
            #expect(Set(schedule.loadingLists.map(\.technician)) == ["a", "b"])
            #expect(schedule.loadingLists.allSatisfy { $0.tools.map(\.tool) == ["drill"] })
        }
    }

    @Test("one borrowed drill serves every job of the van that borrows it")
    func oneBorrowServesTheDay() throws {
        let p = Self.problem(technicians: [Self.tech("a")],
                             jobs: [Self.job("j1", x: 10, tools: ["drill"]), Self.job("j2", x: 20, tools: ["drill"]),
                                    Self.job("j3", x: 30, tools: ["drill", "threader"])],
                             depot: ["drill": 1, "threader": 1])
        for schedule in try plans(p) {
            #expect(schedule.unassigned.isEmpty)
            let list = try #require(schedule.loadingLists.first)
            #expect(list.tools.map(\.tool) == ["drill", "threader"])
            #expect(list.tools.first?.jobs.count == 3)
        }
    }

    @Test("a tool nobody carries and the depot does not lend: unplaced with tool_unavailable, naming the tool")
    func toolNobodyHas() throws {
        let p = Self.problem(technicians: [Self.tech("a", tools: ["drill"])],
                             jobs: [Self.job("lift", x: 10, tools: ["crane"]), Self.job("hole", x: 5, tools: ["drill"])])
        for schedule in try plans(p) {
            #expect(schedule.routes.flatMap(\.visits).map(\.job) == ["hole"])
            let left = try #require(schedule.unassigned.first)
            #expect(left.job == "lift" && left.reason == .toolUnavailable && left.tool == "crane")
            #expect(left.message.contains("Mini crane (crane)") && left.message.contains("the depot has none to lend"), "\(left.message)")
        }
    }

    @Test("tools named outside the catalogue are input errors with their path")
    func validation() {
        var p = Self.problem(technicians: [Self.tech("a", tools: ["saw"])], jobs: [Self.job("j", x: 1, tools: ["drill", "hammer"])],
                             depot: ["drill": -1, "winch": 1])
        p.tools.append(Tool(id: "drill", name: "Second drill"))
        let paths = Set(p.validate().map(\.path))
        #expect(paths.isSuperset(of: ["technicians[0].tools[0]", "jobs[0].requiredTools[1]", "depot.tools.drill",
                                      "depot.tools.winch", "tools[3].id"]), "\(paths)")
    }

    @Test("a tools problem in JSON: the keys read, and a plan lists what to borrow")
    func json() throws {
        let text = #"""
            {"tools": [{"id": "drill", "name": "Core drill"}], "depot": {"tools": {"drill": 1}},
             "technicians": [{"id": "a", "skills": {"hvac": 1}, "shifts": [{"day": 1, "start": "08:00", "end": "16:00"}],
                              "start": {"lat": 42.96, "lon": -85.67}, "tools": []}],
             "jobs": [{"id": "j", "customer": {"name": "C"}, "location": {"lat": 42.97, "lon": -85.66}, "duration": 30,
                       "skills": {"hvac": 1}, "requiredTools": ["drill"]}]}
            """#
        let problem = try Problem.load(json: Data(text.utf8))
        #expect(problem.jobs[0].requiredTools == ["drill"] && problem.depot.tools == ["drill": 1])
        let schedule = try #require(try plans(problem).first)
        let encoded = String(decoding: try JSONEncoder().encode(schedule), as: UTF8.self)
        #expect(encoded.contains(#""tools":[{"jobs":["j"],"tool":"drill"}]"#) || encoded.contains(#""tools":[{"tool":"drill","jobs":["j"]}]"#),
                "\(encoded)")
    }
}
