import Foundation

extension Problem {
    /// Every rule the input breaks, in document order; empty when the problem can be planned.
    ///
    /// Checks ids (unique, non-empty), references (skills, parts, technicians),
    /// numbers (finite, in range), times (end after start, inside the horizon,
    /// job windows that meet some shift), the travel model, the objective weights
    /// and the overtime budget. Van capacities, job demands, fixed costs and the
    /// overtime budget must be finite and at least 0. A job whose demand exceeds
    /// every van's capacity is not an input error: the planner leaves it unplaced.
    public func validate() -> [InputIssue] {
        validate(windowsMustMeetShifts: true)
    }

    /// Every rule the input breaks, as ``validate()``, but with `windowsMustMeetShifts`
    /// false a job window that meets no shift is not an issue: the planner leaves such a
    /// job unplaced (reason `window_outside_shifts`). What-if edits that take shifts
    /// away use this: the question's answer is that the job cannot be done.
    public func validate(windowsMustMeetShifts: Bool) -> [InputIssue] {
        var v = Validator(problem: self)
        v.windowsMustMeetShifts = windowsMustMeetShifts
        v.run()
        return v.issues
    }
}

/// Collects issues while walking a problem. One method per section of the input.
private struct Validator {
    let problem: Problem
    var issues: [InputIssue] = []
    /// Whether a job window must overlap some technician's shift (with overtime).
    var windowsMustMeetShifts = true

    /// Largest absolute time accepted anywhere (100 years of minutes): beyond it
    /// arithmetic on times loses meaning.
    let timeLimit: Double = 100 * 366 * 1440

    /// Longest shift: 7 days (Solomon's C2 instances have a 3390-minute day).
    let longestShift: Minutes = 7 * 1440

    init(problem: Problem) {
        self.problem = problem
    }

    mutating func run() {
        // Sizes first: a problem too large to plan is not looked at further
        // (its travel tables alone would not fit in memory).
        guard checkSizes() else { return }
        // Sections in the order of the input format's keys, so issues come in document order.
        checkHorizon()
        checkCatalogues()
        checkSuppliers()
        checkProviders()
        checkTechnicians()
        checkJobs()
        checkTravel()
        checkObjective()
        checkOvertimeBudget()
    }

    // MARK: - Helpers

    mutating func add(_ path: String, _ entity: String?, _ kind: InputIssue.Kind, _ message: String) {
        issues.append(InputIssue(path: path, entity: entity, kind: kind, message: message))
    }

    /// A finite number `>= minimum` (or `> minimum` when `strict`).
    mutating func number(_ value: Double, _ path: String, _ entity: String?, _ what: String,
                         atLeast minimum: Double = 0, strict: Bool = false, atMost maximum: Double? = nil) {
        guard value.isFinite else {
            add(path, entity, .outOfRange, "\(what) must be a finite number, got \(value)")
            return
        }
        if strict ? value <= minimum : value < minimum {
            add(path, entity, .outOfRange, "\(what) must be \(strict ? "greater than" : "at least") \(fmt(minimum)), got \(fmt(value))")
        } else if let maximum, value > maximum {
            add(path, entity, .outOfRange, "\(what) must be at most \(fmt(maximum)), got \(fmt(value))")
        }
    }

    func fmt(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    var multiDay: Bool { problem.horizon.days > 1 }

    func clock(_ time: Minutes) -> String {
        abs(time) < timeLimit ? formatClock(time, showDay: multiDay) : fmt(time)
    }

    /// Where each id first occurs in a section.
    func firstIndices(_ ids: [String]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() where first[id] == nil { first[id] = index }
        return first
    }

    /// Checks the id of `section[index]`: not empty, not used by an earlier entity.
    mutating func checkID(_ id: String, _ index: Int, _ first: [String: Int], _ section: String, _ kind: String) {
        let path = "\(section)[\(index)].id"
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            add(path, "\(kind) #\(index + 1)", .invalidValue, "id must not be empty")
        } else if let earlier = first[id], earlier != index {
            add(path, "\(kind) \(id)", .duplicateID, "id \"\(id)\" is already used by \(section)[\(earlier)]")
        }
    }

