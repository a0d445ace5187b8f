import FieldPlan
import Foundation
import Testing

/// The async front door: `FieldPlan.optimize(_:options:) async`, `FieldPlan.start`,
/// the update stream, `stop()`, cancellation and the typed errors.
///
/// Time assertions are loose on purpose (machines are noisy, and other suites hold the
/// cooperative pool for minutes): a stopped run of an hour must end within 60 s of
/// planning. A run that a broken stop or cancellation would not end fails by the time limit.
@Suite("Async API", .timeLimit(.minutes(20)))
struct AsyncAPITests {
    static func smallDay() throws -> Problem {
        try FieldPlan.load(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/small.json"))
    }

    /// Two technicians and four jobs, built in code.
    static func tinyDay(duration: Minutes = 45) -> Problem {
        let technicians = [
            Technician(id: "t1", name: "Anna", skills: ["hvac": 3], shifts: [Shift(day: 1, start: 8 * 60, end: 16 * 60)],
                       start: Location(latitude: 52.53, longitude: 13.38), costPerHour: 48),
            Technician(id: "t2", name: "Ben", skills: ["hvac": 2, "electrical": 2],
                       shifts: [Shift(day: 1, start: 8 * 60, end: 16 * 60)],
                       start: Location(latitude: 52.49, longitude: 13.45), costPerHour: 44),
        ]
        let places = [(52.51, 13.42), (52.52, 13.36), (52.48, 13.40), (52.50, 13.47)]
        let jobs = places.enumerated().map { i, place in
            Job(id: "j\(i + 1)", customer: Customer(name: "Customer \(i + 1)", phone: "+49 30 555 01\(i)"),
                location: Location(latitude: place.0, longitude: place.1), duration: i == 0 ? duration : 45,
                requiredSkills: i == 3 ? ["electrical": 1] : ["hvac": 1],
                timeWindows: [TimeWindow(start: 8 * 60, end: 14 * 60)])
        }
        return Problem(horizon: Horizon(days: 1), technicians: technicians, jobs: jobs)
    }

    /// A run that only a stop or a cancellation ends in time: an hour, no iteration
    /// budget. (Long, because a test task may wait minutes for a thread of the
    /// cooperative pool while other suites plan on it synchronously.)
    static let longRun = PlanOptions(timeLimit: 3600, seed: 1, iterations: Int.max)

    static func collect(_ updates: AsyncStream<PlanUpdate>) async -> [PlanUpdate] {
        var all: [PlanUpdate] = []
        for await update in updates { all.append(update) }
        return all
    }

    @Test("the async optimize returns a plan the checker accepts")
    func optimizeChecked() async throws {
        let problem = try Self.smallDay()
        let schedule = try await FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 20, seed: 1, iterations: 1500))
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        #expect(schedule.kpis.jobsPlaced + schedule.kpis.jobsReferred + schedule.kpis.jobsUnassigned == problem.jobs.count)
    }

    @Test("the exact planner runs through the async API too")
    func exactPlanner() async throws {
        let problem = Self.tinyDay()
        let schedule = try await FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 20, seed: 1, planner: .exact))
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        #expect(schedule.kpis.jobsPlaced == 4)
    }

    @Test("invalid input throws .invalidInput naming the field, with the command's message")
    func invalidInput() async throws {
        let problem = Self.tinyDay(duration: -5)
        let error = await #expect(throws: FieldPlanError.self) {
            try await FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 5))
        }
        guard case let .invalidInput(input)? = error else {
            Issue.record("expected .invalidInput, got \(String(describing: error))")
            return
        }
        let issue = try #require(input.issues.first { $0.path == "jobs[0].duration" })
        #expect(issue.kind == .outOfRange)
        #expect(issue.entity == "job j1")
        #expect(error?.description == input.description)
        #expect(error?.description.contains("jobs[0].duration (job j1): duration must be at least 0") == true)

        // Through a run: no update, the stream finishes, the same error.
        let run = FieldPlan.start(problem, options: PlanOptions(timeLimit: 5))
        let updates = await Self.collect(run.updates)
        #expect(updates.isEmpty)
        await #expect(throws: FieldPlanError.invalidInput(input)) { try await run.schedule() }
    }

    @Test("errors describe themselves as the command prints them")
    func errorDescriptions() {
        #expect(FieldPlanError.solverFailure(.solver("no memory")).description == "the MIP solver failed: no memory")
        #expect(FieldPlanError.cancelled.description == "planning was cancelled")
    }

    @Test("updates arrive in time order, carry the lower bound, end with the plan's figures and finish")
    func updateStream() async throws {
        let problem = try Self.smallDay()
        let calls = Counter()
        var options = PlanOptions(timeLimit: 40, seed: 1, iterations: 1500)   // ends by its budget, then the bound
        options.progress = { _ in calls.increment() }
        let run = FieldPlan.start(problem, options: options)
        async let collected = Self.collect(run.updates)
        let schedule = try await run.schedule()
        let updates = await collected   // finishes: the stream ends with the run

        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        try #require(!updates.isEmpty)
        for (earlier, later) in zip(updates, updates.dropFirst()) {
            #expect(earlier.elapsed <= later.elapsed)
            #expect(earlier.iterations <= later.iterations)
        }
        #expect(updates.filter(\.isFinal).count == 1)
        let last = try #require(updates.last)
        #expect(last.isFinal)
        #expect(last.bestCost == schedule.kpis.cost)
        #expect(last.unplaced == schedule.kpis.jobsUnassigned)
        #expect(last.lowerBound == schedule.kpis.lowerBound)
        if let gap = schedule.kpis.gap {
            #expect(abs((last.gap ?? -1) - gap) < 1e-9)
        } else {
            #expect(last.gap == nil)
        }
        // The engine reports its bound as soon as it has it, before the final update.
        let bound = try #require(schedule.kpis.lowerBound, "small.json gets a lower bound")
        let reported = try #require(updates.dropLast().last { $0.lowerBound != nil }, "no update carried the bound")
        #expect(try #require(reported.lowerBound) <= reported.bestCost + 1e-6)
        #expect(abs(try #require(reported.lowerBound) - bound) <= 1e-6 * max(1, abs(bound)))
        // The caller's own progress callback is still called, once per engine report.
        #expect(calls.value == updates.count - 1)
    }

    @Test("a short run still streams a final update, with the search's iterations")
    func shortRun() async throws {
        let problem = Self.tinyDay()
        var options = PlanOptions(timeLimit: 10, seed: 1, iterations: 200)
        options.bound = .none
        let run = FieldPlan.start(problem, options: options)
        async let collected = Self.collect(run.updates)
        let schedule = try await run.schedule()
        let last = try #require(await collected.last)
        #expect(last.isFinal)
        #expect(last.iterations == 200)
        #expect(last.lowerBound == nil && last.gap == nil)
        #expect(last.bestCost == schedule.kpis.cost)
    }

    @Test("stop() ends a long run early with a plan the checker accepts")
    func stopEarly() async throws {
        let problem = try Self.smallDay()
        var options = Self.longRun
        let signal = StopSignal()
        options.stop = signal
        // Stop at the search's first report, from the planning thread: a test task can
        // wait minutes for a thread of the cooperative pool while other suites plan on it.
        let box = RunBox()
        options.progress = { _ in box.stop() }
        let run = FieldPlan.start(problem, options: options)
        box.set(run)
        let schedule = try await run.schedule()
        #expect(signal.isStopped)
        #expect(schedule.kpis.solveSeconds < 60, "a run of \(options.timeLimit) s ended by stop()")
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        #expect(schedule.kpis.jobsPlaced > 0)
        // What the stream still holds ends with the final update.
        let rest = await Self.collect(run.updates)
        #expect(rest.last?.isFinal == true)
        #expect(rest.last?.bestCost == schedule.kpis.cost)
    }

    @Test("cancelling the task that awaits optimize throws .cancelled and stops the planner")
    func cancelOptimize() async throws {
        let problem = try Self.smallDay()
        var options = Self.longRun
        let signal = StopSignal()
        options.stop = signal
        let reports = Counter()
        options.progress = { _ in reports.increment() }
        let task = Task { try await FieldPlan.optimize(problem, options: options) }
        try await Task.sleep(for: .seconds(1))
        task.cancel()
        await #expect(throws: FieldPlanError.cancelled) { try await task.value }
        // Either the planner never started (the task ran late) or it was told to stop.
        #expect(signal.isStopped || reports.value == 0)
    }

    @Test("cancelling a task waiting on a run cancels the run: the planner stops, the stream finishes, every wait throws")
    func cancelRun() async throws {
        let problem = try Self.smallDay()
        var options = Self.longRun
        let reports = Counter()
        options.progress = { _ in reports.increment() }
        let run = FieldPlan.start(problem, options: options)
        let waiter = Task { try await run.schedule() }
        var iterator = run.updates.makeAsyncIterator()
        _ = await iterator.next()   // the search is under way
        waiter.cancel()
        await #expect(throws: FieldPlanError.cancelled) { try await waiter.value }
        while await iterator.next() != nil {}   // finishes
        await #expect(throws: FieldPlanError.cancelled) { try await run.schedule() }
        // The planning thread stopped: no more reports (it sends one every 0.5 s while it searches).
        try await Task.sleep(for: .seconds(2))
        let settled = reports.value
        try await Task.sleep(for: .seconds(1.5))
        #expect(reports.value == settled)
    }
}

/// Holds a run for the planning thread's progress callback, which stops it.
final class RunBox: @unchecked Sendable {
    private let lock = NSLock()
    private var run: PlanningRun?

    func set(_ run: PlanningRun) {
        lock.lock()
        self.run = run
        lock.unlock()
    }

    func stop() {
        lock.lock()
        let run = run
        lock.unlock()
        run?.stop()
    }
}

/// A thread-safe count (the progress callback runs on the planning thread).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
