import FieldService
import Foundation
@testable import Notify
import Schedule
import Testing

/// The fixture's plan with depot pick-ups: Ben stops at the depot on day 2 for the
/// valve and a borrowed pipe crimper before j6.
enum PickupFixture {
    static let depot = Fixture.problem.depot.location ?? Fixture.at(0)

    static var problem: Problem {
        var problem = Fixture.problem
        problem.depot.pickup = DepotPickup(handlingMinutes: 10)
        problem.depot.tools = ["crimper": 1]
        problem.tools = [Tool(id: "crimper", name: "Pipe crimper")]
        return problem
    }

    static let pickup = Visit.depotPickup(
        at: depot, arrival: 1935, wait: 0, start: 1935, end: 1945, travelTime: 15, distance: 8,
        items: [LoadingItem(part: "valve", quantity: 1, jobs: ["j6"])], tools: [LoadingTool(tool: "crimper", jobs: ["j6"])])

    static var schedule: Schedule {
        var schedule = Fixture.schedule
        schedule.routes[1].visits.insert(pickup, at: 0)
        schedule.loadingLists = [LoadingList(technician: "t2", day: 2, items: pickup.items, tools: pickup.tools)]
        return schedule
    }
}

@Suite("Notifications of plans with depot pick-ups")
struct PickupNotifierTests {
    @Test("the depot gets no appointment, delay notice or follow-up; customers get the same messages")
    func noCustomerMessagesForTheDepot() throws {
        let notifier = try Notifier(problem: PickupFixture.problem)
        let messages = notifier.notifications(for: PickupFixture.schedule)
        #expect(!messages.contains { $0.recipient == Visit.depotPickupID })
        let customerKinds = ["appointment_confirmation", "delay_notice", "satisfaction_followup"]
        let without = try Notifier(problem: Fixture.problem).notifications(for: Fixture.schedule)
        #expect(messages.filter { customerKinds.contains($0.kind) }.map(\.recipient)
                == without.filter { customerKinds.contains($0.kind) }.map(\.recipient))
        // Against the plan without the stop, no appointment changes or cancellations.
        let again = notifier.notifications(for: PickupFixture.schedule, previous: Fixture.schedule)
        #expect(!again.contains { $0.kind.hasPrefix("appointment_") })
    }

    @Test("the English job sheet shows the pick-up stop with what to collect, not a load before departure")
    func jobSheetEnglish() throws {
        let notifier = try Notifier(problem: PickupFixture.problem)
        let sheet = try #require(notifier.notifications(for: PickupFixture.schedule)
            .first { $0.kind == "job_sheet" && $0.recipient == "t2" })
        let body = sheet.body
        #expect(sheet.subject.contains("1 visit,"))
        #expect(body.contains("1. 08:15 AM arrive, 08:15 AM-08:25 AM: Depot pick-up")
                || body.contains("1. 8:15 AM arrive, 8:15 AM-8:25 AM: Depot pick-up"), "\(body)")
        #expect(body.contains("   3030 Clay Ave SW, Wyoming, MI"))
        #expect(body.contains("   Collect: 1 x Gas valve 24 V (valve) for j6"))
        #expect(body.contains("   Borrow: Pipe crimper (crimper) for j6 (bring back tonight)"))
        #expect(body.contains("2. ") && body.contains(": j6 ("))
        #expect(body.contains("Part: 1 x Gas valve 24 V from the depot pick-up"))
        #expect(!body.contains("Load at the depot before you leave"))
        #expect(!body.contains("Borrow from the depot for the day"))
        // The stop comes before the job in the list.
        let stop = try #require(body.range(of: "Depot pick-up")), job = try #require(body.range(of: ": j6 ("))
        #expect(stop.lowerBound < job.lowerBound)
        // The calendar has the stop too.
        let ics = try #require(sheet.attachments.first).content
        #expect(ics.contains("SUMMARY:Depot pick-up"))
        #expect(ics.contains("UID:depot-t2-2026-11-24@fieldplan"))
    }

    @Test("the German job sheet shows the pick-up stop with what to collect")
    func jobSheetGerman() throws {
        let notifier = try Notifier(problem: PickupFixture.problem, options: NotifyOptions(language: "de"))
        let sheet = try #require(notifier.notifications(for: PickupFixture.schedule)
            .first { $0.kind == "job_sheet" && $0.recipient == "t2" })
        let body = sheet.body
        #expect(sheet.subject.contains("1 Einsatz"))
        #expect(body.contains("1. Ankunft 08:15, 08:15-08:25: Abholung im Lager"), "\(body)")
        #expect(body.contains("   Abholen: 1 x Gas valve 24 V (valve) für j6"))
        #expect(body.contains("   Ausleihen: Pipe crimper (crimper) für j6 (abends zurückbringen)"))
        #expect(body.contains("Teil: 1 x Gas valve 24 V aus: Lager-Abholung"))
        #expect(!body.contains("Vor der Abfahrt im Lager laden"))
        let ics = try #require(sheet.attachments.first).content
        #expect(ics.contains("SUMMARY:Lager-Abholung"))
    }

    @Test("job sheets of routes without a pick-up are unchanged")
    func otherSheetsUnchanged() throws {
        let with = try Notifier(problem: PickupFixture.problem).notifications(for: PickupFixture.schedule)
        let without = try Notifier(problem: Fixture.problem).notifications(for: Fixture.schedule)
        let anna = { (messages: [Message]) in messages.first { $0.kind == "job_sheet" && $0.recipient == "t1" }?.body }
        #expect(anna(with) != nil && anna(with) == anna(without))
    }

    @Test("technicians' calendars list the pick-up")
    func calendars() throws {
        let notifier = try Notifier(problem: PickupFixture.problem)
        let ben = try #require(notifier.calendars(for: PickupFixture.schedule)["t2.ics"])
        #expect(ben.contains("SUMMARY:Depot pick-up"))
        #expect(ben.contains("SUMMARY:j6: Hal Ito"))
    }
}

