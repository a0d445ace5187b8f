@_exported import struct Planner.BookingAdvisor
@_exported import struct Planner.BookingOption
@_exported import enum Planner.BookingError
@_exported import struct Planner.MovedVisit

extension FieldPlan {
    /// The `count` best slots for a new request in `plan`, cheapest first (see
    /// ``BookingAdvisor``). Each call prepares the plan again; a front end that asks
    /// often keeps a `BookingAdvisor` per plan, whose queries take milliseconds.
    /// - Throws: ``BookingError`` for an invalid problem or request, or a plan that does
    ///   not belong to the problem.
    public static func bookingOptions(for request: Job, in plan: Schedule, problem: Problem,
                                      count: Int = 3) throws(BookingError) -> [BookingOption] {
        var advisor = try BookingAdvisor(problem: problem, schedule: plan)
        return try advisor.options(for: request, count: count)
    }
}
