import Checker
import FieldService
import Schedule
import Testing

/// Crews on the euclidean plane (speed 1: one unit per minute), worked out by hand.
///
/// - j1 at (0,30): 60 minutes, a crew of 2: the lead needs hvac 3, the other member
///   hvac 1; one filter, a ladder and 5 load units, all with the lead; prefers t3
///   (preferences do not apply to crews).
/// - t1 (home 0,0; hvac 3; 60/h, i.e. 1 per minute; a filter, the ladder, capacity 10),
///   t2 (home 0,60; hvac 1; 30/h; nothing on the van, capacity 1), t3 (home 30,30;
///   plumbing 2; 30/h). Each is 30 from j1. Days 1 and 2, 08:00-17:00, no lunch.
/// - The depot has one filter; objective 0.5 per unit of distance, otherwise the defaults.
///
/// A member's route: leave at the shift start, 30 to j1, wait, work 60, 30 back: travel
/// and distance 60, cost 30 + 120 x rate (t1 150, t2 and t3 90).
@Suite("Crews")
struct CrewRulesTests {
    static let shifts = [Shift(day: 1, start: 480, end: 1020), Shift(day: 2, start: 1920, end: 2460)]
    static let t1 = Technician(id: "t1", name: "Ana Lead", skills: ["hvac": 3], shifts: shifts, start: point(0, 0),
                               costPerHour: 60, vanStock: ["filter": 1], capacity: 10, tools: ["ladder"])
    static let t2 = Technician(id: "t2", name: "Ben Helper", skills: ["hvac": 1], shifts: shifts, start: point(0, 60),
                               costPerHour: 30, capacity: 1)
    static let t3 = Technician(id: "t3", name: "Cy Pipe", skills: ["plumbing": 2], shifts: shifts, start: point(30, 30),
                               costPerHour: 30)
    /// Per-minute labour rates.
    static let rates = ["t1": 1.0, "t2": 0.5, "t3": 0.5]

    static let j1 = Job(id: "j1", customer: customer("Dora"), location: point(0, 30), duration: 60,
                        parts: ["filter": 1], earliestDay: 1, preferredTechnicians: ["t3"], demand: 5,
                        requiredTools: ["ladder"], crewSize: 2, crewSkills: [["hvac": 3], ["hvac": 1]])
    /// A job done alone, at the same place.
    static let solo = Job(id: "j2", customer: customer("Eli"), location: point(0, 30), duration: 60)

    static func problem(jobs: [Job] = [j1]) -> Problem {
        Problem(name: "crews", horizon: Horizon(days: 2), parts: [Part(id: "filter", name: "Air filter")],
                depot: Depot(stock: ["filter": 1]), technicians: [t1, t2, t3], jobs: jobs,
                travel: .euclidean(speed: 1), objective: ObjectiveWeights(costPerKm: 0.5),
                tools: [Tool(id: "ladder", name: "Ladder")])
    }

    /// `technician`'s route on `day` working `job` from `start` (minute of day 1; day 2
    /// adds 1440), with `crew` on the visit.
    static func route(_ technician: String, day: Int = 1, start: Minutes = 540, job: String = "j1",
                      crew: [String]) -> Route {
        let shift = Minutes(day - 1) * 1440
        let departure = 480 + shift
        var visit = Visit(job: job, arrival: departure + 30, wait: start + shift - departure - 30, start: start + shift,
                          end: start + shift + 60, travelTime: 30, distance: 30)
        visit.crew = crew
        return Route(technician: technician, day: day, departure: departure, visits: [visit], breaks: [],
                     returnTime: start + shift + 90, returnTravelTime: 30, returnDistance: 30,
                     travelTime: 60, distance: 60, overtime: 0, cost: 30 + 120 * (rates[technician] ?? 0))
    }

    /// A plan of `routes` (routes in day, then technician order), its key figures summed
    /// from the routes' own; `placed` jobs of normal urgency, `lateness` as given.
    static func schedule(_ routes: [Route], placed: Int = 1, lateness: Double = 0,
                         loading: [LoadingList] = [], unassigned: [UnassignedJob] = []) -> Schedule {
        let travel = routes.reduce(0) { $0 + $1.distance * 0.5 }
        let labour = routes.reduce(0) { $0 + $1.cost - $1.distance * 0.5 }
        let minutes = routes.reduce(0) { $0 + $1.travelTime }
        let penalty = Double(unassigned.count) * 1_500
        return Schedule(
            name: "crews", routes: routes, unassigned: unassigned, loadingLists: loading,
            kpis: kpis(cost: travel + labour + lateness + penalty,
                       costs: breakdown(travel: travel, labour: labour, unassigned: penalty, lateness: lateness),
                       travelTime: minutes, distance: minutes, overtime: 0,
                       placed: placed, referred: 0, unassigned: unassigned.count,
                       placedByUrgency: placed > 0 ? ["normal": placed] : [:],
                       unassignedByUrgency: unassigned.isEmpty ? [:] : ["normal": unassigned.count]))
    }

