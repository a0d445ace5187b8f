import FieldPlan
import Foundation
import Testing

/// The README's full input example is a valid problem that plans and checks.
@Suite("README example")
struct ReadmeExampleTests {
    /// The first JSON block after "A full example" in README.md.
    static func example() throws -> String {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let heading = try #require(readme.range(of: "A full example"))
        let open = try #require(readme.range(of: "```json\n", range: heading.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "\n```", range: open.upperBound..<readme.endIndex))
        return String(readme[open.upperBound..<close.lowerBound])
    }

    @Test("the full input example loads, validates, plans, and its plan passes the checker")
    func fullExample() throws {
        let problem = try Problem.load(json: Data(try Self.example().utf8))
        #expect(problem.tools.map(\.id) == ["vacuum-pump", "press-tool"])
        #expect(problem.jobs[0].requiredTools == ["vacuum-pump"])
        var options = PlanOptions(timeLimit: 20, seed: 1, iterations: 200)
        options.bound = .none
        let schedule = EnginePlanner(options: options).plan(problem)
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        // The pinned job needs the vacuum pump, which Anna's van lacks: she borrows it.
        #expect(schedule.loadingLists.contains { $0.technician == "t1" && $0.tools.map(\.tool) == ["vacuum-pump"] })
    }
}
