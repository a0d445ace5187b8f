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
/// let schedule = try FieldPlan.optimize(problem, options: PlanOptions(timeLimit: 10, seed: 1))
/// for route in schedule.routes { print(route.technician, route.visits.map(\.job)) }
/// ```
public enum FieldPlan {
    /// Reads and validates a JSON input file.
    ///
    /// - Throws: ``InputError`` naming every problem (JSON path, entity, what is wrong).
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

    /// Plans a problem: validates it, then runs the planner within `options.timeLimit`.
    ///
    /// - Throws: ``InputError`` for invalid input, ``PlannerError`` if the solver fails.
    public static func optimize(_ problem: Problem, options: PlanOptions = PlanOptions()) throws -> Schedule {
        let issues = problem.validate()
        guard issues.isEmpty else { throw InputError(issues: issues) }
        switch options.planner {
        case .engine: return EnginePlanner(options: options).plan(problem)
        case .exact: return try CompactMIPPlanner(options: options).plan(problem)
        }
    }

    /// Plans a problem off the caller's task. GLPK problems are built, solved and
    /// freed inside one synchronous call on one thread, so this is safe to call
    /// from any actor, and several plans may run at once.
    public static func optimize(_ problem: Problem, options: PlanOptions = PlanOptions()) async throws -> Schedule {
        try await Task.detached(priority: .userInitiated) {
            try optimize(problem, options: options)
        }.value
    }

    /// The messages a plan needs sent (see ``Notifier``): against `previous`, the last
    /// published plan, only what changed.
    ///
    /// - Throws: ``NotifyError`` when a template is missing or does not parse.
    public static func notifications(for schedule: Schedule, problem: Problem, previous: Schedule? = nil,
                                     options: NotifyOptions = NotifyOptions()) throws -> [Message] {
        try Notifier(problem: problem, options: options).notifications(for: schedule, previous: previous)
    }

    /// Every rule a schedule breaks for a problem, checked by the independent checker.
    public static func check(_ schedule: Schedule, for problem: Problem) -> [Violation] {
        FeasibilityChecker(problem: problem).check(schedule)
    }
}
