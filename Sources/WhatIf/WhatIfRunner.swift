import Dispatch
import FieldService
import Foundation
import Notify
import Planner
import Schedule

/// Plans a base problem and its scenarios with the same options and seed, several at
/// once (one per core), and compares each scenario's plan with the base plan.
public struct WhatIfRunner: Sendable {
    public var options: PlanOptions
    /// Arrival window (minutes) beyond which a changed arrival counts as a move, and the
    /// window the change notices use.
    public var notify: NotifyOptions
    /// Most plans made at once (default: the machine's cores).
    public var parallelism: Int

    public init(options: PlanOptions, notify: NotifyOptions = NotifyOptions(),
                parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.options = options
        self.notify = notify
        self.parallelism = max(1, parallelism)
    }

    /// A scenario to run: its edits and the file it came from.
    public struct Item: Sendable {
        public var scenario: WhatIfScenario
        public var file: String?
        public init(scenario: WhatIfScenario, file: String? = nil) {
            self.scenario = scenario
            self.file = file
        }
    }

    /// Runs the base and every scenario; `progress` is called (from any thread) as each
    /// plan finishes, with its name, how many are done and how many there are.
    /// - Throws: ``WhatIfError`` when a scenario's edits do not apply (nothing is planned then).
    public func run(base: Problem, baseName: String, items: [Item],
                    progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws -> (report: WhatIfReport, plans: [(String, Problem, Schedule)]) {
        var problems: [(name: String, problem: Problem)] = [(baseName, base)]
        for item in items {
            problems.append((item.scenario.name, try item.scenario.applied(to: base, file: item.file)))
        }
        let results = PlanSlots(count: problems.count)
        let total = problems.count
        let queue = DispatchQueue(label: "fieldplan.whatif", attributes: .concurrent)
        let group = DispatchGroup()
        let gate = DispatchSemaphore(value: parallelism)
        let options = self.options
        for index in problems.indices {
            gate.wait()
            let (name, problem) = problems[index]
            queue.async(group: group) {
                defer { gate.signal() }
                let clock = ContinuousClock()
                let start = clock.now
                let schedule: Schedule = switch options.planner {
                case .engine: EnginePlanner(options: options).plan(problem)
                case .exact: (try? CompactMIPPlanner(options: options).plan(problem)) ?? EnginePlanner(options: options).plan(problem)
                }
                let elapsed = clock.now - start
                let done = results.store(index, schedule, seconds: Double(elapsed.components.seconds)
                    + Double(elapsed.components.attoseconds) * 1e-18)
                progress?(name, done, total)
            }
        }
        group.wait()
        // Every run stored its slot once the group is done.
        let plans = results.values
        guard plans.count == problems.count, let baseSchedule = plans.first?.schedule else {
            throw WhatIfError.badFile(file: nil, reason: "a run did not finish")
        }
        var scenarios: [ScenarioResult] = []
        for (offset, item) in items.enumerated() {
            let index = offset + 1
            let notifier = try? Notifier(problem: problems[index].problem, options: notify)
            scenarios.append(WhatIfDiff.result(
                name: item.scenario.name, file: item.file, description: item.scenario.description,
                base: (base, baseSchedule), scenario: (problems[index].problem, plans[index].schedule),
                arrivalWindow: notify.arrivalWindowMinutes, seconds: plans[index].seconds, notifier: notifier))
        }
        let report = WhatIfReport(base: baseName, baseFigures: KeyFigures(baseSchedule), scenarios: scenarios)
        return (report, problems.indices.map { (problems[$0].name, problems[$0].problem, plans[$0].schedule) })
    }
}

/// Results written by concurrent runs, each into its own slot.
final class PlanSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(schedule: Schedule, seconds: Double)?]
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a result; returns how many are done.
    func store(_ index: Int, _ schedule: Schedule, seconds: Double) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = (schedule, seconds)
        done += 1
        return done
    }

    var values: [(schedule: Schedule, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
