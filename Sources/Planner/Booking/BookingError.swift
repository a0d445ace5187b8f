import FieldService

/// Why a booking query cannot be answered.
public enum BookingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problem is not valid input.
    case invalidProblem(InputError)
    /// The plan does not belong to the problem: it names a technician, day or job the
    /// problem does not have, or visits a job twice.
    case planMismatch(String)
    /// The new request is not valid input (the field and what is wrong), or its id is
    /// already taken.
    case invalidRequest(InputError)

    public var description: String {
        switch self {
        case let .invalidProblem(error): "the problem is not valid: \(error)"
        case let .planMismatch(message): "the plan does not match the problem: \(message)"
        case let .invalidRequest(error): "the request is not valid: \(error)"
        }
    }
}
