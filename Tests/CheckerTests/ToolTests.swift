import Checker
import FieldService
import Schedule
import Testing

/// Tools in the plane plan: j1 and j2 (t1, day 1) and j3 (t2, day 1) need a drill; the
/// vans carry none, so each technician borrows the depot's drills for day 1.
@Suite("Tools on board")
struct ToolTests {
    static func problem(depotDrills: Int) -> Problem {
        var problem = Plane.problem
        problem.tools = [Tool(id: "drill", name: "Core drill"), Tool(id: "ladder", name: "Ladder")]
        problem.depot.tools = ["drill": depotDrills]
        for i in problem.jobs.indices where ["j1", "j2", "j3"].contains(problem.jobs[i].id) {
            problem.jobs[i].requiredTools = ["drill"]
        }
        return problem
    }

    /// The plane plan with t1 and t2 borrowing the drill on day 1.
    static var schedule: Schedule {
        var schedule = Plane.schedule
        schedule.loadingLists = [
            LoadingList(technician: "t1", day: 1, items: [LoadingItem(part: "filter", quantity: 1, jobs: ["j2"])],
                        tools: [LoadingTool(tool: "drill", jobs: ["j1", "j2"])]),
            LoadingList(technician: "t2", day: 1, items: [], tools: [LoadingTool(tool: "drill", jobs: ["j3"])]),
        ]
        return schedule
    }

    @Test("two drills at the depot: both technicians borrow one, and the plan is feasible")
    func borrowedTools() {
        #expect(Plane.check(Self.schedule, problem: Self.problem(depotDrills: 2)) == [])
    }

    @Test("one drill at the depot cannot be on two vans on the same day")
    func depotUnitsPerDay() {
        let violations = Plane.check(Self.schedule, problem: Self.problem(depotDrills: 1))
        #expect(rules(violations) == [.depotToolsExceeded])
        #expect(violations.first?.entity == "tool drill day 1")
        #expect(violations.first?.message == "2 technicians borrow it (t1, t2), but the depot has 1")
    }

    @Test("a job whose tool is neither on the van nor borrowed breaks missing_tool")
    func missingTool() {
        var schedule = Self.schedule
        schedule.loadingLists[1].tools = []
        let violations = Plane.check(schedule, problem: Self.problem(depotDrills: 2))
        #expect(rules(violations) == [.missingTool])
        #expect(violations.first?.entity == "job j3")
        // On t2's van, the drill needs no borrowing, and borrowing it anyway is a mismatch.
        var problem = Self.problem(depotDrills: 2)
        problem.technicians[1].tools = ["drill"]
        #expect(Plane.check(schedule, problem: problem) == [])
        #expect(rules(Plane.check(Self.schedule, problem: problem)) == [.loadingListMismatch])
    }

    @Test("borrowing a tool no job of the day needs is a loading list mismatch")
    func needlessBorrow() {
        var schedule = Self.schedule
        schedule.loadingLists[1].tools.append(LoadingTool(tool: "ladder", jobs: []))
        var problem = Self.problem(depotDrills: 2)
        problem.depot.tools["ladder"] = 1
        let violations = Plane.check(schedule, problem: problem)
        #expect(rules(violations) == [.loadingListMismatch])
        #expect(violations.first?.message == "borrows the tool ladder from the depot, but no job of the day needs it")
    }
}
