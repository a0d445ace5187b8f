import FieldService
import Foundation
import Report
import Schedule
import Testing

/// The report of a plan where j6 is done by a crew: Ben (the lead) and Anna on day 2.
@Suite("HTML plan report with crews")
struct CrewReportTests {
    static var schedule: Schedule {
        var schedule = Fixture.schedule()
        for r in schedule.routes.indices where schedule.routes[r].technician == "t2" {
            schedule.routes[r].visits[0].crew = ["t2", "t1"]
        }
        if let r = schedule.routes.firstIndex(where: { $0.technician == "t1" && $0.day == 2 }) {
            var visit = Visit(job: "j6", arrival: 1980, wait: 0, start: 1980, end: 2100, travelTime: 10, distance: 5)
            visit.crew = ["t2", "t1"]
            schedule.routes[r].visits = [visit]
            schedule.routes[r].returnTime = 2110
        }
        return schedule
    }

    static var html: String {
        PlanReport(title: "Crews", entries: [.init(title: "Crews", problem: Fixture.problem, schedule: schedule)]).html
    }

    @Test("the Gantt chart shows the crew job on both members' rows, marked, with the crew in the tooltip")
    func gantt() {
        let html = Self.html
        #expect(XMLCheck.errors(in: html).isEmpty)
        #expect(html.components(separatedBy: "<rect class=\"work crew\"").count - 1 == 2)
        #expect(html.contains("j6: crew Ben O&#39;Kafor (lead), Anna") || html.contains("j6: crew Ben O&apos;Kafor (lead), Anna")
                || html.contains("j6: crew Ben O'Kafor (lead), Anna"), "\(html)")
        // Solo jobs are plain work bars.
        #expect(html.contains("<rect class=\"work\""))
    }

    @Test("the route map marks the crew job once, with the crew")
    func map() {
        let html = Self.html
        #expect(html.components(separatedBy: "<circle class=\"job crew\"").count - 1 == 1)
        #expect(html.contains("crew job (lead&#39;s colour)") || html.contains("crew job (lead's colour)")
                || html.contains("crew job (lead&apos;s colour)"))
    }
}