    mutating func location(_ loc: Location, _ path: String, _ entity: String?) {
        // Under the euclidean model coordinates are plane x/y: any finite value.
        var plane = false
        if case .euclidean = problem.travel { plane = true }
        if !loc.latitude.isFinite || (!plane && abs(loc.latitude) > 90) {
            add(path + ".lat", entity, .outOfRange, "latitude must be between -90 and 90, got \(fmt(loc.latitude))")
        }
        if !loc.longitude.isFinite || (!plane && abs(loc.longitude) > 180) {
            add(path + ".lon", entity, .outOfRange, "longitude must be between -180 and 180, got \(fmt(loc.longitude))")
        }
        if case let .matrix(m) = problem.travel {
            guard let index = loc.matrixIndex else {
                add(path + ".matrixIndex", entity, .missingField, "travel uses a matrix, so every location needs a matrixIndex")
                return
            }
            if !m.durations.indices.contains(index) {
                let rows = m.durations.isEmpty ? "which is empty" : "whose rows are numbered 0 to \(m.durations.count - 1)"
                add(path + ".matrixIndex", entity, .outOfRange, "matrixIndex \(index) is outside the travel matrix, \(rows)")
            }
        }
    }

    /// A crew: 1 to ``Job/maximumCrewSize`` members, skills given for every member or
    /// none, work that takes time (members meet at its start), and no pin (a pin names
    /// one technician).
    mutating func crew(_ job: Job, _ path: String, _ entity: String) {
        guard job.crewSize >= 1, job.crewSize <= Job.maximumCrewSize else {
            add(path + ".crewSize", entity, .outOfRange, "crewSize must be between 1 and \(Job.maximumCrewSize), got \(job.crewSize)")
            return
        }
        if !job.crewSkills.isEmpty, job.crewSkills.count != job.crewSize {
            add(path + ".crewSkills", entity, .invalidValue,
                "crewSkills lists \(job.crewSkills.count) members, but crewSize is \(job.crewSize)")
        }
        for (m, skills) in job.crewSkills.enumerated() {
            skillMap(skills, "\(path).crewSkills[\(m)]", entity, minimumLevel: 0)
        }
        guard job.needsCrew else { return }
        if job.pinned != nil {
            add(path + ".pinned", entity, .invalidValue, "a job for a crew of \(job.crewSize) cannot be pinned to one technician")
        }
        if job.duration.isFinite, job.duration <= 0 {
            add(path + ".duration", entity, .outOfRange, "a job for a crew needs a duration above 0")
        }
    }

    mutating func skillMap(_ skills: [String: Int], _ path: String, _ entity: String?, minimumLevel: Int) {
        for name in skills.keys.sorted() {
            let level = skills[name] ?? 0
            if let catalogue = problem.skills, !catalogue.contains(name) {
                add("\(path).\(name)", entity, .unknownReference, "unknown skill \"\(name)\" (not in the skills list)")
            }
            if level < minimumLevel {
                add("\(path).\(name)", entity, .outOfRange, "skill level must be at least \(minimumLevel), got \(level)")
            }
        }
    }

    mutating func partMap(_ parts: [String: Int], _ path: String, _ entity: String?, positive: Bool) {
        let known = Set(problem.parts.map(\.id))
        for id in parts.keys.sorted() {
            let quantity = parts[id] ?? 0
            if !known.contains(id) {
                add("\(path).\(id)", entity, .unknownReference, "unknown part \"\(id)\" (not in the parts catalogue)")
            }
            if positive ? quantity <= 0 : quantity < 0 {
                add("\(path).\(id)", entity, .outOfRange, "quantity must be \(positive ? "at least 1" : "at least 0"), got \(quantity)")
            }
        }
    }

    mutating func toolList(_ tools: [String], _ path: String, _ entity: String?) {
        let known = Set(problem.tools.map(\.id))
        for (k, id) in tools.enumerated() where !known.contains(id) {
            add("\(path)[\(k)]", entity, .unknownReference, "unknown tool \"\(id)\" (not in the tools catalogue)")
        }
    }

    mutating func day(_ value: Int?, _ path: String, _ entity: String?) {
        // With no valid horizon (reported already) there is nothing to compare with.
        guard let value, problem.horizon.days >= 1 else { return }
        if value < 1 || value > problem.horizon.days {
            add(path, entity, .outOfRange, "day \(value) is outside the horizon (1...\(problem.horizon.days))")
        }
    }

