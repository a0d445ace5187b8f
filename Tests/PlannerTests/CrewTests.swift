import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Small hand-made days with jobs that need a crew, whose right answer is known: the
/// crew's members start together, each with the skills of their part, and the checker
/// accepts every plan.
///
/// The plane: speed 1, 1 per km, labour free; so a plan's cost is its distance.
@Suite("Crews")
struct CrewTests {
    static func tech(_ id: String, y: Double, hvac: Int = 1, from: Minutes = 480) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: ["hvac": hvac], shifts: [Shift(day: 1, start: from, end: 960)],
                   start: Location(latitude: y, longitude: 0))
    }

    /// A `minutes`-long job at (x, y) starting between `from` and `to`.
    static func job(_ id: String, x: Double, y: Double = 0, from: Minutes, to: Minutes, minutes: Minutes = 60, crew: Int = 1,
                    crewSkills: [[String: Int]] = [], parts: [String: Int] = [:]) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: y, longitude: x), duration: minutes,
            requiredSkills: ["hvac": 1], timeWindows: [TimeWindow(start: from, end: to)], parts: parts,
            crewSize: crew, crewSkills: crewSkills)
    }

    static func problem(_ technicians: [Technician], _ jobs: [Job], van: [String: Int] = [:]) -> Problem {
        var weights = ObjectiveWeights(costPerKm: 1)
        weights.unassignedPenalty = [.emergency: 5000, .high: 5000, .normal: 5000, .low: 5000]
        var technicians = technicians
        for i in technicians.indices { technicians[i].vanStock = van }
        return Problem(parts: [Part(id: "motor", name: "Lift motor")], depot: Depot(stock: ["motor": 2]),
                       technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1), objective: weights)
    }

    /// Plans with the engine; the plan must pass the checker.
    static func plan(_ problem: Problem, seed: UInt64 = 1, sourceLocation: SourceLocation = #_sourceLocation) -> Schedule {
        #expect(problem.validate().isEmpty, "\(problem.validate())", sourceLocation: sourceLocation)
        let schedule = EnginePlanner(options: PlanOptions(timeLimit: 20, seed: seed, iterations: 300)).plan(problem)
        let violations = FeasibilityChecker(problem: problem).check(schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
        return schedule
    }

    /// The visits of `job`, by technician.
    static func visits(of job: String, in schedule: Schedule) -> [String: Visit] {
        var result: [String: Visit] = [:]
        for route in schedule.routes { for visit in route.visits where visit.job == job { result[route.technician] = visit } }
        return result
    }

    @Test("a crew of two: both technicians come, start together inside the window; cost 20 + 2 * sqrt(500)")
    func crewOfTwo() throws {
        let p = Self.problem([Self.tech("a", y: 0), Self.tech("b", y: 20)], [Self.job("lift", x: 10, from: 540, to: 600, crew: 2)])
        let schedule = Self.plan(p)
        let visits = Self.visits(of: "lift", in: schedule)
        #expect(Set(visits.keys) == ["a", "b"])
        let starts = Set(visits.values.map(\.start))
        #expect(starts.count == 1)
        let start = try #require(starts.first)
        #expect(start >= 540 && start <= 600)
        #expect(abs(schedule.kpis.cost - (20 + 2 * 500.0.squareRoot())) < 1e-6, "\(schedule.kpis.cost)")
        #expect(schedule.kpis.jobsPlaced == 1 && schedule.kpis.placedByUrgency["normal"] == 1)
        #expect(visits.values.allSatisfy { $0.crew.count == 2 && Set($0.crew) == ["a", "b"] })
    }

    @Test("one at level 3 and one at level 1: the expert leads, the nearest other helps")
    func combinedSkills() throws {
        let techs = [Self.tech("novice", y: 5), Self.tech("expert", y: 30, hvac: 3), Self.tech("far", y: 200)]
        let job = Self.job("boiler", x: 10, from: 540, to: 660, crew: 2, crewSkills: [["hvac": 3], ["hvac": 1]], parts: ["motor": 1])
        let schedule = Self.plan(Self.problem(techs, [job]))
        let visits = Self.visits(of: "boiler", in: schedule)
        #expect(Set(visits.keys) == ["expert", "novice"])
        #expect(visits["novice"]?.crew == ["expert", "novice"], "the lead comes first")
        // The lead brings the part.
        #expect(schedule.loadingLists.map(\.technician) == ["expert"])
    }

    @Test("only one technician has the skills: the crew job is left out, and the reason says it needs a crew")
    func noCrew() throws {
        let techs = [Self.tech("novice", y: 5), Self.tech("expert", y: 30, hvac: 3)]
        let job = Self.job("boiler", x: 10, from: 540, to: 660, crew: 2, crewSkills: [["hvac": 3], ["hvac": 3]])
        let schedule = Self.plan(Self.problem(techs, [job]))
        #expect(schedule.routes.isEmpty)
        let left = try #require(schedule.unassigned.first)
        #expect(left.job == "boiler" && left.message.contains("crew of 2"), "\(left.message)")
    }

    @Test("a member busy until 10:30 elsewhere: the crew meets when both can (the other leaves home later)")
    func synchronisedWithWaiting() throws {
        let techs = [Self.tech("a", y: 0), Self.tech("b", y: 0)]
        // Either can do the early job; whoever does it reaches the crew job at 10:40 at the earliest.
        let jobs = [Self.job("early", x: 40, from: 570, to: 570, minutes: 60),
                    Self.job("lift", x: 40, y: 10, from: 540, to: 700, crew: 2)]
        let schedule = Self.plan(Self.problem(techs, jobs))
        let visits = Self.visits(of: "lift", in: schedule)
        #expect(visits.count == 2)
        let starts = Set(visits.values.map(\.start))
        #expect(starts.count == 1)
        // The early job ends 10:30; 10 more to the lift.
        #expect((starts.first ?? 0) >= 640)
        #expect(schedule.unassigned.isEmpty)
        // The one without the early job comes straight to the crew job.
        #expect(schedule.routes.map { $0.visits.map(\.job) }.sorted { $0.count < $1.count } == [["lift"], ["early", "lift"]])
    }

    @Test("random small days with crews: every plan passes the checker, and the same seed gives the same plan")
    func randomDays() {
        for seed in UInt64(1)...6 {
            var problem = RandomDay.make(seed: seed, jobs: 5)
            problem.technicians.append(Technician(id: "t2", name: "Tech 2", skills: ["hvac": 2, "plumbing": 2],
                                                  shifts: [Shift(day: 1, start: 0, end: 400)], start: Location(latitude: 30, longitude: 30)))
            for i in problem.jobs.indices where i % 2 == 0 {
                problem.jobs[i].crewSize = 2
                problem.jobs[i].parts = [:]
            }
            let a = Self.plan(problem, seed: seed)
            let b = EnginePlanner(options: PlanOptions(timeLimit: 20, seed: seed, iterations: 300)).plan(problem)
            #expect(a.routes == b.routes && a.unassigned == b.unassigned)
            for job in problem.jobs where job.needsCrew {
                let visits = Self.visits(of: job.id, in: a)
                #expect(visits.isEmpty || (visits.count == 2 && Set(visits.values.map(\.start)).count == 1), "seed \(seed) job \(job.id)")
            }
        }
    }

    @Test("validation: crew size, a crewSkills list of the wrong length, a pinned crew")
    func validation() {
        var job = Self.job("lift", x: 10, from: 540, to: 600, crew: 5)
        var p = Self.problem([Self.tech("a", y: 0)], [job])
        #expect(p.validate().map(\.path) == ["jobs[0].crewSize"])
        job.crewSize = 2
        job.crewSkills = [["hvac": 2]]
        job.pinned = PinnedAssignment(technician: "a", day: 1, start: 540)
        p.jobs = [job]
        #expect(Set(p.validate().map(\.path)) == ["jobs[0].crewSkills", "jobs[0].pinned"])
    }

    @Test("JSON: crewSize and crewSkills read and write; solo jobs write neither; visits carry the crew")
    func json() throws {
        let text = #"{"id":"lift","customer":{"name":"C"},"location":{"lat":0,"lon":10},"duration":60,"crewSize":2,"crewSkills":[{"hvac":3},{"hvac":1}]}"#
        let job = try JSONDecoder().decode(Job.self, from: Data(text.utf8))
        #expect(job.crewSize == 2 && job.memberSkills(0) == ["hvac": 3] && job.memberSkills(1) == ["hvac": 1])
        let again = try JSONDecoder().decode(Job.self, from: JSONEncoder().encode(job))
        #expect(again == job)
        let solo = String(decoding: try JSONEncoder().encode(Self.job("s", x: 1, from: 0, to: 10)), as: UTF8.self)
        #expect(!solo.contains("crew"))
        let schedule = Self.plan(Self.problem([Self.tech("a", y: 0), Self.tech("b", y: 20)],
                                              [Self.job("lift", x: 10, from: 540, to: 600, crew: 2)]))
        let encoded = String(decoding: try JSONEncoder().encode(schedule), as: UTF8.self)
        #expect(encoded.contains(#""crew":["#))
    }

    @Test("the exact planner refuses crews with a typed error")
    func exactRefuses() {
        let p = Self.problem([Self.tech("a", y: 0), Self.tech("b", y: 20)], [Self.job("lift", x: 10, from: 540, to: 600, crew: 2)])
        #expect(throws: PlannerError.self) { try CompactMIPPlanner(options: PlanOptions(timeLimit: 5)).plan(p) }
    }
}
