import Foundation
import Testing
import FieldService

@Suite("Validation")
struct ValidationTests {
    let home = Location(latitude: 42.96, longitude: -85.67)

    func technician(_ id: String, skills: [String: Int] = ["hvac": 2], day: Int = 1) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: skills,
                   shifts: [Shift(day: day, start: absoluteTime(day: day, clock: 480), end: absoluteTime(day: day, clock: 960))],
                   start: home)
    }

    func job(_ id: String, skills: [String: Int] = ["hvac": 1]) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: 42.97, longitude: -85.66),
            duration: 60, requiredSkills: skills, timeWindows: [TimeWindow(start: 540, end: 660)])
    }

    @Test("A sound problem has no issues")
    func soundProblem() {
        let problem = Problem(technicians: [technician("t1")], jobs: [job("j1")])
        #expect(problem.validate().isEmpty)
    }

    @Test("Validation collects every issue at once, in document order")
    func severalIssues() {
        var badJob = job("j2", skills: ["welding": 1])
        badJob.duration = -5
        badJob.timeWindows = [TimeWindow(start: 700, end: 600)]
        badJob.excludedTechnicians = ["ghost"]
        var badTechnician = technician("t1")
        badTechnician.costPerHour = -1
        let problem = Problem(
            horizon: Horizon(days: 1), skills: ["hvac"], parts: [Part(id: "p", name: "P"), Part(id: "p", name: "Q")],
            technicians: [badTechnician, technician("t1")], jobs: [job("j1"), badJob, job("j1")],
            travel: .haversine(roadFactor: 0, speedKmh: 40), objective: ObjectiveWeights(costPerKm: -1))
        let found = problem.validate()
        #expect(found.map(\.description) == [
            #"parts[1].id (part p): id "p" is already used by parts[0]"#,
            "technicians[0].costPerHour (technician t1): costPerHour must be at least 0, got -1",
            #"technicians[1].id (technician t1): id "t1" is already used by technicians[0]"#,
            "jobs[1].duration (job j2): duration must be at least 0, got -5",
            #"jobs[1].skills.welding (job j2): unknown skill "welding" (not in the skills list)"#,
            "jobs[1].timeWindows[0] (job j2): end 10:00 is before start 11:40",
            #"jobs[1].excludedTechnicians[0] (job j2): unknown technician "ghost""#,
            #"jobs[2].id (job j1): id "j1" is already used by jobs[0]"#,
            "travel.roadFactor: roadFactor must be greater than 0, got 0",
            "objective.costPerKm: costPerKm must be at least 0, got -1",
        ])
        #expect(found.map(\.kind) == [.duplicateID, .outOfRange, .duplicateID, .outOfRange, .unknownReference, .invalidTime,
                                      .unknownReference, .duplicateID, .outOfRange, .outOfRange])
        // Loading the same problem reports the same list.
        let error = #expect(throws: InputError.self) {
            try Problem.load(json: try JSONEncoder().encode(problem))
        }
        #expect(error?.issues == found)
    }

    @Test("Multi-day horizons show the day in time messages")
    func multiDayClock() {
        var late = job("j1")
        late.timeWindows = [TimeWindow(start: 1440 + 700, end: 1440 + 600)]
        let problem = Problem(horizon: Horizon(days: 2), technicians: [technician("t1"), technician("t2", day: 2)], jobs: [late])
        #expect(problem.validate().map(\.message) == ["end day 2 10:00 is before start day 2 11:40"])
    }

    @Test("A window that meets a shift only through overtime is accepted")
    func overtimeCountsForWindows() {
        var evening = job("j1")
        evening.timeWindows = [TimeWindow(start: 990, end: 1020)]
        var t = technician("t1")
        #expect(Problem(technicians: [t], jobs: [evening]).validate().map(\.kind) == [.invalidTime])
        t.overtime = Overtime(maxMinutes: 60, costPerHour: 60)
        #expect(Problem(technicians: [t], jobs: [evening]).validate().isEmpty)
    }

    @Test("A pinned visit on the technician's excluded list is contradictory")
    func pinnedButExcluded() {
        var j = job("j1")
        j.excludedTechnicians = ["t1"]
        j.pinned = PinnedAssignment(technician: "t1", day: 1, start: 540)
        #expect(Problem(technicians: [technician("t1")], jobs: [j]).validate().map(\.description)
            == ["jobs[0].pinned.technician (job j1): technician t1 is pinned but also excluded"])
    }

    @Test("Non-finite numbers built in Swift are reported, not trapped on")
    func nonFinite() {
        var j = job("j1")
        j.duration = .infinity
        j.timeWindows = [TimeWindow(start: .nan, end: 600)]
        j.pinned = PinnedAssignment(technician: "t1", day: 1, start: 1e300)
        var t = technician("t1")
        t.lunchBreak = BreakRule(start: -1e300, end: .infinity, duration: .nan)
        let found = Problem(technicians: [t], jobs: [j]).validate()
        #expect(found.map(\.path) == [
            "technicians[0].break.duration", "technicians[0].break",
            "jobs[0].duration", "jobs[0].timeWindows[0]", "jobs[0].pinned.start",
        ])
        #expect(found.allSatisfy { $0.kind == .outOfRange })
    }

    @Test("A technician is qualified when every required skill is at the required level")
    func qualified() {
        let j = job("j1", skills: ["hvac": 2, "gas": 1])
        #expect(j.isQualified(technician("a", skills: ["hvac": 2, "gas": 1])))
        #expect(j.isQualified(technician("b", skills: ["hvac": 3, "gas": 2, "electrical": 1])))
        #expect(!j.isQualified(technician("c", skills: ["hvac": 1, "gas": 3])))
        #expect(!j.isQualified(technician("d", skills: ["hvac": 3])))
        #expect(job("any", skills: [:]).isQualified(technician("e", skills: [:])))
        #expect(job("zero", skills: ["hvac": 0]).isQualified(technician("f", skills: ["hvac": 0])))
        #expect(!job("zero", skills: ["hvac": 0]).isQualified(technician("g", skills: [:])))
    }

    @Test("Issues print as path, entity and message")
    func issueDescription() {
        let issue = InputIssue(path: "jobs[3].timeWindows[0]", entity: "job j4", kind: .invalidTime,
                               message: "end 08:00 is before start 09:00")
        #expect(issue.description == "jobs[3].timeWindows[0] (job j4): end 08:00 is before start 09:00")
        #expect(InputIssue(path: "", kind: .malformedJSON, message: "x").description == "input: x")
        #expect(InputError(issues: [issue, issue]).description.split(separator: "\n").count == 2)
        #expect(InputIssue.Kind.outOfRange.rawValue == "out_of_range")
    }
}