    /// t1 leads, t2 helps, both 09:00-10:00 on day 1.
    static let valid = schedule([route("t1", crew: ["t1", "t2"]), route("t2", crew: ["t1", "t2"])])

    static func check(_ schedule: Schedule, _ problem: Problem = problem()) -> [Violation] {
        FeasibilityChecker(problem: problem).check(schedule)
    }

    // MARK: Valid crews

    @Test("the fixtures are valid problems")
    func fixturesAreValid() {
        #expect(Self.problem().validate().isEmpty)
        #expect(Self.problem(jobs: [Self.solo]).validate().isEmpty)
    }

    @Test("a crew of two (hvac 3 and hvac 1) starting together passes; the lead brings the part, tool and load")
    func validCrew() {
        #expect(Self.check(Self.valid) == [])
    }

    @Test("the crew's labour counts on both routes; the preference does not apply")
    func labourOnBothRoutes() {
        let cost = FeasibilityChecker(problem: Self.problem()).recomputedCost(of: Self.valid)
        // t1: (60 + 60) x 1, t2: (60 + 60) x 0.5.
        #expect(cost.labour == 180)
        #expect(cost.travel == 60)
        #expect(cost.preference == 0)
        #expect(cost.lateness == 0)
        var schedule = Self.valid
        schedule.routes[1].cost -= 60
        schedule.kpis.cost -= 60
        schedule.kpis.costs.labour -= 60
        #expect(rules(Self.check(schedule)) == [.routeCostMismatch, .planCostMismatch, .costBreakdownMismatch])
    }

    @Test("a crew a day late is charged its lateness once")
    func latenessOnce() {
        let late = Self.schedule([Self.route("t1", day: 2, crew: ["t1", "t2"]), Self.route("t2", day: 2, crew: ["t1", "t2"])],
                                 lateness: 60)
        #expect(Self.check(late) == [])
        #expect(FeasibilityChecker(problem: Self.problem()).recomputedCost(of: late).lateness == 60)
        var twice = late
        twice.kpis.cost += 60
        twice.kpis.costs.lateness += 60
        #expect(rules(Self.check(twice)) == [.planCostMismatch, .costBreakdownMismatch])
    }

    @Test("jobsPlaced and placedByUrgency count the crew job once")
    func placedOnce() {
        var schedule = Self.valid
        schedule.kpis.jobsPlaced = 2
        schedule.kpis.placedByUrgency = ["normal": 2]
        let violations = Self.check(schedule)
        #expect(rules(violations) == [.kpiMismatch])
        #expect(violations.count == 2)
    }

