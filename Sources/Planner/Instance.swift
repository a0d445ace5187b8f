import FieldService
import Schedule

/// One technician on one working day: a route to fill.
struct Vehicle: Sendable {
    var index: Int
    var technician: Int
    var day: Int
    var shiftStart: Minutes
    var shiftEnd: Minutes
    /// Latest return, including the overtime allowance.
    var latestReturn: Minutes
    /// Break window on this day and duration, when the technician takes one.
    var breakWindow: TimeWindow?
    var breakDuration: Minutes
    /// Node of the start and the end location in the travel tables.
    var startNode: Int
    var endNode: Int
    /// Labour cost per minute travelling or working.
    var costPerMinute: Double
    /// Overtime cost per minute, weight included.
    var overtimeCostPerMinute: Double
    /// Cost of using the technician on this day at all.
    var fixedCost: Double

    /// Whether a route of this day may have to include the lunch break: the
    /// technician has one and the shift starts before the earliest break end.
    var needsBreakCheck: Bool {
        guard let w = breakWindow, breakDuration > 0 else { return false }
        return shiftStart < w.start + breakDuration
    }

    /// A route back by this time needs no break.
    var latestBreakStart: Minutes {
        (breakWindow?.end ?? .infinity) - breakDuration
    }
}

/// A problem prepared for planning: indices instead of ids, travel tables,
/// technician-days, and which technician-day may do which job.
struct Instance: Sendable {
    let problem: Problem
    let vehicles: [Vehicle]
    /// Travel tables over nodes: jobs are nodes `0..<jobs.count`, then each
    /// technician's start and end location.
    let duration: [[Minutes]]
    let distance: [[Double]]
    /// `eligible[job][vehicle]`.
    private(set) var eligible: [[Bool]]
    /// Why a job has no eligible vehicle at all.
    private(set) var ineligibleReason: [Int: Explanation]
    /// Stock and orders of the parts jobs need.
    let supply: PartsSupply
    /// Partner providers that may take each job, cheapest first.
    let referralOptions: [[ReferralOption]]
    /// Most referrals per provider-day (`provider * days + day - 1`).
    let providerDayLimits: [Int]
    /// The job's windows sorted by start, or one window spanning the horizon when it has none.
    let windows: [[TimeWindow]]
    /// Index of each technician id.
    let technicianIndex: [String: Int]

    var jobs: [Job] { problem.jobs }
    var jobCount: Int { problem.jobs.count }

    /// Smallest time step between two consecutive visits, so that zero-length
    /// transitions (same place, no work) cannot form cycles in the MIP.
    static let minimumStep: Minutes = 0.01

