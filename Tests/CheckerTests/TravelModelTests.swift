import Checker
import FieldService
import Schedule
import Testing

/// A day on the equator under the default haversine model (road factor 1.3,
/// 45 km/h): along the equator the great circle is R x longitude difference,
/// so every leg is worked out from `kmPerDegree`.
enum Equator {
    static let kmPerDegree = 6371.0088 * Double.pi / 180 * 1.3
    static func km(_ degrees: Double) -> Double { kmPerDegree * degrees }
    static func minutes(_ degrees: Double) -> Double { km(degrees) / 45 * 60 }
    static func place(_ longitude: Double) -> Location { Location(latitude: 0, longitude: longitude) }

    static let problem = Problem(
        name: "equator",
        providers: [Provider(id: "roofers", name: "Roofers", skills: ["roofing": 1],
                             serviceArea: ServiceArea(center: place(0), radiusKm: 100),
                             costPerJob: 90, jobsPerDay: 3)],
        technicians: [
            Technician(id: "t1", name: "Ira", skills: [:], shifts: [Shift(day: 1, start: 480, end: 1020)],
                       start: place(0), costPerHour: 36),
            Technician(id: "t2", name: "Jo", skills: [:], shifts: [Shift(day: 1, start: 480, end: 1020)],
                       start: place(1), costPerHour: 36),
        ],
        jobs: [
            Job(id: "ja", customer: customer("Kim"), location: place(0.1), duration: 30),
            Job(id: "jb", customer: customer("Lou"), location: place(0.25), duration: 45,
                timeWindows: [TimeWindow(start: 500, end: 700)]),
            Job(id: "jc", customer: customer("Max"), location: place(0.5), duration: 60,
                requiredSkills: ["roofing": 1]),
        ])

    static let arriveA = 480 + minutes(0.1)
    static let arriveB = arriveA + 30 + minutes(0.15)
    static let back = arriveB + 45 + minutes(0.25)
    static let travel = minutes(0.5)
    /// 0.6 per km (the default) and 36 per hour of driving and working.
    static let routeCost = km(0.5) * 0.6 + (travel + 75) * 36 / 60

    static let schedule = Schedule(
        routes: [Route(
            technician: "t1", day: 1, departure: 480,
            visits: [
                Visit(job: "ja", arrival: arriveA, wait: 0, start: arriveA, end: arriveA + 30,
                      travelTime: minutes(0.1), distance: km(0.1)),
                Visit(job: "jb", arrival: arriveB, wait: 0, start: arriveB, end: arriveB + 45,
                      travelTime: minutes(0.15), distance: km(0.15)),
            ],
            breaks: [], returnTime: back, returnTravelTime: minutes(0.25), returnDistance: km(0.25),
            travelTime: travel, distance: km(0.5), overtime: 0, cost: routeCost)],
        unassigned: [],
        referrals: [Referral(job: "jc", provider: "roofers", day: 1, cost: 90, reason: .noSkill)],
        kpis: kpis(cost: routeCost + 90, costs: breakdown(travel: km(0.5) * 0.6, labour: (travel + 75) * 36 / 60, referral: 90),
                   travelTime: travel, distance: km(0.5), overtime: 0, placed: 2, referred: 1, unassigned: 0,
                   placedByUrgency: ["normal": 2], unassignedByUrgency: [:]))
}

/// Two technicians on a 5 x 5 matrix (0: t1's home, 1: t2's home, 2-4: jobs),
/// with one asymmetric pair (2 -> 3 is 12 minutes, 3 -> 2 is 14).
enum Grid {
    static let durations: [[Double]] = [
        [0, 40, 15, 25, 35],
        [40, 0, 30, 20, 10],
        [15, 30, 0, 12, 22],
        [25, 20, 14, 0, 18],
        [35, 10, 22, 18, 0],
    ]
    static let distances = durations.map { $0.map { $0 / 2 } }

    static let problem = Problem(
        name: "grid",
        technicians: [
            Technician(id: "t1", name: "Ned", skills: [:], shifts: [Shift(day: 1, start: 480, end: 1020)],
                       start: point(0, 0, matrixIndex: 0), costPerHour: 60),
            Technician(id: "t2", name: "Oli", skills: [:], shifts: [Shift(day: 1, start: 480, end: 1020)],
                       start: point(0, 0, matrixIndex: 1), end: point(0, 0, matrixIndex: 0), costPerHour: 30),
        ],
        jobs: [
            Job(id: "ja", customer: customer("Pat"), location: point(0, 0, matrixIndex: 2), duration: 20),
            Job(id: "jb", customer: customer("Quin"), location: point(0, 0, matrixIndex: 3), duration: 30,
                timeWindows: [TimeWindow(start: 540, end: 600)]),
            Job(id: "jc", customer: customer("Rae"), location: point(0, 0, matrixIndex: 4), duration: 40),
        ],
        travel: .matrix(TravelMatrix(durations: durations, distances: distances)),
        objective: ObjectiveWeights(costPerKm: 1))

    /// t1: 0 -> 2 (15) ja 495-515, 2 -> 3 (12) arrive 527, wait for 540, jb 540-570, 3 -> 0 (25) back 595.
    /// Cost: 26 + (52 + 50) x 60/60 = 128.
    static let t1 = Route(
        technician: "t1", day: 1, departure: 480,
        visits: [
            Visit(job: "ja", arrival: 495, wait: 0, start: 495, end: 515, travelTime: 15, distance: 7.5),
            Visit(job: "jb", arrival: 527, wait: 13, start: 540, end: 570, travelTime: 12, distance: 6),
        ],
        breaks: [], returnTime: 595, returnTravelTime: 25, returnDistance: 12.5,
        travelTime: 52, distance: 26, overtime: 0, cost: 128)

