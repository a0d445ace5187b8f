import Foundation
import Testing
import FieldService

@Suite("Valid input")
struct ValidInputTests {
    @Test("There are valid fixtures to load")
    func validFixturesExist() {
        #expect(Fixtures.validInputs.count >= 3)
    }

    @Test("Every valid fixture loads and validates cleanly", arguments: Fixtures.validInputs)
    func validFixtureLoads(file: String) throws {
        let problem = try Problem.load(json: try Fixtures.data(Fixtures.valid, file))
        #expect(problem.validate().isEmpty)
        #expect(!problem.technicians.isEmpty)
    }

    @Test("The matrix fixture reads its matrix and every matrix index")
    func matrixFixture() throws {
        let problem = try Problem.load(json: try Fixtures.data(Fixtures.valid, "matrix-travel.json"))
        guard case let .matrix(matrix) = problem.travel else {
            Issue.record("expected a matrix travel model, got \(problem.travel)")
            return
        }
        #expect(matrix.durations.count == 4)
        #expect(problem.jobs.map(\.location.matrixIndex) == [2, 3, 3])
        #expect(problem.technicians[1].endLocation.matrixIndex == 0)
        // A numeric shift without a day gets its day from the start time.
        #expect(problem.technicians[0].shifts == [Shift(day: 1, start: 480, end: 960)])
        #expect(problem.travel.duration(from: problem.technicians[0].start, to: problem.jobs[1].location) == 25)
        #expect(problem.travel.distance(from: problem.jobs[0].location, to: problem.jobs[1].location) == 6)
    }

    @Test("The multi-day fixture places ISO date-times on the right days")
    func multiDayFixture() throws {
        let problem = try Problem.load(json: try Fixtures.data(Fixtures.valid, "multi-day-iso.json"))
        #expect(problem.horizon.days == 3)
        let shifts = problem.technicians[0].shifts
        #expect(shifts.map(\.day) == [1, 2, 3])
        #expect(shifts[1] == Shift(day: 2, start: 1440 + 450, end: 1440 + 960))
        #expect(shifts[2] == Shift(day: 3, start: 2880 + 480, end: 2880 + 720))
        let job = try #require(problem.job("j1"))
        #expect(job.timeWindows == [TimeWindow(start: 1440 + 480, end: 1440 + 720), TimeWindow(start: 2880 + 480, end: 2880 + 600)])
        #expect(job.earliestDay == 2 && job.latestDay == 3)
        #expect(problem.job("j2")?.pinned == PinnedAssignment(technician: "t1", day: 1, start: 780))
        #expect(problem.suppliers[0].orderCutoff == 900)
        #expect(problem.technicians[0].lunchBreak == BreakRule(start: 690, end: 840, duration: 30))
        #expect(problem.travel == .haversine(roadFactor: 1.25, speedKmh: 42))
        #expect(problem.horizon.date(ofDay: 3)?.description == "2026-11-25")
    }

    @Test("An empty day with no jobs is valid")
    func emptyDay() throws {
        let problem = try Problem.load(json: try Fixtures.data(Fixtures.valid, "empty-day.json"))
        #expect(problem.jobs.isEmpty)
        #expect(problem.horizon.days == 1)
        #expect(problem.travel == .standard)
        #expect(problem.objective == ObjectiveWeights())
    }

    @Test("Fields starting with x- are the caller's own and are ignored everywhere")
    func extensionFieldsIgnored() throws {
        let data = try Data(contentsOf: Fixtures.tomorrow)
        guard var root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              var jobs = root["jobs"] as? [[String: Any]],
              var technicians = root["technicians"] as? [[String: Any]] else {
            Issue.record("tomorrow.json is not an object with jobs and technicians")
            return
        }
        func tagged(_ object: Any?) -> Any? {
            guard var object = object as? [String: Any] else { return object }
            object["x-crm-id"] = "CRM-1182"
            object["x-ui"] = ["colour": "#336699", "collapsed": true]
            return object
        }
        root["x-generated-by"] = "dispatch console 4.2"
        root["horizon"] = tagged(root["horizon"])
        root["depot"] = tagged(root["depot"])
        for i in jobs.indices {
            jobs[i] = tagged(jobs[i]) as? [String: Any] ?? jobs[i]
            jobs[i]["customer"] = tagged(jobs[i]["customer"])
            jobs[i]["location"] = tagged(jobs[i]["location"])
            if let windows = jobs[i]["timeWindows"] as? [Any] { jobs[i]["timeWindows"] = windows.map(tagged) }
        }
        for i in technicians.indices {
            technicians[i] = tagged(technicians[i]) as? [String: Any] ?? technicians[i]
            if let shifts = technicians[i]["shifts"] as? [Any] { technicians[i]["shifts"] = shifts.map(tagged) }
            technicians[i]["break"] = tagged(technicians[i]["break"])
        }
        root["jobs"] = jobs
        root["technicians"] = technicians
        let extended = try JSONSerialization.data(withJSONObject: root)
        #expect(try Problem.load(json: extended) == Problem.load(json: data))
    }

    @Test("An unknown field is refused with a suggestion; a misspelt required field is not reported as missing")
    func unknownFieldsRefused() throws {
        let json = #"{"technicians": [{"id": "t1", "shifts": [{"start": "08:00", "end": "16:00"}], "start": {"lat": 1, "lon": 2}, "costPerHuor": 40}]}"#
        let error = try #require(throws: InputError.self) { try Problem.load(json: Data(json.utf8)) }
        #expect(error.issues.map(\.kind) == [.unknownField])
        #expect(error.description == #"technicians[0].costPerHuor (technician t1): unknown field "costPerHuor" (did you mean "costPerHour"?)"#)
    }

    @Test("The bundled scenario for tomorrow loads and validates")
    func tomorrowLoads() throws {
        let data = try Data(contentsOf: Fixtures.tomorrow)
        let problem = try Problem.load(json: data)
        #expect(problem.horizon.startDate == CivilDate(year: 2026, month: 11, day: 23))
        #expect(problem.horizon.days == 1)
        #expect(problem.technicians.count == 7)
        #expect(problem.jobs.count == 14)
        let byUrgency = Dictionary(grouping: problem.jobs, by: \.urgency).mapValues(\.count)
        #expect(byUrgency == [.emergency: 1, .high: 3, .normal: 7, .low: 3])
        #expect(problem.jobs.filter { $0.pinned != nil }.count == 1)
        #expect(problem.travel == .haversine(roadFactor: 1.3, speedKmh: 40))
    }

    @Test("Every job of tomorrow has at least one qualified technician who is not excluded")
    func tomorrowIsStaffable() throws {
        let problem = try Problem.load(json: try Data(contentsOf: Fixtures.tomorrow))
        for job in problem.jobs {
            let candidates = problem.technicians.filter { job.isQualified($0) && !job.excludedTechnicians.contains($0.id) }
            #expect(!candidates.isEmpty, "nobody can do \(job.id)")
            if let pin = job.pinned {
                let technician = try #require(problem.technician(pin.technician))
                #expect(job.isQualified(technician))
                #expect(job.timeWindows.contains { $0.contains(pin.start) })
            }
        }
    }

    @Test("Every place of tomorrow lies within 30 km of the depot")
    func tomorrowIsRegional() throws {
        let problem = try Problem.load(json: try Data(contentsOf: Fixtures.tomorrow))
        let depot = try #require(problem.depot.location)
        let places = problem.jobs.map(\.location) + problem.technicians.map(\.start)
        for place in places {
            #expect(TravelModel.greatCircleKm(depot, place) < 30)
        }
    }
}
