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
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
    }

    @Test("the depot alone can cover both jobs")
    func coveredByDepot() {
        var problem = Plane.problem
        problem.technicians[0].vanStock = [:]
        problem.depot.stock = ["filter": 2]
        #expect(Plane.check(Plane.schedule, problem: problem) == [])
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
        var schedule = Plane.schedule
        schedule.purchaseOrders = [Self.order(arrivalDay: 1)]
        #expect(Plane.check(schedule, problem: problem) == [])
    }

    @Test("a purchase order arriving the day after does not help")
    func purchaseOrderArrivesTooLate() {
        var problem = Plane.problem
        problem.depot.stock = [:]
        var schedule = Plane.schedule
        schedule.purchaseOrders = [Self.order(orderDay: 1, arrivalDay: 2)]
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
        #expect(rules(violations) == [.partsShortfall])
        #expect(violations.first?.entity == "part filter day 2")

        var schedule = Plane.schedule
        schedule.purchaseOrders = [Self.order(orderDay: 1, arrivalDay: 2)]
        #expect(Plane.check(schedule, problem: problem) == [])
    }

    @Test("a purchase order arriving sooner than the lead time is flagged")
    func purchaseOrderFasterThanLeadTime() {
        var schedule = Plane.schedule
        schedule.purchaseOrders = [Self.order(orderDay: 1, arrivalDay: 1)]
        let violations = Plane.check(schedule)
        #expect(rules(violations) == [.invalidPurchaseOrder])
        #expect(violations.first?.message.contains("lead time") == true)
    }

    @Test("a mispriced purchase order is flagged")
    func purchaseOrderMispriced() {
        var schedule = Plane.schedule
        schedule.purchaseOrders = [Self.order(quantity: 2, arrivalDay: 1, cost: 25)]
        #expect(rules(Plane.check(schedule)) == [.invalidPurchaseOrder])
    }

    @Test("a purchase order for a part the supplier does not sell is flagged")
    func purchaseOrderForUnsoldPart() {
        var problem = Plane.problem
        problem.parts.append(Part(id: "valve", name: "Valve"))
        var schedule = Plane.schedule
        schedule.purchaseOrders = [PurchaseOrder(supplier: "s1", part: "valve", quantity: 1, orderDay: 0,
                                                 arrivalDay: 1, jobs: [], cost: 10)]
        #expect(rules(Plane.check(schedule, problem: problem)) == [.invalidPurchaseOrder])
    }
}
