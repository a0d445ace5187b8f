import Checker
import FieldService
import Schedule
import Testing

/// In the plane plan, j1 and j2 (t1, day 1) need one filter each: one comes
/// from t1's van, the other from the depot's single filter.
@Suite("Parts on hand")
struct PartsTests {
    static func order(quantity: Int = 1, orderDay: Int = 0, arrivalDay: Int, cost: Double? = nil) -> PurchaseOrder {
        PurchaseOrder(supplier: "s1", part: "filter", quantity: quantity, orderDay: orderDay,
                      arrivalDay: arrivalDay, jobs: ["j2"], cost: cost ?? Double(quantity) * 25)
    }

    @Test("an empty depot leaves the second filter short")
    func shortfallWithoutDepotStock() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.partsShortfall])
        #expect(violations.first?.entity == "part filter day 1")
        #expect(violations.first?.message.hasPrefix("short by 1") == true)
    }

    @Test("two filters on the van cover both jobs without the depot")
    func coveredByVan() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        problem.technicians[0].vanStock = ["filter": 2]
        var schedule = Plane.schedule
        schedule.loadingLists = []
        #expect(Plane.check(schedule, problem: problem) == [])
        // The plan's list still loads a filter the jobs do not need.
        #expect(rules(Plane.check(Plane.schedule, problem: problem)) == [.loadingListMismatch])
    }

    @Test("the depot alone can cover both jobs")
    func coveredByDepot() {
        var problem = Plane.problem
        problem.technicians[0].vanStock = [:]
        problem.depot.stock = ["filter": 2]
        var schedule = Plane.schedule
        schedule.loadingLists = [LoadingList(technician: "t1", day: 1,
                                             items: [LoadingItem(part: "filter", quantity: 2, jobs: ["j1", "j2"])])]
        #expect(Plane.check(schedule, problem: problem) == [])
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.loadingListMismatch])
        #expect(violations.first?.message == "loads 1 x filter at the depot, but its jobs need 2 beyond the van's stock")
    }

    @Test("another technician's van does not help")
    func otherVanDoesNotHelp() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        problem.technicians[1].vanStock = ["filter": 5]
        #expect(rules(Plane.check(Plane.schedule, problem: problem)) == [.partsShortfall])
    }

    @Test("a purchase order arriving on the day covers the shortfall")
    func coveredByPurchaseOrder() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        let schedule = Plane.schedule(orders: [Self.order(arrivalDay: 1)])
        #expect(Plane.check(schedule, problem: problem) == [])
    }

    @Test("a purchase order arriving the day after does not help")
    func purchaseOrderArrivesTooLate() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        let schedule = Plane.schedule(orders: [Self.order(orderDay: 1, arrivalDay: 2)])
        let violations = Plane.check(schedule, problem: problem)
        #expect(rules(violations) == [.partsShortfall])
        #expect(violations.first?.entity == "part filter day 1")
    }

    @Test("van stock used up on day 1 is gone on day 2")
    func vanStockCarriesAcrossDays() {
        // j6 (t1, day 2) now needs a filter too: the van's one went to j1,
        // the depot's one to j2, so day 2 is short unless an order arrives by then.
        var problem = Plane.problem
        problem.jobs[5].parts = ["filter": 1]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.partsShortfall, .loadingListMismatch])
        #expect(violations.first?.entity == "part filter day 2")

        let loading = Plane.schedule.loadingLists
            + [LoadingList(technician: "t1", day: 2, items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j6"])])]
        var order = Self.order(orderDay: 1, arrivalDay: 2)
        order.jobs = ["j6"]
        let schedule = Plane.schedule(orders: [order], loading: loading)
        #expect(Plane.check(schedule, problem: problem) == [])
    }

    @Test("a purchase order arriving sooner than the lead time is flagged")
    func purchaseOrderFasterThanLeadTime() {
        let schedule = Plane.schedule(orders: [Self.order(orderDay: 1, arrivalDay: 1)])
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.invalidPurchaseOrder])
        #expect(violations.first?.message.contains("lead time") == true)
    }

    @Test("a mispriced purchase order is flagged")
    func purchaseOrderMispriced() {
        // Priced at the supplier's 2 x 25 in the plan's cost, but reported as 25.
        let schedule = Plane.schedule(orders: [Self.order(quantity: 2, arrivalDay: 1, cost: 25)], price: 50)
        #expect(rules(Plane.check(schedule)) == [.invalidPurchaseOrder])
    }

    @Test("a purchase order for a part the supplier does not sell is flagged")
    func purchaseOrderForUnsoldPart() {
        var problem = Plane.problem
        problem.parts.append(Part(id: "valve", name: "Valve"))
        let schedule = Plane.schedule(orders: [PurchaseOrder(supplier: "s1", part: "valve", quantity: 1, orderDay: 0,
                                                             arrivalDay: 1, jobs: [], cost: 10)])
        #expect(rules(Plane.check(schedule, problem: problem)) == [.invalidPurchaseOrder])
    }

    @Test("an order placed before the supplier's cut-off allows is flagged")
    func orderAfterCutoff() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        problem.suppliers[0].orderCutoff = 14 * 60
        problem.horizon.orderTime = 17 * 60 + 30
        // Ordered today after the 14:00 cut-off, it counts as placed on day 1 and arrives on day 2.
        let early = Plane.schedule(orders: [Self.order(arrivalDay: 1)])
        let violations = Plane.check(early, problem: problem)
        #expect(rules(violations) == [.invalidPurchaseOrder])
        #expect(violations.first?.message.contains("after supplier s1's cut-off 14:00, so it counts as day 1") == true,
                "\(violations)")
        // Before the cut-off, the same order is fine.
        problem.horizon.orderTime = 9 * 60
        #expect(Plane.check(early, problem: problem) == [])
    }

    @Test("an order naming a job that needs no such part, or is not placed, is flagged")
    func orderJobsMustUseThePart() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        var order = Self.order(arrivalDay: 1)
        order.jobs = ["j2", "j3", "j4"]
        let violations = Plane.check(Plane.schedule(orders: [order]), problem: problem)
        #expect(rules(violations) == [.invalidPurchaseOrder])
        #expect(violations.first?.message == "lists job j3, which needs no filter; lists job j4, which needs no filter")
        problem.jobs[3].parts = ["filter": 1]
        order.jobs = ["j2", "j4"]
        #expect(Plane.check(Plane.schedule(orders: [order]), problem: problem).first?.message == "lists job j4, which is not on any route")
    }

    @Test("a loading list that loads what the van already holds is flagged")
    func loadingListMismatch() {
        var schedule = Plane.schedule
        schedule.loadingLists[0].items[0].quantity = 2
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.loadingListMismatch])
        #expect(violations.first?.entity == "technician t1 day 1")
        schedule.loadingLists = []
        #expect(Plane.check(schedule).first?.message == "loads 0 x filter at the depot, but its jobs need 1 beyond the van's stock")
    }
}
