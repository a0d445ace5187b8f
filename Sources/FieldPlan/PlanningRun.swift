import Foundation
import Planner

/// One progress report of a ``PlanningRun``: what the best plan so far costs, and
/// what the bound proves once it is known.
public struct PlanUpdate: Sendable, Hashable {
    /// Seconds since the run started; never decreases from one update to the next.
    public var elapsed: Double
    /// Cost of the best plan so far (the objective, as in the schedule's `kpis.cost`).
    public var bestCost: Double
    /// Jobs the best plan so far leaves unplaced (on no route and not referred to a partner).
    public var unplaced: Int
    /// Route-search iterations done so far (0 with the exact planner, which does no search).
    public var iterations: Int
    /// A proven lower bound on the cost of any plan, once the engine has computed it;
    /// nil before, and in runs without a bound.
    public var lowerBound: Double?
    /// Whether this is the run's last update: its figures are those of the plan
    /// ``PlanningRun/schedule()`` returns (cost, unplaced jobs, bound).
    public var isFinal: Bool

    /// Creates an update (front ends that show updates may want some for previews and tests).
    public init(elapsed: Double, bestCost: Double, unplaced: Int, iterations: Int, lowerBound: Double? = nil,
                isFinal: Bool = false) {
        self.elapsed = elapsed
        self.bestCost = bestCost
        self.unplaced = unplaced
        self.iterations = iterations
        self.lowerBound = lowerBound
        self.isFinal = isFinal
    }

    /// How far the best cost may be above the optimum, as a fraction of the best cost:
    /// `(bestCost - lowerBound) / bestCost`, the schedule's `kpis.gap`; nil without a bound.
    public var gap: Double? {
        guard let lowerBound, lowerBound.isFinite else { return nil }
        let bound = min(lowerBound, bestCost)
        guard bestCost > 1e-9 else { return 0 }
        let gap = max(0, (bestCost - bound) / bestCost)
        return gap < 1e-9 ? 0 : gap
    }
}

/// A plan being computed: its progress as a stream, a way to end it early, and the
/// plan when it is done. Start one with ``FieldPlan/start(_:options:)``.
///
/// ```swift
/// let run = FieldPlan.start(problem, options: PlanOptions(timeLimit: 30))
/// let watcher = Task {
///     for await update in run.updates { print(update.elapsed, update.bestCost, update.unplaced) }
/// }
/// let schedule = try await run.schedule()   // throws FieldPlanError
/// await watcher.value                       // the stream has finished
/// ```
///
/// The planner runs on a thread of its own, so waiting for it never blocks Swift's
/// cooperative thread pool. A run ends at its time limit (or iteration budget), when
/// ``stop()`` is called, or when a task waiting in ``schedule()`` is cancelled; it
/// goes on while nobody waits, even when the handle is released.
public final class PlanningRun: Sendable {
    /// Progress, about twice a second while the route search runs, once more when the
    /// lower bound is known, and a last update (``PlanUpdate/isFinal``) describing the
    /// plan that ``schedule()`` returns; then the stream finishes. It finishes without
    /// a final update when the input is invalid, the solver fails or the run is cancelled.
    ///
    /// Iterate it from one task only. It keeps the newest 64 updates that have not been
    /// read, so a front end that reads late sees the latest state, not a backlog.
    public let updates: AsyncStream<PlanUpdate>
    private let state: RunState
    private let signal: StopSignal

    /// Starts planning on a new thread.
    init(problem: Problem, options: PlanOptions) {
        let (stream, continuation) = AsyncStream.makeStream(of: PlanUpdate.self,
                                                            bufferingPolicy: .bufferingNewest(64))
        let signal = options.stop ?? StopSignal()
        let state = RunState(continuation: continuation, signal: signal)
        updates = stream
        self.state = state
        self.signal = signal
        var planning = options
        planning.stop = signal
        let callerProgress = options.progress
        planning.progress = { progress in
            callerProgress?(progress)
            state.report(progress)
        }
        let runOptions = planning
        let thread = Thread {
            let (outcome, iterations) = FieldPlan.plan(problem, options: runOptions)
            state.finish(outcome, iterations: iterations)
        }
        thread.name = "FieldPlan planning"
        // As much stack as a main thread has: the planner runs there in the command.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Ends the run early: the planner stops at its next check (within a fraction of a
    /// second in the route search; a GLPK master solve under way finishes first) and
    /// ``schedule()`` returns the best plan found so far. Harmless after the run ended.
    public func stop() {
        signal.stop()
    }

    /// Waits for the plan. Several tasks may wait; they all get the same plan.
    ///
    /// Cancelling a waiting task cancels the run: the planner is told to stop, every
    /// waiting (and later) call throws ``FieldPlanError/cancelled`` at once, and
    /// ``updates`` finishes. Once the plan is there, it is returned even to a
    /// cancelled task.
    ///
    /// - Throws: ``FieldPlanError/invalidInput(_:)`` when the problem does not validate,
    ///   ``FieldPlanError/solverFailure(_:)`` when the exact planner's solver fails,
    ///   ``FieldPlanError/cancelled`` when the run was cancelled.
    public func schedule() async throws(FieldPlanError) -> Schedule {
        let state = state
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: CheckedContinuation<Result<Schedule, FieldPlanError>, Never>) in
                state.wait(waiter)
            }
        } onCancel: {
            state.cancel()
        }
        return try outcome.get()
    }
}

