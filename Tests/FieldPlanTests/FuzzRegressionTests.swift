import FieldPlan
import Foundation
import Testing

/// Inputs the fuzzers found (Fuzz/Crashes): each must plan to a schedule the checker accepts.
@Suite("Fuzzer findings")
struct FuzzRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("a pinned visit that cannot be kept is unplaced with a reason the checker confirms",
          arguments: ["json-pinned-unreachable.json", "json-pinned-no-time-to-return.json"])
    func pinnedVisitCannotBeKept(file: String) throws {
        let problem = try Problem.load(json: Data(contentsOf: Self.fixtures.appendingPathComponent(file)))
        let schedule = EnginePlanner(options: PlanOptions(timeLimit: 5, seed: 1, iterations: 30)).plan(problem)
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        let pinned = try #require(problem.jobs.first { $0.pinned != nil })
        #expect(schedule.unassigned.first { $0.job == pinned.id }?.reason == .windowOutsideShifts)
    }
}