    mutating func window(_ w: TimeWindow, _ path: String, _ entity: String?) -> Bool {
        guard w.start.isFinite, w.end.isFinite, abs(w.start) < timeLimit, abs(w.end) < timeLimit else {
            add(path, entity, .outOfRange, "times must be finite and within the horizon, got \(fmt(w.start))...\(fmt(w.end))")
            return false
        }
        if w.end < w.start {
            add(path, entity, .invalidTime, "end \(clock(w.end)) is before start \(clock(w.start))")
            return false
        }
        return true
    }

    // MARK: - Sections

    mutating func checkHorizon() {
        if problem.horizon.days < 1 || problem.horizon.days > 366 {
            add("horizon.days", nil, .outOfRange, "the horizon must have 1 to 366 days, got \(problem.horizon.days)")
        }
        if let t = problem.horizon.orderTime, !t.isFinite || t < 0 || t > 1440 {
            add("horizon.orderTime", nil, .outOfRange, "orderTime must be a clock time within the day")
        }
    }

    mutating func checkObjective() {
        let w = problem.objective
        number(w.costPerKm, "objective.costPerKm", nil, "costPerKm")
        number(w.priorityPenalty, "objective.priorityPenalty", nil, "priorityPenalty")
        number(w.overtimeWeight, "objective.overtimeWeight", nil, "overtimeWeight")
        number(w.referralWeight, "objective.referralWeight", nil, "referralWeight")
        number(w.nonPreferredTechnician, "objective.nonPreferredTechnician", nil, "nonPreferredTechnician")
        for urgency in Urgency.allCases {
            if let p = w.unassignedPenalty[urgency] {
                number(p, "objective.unassignedPenalty.\(urgency.rawValue)", nil, "penalty", atMost: 1e12)
            }
            if let p = w.latenessPerDay[urgency] {
                number(p, "objective.latenessPerDay.\(urgency.rawValue)", nil, "lateness cost", atMost: 1e12)
            }
        }
    }

    mutating func checkOvertimeBudget() {
        if let budget = problem.overtimeBudget {
            number(budget, "overtimeBudget", nil, "overtimeBudget")
        }
        if let budget = problem.referralBudget {
            number(budget, "referralBudget", nil, "referralBudget")
        }
    }

    mutating func checkTravel() {
        switch problem.travel {
        case let .haversine(roadFactor, speedKmh):
            number(roadFactor, "travel.roadFactor", nil, "roadFactor", atLeast: 0, strict: true, atMost: 10)
            number(speedKmh, "travel.speedKmh", nil, "speedKmh", atLeast: 0, strict: true, atMost: 300)
        case let .euclidean(speed):
            number(speed, "travel.speed", nil, "speed", atLeast: 0, strict: true)
        case let .matrix(m):
            let n = m.durations.count
            if n == 0 { add("travel.durations", nil, .emptyList, "the travel matrix is empty") }
            checkMatrix(m.durations, n, "travel.durations", "duration")
            if let distances = m.distances {
                if distances.count != n {
                    add("travel.distances", nil, .invalidValue, "has \(distances.count) rows, durations has \(n)")
                }
                checkMatrix(distances, n, "travel.distances", "distance")
            }
        }
    }

    mutating func checkMatrix(_ rows: [[Double]], _ n: Int, _ path: String, _ what: String) {
        for (i, row) in rows.enumerated() {
            if row.count != n {
                add("\(path)[\(i)]", nil, .invalidValue,
                    "row has \(row.count) \(row.count == 1 ? "entry" : "entries"); the matrix must be \(n) x \(n)")
                continue
            }
            // The first bad entry of each row is enough to point at the problem.
            if let j = row.firstIndex(where: { !$0.isFinite || $0 < 0 || $0 > 1e9 }) {
                number(row[j], "\(path)[\(i)][\(j)]", nil, what, atMost: 1e9)
            }
        }
    }

