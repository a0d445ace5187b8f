import Foundation
import Testing
import FieldService

@Suite("JSON round trip")
struct RoundTripTests {
    func roundTrip(_ problem: Problem) throws -> Problem {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(problem)
        return try Problem.load(json: data)
    }

    @Test("Tomorrow's scenario survives encoding and loading unchanged")
    func tomorrow() throws {
        let problem = try Problem.load(json: try Data(contentsOf: Fixtures.tomorrow))
        #expect(try roundTrip(problem) == problem)
    }

    @Test("Every valid fixture survives encoding and loading unchanged", arguments: Fixtures.validInputs)
    func fixtures(file: String) throws {
        let problem = try Problem.load(json: try Fixtures.data(Fixtures.valid, file))
        #expect(try roundTrip(problem) == problem)
    }

    @Test("A problem built in Swift survives encoding and loading unchanged")
    func builtInSwift() throws {
        let home = Location(latitude: 42.96, longitude: -85.67, address: "Home")
        let technician = Technician(
            id: "t1", name: "Ana Lopez", skills: ["hvac": 2],
            shifts: [Shift(day: 1, start: 480, end: 960), Shift(day: 2, start: 1440 + 420, end: 1440 + 900)],
            lunchBreak: BreakRule(start: 690, end: 840, duration: 30), start: home,
            end: Location(latitude: 42.9, longitude: -85.69), costPerHour: 45,
            overtime: Overtime(maxMinutes: 60, costPerHour: 67.5), vanStock: ["cap": 1],
            contact: Contact(phone: "(616) 555-0100", email: "ana@example.com"))
        let job = Job(
            id: "j1", customer: Customer(name: "Ed Moore", phone: "(616) 555-0101", preferredChannel: .sms),
            location: Location(latitude: 42.97, longitude: -85.66), duration: 45.5, requiredSkills: ["hvac": 1],
            timeWindows: [TimeWindow(start: 540, end: 660), TimeWindow(start: 1440 + 540, end: 1440 + 600)],
            urgency: .high, priority: 7, parts: ["cap": 1], earliestDay: 1, latestDay: 2,
            preferredTechnicians: ["t1"], description: "Capacitor",
            pinned: PinnedAssignment(technician: "t1", day: 1, start: 555))
        var objective = ObjectiveWeights(costPerKm: 0.7)
        objective.unassignedPenalty[.low] = 123
        let problem = Problem(
            name: "Built in Swift", horizon: Horizon(startDate: CivilDate(year: 2026, month: 11, day: 23), days: 2),
            skills: ["hvac"], parts: [Part(id: "cap", name: "Capacitor", unitCost: 18.5)],
            depot: Depot(location: Location(latitude: 42.9, longitude: -85.69), stock: ["cap": 3]),
            suppliers: [Supplier(id: "s1", name: "Supply", offers: [SupplierOffer(part: "cap", unitCost: 16.9)],
                                 leadTimeDays: 1, orderCutoff: 900)],
            providers: [Provider(id: "p1", name: "Partner", skills: ["hvac": 3],
                                 serviceArea: ServiceArea(center: home, radiusKm: 25), costPerJob: 150, jobsPerDay: 2,
                                 rating: 4.5)],
            technicians: [technician], jobs: [job], travel: .haversine(roadFactor: 1.25, speedKmh: 42),
            objective: objective)
        #expect(problem.validate().isEmpty)
        #expect(try roundTrip(problem) == problem)
    }
}