    @Test("the parts, tool and load go with whoever leads")
    func leadBringsTheParts() {
        // With the levels swapped t2 may lead: its filter comes from the depot on its
        // loading list (t1's van filter stays unused), t1 needs no ladder.
        let problem = Self.problem(jobs: [{ var job = Self.j1; job.crewSkills = [["hvac": 1], ["hvac": 3]]; return job }()])
        let schedule = Self.schedule(
            [Self.route("t1", crew: ["t2", "t1"]), Self.route("t2", crew: ["t2", "t1"])],
            loading: [LoadingList(technician: "t2", day: 1, items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j1"])])])
        let violations = Self.check(schedule, problem)
        // t2's van lacks the ladder and holds 1 load unit: the lead's tool and load.
        #expect(rules(violations) == [.missingTool, .capacityExceeded])
    }

    // MARK: Broken crews

    @Test("a member missing is an incomplete crew")
    func memberMissing() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: ["t1", "t2"])]))
        #expect(rules(violations) == [.crewIncomplete])
        #expect(violations.first?.entity == "job j1")
    }

    @Test("a third member is an incomplete crew")
    func memberTooMany() {
        let crew = ["t1", "t2", "t3"]
        let violations = Self.check(Self.schedule([Self.route("t1", crew: crew), Self.route("t2", crew: crew),
                                                   Self.route("t3", crew: crew)]))
        #expect(rules(violations) == [.crewIncomplete])
    }

    @Test("crew lists that disagree are an incomplete crew")
    func crewListsDisagree() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: ["t1", "t2"]), Self.route("t2", crew: ["t2", "t1"])]))
        #expect(rules(violations) == [.crewIncomplete])
        #expect(violations.count == 1)
    }

    @Test("a crew list naming someone who does not visit is an incomplete crew")
    func crewListNamesAnother() {
        let crew = ["t1", "t3"]
        let violations = Self.check(Self.schedule([Self.route("t1", crew: crew), Self.route("t2", crew: crew)]))
        #expect(rules(violations) == [.crewIncomplete])
    }

    @Test("a crew job whose visits list no crew is an incomplete crew")
    func crewListEmpty() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: []), Self.route("t2", crew: [])]))
        #expect(rules(violations) == [.crewIncomplete])
    }

    @Test("a job done alone whose visit lists a crew is flagged")
    func soloWithCrew() {
        let problem = Self.problem(jobs: [Self.solo])
        #expect(Self.check(Self.schedule([Self.route("t1", job: "j2", crew: [])]), problem) == [])
        let violations = Self.check(Self.schedule([Self.route("t1", job: "j2", crew: ["t1"])]), problem)
        #expect(rules(violations) == [.crewIncomplete])
        #expect(violations.first?.entity == "job j2")
    }

    @Test("members starting at different times are a start mismatch")
    func differentStarts() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: ["t1", "t2"]),
                                                   Self.route("t2", start: 560, crew: ["t1", "t2"])]))
        #expect(rules(violations) == [.crewStartMismatch])
        #expect(violations.first?.entity == "job j1")
    }

    @Test("members on different days are a start mismatch")
    func differentDays() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: ["t1", "t2"]),
                                                   Self.route("t2", day: 2, crew: ["t1", "t2"])]))
        #expect(rules(violations) == [.crewStartMismatch])
    }

    @Test("a technician listed twice is the same technician twice")
    func sameTechnicianTwice() {
        let violations = Self.check(Self.schedule([Self.route("t1", crew: ["t1", "t1"])]))
        #expect(rules(violations) == [.crewSameTechnician])
        #expect(violations.first?.entity == "job j1")
    }

    @Test("a technician visiting the job twice (on two days) is the same technician twice")
    func sameTechnicianVisitsTwice() {
        let crew = ["t1", "t1"]
        let violations = Self.check(Self.schedule([Self.route("t1", crew: crew), Self.route("t1", day: 2, crew: crew)]))
        // Two days apart, the members do not start together either.
        #expect(rules(violations) == [.crewSameTechnician, .crewStartMismatch])
    }

    @Test("a member without the skill leaves the crew's skills unmet")
    func memberWithoutSkill() {
        let crew = ["t1", "t3"]
        let violations = Self.check(Self.schedule([Self.route("t1", crew: crew), Self.route("t3", crew: crew)]))
        #expect(rules(violations) == [.crewSkillsUnmet])
        #expect(violations.count == 1)
    }

    @Test("a lead below member 1's level leaves the crew's skills unmet, though the two could swap")
    func leadWithoutSkill() {
        let crew = ["t2", "t1"]
        let schedule = Self.schedule(
            [Self.route("t1", crew: crew), Self.route("t2", crew: crew)],
            loading: [LoadingList(technician: "t2", day: 1, items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j1"])])])
        let violations = Self.check(schedule)
        #expect(violations.filter { $0.rule == .crewSkillsUnmet }.count == 1)
        #expect(violations.contains { $0.rule == .crewSkillsUnmet && $0.message.contains("lead") })
        // The lead brings the tool and the load, which t2's van cannot.
        #expect(rules(violations) == [.crewSkillsUnmet, .missingTool, .capacityExceeded])
    }

    @Test("a crew member the job excludes is flagged as for any visit")
    func excludedMember() {
        let problem = Self.problem(jobs: [{ var job = Self.j1; job.excludedTechnicians = ["t2"]; return job }()])
        let violations = Self.check(Self.valid, problem)
        #expect(rules(violations) == [.excludedTechnician])
    }

    // MARK: Coverage

    @Test("a crew job both visited and reported unassigned is a duplicate once")
    func crewAndUnassigned() {
        let schedule = Self.schedule([Self.route("t1", crew: ["t1", "t2"]), Self.route("t2", crew: ["t1", "t2"])],
                                     unassigned: [UnassignedJob(job: "j1", reason: .timeLimit, message: "")])
        let violations = Self.check(schedule)
        #expect(rules(violations) == [.duplicateJob])
        #expect(violations.count == 1)
    }

    @Test("an unplaced crew job is unassigned like any job")
    func crewUnassigned() {
        let schedule = Self.schedule([], placed: 0, unassigned: [UnassignedJob(job: "j1", reason: .timeLimit, message: "")])
        #expect(Self.check(schedule) == [])
    }
}