    mutating func checkCatalogues() {
        if let skills = problem.skills {
            var seen = Set<String>()
            for (i, s) in skills.enumerated() where !seen.insert(s).inserted {
                add("skills[\(i)]", nil, .duplicateID, "skill \"\(s)\" is listed twice")
            }
        }
        let firstPart = firstIndices(problem.parts.map(\.id))
        for (i, part) in problem.parts.enumerated() {
            checkID(part.id, i, firstPart, "parts", "part")
            if let cost = part.unitCost { number(cost, "parts[\(i)].unitCost", "part \(part.id)", "unitCost") }
        }
        if let loc = problem.depot.location { location(loc, "depot.location", "depot") }
        partMap(problem.depot.stock, "depot.stock", "depot", positive: false)
        if let pickup = problem.depot.pickup {
            if problem.depot.location == nil {
                add("depot.pickup", "depot", .invalidValue, "pick-up stops need the depot's location")
            }
            pickupHours(pickup, "depot.pickup", "depot")
        }
        let firstTool = firstIndices(problem.tools.map(\.id))
        for (i, tool) in problem.tools.enumerated() { checkID(tool.id, i, firstTool, "tools", "tool") }
        let knownTools = Set(problem.tools.map(\.id))
        for id in problem.depot.tools.keys.sorted() {
            let count = problem.depot.tools[id] ?? 0
            if !knownTools.contains(id) {
                add("depot.tools.\(id)", "depot", .unknownReference, "unknown tool \"\(id)\" (not in the tools catalogue)")
            }
            if count < 0 { add("depot.tools.\(id)", "depot", .outOfRange, "count must be at least 0, got \(count)") }
        }
    }

    /// The limits of what one run can plan; false when the problem exceeds them.
    mutating func checkSizes() -> Bool {
        var fits = true
        if problem.jobs.count > Problem.maximumJobs {
            add("jobs", nil, .outOfRange,
                "\(problem.jobs.count) jobs; at most \(Problem.maximumJobs) can be planned in one run")
            fits = false
        }
        if problem.technicians.count > Problem.maximumTechnicians {
            add("technicians", nil, .outOfRange,
                "\(problem.technicians.count) technicians; at most \(Problem.maximumTechnicians) can be planned in one run")
            fits = false
        }
        for (i, job) in problem.jobs.enumerated().prefix(Problem.maximumJobs)
        where job.timeWindows.count > Problem.maximumWindowsPerJob {
            add("jobs[\(i)].timeWindows", "job \(job.id)", .outOfRange,
                "\(job.timeWindows.count) time windows; at most \(Problem.maximumWindowsPerJob) per job")
            fits = false
        }
        return fits
    }

    mutating func checkTechnicians() {
        if problem.technicians.isEmpty {
            add("technicians", nil, .emptyList, "there must be at least one technician")
        }
        let firstTechnician = firstIndices(problem.technicians.map(\.id))
        for (i, t) in problem.technicians.enumerated() {
            let path = "technicians[\(i)]"
            let entity = "technician \(t.id)"
            checkID(t.id, i, firstTechnician, "technicians", "technician")
            skillMap(t.skills, path + ".skills", entity, minimumLevel: 0)
            var days = Set<Int>()
            for (k, s) in t.shifts.enumerated() {
                let sp = "\(path).shifts[\(k)]"
                day(s.day, sp + ".day", entity)
                guard window(s.window, sp, entity) else { continue }
                if s.end == s.start {
                    add(sp, entity, .invalidTime, "the shift is empty (end equals start \(clock(s.start)))")
                }
                if dayOf(s.start) != s.day {
                    add(sp + ".start", entity, .invalidTime, "start \(formatClock(s.start, showDay: true)) is not on day \(s.day)")
                }
                if s.end - s.start > longestShift {
                    add(sp, entity, .invalidTime, "a shift cannot last more than 7 days (\(fmt(longestShift)) minutes)")
                }
                if !days.insert(s.day).inserted {
                    add(sp + ".day", entity, .duplicateID, "a second shift on day \(s.day); a technician has at most one shift per day")
                }
            }
            if let b = t.lunchBreak {
                let bp = path + ".break"
                number(b.duration, bp + ".duration", entity, "break duration", atLeast: 0, strict: true, atMost: 1440)
                if !b.start.isFinite || !b.end.isFinite || b.start < 0 || b.start > 2880 || b.end < 0 || b.end > 2880 {
                    add(bp, entity, .outOfRange, "break times must be clock times within the day")
                } else if b.end < b.start {
                    add(bp, entity, .invalidTime, "end \(formatClock(b.end)) is before start \(formatClock(b.start))")
                } else if b.duration.isFinite, b.end - b.start < b.duration {
                    add(bp, entity, .invalidTime,
                        "a \(fmt(b.duration))-minute break does not fit between \(formatClock(b.start)) and \(formatClock(b.end))")
                }
            }
            location(t.start, path + ".start", entity)
            if let end = t.end { location(end, path + ".end", entity) }
            number(t.costPerHour, path + ".costPerHour", entity, "costPerHour")
            if let capacity = t.capacity { number(capacity, path + ".capacity", entity, "capacity") }
            number(t.fixedCost, path + ".fixedCost", entity, "fixedCost")
            if let o = t.overtime {
                number(o.maxMinutes, path + ".overtime.maxMinutes", entity, "overtime maxMinutes", atMost: 1440)
                number(o.costPerHour, path + ".overtime.costPerHour", entity, "overtime costPerHour")
            }
            partMap(t.vanStock, path + ".vanStock", entity, positive: false)
            toolList(t.tools, path + ".tools", entity)
        }
    }

