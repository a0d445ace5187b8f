import Foundation
@_exported import FieldService
@_exported import Schedule
@_exported import Checker
@_exported import struct Planner.PlanOptions
@_exported import struct Planner.PlanProgress
@_exported import class Planner.StopSignal
@_exported import struct Planner.CompactMIPPlanner
@_exported import struct Planner.EnginePlanner
@_exported import struct Planner.SearchStatistics
@_exported import struct Planner.EngineKernels
@_exported import enum Planner.PlannerError
@_exported import Notify

/// The entry points a dispatch front end or script uses.
///
/// ```swift
/// import FieldPlan
///
/// let problem = try FieldPlan.load(contentsOf: URL(fileURLWithPath: "Scenarios/tomorrow.json"))
/// let schedule = try await FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 10, seed: 1))
/// for route in schedule.routes { print(route.technician, route.jobVisits.map(\.job)) }
/// ```
///
/// From async code, `optimize(_:options:) async` plans off the caller's task and
/// ``start(_:options:)`` also streams progress and can be stopped early; both throw
/// ``FieldPlanError``. The synchronous `optimize(_:options:)` suits scripts and
/// command-line tools.
public enum FieldPlan {
    /// Reads and validates a JSON input file.
    ///
    /// - Throws: `InputError` naming every problem (JSON path, entity, what is wrong).
    public static func load(contentsOf url: URL) throws(InputError) -> Problem {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(InputIssue(path: "", kind: .malformedJSON,
                                        message: "cannot read \(url.path): \(error.localizedDescription)"))
        }
        return try Problem.load(json: data)
    }

    /// Plans a problem on the calling thread: validates it, then runs the planner
    /// within `options.timeLimit`. It blocks for up to that long; from async code use
    /// the `async` overload or ``start(_:options:)``.
    ///
    /// - Throws: `InputError` for invalid input, `PlannerError` if the solver fails.
    public static func optimize(_ problem: Problem, options: PlanOptions = PlanOptions()) throws -> Schedule {
        let issues = problem.validate()
        guard issues.isEmpty else { throw InputError(issues: issues) }
        switch options.planner {
        case .engine: return EnginePlanner(options: options).plan(problem)
        case .exact: return try CompactMIPPlanner(options: options).plan(problem)
        }
    }

    /// Plans a problem off the caller's task and returns the plan.
    ///
    /// The planner runs on a thread of its own (see ``start(_:options:)``), so the call
    /// suspends for up to `options.timeLimit` without holding a thread of Swift's
    /// cooperative pool; it is safe from any actor, and several plans may run at once
    /// (each uses one core). Cancelling the calling task stops the planner and the call
    /// throws ``FieldPlanError/cancelled`` at once. `options.progress` and `options.stop`
    /// work as in the synchronous call.
    ///
    /// - Throws: ``FieldPlanError/invalidInput(_:)`` when the problem does not validate,
    ///   ``FieldPlanError/solverFailure(_:)`` when the exact planner's solver fails,
    ///   ``FieldPlanError/cancelled`` when the task is cancelled.
    public static func optimize(_ problem: Problem, options: PlanOptions = PlanOptions()) async throws(FieldPlanError)
        -> Schedule {
        if Task.isCancelled { throw .cancelled }
        return try await start(problem, options: options).schedule()
    }

    /// Starts planning a problem on a thread of its own and returns at once: the run's
    /// ``PlanningRun/updates`` stream its progress (best cost, unplaced jobs, iterations,
    /// then the lower bound), ``PlanningRun/stop()`` ends it early with the best plan so
    /// far, and ``PlanningRun/schedule()`` waits for the plan. An invalid problem is
    /// reported by ``PlanningRun/schedule()``.
    ///
    /// The run uses `options` as given, with two additions: `options.progress`, when set,
    /// is still called (from the planning thread) before each update is streamed, and
    /// `options.stop`, when set, is the signal ``PlanningRun/stop()`` and cancellation set.
    /// The exact planner (`options.planner == .exact`) reports no progress before its
    /// final update and runs to its time limit even when stopped.
    public static func start(_ problem: Problem, options: PlanOptions = PlanOptions()) -> PlanningRun {
        PlanningRun(problem: problem, options: options)
    }

    /// The messages a plan needs sent (see `Notifier`): against `previous`, the last
    /// published plan, only what changed.
    ///
    /// - Throws: `NotifyError` when a template is missing or does not parse.
    public static func notifications(for schedule: Schedule, problem: Problem, previous: Schedule? = nil,
                                     options: NotifyOptions = NotifyOptions()) throws -> [Message] {
        try Notifier(problem: problem, options: options).notifications(for: schedule, previous: previous)
    }

    /// Every rule a schedule breaks for a problem, checked by the independent checker.
    public static func check(_ schedule: Schedule, for problem: Problem) -> [Violation] {
        FeasibilityChecker(problem: problem).check(schedule)
    }
}
