import FieldService
import Foundation
import Planner
import Schedule
import Testing
import WhatIf

/// Runs of a base and its scenarios, and their diffs.
@Suite("What-if runs and diffs")
struct WhatIfRunnerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func tomorrow() throws -> Problem {
        try Problem.load(json: Data(contentsOf: root.appendingPathComponent("Scenarios/tomorrow.json")))
    }

    let runner: WhatIfRunner = {
        var options = PlanOptions(timeLimit: 60, seed: 1, iterations: 300)
        options.bound = .none
        return WhatIfRunner(options: options, parallelism: 2)
    }()

    @Test("the shipped what-if scenarios load and apply to the bundled day")
    func shippedScenarios() throws {
        let base = try Self.tomorrow()
        let folder = Self.root.appendingPathComponent("Scenarios/whatif")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") || WhatIfScenario.isYAML($0) }.sorted()
        #expect(files.count >= 8)
        #expect(files.contains { WhatIfScenario.isYAML($0) }, "one is in YAML")
        for file in files {
            let scenario = try WhatIfScenario.load(contentsOf: folder.appendingPathComponent(file), for: base)
            #expect(scenario.base == "../tomorrow.json", "\(file)")
            #expect(!scenario.edits.isEmpty)
            _ = try scenario.applied(to: base, file: file)
        }
    }

    @Test("a scenario without edits changes nothing, and a run repeats exactly")
    func emptyDiff() throws {
        let base = try Self.tomorrow()
        let same = WhatIfRunner.Item(scenario: WhatIfScenario(name: "same", edits: []))
        let (report, _) = try runner.run(base: base, baseName: "tomorrow", items: [same, same])
        for result in report.scenarios {
            #expect(result.moved.isEmpty && result.changeNotices.isEmpty && result.newlyUnplaced.isEmpty && result.newlyPlaced.isEmpty)
            #expect(result.deltas.values.allSatisfy { $0 == 0 })
            #expect(result.figures == report.baseFigures)
        }
        var again = try runner.run(base: base, baseName: "tomorrow", items: [same, same]).report
        var first = report
        for i in again.scenarios.indices {
            again.scenarios[i].seconds = 0
            first.scenarios[i].seconds = 0
        }
        #expect(again == first, "the same options and seed give the same report")
    }

    @Test("a technician who is off: each of their jobs is reported as moved or unplaced")
    func technicianAbsent() throws {
        let base = try Self.tomorrow()
        let absent = WhatIfRunner.Item(scenario: WhatIfScenario(
            name: "Mara off", edits: [.technicianAbsent(technician: "t-mara", days: nil)]))
        let (report, plans) = try runner.run(base: base, baseName: "tomorrow", items: [absent])
        let result = try #require(report.scenarios.first)
        let maras = plans[0].2.routes.filter { $0.technician == "t-mara" }.flatMap(\.visits).map(\.job)
        #expect(!maras.isEmpty)
        let accounted = Set(result.moved.map(\.job)).union(result.newlyUnplaced.map(\.job))
        for job in maras { #expect(accounted.contains(job), "\(job) was Mara's") }
        #expect(!plans[1].2.routes.contains { $0.technician == "t-mara" && !$0.visits.isEmpty })
        // Every moved customer with a changed visit hears of it.
        for moved in result.moved where moved.to.technician != nil { #expect(result.changeNotices.contains(moved.job)) }
    }

    @Test("a job whose hours meet no shift after the edits is reported unplaced as window_outside_shifts")
    func windowOutsideShifts() throws {
        // j1 can only be done 09:00-12:00 on day 1; both technicians now start at 13:00.
        let late = WhatIfRunner.Item(scenario: WhatIfScenario(name: "late start", edits: [
            .technicianHours(technician: "anna", day: 1, start: 780, end: 1020),
            .technicianHours(technician: "ben", day: 1, start: 780, end: 1020),
        ]))
        let (report, plans) = try runner.run(base: ScenarioEditTests.base, baseName: "base", items: [late])
        let result = try #require(report.scenarios.first)
        let j1 = try #require(result.newlyUnplaced.first { $0.job == "j1" })
        #expect(j1.reason == .windowOutsideShifts)
        #expect(!plans[1].2.routes.flatMap(\.visits).contains { $0.job == "j1" })
    }
}