    mutating func checkJobs() {
        let firstJob = firstIndices(problem.jobs.map(\.id))
        let technicianIDs = Set(problem.technicians.map(\.id))
        let providerIDs = Set(problem.providers.map(\.id))
        let shifts = problem.technicians.flatMap { t in
            t.shifts.map { s in TimeWindow(start: s.start, end: s.end + (t.overtime?.maxMinutes ?? 0)) }
        }
        // A broken shift is reported already; comparing windows with it would only add noise.
        let shiftsAreSound = shifts.allSatisfy { $0.start.isFinite && $0.end.isFinite && $0.start <= $0.end }
        for (i, job) in problem.jobs.enumerated() {
            let path = "jobs[\(i)]"
            let entity = "job \(job.id)"
            checkID(job.id, i, firstJob, "jobs", "job")
            location(job.location, path + ".location", entity)
            number(job.duration, path + ".duration", entity, "duration", atMost: 1440)
            number(job.demand, path + ".demand", entity, "demand")
            skillMap(job.requiredSkills, path + ".skills", entity, minimumLevel: 0)
            for (k, w) in job.timeWindows.enumerated() {
                let wp = "\(path).timeWindows[\(k)]"
                guard window(w, wp, entity) else { continue }
                if windowsMustMeetShifts, !problem.technicians.isEmpty, shiftsAreSound, !shifts.contains(where: { $0.overlaps(w) }) {
                    add(wp, entity, .invalidTime,
                        "the window \(clock(w.start))-\(clock(w.end)) lies outside every technician's shift")
                }
            }
            if let p = job.priority, p < 0 || p > 1000 {
                add(path + ".priority", entity, .outOfRange, "priority must be between 0 and 1000, got \(p)")
            }
            partMap(job.parts, path + ".parts", entity, positive: true)
            toolList(job.requiredTools, path + ".requiredTools", entity)
            day(job.earliestDay, path + ".earliestDay", entity)
            day(job.latestDay, path + ".latestDay", entity)
            if let e = job.earliestDay, let l = job.latestDay, l < e {
                add(path + ".latestDay", entity, .invalidTime, "latestDay \(l) is before earliestDay \(e)")
            }
            for (k, id) in job.preferredTechnicians.enumerated() where !technicianIDs.contains(id) {
                add("\(path).preferredTechnicians[\(k)]", entity, .unknownReference, "unknown technician \"\(id)\"")
            }
            for (k, id) in job.excludedTechnicians.enumerated() {
                if !technicianIDs.contains(id) {
                    add("\(path).excludedTechnicians[\(k)]", entity, .unknownReference, "unknown technician \"\(id)\"")
                } else if job.preferredTechnicians.contains(id) {
                    add("\(path).excludedTechnicians[\(k)]", entity, .invalidValue,
                        "technician \(id) is both preferred and excluded")
                }
            }
            for (k, id) in job.excludedProviders.enumerated() where !providerIDs.contains(id) {
                add("\(path).excludedProviders[\(k)]", entity, .unknownReference, "unknown provider \"\(id)\"")
            }
            if let pin = job.pinned {
                checkPin(pin, job, path + ".pinned", entity)
            }
            crew(job, path, entity)
        }
    }