/// What the planning thread, the progress callback and the waiting tasks share;
/// every field is guarded by `lock`.
private final class RunState: @unchecked Sendable {
    typealias Outcome = Result<Schedule, FieldPlanError>

    private let lock = NSLock()
    private let continuation: AsyncStream<PlanUpdate>.Continuation
    private let signal: StopSignal
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant
    private var iterations = 0
    private var elapsed = 0.0
    private var outcome: Outcome?
    private var waiters: [CheckedContinuation<Outcome, Never>] = []

    init(continuation: AsyncStream<PlanUpdate>.Continuation, signal: StopSignal) {
        self.continuation = continuation
        self.signal = signal
        began = clock.now
    }

    /// Passes a report of the planner on to the stream (from the planning thread).
    func report(_ progress: PlanProgress) {
        lock.lock()
        defer { lock.unlock() }
        iterations = max(iterations, progress.iterations)
        continuation.yield(update(bestCost: progress.bestCost, unplaced: progress.unplaced,
                                  lowerBound: progress.lowerBound, isFinal: false))
    }

    /// Ends the run with its outcome and the search's iteration count (from the
    /// planning thread): the final update, the end of the stream, then the waiters.
    /// Ignored after a cancellation.
    func finish(_ result: Outcome, iterations searched: Int) {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        if case let .success(schedule) = result {
            iterations = max(iterations, searched)
            continuation.yield(update(bestCost: schedule.kpis.cost, unplaced: schedule.kpis.jobsUnassigned,
                                      lowerBound: schedule.kpis.lowerBound, isFinal: true))
        }
        continuation.finish()
        outcome = result
        let resumed = waiters
        waiters = []
        lock.unlock()
        for waiter in resumed { waiter.resume(returning: result) }
    }

    /// Cancels a run that has not ended: stops the planner, finishes the stream and
    /// fails every waiter with `.cancelled`.
    func cancel() {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        outcome = .failure(.cancelled)
        continuation.finish()
        let resumed = waiters
        waiters = []
        lock.unlock()
        signal.stop()
        for waiter in resumed { waiter.resume(returning: .failure(.cancelled)) }
    }

    /// Hands `waiter` the outcome now if there is one, else when it comes.
    func wait(_ waiter: CheckedContinuation<Outcome, Never>) {
        lock.lock()
        if let outcome {
            lock.unlock()
            waiter.resume(returning: outcome)
        } else {
            waiters.append(waiter)
            lock.unlock()
        }
    }

    /// An update stamped with the run's clock (call with the lock held).
    private func update(bestCost: Double, unplaced: Int, lowerBound: Double?, isFinal: Bool) -> PlanUpdate {
        elapsed = max(elapsed, (clock.now - began).seconds)
        return PlanUpdate(elapsed: elapsed, bestCost: bestCost, unplaced: unplaced, iterations: iterations,
                          lowerBound: lowerBound, isFinal: isFinal)
    }
}

extension FieldPlan {
    /// Validates and plans `problem` on the calling thread, with every failure typed;
    /// also returns the route search's iterations (0 for the exact planner).
    static func plan(_ problem: Problem, options: PlanOptions) -> (Result<Schedule, FieldPlanError>, Int) {
        let issues = problem.validate()
        guard issues.isEmpty else { return (.failure(.invalidInput(InputError(issues: issues))), 0) }
        switch options.planner {
        case .engine:
            let (schedule, statistics) = EnginePlanner(options: options).planWithStatistics(problem)
            return (.success(schedule), statistics.iterations)
        case .exact:
            do {
                return (.success(try CompactMIPPlanner(options: options).plan(problem)), 0)
            } catch let error as PlannerError {
                return (.failure(.solverFailure(error)), 0)
            } catch {
                return (.failure(.solverFailure(.solver("\(error)"))), 0)
            }
        }
    }
}

private extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) * 1e-18
    }
}
