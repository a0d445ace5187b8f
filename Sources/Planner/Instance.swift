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
    private(set) var problem: Problem
    let vehicles: [Vehicle]
    /// Travel tables over nodes: jobs are nodes `0..<jobs.count`, then each
    /// technician's start and end location.
    private(set) var duration: [[Minutes]]
    private(set) var distance: [[Double]]
    /// `eligible[job][vehicle]`.
    private(set) var eligible: [[Bool]]
    /// Why a job has no eligible vehicle at all.
    private(set) var ineligibleReason: [Int: Explanation]
    /// Stock and orders of the parts jobs need.
    let supply: PartsSupply
    /// Tools on vans, at the depot, and needed by each job.
    private(set) var tools: ToolSupply
    /// `partNeeds[job]`: (part index into `supply.partIDs`, units), ascending by part.
    private(set) var partNeeds: [[(part: Int, quantity: Int)]]
    /// Partner providers that may take each job, cheapest first.
    private(set) var referralOptions: [[ReferralOption]]
    /// Most referrals per provider-day (`provider * days + day - 1`).
    let providerDayLimits: [Int]
    /// The job's windows sorted by start, or one window spanning the horizon when it has none.
    private(set) var windows: [[TimeWindow]]
    /// Index of each technician id.
    let technicianIndex: [String: Int]

    /// The problem's jobs; then (with depot pick-ups) one pick-up stop per vehicle: a
    /// job at the depot, as long as the handling, in the depot's hours, that only its
    /// vehicle may do and that costs nothing to leave out; then the crew copies (see
    /// ``crewVariants``).
    private(set) var jobs: [Job]
    /// Jobs and pick-up stops: the nodes `0..<jobCount` of the travel tables.
    var jobCount: Int { jobs.count }
    /// The problem's own jobs: `0..<realJobCount`.
    let realJobCount: Int
    /// `pickupJob[vehicle]`: the vehicle's pick-up stop, or nil without depot pick-ups.
    let pickupJob: [Int?]
    /// Job indices of the pick-up stops.
    let pickupRange: Range<Int>
    /// Whether depot items need a pick-up stop on the route.
    var hasPickups: Bool { !pickupRange.isEmpty }
    /// Whether job index `j` is a pick-up stop.
    @inline(__always)
    func isPickup(_ j: Int) -> Bool { pickupRange.contains(j) }
    /// The vehicle of pick-up stop `j`.
    func pickupVehicle(_ j: Int) -> Int { stopPlaces[j - pickupRange.lowerBound].vehicle }
    /// The counter (index into ``counters``) of pick-up stop `j`, or nil for the depot's.
    func stopCounter(_ j: Int) -> Int? {
        guard isPickup(j) else { return nil }
        let c = stopPlaces[j - pickupRange.lowerBound].counter
        return c >= 0 ? c : nil
    }
    /// Per pick-up stop (from `pickupRange.lowerBound`): its vehicle and counter (-1: the depot).
    let stopPlaces: [(vehicle: Int, counter: Int)]
    /// `counterStops[vehicle][c]`: the vehicle's stop at counter `c`.
    let counterStops: [[Int]]
    /// The suppliers' trade counters (with depot pick-ups on): the supplier (index into
    /// `Problem.suppliers`) and its counter.
    let counters: [(supplier: Int, counter: SupplierCounter)]
    /// `counterPrice[c][part]`: what counter `c` sells part `part` (index into
    /// `supply.partIDs`) for, or nil when it does not sell it.
    let counterPrice: [[Double?]]
    /// Whether some supplier has a counter technicians may stop at.
    var hasCounters: Bool { !counters.isEmpty }

    /// `crewVariants[job]`, for a job that needs a crew: per start time the crew may
    /// meet at, the copies of the job one per member (the lead first), each a job
    /// whose only window is that start. A crew job itself goes on no route: it is done
    /// when every copy of one variant is. Empty for other jobs.
    let crewVariants: [[[Int]]]
    /// `crewParent[j]`: the crew job copy `j` belongs to, or -1 when `j` is no copy.
    let crewParent: [Int]
    /// `crewMember[j]`: the member (0 = the lead) copy `j` is for, or -1.
    let crewMember: [Int]
    /// Whether some job needs a crew.
    let hasCrews: Bool
    /// Whether `j` is a copy of a crew job.
    @inline(__always)
    func isCrewCopy(_ j: Int) -> Bool { crewParent[j] >= 0 }
    /// Whether `j` is the lead's copy of a crew job (it carries the parts, tools and load).
    @inline(__always)
    func isCrewLead(_ j: Int) -> Bool { crewMember[j] == 0 }
    /// Whether `j` is a job of the problem that needs a crew (planned through its copies).
    @inline(__always)
    func isCrewJob(_ j: Int) -> Bool { j < realJobCount && !crewVariants[j].isEmpty }
    /// Most start times a crew job is tried at.
    static let maximumCrewStarts = 12

    /// Smallest time step between two consecutive visits, so that zero-length
    /// transitions (same place, no work) cannot form cycles in the MIP.
    static let minimumStep: Minutes = 0.01

    init(problem: Problem) {
        self.problem = problem
        let techs = problem.technicians
        realJobCount = problem.jobs.count
        let vehicleDays = Instance.vehicleDays(problem)
        var jobs = problem.jobs
        var pickupJob = [Int?](repeating: nil, count: vehicleDays.count)
        var stopPlaces: [(vehicle: Int, counter: Int)] = []
        var counterStops = Array(repeating: [Int](), count: vehicleDays.count)
        var counters: [(supplier: Int, counter: SupplierCounter)] = []
        if let pickup = problem.depot.pickup, let depot = problem.depot.location {
            counters = problem.suppliers.enumerated().compactMap { s, supplier in supplier.counter.map { (s, $0) } }
            for (v, (ti, day)) in vehicleDays.enumerated() {
                pickupJob[v] = jobs.count
                stopPlaces.append((v, -1))
                jobs.append(Job(id: "\u{1}pickup-\(techs[ti].id)-\(day)", customer: Customer(name: "depot"), location: depot,
                                duration: pickup.handlingMinutes, timeWindows: [pickup.window(onDay: day)], urgency: .low,
                                earliestDay: day, latestDay: day))
                for (c, entry) in counters.enumerated() {
                    counterStops[v].append(jobs.count)
                    stopPlaces.append((v, c))
                    jobs.append(Job(id: "\u{1}counter-\(problem.suppliers[entry.supplier].id)-\(techs[ti].id)-\(day)",
                                    customer: Customer(name: problem.suppliers[entry.supplier].name), location: entry.counter.location,
                                    duration: entry.counter.handlingMinutes, timeWindows: [entry.counter.hours.window(onDay: day)],
                                    urgency: .low, earliestDay: day, latestDay: day))
                }
            }
        }
        pickupRange = problem.jobs.count..<jobs.count
        self.stopPlaces = stopPlaces
        self.counterStops = counterStops
        self.counters = counters
        // Crew copies: per start time and member, the job pinned to that start.
        var crewVariants = Array(repeating: [[Int]](), count: problem.jobs.count)
        var crewParent = Array(repeating: -1, count: jobs.count)
        var crewMember = Array(repeating: -1, count: jobs.count)
        for (x, job) in problem.jobs.enumerated() where job.needsCrew {
            for start in Instance.crewStarts(job, problem: problem) {
                var members: [Int] = []
                for m in 0..<job.crewSize {
                    members.append(jobs.count)
                    crewParent.append(x)
                    crewMember.append(m)
                    jobs.append(Instance.crewCopy(of: job, member: m, start: start))
                }
                crewVariants[x].append(members)
            }
        }
        self.crewVariants = crewVariants
        hasCrews = crewVariants.contains { !$0.isEmpty }
        self.crewParent = crewParent
        self.crewMember = crewMember
        self.jobs = jobs
        self.pickupJob = pickupJob
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

        windows = jobs.map { Instance.sortedWindows($0, problem: problem) }

        referralOptions = Instance.referralOptions(problem) + Array(repeating: [], count: n - realJobCount)
        providerDayLimits = problem.providers.flatMap { Array(repeating: max(0, $0.jobsPerDay), count: problem.horizon.days) }

        supply = PartsSupply(problem: problem)
        let partIndex = Dictionary(supply.partIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        counterPrice = counters.map { entry in
            var prices = [Double?](repeating: nil, count: partIndex.count)
            for offer in problem.suppliers[entry.supplier].offers where offer.unitCost.isFinite {
                if let p = partIndex[offer.part] { prices[p] = min(prices[p] ?? .infinity, offer.unitCost) }
            }
            return prices
        }
        tools = ToolSupply(problem: problem, jobs: jobs)
        let partIDs = supply.partIDs
        partNeeds = jobs.map { Instance.partNeeds(of: $0, partIDs: partIDs) }
        eligible = Array(repeating: Array(repeating: false, count: vehicles.count), count: n)
        ineligibleReason = [:]
        for i in 0..<n { updateEligibility(of: i) }
        for x in 0..<realJobCount where isCrewJob(x) { updateCrewEligibility(of: x) }
    }

    /// A crew job goes on no route itself; it is ineligible everywhere, with a reason
    /// only when no start time has every member's copy eligible somewhere.
    private mutating func updateCrewEligibility(of x: Int) {
        eligible[x] = Array(repeating: false, count: vehicles.count)
        let job = jobs[x]
        let possible = crewVariants[x].contains { members in
            // Distinct technicians for the members: a matching, checked greedily (members
            // with the fewest technicians first).
            let options = members.map { c in Set(vehicles.indices.filter { eligible[c][$0] }.map { vehicles[$0].technician }) }
            var used = Set<Int>()
            for option in options.sorted(by: { $0.count < $1.count }) {
                guard let t = option.subtracting(used).min() else { return false }
                used.insert(t)
            }
            return true
        }
        guard !possible else { ineligibleReason[x] = nil; return }
        // The first member whose copies are eligible nowhere says why; else the crew cannot meet.
        for m in 0..<job.crewSize {
            let copies = crewVariants[x].map { $0[m] }
            if copies.allSatisfy({ c in !eligible[c].contains(true) }), let reason = copies.compactMap({ ineligibleReason[$0] }).first {
                var explained = reason
                explained.message = "It needs a crew of \(job.crewSize). " + reason.message
                ineligibleReason[x] = explained
                return
            }
        }
        let qualified = problem.technicians.filter { t in (0..<job.crewSize).contains { m in
            job.memberSkills(m).allSatisfy { (t.skills[$0.key] ?? Int.min) >= $0.value } } }
        ineligibleReason[x] = Explanation(.noSkill,
            "It needs a crew of \(job.crewSize) at the same time, and no start time has that many qualified technicians free "
                + "(qualified for some member: \(qualified.isEmpty ? "none" : qualified.map(\.name).joined(separator: ", "))).")
    }

    /// The start times a crew may meet at: points of each window (or, without windows,
    /// of the working hours of each allowed day) every 15 minutes or more, the window's
    /// end included, at most ``maximumCrewStarts`` in all (thinned evenly).
    static func crewStarts(_ job: Job, problem: Problem) -> [Minutes] {
        let earliest = max(1, job.earliestDay ?? 1), latest = min(problem.horizon.days, job.latestDay ?? problem.horizon.days)
        var spans: [TimeWindow] = []
        if job.timeWindows.isEmpty {
            guard earliest <= latest else { return [] }
            for day in earliest...latest {
                let shifts = problem.technicians.flatMap(\.shifts).filter { $0.day == day }
                guard let open = shifts.map(\.start).min(), let close = shifts.map(\.end).max() else { continue }
                spans.append(TimeWindow(start: open, end: max(open, close - job.duration)))
            }
        } else {
            spans = job.timeWindows.sorted { $0.start < $1.start }.filter { dayOf($0.end) >= earliest && dayOf($0.start) <= latest }
        }
        var starts: [Minutes] = []
        for span in spans {
            let length = span.end - span.start
            let step = max(15, ((length / 7) / 5).rounded(.up) * 5)
            var t = span.start
            while t < span.end - 1e-9 {
                starts.append(t)
                t += step
            }
            starts.append(span.end)
        }
        starts = Array(Set(starts)).sorted()
        guard starts.count > maximumCrewStarts else { return starts }
        let stride = Double(starts.count - 1) / Double(maximumCrewStarts - 1)
        return (0..<maximumCrewStarts).map { starts[Int((Double($0) * stride).rounded())] }
    }

    /// Member `member`'s copy of crew job `job`, starting exactly at `start`: that
    /// member's skills; the lead carries the parts, tools, load and the lateness of the
    /// day; the others only work. Preferred technicians do not apply to crews.
    static func crewCopy(of job: Job, member: Int, start: Minutes) -> Job {
        var copy = job
        copy.crewSize = 1
        copy.crewSkills = []
        copy.requiredSkills = job.memberSkills(member)
        copy.timeWindows = [TimeWindow(start: start, end: start)]
        copy.pinned = nil
        copy.preferredTechnicians = []
        let day = dayOf(start)
        copy.latestDay = day
        if member > 0 {
            copy.parts = [:]
            copy.requiredTools = []
            copy.demand = 0
            copy.earliestDay = day
        }
        return copy
    }

    /// (technician, day) of every vehicle, in vehicle order (as `init` builds them).
    static func vehicleDays(_ problem: Problem) -> [(Int, Int)] {
        problem.technicians.enumerated().flatMap { ti, t in
            t.shifts.sorted { $0.day < $1.day }.filter { $0.day >= 1 && $0.day <= problem.horizon.days }.map { (ti, $0.day) }
        }
    }

    /// A job's parts as (index into `partIDs`, units), ascending; parts not in the catalogue are left out.
    static func partNeeds(of job: Job, partIDs: [String]) -> [(part: Int, quantity: Int)] {
        partIDs.indices.compactMap { p in job.parts[partIDs[p]].map { (p, $0) } }
    }

    /// The job's windows sorted by start, or one window spanning the horizon when it has none.
    static func sortedWindows(_ job: Job, problem: Problem) -> [TimeWindow] {
        let horizonEnd = Minutes(problem.horizon.days) * minutesPerDay + minutesPerDay
        return job.timeWindows.isEmpty ? [TimeWindow(start: -minutesPerDay, end: horizonEnd)] : job.timeWindows.sorted { $0.start < $1.start }
    }

    /// Puts `job` in the place of job `i` (travel, windows, eligibility; no referral
    /// options): how a booking query tries a new request against a prepared plan
    /// without building the tables again. Its parts must be in the catalogue.
    mutating func replaceJob(_ i: Int, with job: Job) {
        problem.jobs[i] = job
        jobs[i] = job
        tools.setJob(i, job)
        partNeeds[i] = Instance.partNeeds(of: job, partIDs: supply.partIDs)
        windows[i] = Instance.sortedWindows(job, problem: problem)
        referralOptions[i] = []
        let travel = problem.travel
        var locations = jobs.map(\.location)
        for t in problem.technicians {
            locations.append(t.start)
            locations.append(t.endLocation)
        }
        for (b, place) in locations.enumerated() {
            duration[i][b] = travel.duration(from: job.location, to: place)
            distance[i][b] = travel.distance(from: job.location, to: place)
            duration[b][i] = travel.duration(from: place, to: job.location)
            distance[b][i] = travel.distance(from: place, to: job.location)
        }
        updateEligibility(of: i)
    }

    /// Which technician-days may do job `i` (skills, exclusions, pins, days, van
    /// capacity, parts that can be had by the day, and the job alone fitting the day),
    /// and why none may.
    private mutating func updateEligibility(of i: Int) {
        let job = jobs[i]
        let techs = problem.technicians
        eligible[i] = Array(repeating: false, count: vehicles.count)
        ineligibleReason[i] = nil
        if isPickup(i) {
            // Only its own vehicle, when the stop fits the day at all.
            let v = vehicles[pickupVehicle(i)]
            eligible[i][v.index] = RouteTiming(instance: self).schedule(vehicle: v, jobs: [i]) != nil
            return
        }
        let skilled = techs.indices.filter { job.isQualified(techs[$0]) }
        let qualified = skilled.filter { ti in
            !job.excludedTechnicians.contains(techs[ti].id) && (job.pinned.map { $0.technician == techs[ti].id } ?? true)
        }
        if qualified.isEmpty {
            ineligibleReason[i] = Explanation.unqualified(job, skilled: skilled.map { techs[$0] }, problem: problem)
            return
        }
        let earliest = job.earliestDay ?? 1
        let latest = job.latestDay ?? problem.horizon.days
        if !qualified.contains(where: { job.demand <= (techs[$0].capacity ?? .infinity) }) {
            ineligibleReason[i] = Explanation(.capacity, "Its load (\(Explanation.number(job.demand))) is more than any qualified technician's van holds.")
            return
        }
        let partIndex = Dictionary(supply.partIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let needs = job.parts.sorted { $0.key < $1.key }.compactMap { part, need in partIndex[part].map { ($0, need) } }
        // Every tool must be on the van or lendable by the depot.
        let needsTools = tools.jobTools[i]
        let equipped = qualified.filter { ti in needsTools.allSatisfy { tools.canCarry(ti, $0) } }
        if equipped.isEmpty, let missing = needsTools.first(where: { tools.depot[$0] == 0 }) {
            let carriers = qualified.filter { tools.onVan[$0][missing] }.map { techs[$0] }
            ineligibleReason[i] = Explanation.toolMissing(problem, tool: tools.toolIDs[missing], qualified: qualified.map { techs[$0] },
                                                          carriers: carriers)
            return
        }
        var anyShift = false
        var shortPart: (part: Int, need: Int)?
        var row = Array(repeating: false, count: vehicles.count)
        for v in vehicles where equipped.contains(v.technician) && v.day >= earliest && v.day <= latest {
            if let pin = job.pinned, pin.day != v.day { continue }
            if job.demand > (techs[v.technician].capacity ?? .infinity) { continue }
            anyShift = true
            // Parts the van and the depot cannot cover need an order that arrives by this day
            // (or a supplier's counter that sells them).
            if let short = needs.first(where: { p, need in
                need > supply.vanStock[v.technician][p] + supply.depotStock[p] && supply.offer(p, by: v.day) == nil
                    && !counterPrice.contains { $0[p] != nil }
            }) {
                shortPart = shortPart ?? short
                continue
            }
            row[v.index] = true
        }
        if !anyShift {
            ineligibleReason[i] = Explanation(.windowOutsideShifts,
                "No qualified technician works on day \(earliest == latest ? "\(earliest)" : "\(earliest)-\(latest)").")
            return
        }
        if !row.contains(true) {
            if let short = shortPart {
                ineligibleReason[i] = Explanation.partsLate(problem, supply: supply, part: short.part, need: short.need, latestDay: latest)
            }
            return
        }
        // A vehicle stays eligible only if it can do the job alone.
        let timing = RouteTiming(instance: self)
        for v in vehicles where row[v.index] && timing.schedule(vehicle: v, jobs: [i]) == nil {
            row[v.index] = false
        }
        eligible[i] = row
        if !row.contains(true) {
            ineligibleReason[i] = Explanation(.windowOutsideShifts, job.pinned != nil
                ? "The confirmed visit cannot be kept: the technician cannot be there at the pinned time within the shift."
                : "No qualified technician can reach the job inside its time windows and be back within the shift.")
        }
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
