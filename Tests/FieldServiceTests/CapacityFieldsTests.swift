import Foundation
import Testing
import FieldService

/// Van capacity, job demand, fixed cost per working day and the overtime budget.
@Suite("Capacity, demand, fixed cost and overtime budget")
struct CapacityFieldsTests {
    let home = Location(latitude: 42.96, longitude: -85.67)

    func technician(_ id: String, capacity: Double? = nil, fixedCost: Double = 0) -> Technician {
        Technician(id: id, name: "Tech \(id)", skills: [:], shifts: [Shift(day: 1, start: 480, end: 960)], start: home,
                   capacity: capacity, fixedCost: fixedCost)
    }

    func job(_ id: String, demand: Double = 0) -> Job {
        Job(id: id, customer: Customer(name: "Customer \(id)"), location: Location(latitude: 42.97, longitude: -85.66),
            duration: 30, demand: demand)
    }

    @Test("The JSON keys capacity, fixedCost, demand and overtimeBudget are read")
    func readsTheKeys() throws {
        let json = document()
            .replacingOccurrences(of: #""start": {"lat": 42.96"#, with: #""capacity": 12.5, "fixedCost": 35, "start": {"lat": 42.96"#)
            .replacingOccurrences(of: #""duration": 60"#, with: #""duration": 60, "demand": 4"#)
            .replacingOccurrences(of: #""travel":"#, with: #""overtimeBudget": 90, "travel":"#)
        let problem = try load(json)
        #expect(problem.technicians[0].capacity == 12.5)
        #expect(problem.technicians[0].fixedCost == 35)
        #expect(problem.jobs[0].demand == 4)
        #expect(problem.overtimeBudget == 90)
    }

    @Test("Without the keys: unlimited capacity, no fixed cost, no demand, no overtime budget")
    func defaults() throws {
        let problem = try load(document())
        #expect(problem.technicians[0].capacity == nil)
        #expect(problem.technicians[0].fixedCost == 0)
        #expect(problem.jobs[0].demand == 0)
        #expect(problem.overtimeBudget == nil)
    }

    @Test("capacity: null means unlimited")
    func nullCapacity() throws {
        let json = document().replacingOccurrences(of: #""start": {"lat": 42.96"#, with: #""capacity": null, "start": {"lat": 42.96"#)
        #expect(try load(json).technicians[0].capacity == nil)
    }

    @Test("A text where a number belongs is a type error at its path")
    func wrongType() {
        let json = document().replacingOccurrences(of: #""duration": 60"#, with: #""duration": 60, "demand": "a lot""#)
        #expect(issues(json).map(\.description) == ["jobs[0].demand (job j1): expected a number, found a string"])
    }

    @Test("A job needing more than every van holds is not an input error")
    func demandAboveEveryCapacity() {
        let problem = Problem(technicians: [technician("t1", capacity: 10), technician("t2", capacity: 20)],
                              jobs: [job("j1", demand: 25)])
        #expect(problem.validate().isEmpty)
    }

    @Test("Zero is allowed everywhere")
    func zeroIsAllowed() {
        let problem = Problem(technicians: [technician("t1", capacity: 0, fixedCost: 0)], jobs: [job("j1", demand: 0)],
                              overtimeBudget: 0)
        #expect(problem.validate().isEmpty)
    }

    @Test("Negative and non-finite values are reported at their path, with the entity")
    func negativeAndNonFinite() {
        let problem = Problem(
            technicians: [technician("t1", capacity: -1, fixedCost: .nan), technician("t2", capacity: .infinity)],
            jobs: [job("j1", demand: -0.5), job("j2", demand: .infinity)], overtimeBudget: .nan)
        let found = problem.validate()
        #expect(found.map(\.description) == [
            "technicians[0].capacity (technician t1): capacity must be at least 0, got -1",
            "technicians[0].fixedCost (technician t1): fixedCost must be a finite number, got nan",
            "technicians[1].capacity (technician t2): capacity must be a finite number, got inf",
            "jobs[0].demand (job j1): demand must be at least 0, got -0.5",
            "jobs[1].demand (job j2): demand must be a finite number, got inf",
            "overtimeBudget: overtimeBudget must be a finite number, got nan",
        ])
        #expect(found.allSatisfy { $0.kind == .outOfRange })
    }

    @Test("A shift may last up to 7 days (Solomon's C2 day is 3390 minutes), not longer")
    func longShifts() {
        var t = technician("t1")
        t.shifts = [Shift(day: 1, start: 0, end: 3390)]
        #expect(Problem(technicians: [t], jobs: [job("j1")]).validate().isEmpty)
        t.shifts = [Shift(day: 1, start: 0, end: 10_080)]
        #expect(Problem(technicians: [t], jobs: [job("j1")]).validate().isEmpty)
        t.shifts = [Shift(day: 1, start: 0, end: 10_080.5)]
        #expect(Problem(technicians: [t], jobs: [job("j1")]).validate().map(\.description)
            == ["technicians[0].shifts[0] (technician t1): a shift cannot last more than 7 days (10080 minutes)"])
    }

    @Test("The new fields survive encoding and loading unchanged")
    func roundTrip() throws {
        let problem = Problem(technicians: [technician("t1", capacity: 40, fixedCost: 55.5), technician("t2")],
                              jobs: [job("j1", demand: 7.25), job("j2")], overtimeBudget: 120)
        let data = try JSONEncoder().encode(problem)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""capacity":40"#) && text.contains(#""fixedCost":55.5"#))
        #expect(text.contains(#""demand":7.25"#) && text.contains(#""overtimeBudget":120"#))
        #expect(try Problem.load(json: data) == problem)
    }
}
