import FieldService
import Schedule

/// Van capacity per route and the plan's overtime budget.
///
/// - Capacity: the demand of the jobs visited on one route (one technician-day;
///   the van is loaded afresh every day) must not exceed the technician's
///   `capacity`. A technician without a capacity has an unlimited van. A crew
///   job's load is on its lead's van only.
/// - Overtime budget: the recomputed overtime of all routes, summed over
///   technicians and days, must not exceed `Problem.overtimeBudget` when one is set.
extension FeasibilityChecker {
    func capacityViolations(_ analysis: RouteAnalysis) -> [Violation] {
        guard let technician = analysis.technician, let capacity = technician.capacity else { return [] }
        let loaded = analysis.carriedJobs.filter { $0.demand != 0 }
        let load = loaded.reduce(0) { $0 + $1.demand }
        guard !Tolerance.amountNotAbove(load, capacity) else { return [] }
        let jobs = loaded.map { "\($0.id) \(Text.number($0.demand))" }.joined(separator: ", ")
        return [Violation(rule: .capacityExceeded, entity: Self.entity(of: analysis.route),
                          message: "the visited jobs need \(Text.number(load)) load units (\(jobs)); the van of technician \(technician.id) holds \(Text.number(capacity))")]
    }

    func overtimeBudgetViolations(_ analyses: [RouteAnalysis]) -> [Violation] {
        guard let budget = problem.overtimeBudget else { return [] }
        let overtime = analyses.reduce(0) { $0 + $1.overtime }
        guard !Tolerance.notAfter(overtime, budget) else { return [] }
        let routes = analyses.filter { $0.overtime > 0 }
            .map { "\(Self.entity(of: $0.route)) \(Text.number($0.overtime))" }
            .joined(separator: ", ")
        return [Violation(rule: .overtimeBudgetExceeded, entity: "plan",
                          message: "the routes use \(Text.number(overtime)) minutes of overtime (\(routes)); the budget is \(Text.number(budget))")]
    }
}
