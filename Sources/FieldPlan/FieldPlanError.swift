/// Why an asynchronous planning call produced no plan.
///
/// The async entry points (`FieldPlan.optimize(_:options:) async` and
/// ``PlanningRun/schedule()``) throw only this type, so a `catch` can switch over it
/// exhaustively:
///
/// ```swift
/// do {
///     let schedule = try await FieldPlan.optimize(problem, options: options)
///     show(schedule)
/// } catch {
///     switch error {
///     case .invalidInput(let input): showIssues(input.issues)   // path, entity, message
///     case .solverFailure(let failure): report(failure)
///     case .cancelled: break                                      // the user went away
///     }
/// }
/// ```
public enum FieldPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problem does not validate: every issue, each with its JSON path
    /// (e.g. `jobs[3].duration`), entity and message.
    case invalidInput(InputError)
    /// The solver failed in a way that leaves no plan (only the exact planner can;
    /// a day that is too full is not a failure: jobs that do not fit are unplaced with a reason).
    case solverFailure(PlannerError)
    /// The task waiting for the plan was cancelled; the planner was stopped and its plan dropped.
    case cancelled

    /// The message the `fieldplan` command prints for the same failure, one line per
    /// input issue (the command puts `error: ` before each line).
    public var description: String {
        switch self {
        case let .invalidInput(error): error.description
        case let .solverFailure(error): error.description
        case .cancelled: "planning was cancelled"
        }
    }
}
