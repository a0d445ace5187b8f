import Checker
import FieldService
import Foundation
import Planner
import Schedule
import Testing

/// Stops at a supplier's counter (`suppliers[].counter`) instead of the depot, on the
/// plane of ``DepotPickupTests``: home at x = 0, the depot at x = 20, speed 1, 1 per km,
/// labour free. Every plan must pass the checker.
@Suite("Counter pick-ups")
struct CounterPickupTests {
    /// The depot far west (x = -50) with one valve; Fixit's counter at x = 15 sells valves for `price`.
    static func problem(_ jobs: [Job], price: Double = 30, sells: String = "valve", opens: Minutes = 420,
                        lends: [String: Int] = [:], technician: Technician = DepotPickupTests.tech()) -> Problem {
        var p = DepotPickupTests.problem(jobs, technician: technician, stock: ["valve": 1], lends: lends)
        p.depot.location = Location(latitude: 0, longitude: -50)
        p.parts.append(Part(id: "fuse", name: "Fuse"))
        p.suppliers = [Supplier(id: "fixit", name: "Fixit Supply", offers: [SupplierOffer(part: sells, unitCost: price)],
                                leadTimeDays: 2,
                                counter: SupplierCounter(location: Location(latitude: 0, longitude: 15), handlingMinutes: 5,
                                                         opens: opens, closes: 1080))]
        return p
    }

    static let valveJob = DepotPickupTests.job("valve", x: 30, from: 600, to: 700, parts: ["valve": 1])

    @Test("the counter on the way beats the far depot: home, counter, job, home (60 km + 30 for the valve)")
    func counterBeatsDepot() throws {
        let p = Self.problem([Self.valveJob])
        let schedule = DepotPickupTests.plan(p)
        let route = try #require(schedule.routes.first)
        #expect(route.visits.map(\.job) == ["counter", "valve"])
        let stop = route.visits[0]
        #expect(stop.kind == .depotPickup && stop.supplier == "fixit" && stop.location == Location(latitude: 0, longitude: 15))
        #expect(stop.items == [LoadingItem(part: "valve", quantity: 1, jobs: ["valve"])] && stop.end - stop.start == 5)
        #expect(schedule.purchaseOrders == [PurchaseOrder(supplier: "fixit", part: "valve", quantity: 1, orderDay: 1, arrivalDay: 1,
                                                          jobs: ["valve"], cost: 30, counterTechnician: "t")])
        #expect(schedule.loadingLists.isEmpty, "nothing from the depot")
        #expect(abs(schedule.kpis.cost - 90) < 1e-6, "\(schedule.kpis.cost)")
        #expect(abs(schedule.kpis.costs.parts - 30) < 1e-6)
    }

    @Test("a valve at 200 over the counter: the depot trip (160 km) is cheaper")
    func expensiveCounter() {
        let schedule = DepotPickupTests.plan(Self.problem([Self.valveJob], price: 200))
        #expect(schedule.routes.first?.visits.map(\.job) == ["depot", "valve"])
        #expect(abs(schedule.kpis.cost - 160) < 1e-6, "\(schedule.kpis.cost)")
        #expect(schedule.purchaseOrders.isEmpty)
    }

    @Test("the counter does not sell the part, or the job needs a tool: the depot it is")
    func counterCannotServe() {
        let notSold = DepotPickupTests.plan(Self.problem([Self.valveJob], sells: "fuse"))
        #expect(notSold.routes.first?.visits.map(\.job) == ["depot", "valve"])
        var job = Self.valveJob
        job.requiredTools = ["drill"]
        let withTool = DepotPickupTests.plan(Self.problem([job], lends: ["drill": 1]))
        #expect(withTool.routes.first?.visits.map(\.job) == ["depot", "valve"])
    }

    @Test("the counter opens too late for an early job: the depot it is")
    func closedCounter() {
        let early = DepotPickupTests.job("valve", x: 30, from: 480, to: 540, parts: ["valve": 1])
        var technician = DepotPickupTests.tech()
        technician.shifts = [Shift(day: 1, start: 360, end: 960)]
        let schedule = DepotPickupTests.plan(Self.problem([early], opens: 600, technician: technician))
        #expect(schedule.routes.first?.visits.map(\.job) == ["depot", "valve"])
    }

    @Test("a counter needs depot pick-ups: validation names suppliers[0].counter")
    func validation() {
        var p = Self.problem([Self.valveJob])
        p.depot.pickup = nil
        #expect(p.validate().map(\.path).contains("suppliers[0].counter"))
    }

    @Test("the checker refuses a counter stop whose purchase is missing, or at a counter the problem does not list")
    func checker() throws {
        let p = Self.problem([Self.valveJob])
        let schedule = DepotPickupTests.plan(p)
        var noOrder = schedule
        noOrder.purchaseOrders = []
        #expect(FeasibilityChecker(problem: p).check(noOrder).map(\.rule.rawValue).contains("pickup_items_mismatch"))
        var elsewhere = schedule
        elsewhere.routes[0].visits[0].supplier = "nobody"
        #expect(FeasibilityChecker(problem: p).check(elsewhere).map(\.rule.rawValue).contains("pickup_without_depot"))
    }
}

extension CounterPickupTests {
    @Test("a part the depot lacks and no delivery brings in time is bought at the counter")
    func onlyAtTheCounter() throws {
        var p = Self.problem([Self.valveJob])
        p.depot.stock = [:]
        p.suppliers[0].leadTimeDays = 5
        let schedule = DepotPickupTests.plan(p)
        #expect(schedule.unassigned.isEmpty)
        #expect(schedule.routes.first?.visits.map(\.job) == ["counter", "valve"])
    }
}