    init(problem: Problem) {
        self.problem = problem
        let jobs = problem.jobs
        let techs = problem.technicians
        let n = jobs.count
        var index: [String: Int] = [:]
        for (i, t) in techs.enumerated() { index[t.id] = i }
        technicianIndex = index

        // Travel tables.
        var locations = jobs.map(\.location)
        for t in techs {
            locations.append(t.start)
            locations.append(t.endLocation)
        }
        let travel = problem.travel
        duration = locations.map { a in locations.map { b in travel.duration(from: a, to: b) } }
        distance = locations.map { a in locations.map { b in travel.distance(from: a, to: b) } }

        // Technician-days.
        var vehicles: [Vehicle] = []
        let w = problem.objective
        for (ti, t) in techs.enumerated() {
            for shift in t.shifts.sorted(by: { $0.day < $1.day }) where shift.day >= 1 && shift.day <= problem.horizon.days {
                let overtime = t.overtime
                vehicles.append(Vehicle(
                    index: vehicles.count, technician: ti, day: shift.day,
                    shiftStart: shift.start, shiftEnd: shift.end,
                    latestReturn: shift.end + (overtime?.maxMinutes ?? 0),
                    breakWindow: t.lunchBreak?.window(onDay: shift.day), breakDuration: t.lunchBreak?.duration ?? 0,
                    startNode: n + 2 * ti, endNode: n + 2 * ti + 1,
                    costPerMinute: t.costPerHour / 60,
                    overtimeCostPerMinute: (overtime?.costPerHour ?? 0) / 60 * w.overtimeWeight,
                    fixedCost: t.fixedCost))
            }
        }
        self.vehicles = vehicles

        let horizonEnd = Minutes(problem.horizon.days) * minutesPerDay + minutesPerDay
        windows = jobs.map {
            $0.timeWindows.isEmpty ? [TimeWindow(start: -minutesPerDay, end: horizonEnd)] : $0.timeWindows.sorted { $0.start < $1.start }
        }

        referralOptions = Instance.referralOptions(problem)
        providerDayLimits = problem.providers.flatMap { Array(repeating: max(0, $0.jobsPerDay), count: problem.horizon.days) }

        // Eligibility, and the reason when nothing is eligible.
        let supply = PartsSupply(problem: problem)
        self.supply = supply
        let partIndex = Dictionary(supply.partIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var eligible = Array(repeating: Array(repeating: false, count: vehicles.count), count: n)
        var reasons: [Int: Explanation] = [:]
        for (i, job) in jobs.enumerated() {
            let skilled = techs.indices.filter { job.isQualified(techs[$0]) }
            let qualified = skilled.filter { ti in
                !job.excludedTechnicians.contains(techs[ti].id) && (job.pinned.map { $0.technician == techs[ti].id } ?? true)
            }
            if qualified.isEmpty {
                reasons[i] = Explanation.unqualified(job, skilled: skilled.map { techs[$0] }, problem: problem)
                continue
            }
            let earliest = job.earliestDay ?? 1
            let latest = job.latestDay ?? problem.horizon.days
            if !qualified.contains(where: { job.demand <= (techs[$0].capacity ?? .infinity) }) {
                reasons[i] = Explanation(.capacity, "Its load (\(Explanation.number(job.demand))) is more than any qualified technician's van holds.")
                continue
            }
            let needs = job.parts.sorted { $0.key < $1.key }.compactMap { part, need in partIndex[part].map { ($0, need) } }
            var anyShift = false
            var shortPart: (part: Int, need: Int)?
            for v in vehicles where qualified.contains(v.technician) && v.day >= earliest && v.day <= latest {
                if let pin = job.pinned, pin.day != v.day { continue }
                if job.demand > (techs[v.technician].capacity ?? .infinity) { continue }
                anyShift = true
                // Parts the van and the depot cannot cover need an order that arrives by this day.
                if let short = needs.first(where: { p, need in
                    need > supply.vanStock[v.technician][p] + supply.depotStock[p] && supply.offer(p, by: v.day) == nil
                }) {
                    shortPart = shortPart ?? short
                    continue
                }
                eligible[i][v.index] = true
            }
            if !anyShift {
                reasons[i] = Explanation(.windowOutsideShifts,
                    "No qualified technician works on day \(earliest == latest ? "\(earliest)" : "\(earliest)-\(latest)").")
            } else if !eligible[i].contains(true), let short = shortPart {
                reasons[i] = Explanation.partsLate(problem, supply: supply, part: short.part, need: short.need, latestDay: latest)
            }
        }
        self.eligible = eligible
        ineligibleReason = reasons

        // A vehicle stays eligible only if it can do the job alone.
        var single = eligible
        var timingReasons = reasons
        for i in 0..<n where reasons[i] == nil {
            for v in vehicles where eligible[i][v.index] {
                if RouteTiming(instance: self).schedule(vehicle: v, jobs: [i]) == nil {
                    single[i][v.index] = false
                }
            }
            if !single[i].contains(true) {
                timingReasons[i] = Explanation(.windowOutsideShifts, jobs[i].pinned != nil
                    ? "The confirmed visit cannot be kept: the technician cannot be there at the pinned time within the shift."
                    : "No qualified technician can reach the job inside its time windows and be back within the shift.")
            }
        }
        self.eligible = single
        ineligibleReason = timingReasons
    }

    /// Cost of doing job `job` on vehicle `v`, apart from travel: labour for the
    /// work, lateness, and a non-preferred technician.
    func serviceCost(job i: Int, vehicle v: Vehicle) -> Double {
        let job = jobs[i]
        let w = problem.objective
        var cost = v.costPerMinute * job.duration
        let lateDays = v.day - (job.earliestDay ?? 1)
        if lateDays > 0 {
            cost += Double(lateDays) * w.lateness(for: job)
        }
        if !job.preferredTechnicians.isEmpty,
           !job.preferredTechnicians.contains(problem.technicians[v.technician].id) {
            cost += w.nonPreferredTechnician
        }
        return cost
    }

    /// Cost of driving from node `a` to node `b` on vehicle `v`.
    func arcCost(_ a: Int, _ b: Int, vehicle v: Vehicle) -> Double {
        distance[a][b] * problem.objective.costPerKm + duration[a][b] * v.costPerMinute
    }

    /// Minimum time between the start of job `i` and the start of job `j` when `j` follows `i`.
    func step(_ i: Int, _ j: Int) -> Minutes {
        max(jobs[i].duration + duration[i][j], Instance.minimumStep)
    }
}
