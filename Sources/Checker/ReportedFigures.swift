import FieldService
import Schedule

/// The figures a schedule reports about itself must be the recomputed ones.
/// Route figures include the drives into and out of depot pick-ups; job counts
/// leave pick-ups out and count a crew job once (by its lead's visit).
extension FeasibilityChecker {
    func routeFigureViolations(_ analysis: RouteAnalysis) -> [Violation] {
        let route = analysis.route
        let name = Self.entity(of: route)
        var found: [Violation] = []
        func compare(_ field: String, _ reported: Double, _ recomputed: Double, time: Bool) {
            let same = time ? Tolerance.sameTime(reported, recomputed) : Tolerance.sameAmount(reported, recomputed)
            if !same {
                found.append(Violation(rule: .routeFiguresMismatch, entity: name,
                                       message: "\(field) is \(Text.number(reported)), recomputed \(Text.number(recomputed))"))
            }
        }
        compare("travelTime", route.travelTime, analysis.travelTime, time: true)
        compare("distance", route.distance, analysis.distance, time: false)
        compare("returnTravelTime", route.returnTravelTime, analysis.returnTravel.duration, time: true)
        compare("returnDistance", route.returnDistance, analysis.returnTravel.distance, time: false)
        // Without a shift there is no overtime to compare with (the day off is reported).
        if analysis.shift != nil, !Tolerance.sameTime(route.overtime, analysis.overtime) {
            found.append(Violation(rule: .overtimeMismatch, entity: name,
                                   message: "overtime is \(Text.number(route.overtime)) minutes, max(0, returnTime - shift end) is \(Text.number(analysis.overtime))"))
        }
        let cost = routeCost(analysis)
        let total = Self.routeTotal(cost)
        if !Tolerance.sameAmount(route.cost, total) {
            found.append(Violation(rule: .routeCostMismatch, entity: name,
                                   message: "cost is \(Text.number(route.cost)), recomputed \(Text.number(total)) (travel \(Text.number(cost.travel)) + labour \(Text.number(cost.labour)) + overtime \(Text.number(cost.overtime)) + preference \(Text.number(cost.preference)) + fixed \(Text.number(cost.fixed)))"))
        }
        return found
    }

    func planFigureViolations(_ schedule: Schedule, _ analyses: [RouteAnalysis]) -> [Violation] {
        let kpis = schedule.kpis
        let cost = planCost(schedule, analyses)
        let total = Self.planTotal(cost)
        var found: [Violation] = []
        func add(_ rule: Rule, _ message: String) {
            found.append(Violation(rule: rule, entity: "plan", message: message))
        }

        if !Tolerance.sameAmount(kpis.cost, total) {
            add(.planCostMismatch, "kpis.cost is \(Text.number(kpis.cost)), recomputed \(Text.number(total))")
        }
        let parts: [(String, Double, Double)] = [
            ("travel", kpis.costs.travel, cost.travel), ("labour", kpis.costs.labour, cost.labour),
            ("overtime", kpis.costs.overtime, cost.overtime), ("unassigned", kpis.costs.unassigned, cost.unassigned),
            ("referral", kpis.costs.referral, cost.referral), ("lateness", kpis.costs.lateness, cost.lateness),
            ("preference", kpis.costs.preference, cost.preference), ("fixed", kpis.costs.fixed, cost.fixed),
            ("parts", kpis.costs.parts, cost.parts),
        ]
        for (field, reported, recomputed) in parts where !Tolerance.sameAmount(reported, recomputed) {
            add(.costBreakdownMismatch, "kpis.costs.\(field) is \(Text.number(reported)), recomputed \(Text.number(recomputed))")
        }

        let travelTime = analyses.reduce(0) { $0 + $1.travelTime }
        let distance = analyses.reduce(0) { $0 + $1.distance }
        let overtime = analyses.reduce(0) { $0 + $1.overtime }
        if !Tolerance.sameTime(kpis.travelTime, travelTime) {
            add(.kpiMismatch, "kpis.travelTime is \(Text.number(kpis.travelTime)), recomputed \(Text.number(travelTime))")
        }
        if !Tolerance.sameAmount(kpis.distance, distance) {
            add(.kpiMismatch, "kpis.distance is \(Text.number(kpis.distance)), recomputed \(Text.number(distance))")
        }
        if !Tolerance.sameTime(kpis.overtime, overtime) {
            add(.kpiMismatch, "kpis.overtime is \(Text.number(kpis.overtime)), recomputed \(Text.number(overtime))")
        }
        let placedJobs = analyses.flatMap(\.carriedVisits).map(\.job)
        let placed = placedJobs.count
        let counts: [(String, Int, Int)] = [
            ("jobsPlaced", kpis.jobsPlaced, placed),
            ("jobsReferred", kpis.jobsReferred, schedule.referrals.count),
            ("jobsUnassigned", kpis.jobsUnassigned, schedule.unassigned.count),
        ]
        for (field, reported, recomputed) in counts where reported != recomputed {
            add(.kpiMismatch, "kpis.\(field) is \(reported), recomputed \(recomputed)")
        }
        let unplacedJobs = schedule.unassigned.map(\.job)
        for (field, reported, ids) in [("placedByUrgency", kpis.placedByUrgency, placedJobs),
                                       ("unassignedByUrgency", kpis.unassignedByUrgency, unplacedJobs)] {
            let recomputed = urgencyCounts(ids)
            let given = reported.filter { $0.value != 0 }
            if given != recomputed {
                add(.kpiMismatch, "kpis.\(field) is \(Self.describe(given)), recomputed \(Self.describe(recomputed))")
            }
        }

        if let bound = kpis.lowerBound {
            if !Tolerance.amountNotAbove(bound, total) {
                add(.invalidLowerBound, "kpis.lowerBound \(Text.number(bound)) exceeds the plan's recomputed cost \(Text.number(total))")
            }
            if let gap = kpis.gap, kpis.cost != 0 {
                let expected = (kpis.cost - bound) / kpis.cost
                if !(abs(gap - expected) <= 1e-6) {
                    add(.kpiMismatch, "kpis.gap is \(gap), (cost - lowerBound) / cost is \(expected)")
                }
            }
        } else if let gap = kpis.gap {
            add(.kpiMismatch, "kpis.gap is \(gap) but there is no lower bound")
        }
        return found
    }

    /// Known jobs per urgency raw value, zero counts left out.
    func urgencyCounts(_ ids: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for id in ids {
            if let job = jobsByID[id] { counts[job.urgency.rawValue, default: 0] += 1 }
        }
        return counts
    }

    static func describe(_ counts: [String: Int]) -> String {
        let entries = counts.keys.sorted().map { "\($0): \(counts[$0] ?? 0)" }
        return "[" + entries.joined(separator: ", ") + "]"
    }
}
