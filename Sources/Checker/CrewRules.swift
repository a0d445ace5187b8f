import FieldService
import Schedule

/// Crews: a job with `crewSize` n > 1 is done by n technicians at once, each on their
/// own route, every member's visit listing the crew (`Visit.crew`, lead first).
///
/// - `crew_incomplete`: the job is visited by fewer or more than n routes, its visits'
///   crew lists differ from each other or from the technicians visiting; or a job done
///   alone (crewSize 1) whose visit lists a crew.
/// - `crew_start_mismatch`: the members' visits do not start at the same time on the
///   same day.
/// - `crew_same_technician`: a technician listed twice in a crew, or visiting the job
///   twice (then the crew's count and list are not judged again as `crew_incomplete`).
/// - `crew_skills_unmet`: the lead lacks `memberSkills(0)`, or the other members' skills
///   (`memberSkills(1...)`) cannot be given one to one to the other technicians.
///
/// The visit that *answers* for a crew job (see ``carryingVisits(_:)``) is the lead's:
/// it alone brings the job's parts, tools and load, and carries its lateness and its
/// count in the key figures. Exclusions, allowed days, timing and labour apply to every
/// member's visit as to any visit (`AssignmentRules`, `TimingRules`, `Cost`).
extension FeasibilityChecker {
    /// One visit of a job, located in the schedule.
    struct JobVisit: Sendable, Hashable {
        /// Index of the route in `schedule.routes`.
        var route: Int
        /// Index of the visit in that route's `visits`.
        var visit: Int
        /// The route's technician.
        var technician: String
        /// The route's day.
        var day: Int
        /// The visit itself.
        var data: Visit
        /// `technician t1 day 1`.
        var routeName: String
    }

    /// Every job visit of `schedule`, per job id, in schedule order (depot pick-ups left out).
    func visitsByJob(_ schedule: Schedule) -> [String: [JobVisit]] {
        var visits: [String: [JobVisit]] = [:]
        for (r, route) in schedule.routes.enumerated() {
            for (v, visit) in route.visits.enumerated() where !visit.isPickup {
                visits[visit.job, default: []].append(
                    JobVisit(route: r, visit: v, technician: route.technician, day: route.day, data: visit,
                             routeName: Self.entity(of: route)))
            }
        }
        return visits
    }

    /// Which of a crew job's `visits` answers for the job: the first (in schedule order)
    /// by the technician its crew list names as lead, else the first; nil without visits.
    static func leadIndex(of visits: [JobVisit]) -> Int? {
        guard !visits.isEmpty else { return nil }
        return visits.firstIndex { $0.data.crew.first == $0.technician } ?? 0
    }

    /// Per route and visit of `schedule`: whether the visit answers for its job, i.e.
    /// brings its parts, tools and load, is charged its lateness and counts it as placed.
    /// Every visit of a job done alone does (a second one is `duplicate_job`); of a crew
    /// job's visits only the lead's (``leadIndex(of:)``), whatever else is wrong with the
    /// crew, so that one mistake is reported once. Depot pick-ups never do.
    func carryingVisits(_ schedule: Schedule) -> [[Bool]] {
        var carries = schedule.routes.map { route in route.visits.map { !$0.isPickup } }
        for (id, visits) in visitsByJob(schedule) {
            guard let job = jobsByID[id], job.needsCrew, let lead = Self.leadIndex(of: visits) else { continue }
            for (index, visit) in visits.enumerated() where index != lead {
                carries[visit.route][visit.visit] = false
            }
        }
        return carries
    }

    /// Per route of `schedule`: the job visits that answer for their jobs (see
    /// ``carryingVisits(_:)``), in route order.
    func carriedJobVisits(_ schedule: Schedule) -> [[Visit]] {
        zip(schedule.routes, carryingVisits(schedule)).map { route, carries in
            zip(route.visits, carries).filter { $0.1 }.map(\.0)
        }
    }

    /// The routes of `schedule`, analysed, each knowing which of its visits answer for their jobs.
    func analyses(of schedule: Schedule) -> [RouteAnalysis] {
        zip(schedule.routes, carryingVisits(schedule)).map { analyse($0, carries: $1) }
    }

    func crewViolations(_ schedule: Schedule) -> [Violation] {
        let visitsByJob = visitsByJob(schedule)
        var found: [Violation] = []
        for id in jobIDs {
            guard let job = jobsByID[id], let visits = visitsByJob[id], !visits.isEmpty else { continue }
            let name = Self.entity(ofJob: id)
            guard job.needsCrew else {
                for visit in visits where !visit.data.crew.isEmpty {
                    found.append(Violation(rule: .crewIncomplete, entity: name,
                                           message: "is done alone (crew size \(job.crewSize)), but its visit on \(visit.routeName) lists the crew \(Self.describe(crew: visit.data.crew))"))
                }
                continue
            }
            let lead = Self.leadIndex(of: visits) ?? 0
            if let violation = sameTechnicianViolation(job, visits) {
                found.append(violation)
            } else if let violation = incompleteViolation(job, visits) {
                found.append(violation)
            }
            if let violation = startViolation(job, visits, lead: lead) { found.append(violation) }
            found += skillViolations(job, visits, lead: lead)
        }
        return found
    }

