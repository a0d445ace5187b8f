import Foundation
import Testing
import FieldService

@Suite("Objective weights")
struct ObjectiveWeightsTests {
    func decode(_ json: String) throws -> ObjectiveWeights {
        try JSONDecoder().decode(ObjectiveWeights.self, from: Data(json.utf8))
    }

    @Test("The defaults make emergencies effectively mandatory and order the urgencies")
    func defaults() {
        let w = ObjectiveWeights()
        #expect(w.costPerKm == 0.6)
        #expect(w.overtimeWeight == 1 && w.referralWeight == 1)
        #expect(w.nonPreferredTechnician == 40)
        #expect(w.unassignedPenalty == ObjectiveWeights.defaultUnassignedPenalty)
        #expect(w.latenessPerDay == ObjectiveWeights.defaultLatenessPerDay)
        let penalties = Urgency.allCases.map { w.unassignedPenalty[$0] ?? 0 }
        #expect(penalties == penalties.sorted(by: >))
        #expect((w.unassignedPenalty[.emergency] ?? 0) >= 1_000_000)
    }

    @Test("An empty object gives the defaults")
    func emptyObject() throws {
        #expect(try decode("{}") == ObjectiveWeights())
    }

    @Test("A partial override changes only what it names")
    func partialOverride() throws {
        let w = try decode(#"{"costPerKm": 0.9, "unassignedPenalty": {"low": 250}, "latenessPerDay": {"high": 800}}"#)
        var expected = ObjectiveWeights(costPerKm: 0.9)
        expected.unassignedPenalty[.low] = 250
        expected.latenessPerDay[.high] = 800
        #expect(w == expected)
        #expect(w.unassignedPenalty[.emergency] == ObjectiveWeights.defaultUnassignedPenalty[.emergency])
    }

    @Test("The penalty of a job adds its priority to its urgency's penalty")
    func penalty() {
        let w = ObjectiveWeights()
        var job = Job(id: "j", customer: Customer(name: "C"), location: Location(latitude: 0, longitude: 0), duration: 10,
                      urgency: .low)
        #expect(w.penalty(for: job) == 500)
        job.priority = 3
        #expect(w.penalty(for: job) == 800)
    }

    @Test("An unknown urgency in the weights is refused with its path")
    func unknownUrgency() {
        let json = document().replacingOccurrences(of: #""travel":"#, with: #""objective": {"unassignedPenalty": {"urgentish": 5}}, "travel":"#)
        #expect(issues(json).map(\.description)
            == [#"objective.unassignedPenalty: unknown urgency "urgentish": use emergency, high, normal or low"#])
    }

    @Test("Negative and absurd weights are reported")
    func badWeights() {
        let json = document().replacingOccurrences(
            of: #""travel":"#, with: #""objective": {"overtimeWeight": -1, "unassignedPenalty": {"normal": 1e13}}, "travel":"#)
        #expect(issues(json).map(\.description) == [
            "objective.overtimeWeight: overtimeWeight must be at least 0, got -1",
            "objective.unassignedPenalty.normal: penalty must be at most 1000000000000, got 10000000000000",
        ])
    }
}