    /// t2 ends at t1's home: 1 -> 4 (10) jc 490-530, 4 -> 0 (35) back 565.
    /// Cost: 22.5 + (45 + 40) x 30/60 = 65.
    static let t2 = Route(
        technician: "t2", day: 1, departure: 480,
        visits: [Visit(job: "jc", arrival: 490, wait: 0, start: 490, end: 530, travelTime: 10, distance: 5)],
        breaks: [], returnTime: 565, returnTravelTime: 35, returnDistance: 17.5,
        travelTime: 45, distance: 22.5, overtime: 0, cost: 65)

    static let schedule = Schedule(
        routes: [t1, t2], unassigned: [],
        kpis: kpis(cost: 193, costs: breakdown(travel: 48.5, labour: 144.5), travelTime: 97, distance: 48.5,
                   overtime: 0, placed: 3, referred: 0, unassigned: 0,
                   placedByUrgency: ["normal": 3], unassignedByUrgency: [:]))
}

@Suite("Travel models")
struct TravelModelTests {
    @Test("the hand-computed equator plan has no violations")
    func haversinePlanIsAccepted() {
        #expect(abs(Equator.km(0.1) - 14.4554) < 1e-3)
        #expect(FeasibilityChecker(problem: Equator.problem).check(Equator.schedule) == [])
    }

    @Test("a leg reported without the road factor is flagged")
    func haversineWithoutRoadFactor() {
        var schedule = Equator.schedule
        schedule.routes[0].visits[0].distance = Equator.km(0.1) / 1.3
        let violations = FeasibilityChecker(problem: Equator.problem).check(schedule)
        #expect(rules(violations) == [.visitTravelMismatch])
        #expect(violations.first?.entity == "job ja")
    }

    @Test("arriving sooner than the haversine drive allows is flagged")
    func haversineArrivalTooEarly() {
        var schedule = Equator.schedule
        schedule.routes[0].visits[1].arrival -= 0.01
        schedule.routes[0].visits[1].wait = 0.01
        #expect(rules(FeasibilityChecker(problem: Equator.problem).check(schedule)) == [.arrivalTooEarly])
    }

    @Test("a job outside the provider's service area is flagged")
    func outsideServiceArea() {
        var problem = Equator.problem
        problem.providers[0].serviceArea?.radiusKm = 50
        let violations = FeasibilityChecker(problem: problem).check(Equator.schedule)
        #expect(rules(violations) == [.outsideServiceArea])
        #expect(violations.first?.entity == "job jc")
    }

    @Test("the hand-computed matrix plan has no violations")
    func matrixPlanIsAccepted() {
        #expect(FeasibilityChecker(problem: Grid.problem).check(Grid.schedule) == [])
    }

    @Test("the matrix is read row = from, column = to")
    func matrixDirection() {
        // Doing jb before ja would use 3 -> 2 (14 minutes), not 2 -> 3 (12).
        var schedule = Grid.schedule
        schedule.routes[0].visits[1].travelTime = 14
        schedule.routes[0].visits[1].distance = 7
        #expect(rules(FeasibilityChecker(problem: Grid.problem).check(schedule)) == [.visitTravelMismatch])
    }

    @Test("the drive back goes to the end location when it differs from the start")
    func matrixEndLocation() {
        var schedule = Grid.schedule
        schedule.routes[1].returnTravelTime = 10
        schedule.routes[1].returnDistance = 5
        schedule.routes[1].returnTime = 540
        let found = rules(FeasibilityChecker(problem: Grid.problem).check(schedule))
        #expect(found == [.returnTooEarly, .routeFiguresMismatch])
    }

    @Test("arriving sooner than the matrix allows is flagged")
    func matrixArrivalTooEarly() {
        var schedule = Grid.schedule
        schedule.routes[1].visits[0].arrival = 489
        schedule.routes[1].visits[0].wait = 1
        let violations = FeasibilityChecker(problem: Grid.problem).check(schedule)
        #expect(rules(violations) == [.arrivalTooEarly])
        #expect(violations.first?.entity == "job jc")
    }

    @Test("without a distance matrix distances are zero")
    func matrixWithoutDistances() {
        var problem = Grid.problem
        problem.travel = .matrix(TravelMatrix(durations: Grid.durations))
        var schedule = Grid.schedule
        for r in schedule.routes.indices {
            schedule.routes[r].distance = 0
            schedule.routes[r].returnDistance = 0
            for v in schedule.routes[r].visits.indices { schedule.routes[r].visits[v].distance = 0 }
        }
        schedule.routes[0].cost = 102
        schedule.routes[1].cost = 42.5
        schedule.kpis.distance = 0
        schedule.kpis.cost = 144.5
        schedule.kpis.costs.travel = 0
        #expect(FeasibilityChecker(problem: problem).check(schedule) == [])
    }

    @Test("a location missing from the matrix is flagged")
    func locationOutsideMatrix() {
        var problem = Grid.problem
        problem.jobs[2].location.matrixIndex = 7
        let violations = FeasibilityChecker(problem: problem).check(Grid.schedule)
        #expect(rules(violations) == [.travelUndefined])
        #expect(violations.count == 2)
    }
}
