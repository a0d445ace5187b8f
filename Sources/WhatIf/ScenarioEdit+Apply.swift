import FieldService

extension ScenarioEdit {
    /// Applies the edit to `problem`.
    /// - Throws: ``WhatIfError/unknownReference(file:edit:field:reason:)`` when the edit
    ///   names something `problem` does not have, or adds an id it already has.
    func apply(to problem: inout Problem, index: Int, file: String?) throws(WhatIfError) {
        func technician(_ id: String) throws(WhatIfError) -> Int {
            guard let t = problem.technicians.firstIndex(where: { $0.id == id }) else {
                throw .unknownReference(file: file, edit: index, field: "technician", reason: "unknown technician \"\(id)\"")
            }
            return t
        }
        func job(_ id: String) throws(WhatIfError) -> Int {
            guard let j = problem.jobs.firstIndex(where: { $0.id == id }) else {
                throw .unknownReference(file: file, edit: index, field: "job", reason: "unknown job \"\(id)\"")
            }
            return j
        }
        switch self {
        case let .technicianAbsent(id, days):
            let t = try technician(id)
            let off = Set(days ?? problem.technicians[t].shifts.map(\.day))
            problem.technicians[t].shifts.removeAll { off.contains($0.day) }
            // Confirmed visits of those days are planned anew.
            for j in problem.jobs.indices {
                if let pin = problem.jobs[j].pinned, pin.technician == id, off.contains(pin.day) { problem.jobs[j].pinned = nil }
            }
        case let .technicianHours(id, day, start, end):
            let t = try technician(id)
            guard end > start else {
                throw .unknownReference(file: file, edit: index, field: "end", reason: "the shift must end after it starts")
            }
            let shift = Shift(day: day, start: start, end: end)
            problem.technicians[t].shifts.removeAll { $0.day == day }
            problem.technicians[t].shifts.append(shift)
            problem.technicians[t].shifts.sort { $0.day < $1.day }
            // Confirmed visits of that day that no longer fit the hours are planned anew.
            let latestEnd = shift.end + (problem.technicians[t].overtime?.maxMinutes ?? 0)
            for j in problem.jobs.indices {
                guard let pin = problem.jobs[j].pinned, pin.technician == id, pin.day == day else { continue }
                if pin.start < shift.start || pin.start + problem.jobs[j].duration > latestEnd { problem.jobs[j].pinned = nil }
            }
        case let .technicianAdded(newcomer):
            guard !problem.technicians.contains(where: { $0.id == newcomer.id }) else {
                throw .unknownReference(file: file, edit: index, field: "technician.id",
                                        reason: "technician \"\(newcomer.id)\" is already in the base")
            }
            problem.technicians.append(newcomer)
        case let .jobAdded(newJob):
            guard !problem.jobs.contains(where: { $0.id == newJob.id }) else {
                throw .unknownReference(file: file, edit: index, field: "job.id", reason: "job \"\(newJob.id)\" is already in the base")
            }
            problem.jobs.append(newJob)
        case let .jobCancelled(id):
            problem.jobs.remove(at: try job(id))
        case let .jobUrgency(id, urgency):
            problem.jobs[try job(id)].urgency = urgency
        case let .jobWindows(id, windows):
            let j = try job(id)
            problem.jobs[j].timeWindows = windows
            // A confirmed visit outside the new hours cannot stand.
            if let pin = problem.jobs[j].pinned, !windows.isEmpty, !windows.contains(where: { $0.contains(pin.start) }) {
                problem.jobs[j].pinned = nil
            }
        case let .jobDuration(id, minutes, factor):
            let j = try job(id)
            problem.jobs[j].duration = minutes ?? problem.jobs[j].duration * (factor ?? 1)
        case let .partStock(part, technicianID, quantity):
            guard problem.parts.contains(where: { $0.id == part }) else {
                throw .unknownReference(file: file, edit: index, field: "part", reason: "unknown part \"\(part)\"")
            }
            if let technicianID {
                problem.technicians[try technician(technicianID)].vanStock[part] = quantity
            } else {
                problem.depot.stock[part] = quantity
            }
        case let .supplierDelay(id, days):
            guard let s = problem.suppliers.firstIndex(where: { $0.id == id }) else {
                throw .unknownReference(file: file, edit: index, field: "supplier", reason: "unknown supplier \"\(id)\"")
            }
            problem.suppliers[s].leadTimeDays += days
        case let .travelSlowdown(factor):
            problem.travel = problem.travel.slowed(by: factor)
        case let .providerUnavailable(id):
            guard let p = problem.providers.firstIndex(where: { $0.id == id }) else {
                throw .unknownReference(file: file, edit: index, field: "provider", reason: "unknown provider \"\(id)\"")
            }
            // Kept (jobs may name it in excludedProviders), but it takes no jobs.
            problem.providers[p].jobsPerDay = 0
        case let .objective(change):
            var w = problem.objective
            if let v = change.costPerKm { w.costPerKm = v }
            if let v = change.priorityPenalty { w.priorityPenalty = v }
            if let v = change.overtimeWeight { w.overtimeWeight = v }
            if let v = change.referralWeight { w.referralWeight = v }
            if let v = change.nonPreferredTechnician { w.nonPreferredTechnician = v }
            for (urgency, value) in change.unassignedPenalty { w.unassignedPenalty[urgency] = value }
            for (urgency, value) in change.latenessPerDay { w.latenessPerDay[urgency] = value }
            problem.objective = w
        }
    }
}

extension TravelModel {
    /// The same roads with every drive taking `factor` times as long.
    func slowed(by factor: Double) -> TravelModel {
        switch self {
        case let .haversine(roadFactor, speedKmh): .haversine(roadFactor: roadFactor, speedKmh: speedKmh / factor)
        case let .euclidean(speed): .euclidean(speed: speed / factor)
        case let .matrix(m): .matrix(TravelMatrix(durations: m.durations.map { $0.map { $0 * factor } }, distances: m.distances))
        }
    }
}
