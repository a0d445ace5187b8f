import FieldService
import Notify
import Schedule

/// A re-planned day and what it changes for customers.
public struct ReplanResult: Sendable {
    /// The problem as planned: the changes applied, frozen visits pinned.
    public var problem: Problem
    /// The new plan (checked against `problem` by the independent checker in the tests).
    public var schedule: Schedule
    /// Jobs whose visits had started before `now` and were kept as they were.
    public var frozen: [String]
    /// Confirmed appointments that changed (another technician or day, or an arrival
    /// outside the window the customer was told) or were dropped, with the reason.
    public var changes: [AppointmentChange]
    /// Jobs whose every time window ended before `now`.
    public var windowPassed: [String]
    /// Confirmations, change and cancellation messages against the published plan.
    public var notifications: [Message]
}

/// One confirmed appointment that the re-plan changes.
public struct AppointmentChange: Sendable, Hashable, Codable {
    public var job: String
    /// Where the customer was told the visit would be.
    public var from: Placement
    /// Where it is now; nil when the job is no longer planned.
    public var to: Placement?
    /// Why it changed, for the dispatcher.
    public var reason: String
}

/// Why a re-plan cannot be made.
public enum ReplanError: Error, Sendable, CustomStringConvertible {
    /// A change does not apply (unknown technician or job, bad field).
    case badChange(WhatIfError)
    /// The published plan does not belong to the problem.
    case planMismatch(String)
    /// `now` or a lateness is not a usable time.
    case invalidNow(String)
    /// The changed problem is not valid input.
    case invalidResult([String])

    public var description: String {
        switch self {
        case let .badChange(error): "\(error)"
        case let .planMismatch(message): "the published plan does not match the problem: \(message)"
        case let .invalidNow(message): message
        case let .invalidResult(issues): "the changed problem is not valid: " + issues.joined(separator: "; ")
        }
    }
}
