import FieldService
import Schedule

/// Why a job is not on any route: the code, a sentence a dispatcher can act on, and
/// the facts behind it (the part and its arrival, the nearest miss).
struct Explanation: Sendable, Hashable {
    var reason: UnassignedReason
    var message: String
    var part: String?
    var availableDay: Int?
    var technician: String?
    var minutesShort: Double?
    var tool: String?

    init(_ reason: UnassignedReason, _ message: String, part: String? = nil, availableDay: Int? = nil,
         technician: String? = nil, minutesShort: Double? = nil, tool: String? = nil) {
        self.tool = tool
        self.reason = reason
        self.message = message
        self.part = part
        self.availableDay = availableDay
        self.technician = technician
        self.minutesShort = minutesShort
    }

    /// The public entry for job `id`.
    func unassigned(job id: String) -> UnassignedJob {
        UnassignedJob(job: id, reason: reason, message: message, part: part, availableDay: availableDay,
                      technician: technician, minutesShort: minutesShort, tool: tool)
    }

    /// No technician may do `job`: none has the skills (`skilled` is empty), or every
    /// one that has them is excluded by the job or is not the one it is pinned to.
    static func unqualified(_ job: Job, skilled: [Technician], problem: Problem) -> Explanation {
        if !skilled.isEmpty {
            let names = list(skilled.map(\.name))
            if let pin = job.pinned, !job.excludedTechnicians.contains(pin.technician) {
                let who = problem.technician(pin.technician)?.name ?? pin.technician
                return Explanation(.excluded, "It is pinned to \(who), who lacks the skills; \(names) \(skilled.count == 1 ? "has" : "have") them.")
            }
            return Explanation(.excluded, "The job excludes every technician with the skills (\(names)).")
        }
        return Explanation(.noSkill, "No technician " + skillGap(job, levels: problem.technicians.map(\.skills)) + ".")
    }

    /// What is missing, e.g. `has hvac at level 3 (the best has 2)` or `has hvac 3 and
    /// electrical 2 together`, for holders with `levels`.
    static func skillGap(_ job: Job, levels: [[String: Int]]) -> String {
        let required = job.requiredSkills.sorted { $0.key < $1.key }
        var missing: [String] = []
        for (skill, level) in required {
            let best = levels.compactMap { $0[skill] }.max()
            if let best, best >= level { continue }
            missing.append(best.map { "\(skill) at level \(level) (the best has \($0))" } ?? "\(skill) at level \(level) (nobody has it)")
        }
        if !missing.isEmpty { return "has " + missing.joined(separator: ", ") }
        return "has " + required.map { "\($0.key) \($0.value)" }.joined(separator: " and ") + " together"
    }

    /// A part the vans and the depot cannot cover and no order placed now brings in time.
    static func partsLate(_ problem: Problem, supply: PartsSupply, part p: Int, need: Int, latestDay: Int) -> Explanation {
        let id = supply.partIDs[p]
        let name = problem.part(id).map { "\($0.name) (\(id))" } ?? id
        let stock = "Needs \(need) x \(name), more than the vans of the technicians who may do it and the depot hold"
        guard let first = supply.offers[p].first else {
            return Explanation(.partsUnavailable, stock + ", and no supplier sells it.", part: id)
        }
        let supplier = problem.suppliers[first.supplier]
        let when = problem.horizon.date(ofDay: first.arrivalDay).map { "day \(first.arrivalDay) (\($0))" } ?? "day \(first.arrivalDay)"
        let late = first.arrivalDay > problem.horizon.days ? "after the horizon" : "after the job's last day (day \(latestDay))"
        return Explanation(.partsUnavailable,
                           stock + "; an order placed now with \(supplier.name) (\(supplier.id)) arrives on \(when), \(late).",
                           part: id, availableDay: first.arrivalDay)
    }

    /// A tool no qualified technician carries and the depot does not lend.
    /// `carriers`: the qualified technicians who carry it (but lack another tool of the job).
    static func toolMissing(_ problem: Problem, tool id: String, qualified: [Technician], carriers: [Technician]) -> Explanation {
        let name = problem.tool(id).map { "\($0.name) (\(id))" } ?? id
        guard carriers.isEmpty else {
            return Explanation(.toolUnavailable, "Needs the \(name), which the depot does not lend; \(list(carriers.map(\.name))) "
                + "\(carriers.count == 1 ? "carries" : "carry") it but not the job's other tools.", tool: id)
        }
        return Explanation(.toolUnavailable, "Needs the \(name): none of the qualified technicians (\(list(qualified.map(\.name)))) "
            + "carries it and the depot has none to lend.", tool: id)
    }

    /// `a, b, c and 2 more`.
    static func list(_ names: [String]) -> String {
        names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : names.joined(separator: ", ")
    }

    /// `12`, `12.5` (at most 1 decimal).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