    mutating func checkPin(_ pin: PinnedAssignment, _ job: Job, _ path: String, _ entity: String) {
        guard let tech = problem.technician(pin.technician) else {
            add(path + ".technician", entity, .unknownReference, "unknown technician \"\(pin.technician)\"")
            return
        }
        day(pin.day, path + ".day", entity)
        guard pin.start.isFinite, abs(pin.start) < timeLimit else {
            add(path + ".start", entity, .outOfRange, "start must be a finite time, got \(pin.start)")
            return
        }
        if dayOf(pin.start) != pin.day {
            add(path + ".start", entity, .invalidTime, "start \(formatClock(pin.start, showDay: true)) is not on day \(pin.day)")
        }
        if tech.shift(onDay: pin.day) == nil {
            add(path, entity, .invalidTime, "technician \(tech.id) has no shift on day \(pin.day)")
        }
        if job.excludedTechnicians.contains(pin.technician) {
            add(path + ".technician", entity, .invalidValue, "technician \(tech.id) is pinned but also excluded")
        }
    }

    /// Handling minutes and opening hours of a pick-up place (the depot, a counter).
    mutating func pickupHours(_ hours: DepotPickup, _ path: String, _ entity: String) {
        number(hours.handlingMinutes, path + ".handlingMinutes", entity, "handlingMinutes", atMost: 1440)
        if !hours.opens.isFinite || !hours.closes.isFinite || hours.opens < 0 || hours.closes > 2880 {
            add(path, entity, .outOfRange, "opening hours must be clock times within the day")
        } else if hours.closes < hours.opens + hours.handlingMinutes {
            add(path + ".closes", entity, .invalidTime,
                "closes \(formatClock(hours.closes)) leaves no time for a pick-up after \(formatClock(hours.opens))")
        }
    }

    mutating func checkSuppliers() {
        let firstSupplier = firstIndices(problem.suppliers.map(\.id))
        let known = Set(problem.parts.map(\.id))
        for (i, s) in problem.suppliers.enumerated() {
            let path = "suppliers[\(i)]"
            let entity = "supplier \(s.id)"
            checkID(s.id, i, firstSupplier, "suppliers", "supplier")
            for (k, offer) in s.offers.enumerated() {
                if !known.contains(offer.part) {
                    add("\(path).parts[\(k)].part", entity, .unknownReference, "unknown part \"\(offer.part)\" (not in the parts catalogue)")
                }
                number(offer.unitCost, "\(path).parts[\(k)].unitCost", entity, "unitCost")
            }
            if s.leadTimeDays < 0 || s.leadTimeDays > 365 {
                add(path + ".leadTimeDays", entity, .outOfRange, "leadTimeDays must be between 0 and 365, got \(s.leadTimeDays)")
            }
            if let cutoff = s.orderCutoff, !cutoff.isFinite || cutoff < 0 || cutoff > 1440 {
                add(path + ".orderCutoff", entity, .outOfRange, "orderCutoff must be a clock time within the day")
            }
            if let counter = s.counter {
                location(counter.location, path + ".counter.location", entity)
                pickupHours(counter.hours, path + ".counter", entity)
                if problem.depot.pickup == nil || problem.depot.location == nil {
                    add(path + ".counter", entity, .invalidValue,
                        "a counter is a stop during the day: it needs depot pick-ups (depot.pickup and depot.location)")
                }
            }
        }
    }

    mutating func checkProviders() {
        let firstProvider = firstIndices(problem.providers.map(\.id))
        for (i, p) in problem.providers.enumerated() {
            let path = "providers[\(i)]"
            let entity = "provider \(p.id)"
            checkID(p.id, i, firstProvider, "providers", "provider")
            skillMap(p.skills, path + ".skills", entity, minimumLevel: 0)
            if let area = p.serviceArea {
                location(area.center, path + ".serviceArea.center", entity)
                number(area.radiusKm, path + ".serviceArea.radiusKm", entity, "radiusKm", atLeast: 0, strict: true)
            }
            number(p.costPerJob, path + ".costPerJob", entity, "costPerJob")
            if p.jobsPerDay < 0 {
                add(path + ".jobsPerDay", entity, .outOfRange, "jobsPerDay must be at least 0, got \(p.jobsPerDay)")
            }
            if let r = p.rating { number(r, path + ".rating", entity, "rating", atMost: 5) }
        }
    }
}