/// A stop at a supplier's counter instead of the depot.
@Suite("Job sheets with a counter pick-up")
struct CounterJobSheetTests {
    static var schedule: Schedule {
        var schedule = PickupFixture.schedule
        schedule.routes[1].visits[0].job = Visit.counterPickupID
        schedule.routes[1].visits[0].supplier = "s1"
        schedule.routes[1].visits[0].tools = []
        return schedule
    }

    @Test("the stop names the supplier's counter, in English and German, on the sheet and in the calendar")
    func counterLine() throws {
        for (language, line, summary) in [("en", ": Counter pick-up at Parts Co", "Counter pick-up at Parts Co"),
                                          ("de", ": Einkauf an der Theke von Parts Co", "Einkauf an der Theke von Parts Co")] {
            let notifier = try Notifier(problem: PickupFixture.problem, options: NotifyOptions(language: language))
            let sheet = try #require(notifier.notifications(for: Self.schedule).first { $0.kind == "job_sheet" && $0.recipient == "t2" })
            #expect(sheet.body.contains(line), "\(sheet.body)")
            #expect(!sheet.body.contains("Depot pick-up") && !sheet.body.contains("Abholung im Lager"))
            let calendar = notifier.calendars(for: Self.schedule).values.joined()
            #expect(calendar.contains(summary), "\(calendar)")
        }
    }
}

@Suite("Counter purchases in notifications")
struct CounterPurchaseNotifierTests {
    @Test("parts bought over the counter send no supplier order and say where they come from")
    func noOrderMessage() throws {
        var schedule = CounterJobSheetTests.schedule
        schedule.purchaseOrders = [PurchaseOrder(supplier: "s1", part: "valve", quantity: 1, orderDay: 2, arrivalDay: 2, jobs: ["j6"],
                                                 cost: 119.55, counterTechnician: "t2")]
        let notifier = try Notifier(problem: PickupFixture.problem)
        let messages = notifier.notifications(for: schedule)
        #expect(!messages.contains { $0.kind == "purchase_order" }, "\(messages.map(\.kind))")
        let sheet = try #require(messages.first { $0.kind == "job_sheet" && $0.recipient == "t2" })
        #expect(sheet.body.contains("bought at Parts Co's counter"), "\(sheet.body)")
    }
}
