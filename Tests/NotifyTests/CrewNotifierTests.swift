import FieldService
import Foundation
@testable import Notify
import Schedule
import Testing

/// The fixture's plan with j6 done by a crew: Ben (the lead, who brings the valve) and
/// Anna, both at 1980 on day 2, each on their own route.
enum CrewFixture {
    static var problem: Problem {
        var problem = Fixture.problem
        if let index = problem.jobs.firstIndex(where: { $0.id == "j6" }) {
            problem.jobs[index].crewSize = 2
            problem.jobs[index].requiredTools = ["crimper"]
        }
        problem.tools = [Tool(id: "crimper", name: "Pipe crimper")]
        return problem
    }

    static func crewVisit() -> Visit {
        var visit = Fixture.visit("j6", 1980, 120)
        visit.crew = ["t2", "t1"]
        return visit
    }

    static var schedule: Schedule {
        var schedule = Fixture.schedule
        schedule.routes[1].visits = [crewVisit()]
        schedule.routes.append(Route(technician: "t1", day: 2, departure: 1920, visits: [crewVisit()], breaks: [],
                                     returnTime: 2110, returnTravelTime: 10, returnDistance: 5, travelTime: 20,
                                     distance: 10, overtime: 0, cost: 80))
        schedule.loadingLists = [LoadingList(technician: "t2", day: 2,
                                             items: [LoadingItem(part: "valve", quantity: 1, jobs: ["j6"])],
                                             tools: [LoadingTool(tool: "crimper", jobs: ["j6"])])]
        return schedule
    }
}

@Suite("Notifications of plans with crews")
struct CrewNotifierTests {
    @Test("the customer of a crew job gets one confirmation, one delay notice and one follow-up, naming the crew")
    func oneMessagePerCrewJob() throws {
        let notifier = try Notifier(problem: CrewFixture.problem)
        let messages = notifier.notifications(for: CrewFixture.schedule)
        for kind in ["appointment_confirmation", "delay_notice", "satisfaction_followup"] {
            #expect(messages.filter { $0.kind == kind && $0.recipient == "j6" }.count == 1, "\(kind)")
        }
        let confirmation = try #require(messages.first { $0.kind == "appointment_confirmation" && $0.recipient == "j6" })
        #expect(confirmation.body.contains("Ben and Anna from Northside Home Services will come"), "\(confirmation.body)")
        let followUp = try #require(messages.first { $0.kind == "satisfaction_followup" && $0.recipient == "j6" })
        #expect(followUp.body.contains("Ben and Anna were with you"), "\(followUp.body)")
        // Solo jobs read as before.
        let solo = try #require(messages.first { $0.kind == "appointment_confirmation" && $0.recipient == "j1" })
        #expect(solo.body.contains("Anna from Northside Home Services will come"))
        #expect(solo.data["crew"] == nil)
    }

