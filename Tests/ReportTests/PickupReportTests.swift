import FieldService
import Foundation
import Report
import Schedule
import Testing

/// The report of a plan where Ben stops at the depot for the valve before j6.
@Suite("HTML plan report with depot pick-ups")
struct PickupReportTests {
    static let pickup = Visit.depotPickup(
        at: Fixture.problem.depot.location ?? Fixture.at(0), arrival: 1935, wait: 0, start: 1935, end: 1945,
        travelTime: 15, distance: 8, items: [LoadingItem(part: "valve", quantity: 1, jobs: ["j6"])],
        tools: [LoadingTool(tool: "crimper", jobs: ["j6"])])

    static var schedule: Schedule {
        var schedule = Fixture.schedule()
        schedule.routes[0].visits.insert(pickup, at: 0)
        return schedule
    }

    static var html: String {
        var problem = Fixture.problem
        problem.depot.pickup = DepotPickup(handlingMinutes: 10)
        return PlanReport(title: "Pick-ups", entries: [.init(title: "Pick-ups", problem: problem, schedule: schedule)]).html
    }

    /// The points of the polyline titled `label`.
    static func points(of label: String, in html: String) -> [String]? {
        for part in html.components(separatedBy: "<polyline").dropFirst() where part.contains("<title>\(label)</title>") {
            guard let start = part.range(of: "points=\""), let end = part[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return part[start.upperBound..<end].split(separator: " ").map(String.init)
        }
        return nil
    }

    @Test("the Gantt chart has the pick-up as its own bar with what is collected, and a legend entry")
    func gantt() {
        let html = Self.html
        #expect(XMLCheck.errors(in: html).isEmpty)
        #expect(count("<rect class=\"pickup\"", in: html) == 1)
        #expect(html.contains("depot pick-up: 1 x valve, borrow crimper"))
        #expect(html.contains("travel to the depot"))
        #expect(html.contains(">depot pick-up</text>"))
        // The jobs' bars stay as they were; the depot is no job bar.
        #expect(count("<rect class=\"work\"", in: html) == 3)
        #expect(!html.contains("travel to depot<"))
    }

    @Test("the route map runs Ben's route through the depot")
    func routeMap() throws {
        let with = try #require(Self.points(of: "Ben O&#39;Kafor, day 2", in: Self.html))
        let plain = PlanReport(title: "Plain", entries: [.init(title: "Plain", problem: Fixture.problem,
                                                               schedule: Fixture.schedule())]).html
        let without = try #require(Self.points(of: "Ben O&#39;Kafor, day 2", in: plain))
        #expect(with.count == without.count + 1)
        #expect(with.first == without.first && with.last == without.last)
        // Plans without pick-ups keep their legend.
        #expect(!plain.contains("depot pick-up"))
    }
}