    /// A technician listed twice in a crew list, or visiting the job more than once.
    private func sameTechnicianViolation(_ job: Job, _ visits: [JobVisit]) -> Violation? {
        var problems: [String] = []
        var lists: [[String]] = []
        for visit in visits where !lists.contains(visit.data.crew) { lists.append(visit.data.crew) }
        for list in lists {
            let twice = Self.repeated(list)
            if !twice.isEmpty {
                problems.append("the crew \(Self.describe(crew: list)) lists \(twice.joined(separator: ", ")) more than once")
            }
        }
        let twice = Self.repeated(visits.map(\.technician))
        for technician in twice {
            let routes = visits.filter { $0.technician == technician }.map(\.routeName)
            problems.append("technician \(technician) visits it \(routes.count) times (\(routes.joined(separator: ", ")))")
        }
        guard !problems.isEmpty else { return nil }
        return Violation(rule: .crewSameTechnician, entity: Self.entity(ofJob: job.id),
                         message: "needs \(job.crewSize) different technicians, but \(problems.joined(separator: "; "))")
    }

    /// Too few or too many members, or crew lists that differ from each other or from
    /// the technicians visiting.
    private func incompleteViolation(_ job: Job, _ visits: [JobVisit]) -> Violation? {
        var problems: [String] = []
        let visitors = visits.map(\.technician)
        if visits.count != job.crewSize {
            problems.append("it is visited by \(visits.count) (\(visits.map(\.routeName).joined(separator: ", ")))")
        }
        var lists: [[String]] = []
        for visit in visits where !lists.contains(visit.data.crew) { lists.append(visit.data.crew) }
        if lists.count > 1 {
            let described = visits.map { "\(Self.describe(crew: $0.data.crew)) on \($0.routeName)" }
            problems.append("its visits list different crews: \(described.joined(separator: ", "))")
        } else if let list = lists.first, list.sorted() != visitors.sorted() {
            problems.append("its visits list the crew \(Self.describe(crew: list)), but the technicians visiting are \(Self.describe(crew: visitors))")
        }
        guard !problems.isEmpty else { return nil }
        return Violation(rule: .crewIncomplete, entity: Self.entity(ofJob: job.id),
                         message: "needs a crew of \(job.crewSize), but \(problems.joined(separator: "; "))")
    }

    /// Members starting at another time or on another day than the lead.
    private func startViolation(_ job: Job, _ visits: [JobVisit], lead: Int) -> Violation? {
        let reference = visits[lead]
        let apart = visits.enumerated().filter { index, visit in
            index != lead && (visit.day != reference.day || !Tolerance.sameTime(visit.data.start, reference.data.start))
        }
        guard !apart.isEmpty else { return nil }
        let others = apart.map { "\($0.element.routeName) starts \(Text.time($0.element.data.start))" }
        return Violation(rule: .crewStartMismatch, entity: Self.entity(ofJob: job.id),
                         message: "the crew must start together, but the lead on \(reference.routeName) starts \(Text.time(reference.data.start)) and \(others.joined(separator: ", "))")
    }

    /// The lead against member 0's skills; the other technicians against the other
    /// members' skills, one to one. Unknown technicians are left out (`unknown_technician`).
    private func skillViolations(_ job: Job, _ visits: [JobVisit], lead: Int) -> [Violation] {
        var found: [Violation] = []
        let name = Self.entity(ofJob: job.id)
        if let technician = techniciansByID[visits[lead].technician] {
            let gaps = Self.skillGaps(required: job.memberSkills(0), available: technician.skills)
            if !gaps.isEmpty {
                found.append(Violation(rule: .crewSkillsUnmet, entity: name,
                                       message: "the lead, technician \(technician.id), \(gaps.joined(separator: "; ")) (member 1 of \(job.crewSize))"))
            }
        }
        let others = visits.enumerated().filter { $0.offset != lead }.compactMap { techniciansByID[$0.element.technician] }
        let slots = (1..<max(1, job.crewSize)).map { job.memberSkills($0) }
        let matched = Self.matchingSize(others, slots: slots)
        if matched < min(others.count, slots.count) {
            let needs = slots.map { Self.describe($0) }.joined(separator: ", ")
            let have = others.map { "\($0.id) \(Self.describe($0.skills))" }.joined(separator: ", ")
            found.append(Violation(rule: .crewSkillsUnmet, entity: name,
                                   message: "the other members need \(needs), one each, but the other technicians (\(have)) can cover only \(matched) of them"))
        }
        return found
    }

    /// The size of a largest one-to-one assignment of `technicians` to `slots` (skill
    /// maps) where each technician has its slot's skills (augmenting paths).
    static func matchingSize(_ technicians: [Technician], slots: [[String: Int]]) -> Int {
        let fits = technicians.map { technician in
            slots.map { skillGaps(required: $0, available: technician.skills).isEmpty }
        }
        var owner = [Int?](repeating: nil, count: slots.count)
        func augment(_ technician: Int, _ seen: inout [Bool]) -> Bool {
            for slot in slots.indices where fits[technician][slot] && !seen[slot] {
                seen[slot] = true
                if let current = owner[slot], !augment(current, &seen) { continue }
                owner[slot] = technician
                return true
            }
            return false
        }
        var size = 0
        for technician in technicians.indices {
            var seen = [Bool](repeating: false, count: slots.count)
            if augment(technician, &seen) { size += 1 }
        }
        return size
    }

    /// The ids that occur more than once in `ids`, in order of first occurrence.
    static func repeated(_ ids: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        var seen = Set<String>()
        return ids.filter { (counts[$0] ?? 0) > 1 && seen.insert($0).inserted }
    }

    /// `[t1, t2]`.
    static func describe(crew: [String]) -> String { "[" + crew.joined(separator: ", ") + "]" }
}