    @Test("German confirmation names the crew")
    func germanConfirmation() throws {
        let notifier = try Notifier(problem: CrewFixture.problem, options: NotifyOptions(language: "de"))
        let confirmation = try #require(notifier.notifications(for: CrewFixture.schedule)
            .first { $0.kind == "appointment_confirmation" && $0.recipient == "j6" })
        #expect(confirmation.body.contains("Ben und Anna von Northside Home Services kommen am"), "\(confirmation.body)")
    }

    @Test("changes and cancellations of a crew job: one message each; another lead within the crew is none")
    func changesOncePerJob() throws {
        let notifier = try Notifier(problem: CrewFixture.problem)
        // Ben alone before, Ben and Anna now: the customer hears of the crew once.
        let messages = notifier.notifications(for: CrewFixture.schedule, previous: Fixture.schedule)
        #expect(messages.filter { $0.kind.hasPrefix("appointment_") && $0.recipient == "j6" }.map(\.kind) == ["appointment_change"])
        // Anna leads instead of Ben, same time: no change for the customer.
        var swapped = CrewFixture.schedule
        for r in swapped.routes.indices {
            for v in swapped.routes[r].visits.indices where swapped.routes[r].visits[v].job == "j6" {
                swapped.routes[r].visits[v].crew = ["t1", "t2"]
            }
        }
        #expect(!notifier.notifications(for: swapped, previous: CrewFixture.schedule).contains { $0.kind.hasPrefix("appointment_") })
        // The crew planned away: one cancellation.
        var without = CrewFixture.schedule
        for r in without.routes.indices { without.routes[r].visits.removeAll { $0.job == "j6" } }
        let cancelled = notifier.notifications(for: without, previous: CrewFixture.schedule)
        #expect(cancelled.filter { $0.kind == "appointment_cancellation" && $0.recipient == "j6" }.count == 1)
        // Another lead at another time: one change.
        var moved = CrewFixture.schedule
        for r in moved.routes.indices {
            for v in moved.routes[r].visits.indices where moved.routes[r].visits[v].job == "j6" {
                moved.routes[r].visits[v].crew = ["t1", "t2"]
                moved.routes[r].visits[v].start += 240
                moved.routes[r].visits[v].end += 240
            }
        }
        let changed = notifier.notifications(for: moved, previous: CrewFixture.schedule)
        let change = try #require(changed.first { $0.kind == "appointment_change" && $0.recipient == "j6" })
        #expect(changed.filter { $0.kind == "appointment_change" && $0.recipient == "j6" }.count == 1)
        #expect(change.body.contains("Anna and Ben will come"), "\(change.body)")
    }

    @Test("both members' job sheets show the crew line; only the lead's lists the parts and tools (en)")
    func jobSheetsEnglish() throws {
        let notifier = try Notifier(problem: CrewFixture.problem)
        let sheets = notifier.notifications(for: CrewFixture.schedule).filter { $0.kind == "job_sheet" && $0.subject.contains("Tuesday") }
        let ben = try #require(sheets.first { $0.recipient == "t2" }).body
        let anna = try #require(sheets.first { $0.recipient == "t1" }).body
        #expect(ben.contains("   Crew: with Anna Berger (lead: Ben Okafor)"), "\(ben)")
        #expect(anna.contains("   Crew: with Ben Okafor (lead: Ben Okafor)"), "\(anna)")
        #expect(ben.contains("Part: 1 x Gas valve 24 V from the depot"))
        #expect(ben.contains("Tool: Pipe crimper from the depot, borrowed"))
        #expect(ben.contains("Load at the depot before you leave"))
        #expect(!anna.contains("Part:") && !anna.contains("Tool:") && !anna.contains("Load at the depot"), "\(anna)")
        #expect(anna.contains(": j6 ("))
        // The calendars: both have the event with the crew line; only the lead's the parts.
        let benICS = try #require(notifier.notifications(for: CrewFixture.schedule)
            .first { $0.kind == "job_sheet" && $0.recipient == "t2" }?.attachments.first).content
        let annaICS = try #require(sheets.first { $0.recipient == "t1" }?.attachments.first).content
        #expect(annaICS.contains("UID:j6-t1-2026-11-24@fieldplan") && benICS.contains("UID:j6-t2-2026-11-24@fieldplan"))
        #expect(annaICS.contains("Crew: with Ben Okafor") && !annaICS.contains("Gas valve"))
        #expect(benICS.contains("Gas valve"))
        let calendars = notifier.calendars(for: CrewFixture.schedule)
        #expect(calendars["t1.ics"]?.contains("UID:j6-t1-2026-11-24@fieldplan") == true)
        #expect(calendars["t2.ics"]?.contains("UID:j6-t2-2026-11-24@fieldplan") == true)
    }

    @Test("both members' job sheets show the crew line; only the lead's lists the parts (de)")
    func jobSheetsGerman() throws {
        let notifier = try Notifier(problem: CrewFixture.problem, options: NotifyOptions(language: "de"))
        let sheets = notifier.notifications(for: CrewFixture.schedule).filter { $0.kind == "job_sheet" }
        let ben = try #require(sheets.first { $0.recipient == "t2" }).body
        let anna = try #require(sheets.first { $0.recipient == "t1" && $0.body.contains("j6") }).body
        #expect(ben.contains("   Team: mit Anna Berger (Leitung: Ben Okafor)"), "\(ben)")
        #expect(anna.contains("   Team: mit Ben Okafor (Leitung: Ben Okafor)"), "\(anna)")
        #expect(ben.contains("Teil: 1 x Gas valve 24 V"))
        #expect(!anna.contains("Teil:") && !anna.contains("Werkzeug:"), "\(anna)")
    }

    @Test("solo plans keep their message ids")
    func soloIDsUnchanged() throws {
        // Crew fields are only set for crews: the fixture's messages are as without crews.
        let notifier = try Notifier(problem: Fixture.problem)
        let messages = notifier.notifications(for: Fixture.schedule)
        #expect(!messages.contains { $0.data["crew"] != nil })
        #expect(!messages.contains { $0.body.contains("Crew:") })
    }
}
