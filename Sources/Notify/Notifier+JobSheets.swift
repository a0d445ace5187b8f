import FieldService
import Schedule

/// Technicians' job sheets: one per technician and working day, with an iCalendar file.
extension Notifier {
    /// A job sheet per route, and an emptied one for each technician-day that had visits
    /// in `previous` but has none now.
    func jobSheets(_ schedule: Schedule, previous: Schedule?) -> [Message] {
        var result = schedule.routes.filter { !$0.visits.isEmpty }.map { jobSheet($0, schedule) }
        if let previous {
            let working = Set(schedule.routes.filter { !$0.visits.isEmpty }.map { "\($0.technician)#\($0.day)" })
            for route in previous.routes where !route.visits.isEmpty && !working.contains("\(route.technician)#\(route.day)") {
                result.append(jobSheet(Route(technician: route.technician, day: route.day, departure: route.departure,
                                             visits: [], breaks: [], returnTime: route.departure, returnTravelTime: 0,
                                             returnDistance: 0, travelTime: 0, distance: 0, overtime: 0, cost: 0),
                                       schedule))
            }
        }
        return result
    }

    func jobSheet(_ route: Route, _ schedule: Schedule) -> Message {
        let technician = techniciansByID[route.technician]
        let de = options.language.hasPrefix("de")
        let loading = schedule.loadingLists.first { $0.technician == route.technician && $0.day == route.day }
        // What a depot pick-up on the way collects is listed at that stop, not before departure.
        let pickups = route.pickups
        let collectedParts = Set(pickups.flatMap(\.items).map(\.part))
        let collectedTools = Set(pickups.flatMap(\.tools).map(\.tool))
        let ordered = Dictionary(grouping: schedule.purchaseOrders.flatMap { order in order.jobs.map { ($0, order) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        var visits: [MessageValue] = []
        var events: [ICalendar.Event] = []
        for (index, visit) in route.visits.enumerated() {
            if visit.isPickup {
                visits.append(.object(pickupFields(visit, number: index + 1, day: route.day)))
                if let date = problem.horizon.date(ofDay: route.day) {
                    events.append(pickupEvent(visit, route: route, date: date))
                }
                continue
            }
            let job = jobsByID[visit.job]
            // A crew's lead brings the job's parts and tools: the others' sheets list none.
            let brings = route.leads(visit)
            var parts: [MessageValue] = []
            for (part, quantity) in (brings ? job?.parts ?? [:] : [:]).sorted(by: { $0.key < $1.key }) where quantity > 0 {
                let stop = pickups.first { $0.items.contains { $0.part == part && $0.jobs.contains(visit.job) } }
                let atPickup = stop != nil
                let fromDepot = atPickup || (loading?.items.contains { $0.part == part && $0.jobs.contains(visit.job) } ?? false)
                var source = atPickup ? (de ? "Lager-Abholung" : "depot pick-up")
                    : fromDepot ? (de ? "Lager" : "depot") : (de ? "Fahrzeug" : "van")
                if let supplier = stop?.supplier {
                    // Bought at a supplier's counter on the way.
                    let name = problem.supplier(supplier)?.name ?? supplier
                    source = de ? "Einkauf bei \(name)" : "bought at \(name)'s counter"
                } else if let order = ordered[visit.job]?.first(where: { $0.part == part && $0.counterTechnician == nil }) {
                    source += de ? ", bestellt, Lieferung \(dateText(order.arrivalDay))" : ", ordered, arrives \(dateText(order.arrivalDay))"
                }
                parts.append(.object(["quantity": .number(Double(quantity)), "part": .string(part),
                                      "name": .string(partName(part)), "source": .string(source)]))
            }
            let tools: [MessageValue] = Array(Set(brings ? job?.requiredTools ?? [] : [])).sorted().map { tool in
                let atPickup = pickups.contains { $0.tools.contains { $0.tool == tool } }
                let borrowed = atPickup || (loading?.tools.contains { $0.tool == tool } ?? false)
                let source = atPickup ? (de ? "Lager-Abholung, geliehen" : "depot pick-up, borrowed")
                    : borrowed ? (de ? "Lager, geliehen" : "depot, borrowed") : (de ? "Fahrzeug" : "van")
                return .object(["tool": .string(tool), "name": .string(toolName(tool)), "source": .string(source)])
            }
            var fields: [String: MessageValue] = [
                "number": .number(Double(index + 1)),
                "pickup": .bool(false),
                "job": .string(visit.job),
                "arrival": .string(clock(visit.arrival, day: route.day)),
                "start": .string(clock(visit.start, day: route.day)),
                "end": .string(clock(visit.end, day: route.day)),
                "customerName": .string(job?.customer.name ?? ""),
                "description": .string(job?.description ?? ""),
                "skills": .string(Self.skillsText(job?.requiredSkills ?? [:])),
                "urgency": .string(job?.urgency.rawValue ?? ""),
                "parts": .list(parts),
                "tools": .list(tools),
            ]
            if let phone = job?.customer.phone { fields["phone"] = .string(phone) }
            if let address = job?.location.address { fields["address"] = .string(address) }
            // A crew visit: `crew` (true), `crewWith` (the other members) and `crewLead`;
            // not set for a job done alone.
            let crewLine = crewLine(visit, route: route)
            if let crewLine {
                fields["crew"] = .bool(true)
                fields["crewWith"] = .string(crewLine.with)
                fields["crewLead"] = .string(crewLine.lead)
                fields["crewLeads"] = .bool(brings)
            }
            visits.append(.object(fields))
            if let date = problem.horizon.date(ofDay: route.day), let job {
                let partsLine = parts.isEmpty ? nil : parts.compactMap { p in
                    guard let q = p["quantity"], let n = p["name"]?.string, let s = p["source"]?.string else { return nil }
                    return "\(q.mustacheContext) x \(n) (\(s))"
                }.joined(separator: "; ")
                events.append(calendarEvent(visit, route: route, date: date, job: job, partsLine: partsLine,
                                            crewLine: crewLine.map(crewText)))
            }
        }
        let load: [MessageValue] = (loading?.items ?? []).filter { !collectedParts.contains($0.part) }.map { item in
            .object(["quantity": .number(Double(item.quantity)), "part": .string(item.part), "name": .string(partName(item.part)),
                     "jobs": .string(item.jobs.joined(separator: ", "))])
        }
        let borrow: [MessageValue] = (loading?.tools ?? []).filter { !collectedTools.contains($0.tool) }.map { item in
            .object(["tool": .string(item.tool), "name": .string(toolName(item.tool)), "jobs": .string(item.jobs.joined(separator: ", "))])
        }
        let jobCount = route.jobVisits.count
        let data: [String: MessageValue] = [
            "technician": .string(route.technician),
            "technicianName": .string(technician?.name ?? route.technician),
            "technicianFirstName": .string(Self.firstName(technician?.name ?? route.technician)),
            "date": .string(dateText(route.day)),
            "day": .number(Double(route.day)),
            "departure": .string(clock(route.departure, day: route.day)),
            "returnTime": .string(clock(route.returnTime, day: route.day)),
            "visitCount": .number(Double(jobCount)),
            "visitCountText": .string(de
                ? "\(jobCount) \(jobCount == 1 ? "Einsatz" : "Einsätze")"
                : "\(jobCount) \(jobCount == 1 ? "visit" : "visits")"),
            "visits": .list(visits),
            "hasVisits": .bool(jobCount > 0),
            "loading": .list(load),
            "hasLoading": .bool(!load.isEmpty),
            "borrow": .list(borrow),
            "hasBorrow": .bool(!borrow.isEmpty),
            "breaks": .list(route.breaks.map { .string("\(clock($0.start, day: route.day))-\(clock($0.end, day: route.day))") }),
        ]
        var attachments: [Attachment] = []
        if let date = problem.horizon.date(ofDay: route.day), let stamp = problem.horizon.date(ofDay: 0) {
            let calendar = ICalendar(name: "\(technician?.name ?? route.technician), \(date)", stamp: stamp, events: events)
            attachments.append(Attachment(filename: "\(route.technician)-\(date).ics", mediaType: "text/calendar",
                                          content: calendar.text))
        }
        return message("job_sheet", entity: "\(route.technician)-day\(route.day)", recipient: route.technician,
                       channel: channel(for: technician?.contact ?? Contact(), textable: true), data: data,
                       attachments: attachments)
    }

    /// The template fields of a depot pick-up stop: its times, the depot's address, the
    /// parts to collect and the tools to borrow, each with the jobs they are for.
    func pickupFields(_ visit: Visit, number: Int, day: Int) -> [String: MessageValue] {
        var fields: [String: MessageValue] = [
            "number": .number(Double(number)),
            "pickup": .bool(true),
            "job": .string(visit.job),
            "arrival": .string(clock(visit.arrival, day: day)),
            "start": .string(clock(visit.start, day: day)),
            "end": .string(clock(visit.end, day: day)),
            "collect": .list(visit.items.map { item in
                .object(["quantity": .number(Double(item.quantity)), "part": .string(item.part),
                         "name": .string(partName(item.part)), "jobs": .string(item.jobs.joined(separator: ", "))])
            }),
            "borrowTools": .list(visit.tools.map { item in
                .object(["tool": .string(item.tool), "name": .string(toolName(item.tool)),
                         "jobs": .string(item.jobs.joined(separator: ", "))])
            }),
        ]
        if let address = (visit.location ?? problem.depot.location)?.address { fields["address"] = .string(address) }
        // A stop at a supplier's counter names the supplier; the parts are bought there.
        if let supplier = visit.supplier { fields["counter"] = .string(problem.supplier(supplier)?.name ?? supplier) }
        return fields
    }

    /// The calendar event of a depot pick-up: what to collect and borrow.
    func pickupEvent(_ visit: Visit, route: Route, date: CivilDate) -> ICalendar.Event {
        let dayStart = Minutes(route.day - 1) * minutesPerDay
        let de = options.language.hasPrefix("de")
        let location = visit.location ?? problem.depot.location
        var lines = visit.items.map { "\($0.quantity) x \(partName($0.part)) (\($0.jobs.joined(separator: ", ")))" }
        lines += visit.tools.map { "\(de ? "Ausleihen" : "Borrow"): \(toolName($0.tool)) (\($0.jobs.joined(separator: ", ")))" }
        var coordinates: (Double, Double)?
        if case .haversine = problem.travel, let location { coordinates = (location.latitude, location.longitude) }
        return ICalendar.Event(
            uid: "\(visit.job)-\(route.technician)-\(date)@fieldplan", date: date,
            start: visit.start - dayStart, end: visit.end - dayStart,
            summary: visit.supplier.map { id in
                let name = problem.supplier(id)?.name ?? id
                return de ? "Einkauf an der Theke von \(name)" : "Counter pick-up at \(name)"
            } ?? (de ? "Lager-Abholung" : "Depot pick-up"), location: location?.address,
            latitude: coordinates?.0, longitude: coordinates?.1,
            description: lines.joined(separator: "\n"))
    }

    /// The other members and the lead of a crew visit on `route` (full names), or nil
    /// for a job done alone.
    func crewLine(_ visit: Visit, route: Route) -> (with: String, lead: String)? {
        guard visit.crew.count > 1, let lead = visit.crew.first else { return nil }
        let others = visit.crew.filter { $0 != route.technician }.map { techniciansByID[$0]?.name ?? $0 }
        let and = options.language.hasPrefix("de") ? "und" : "and"
        let with = others.count > 1 ? others.dropLast().joined(separator: ", ") + " \(and) " + (others.last ?? "")
            : others.first ?? ""
        return (with, techniciansByID[lead]?.name ?? lead)
    }

    /// `Crew: with Ben Baker (lead: Anna Smith)` (`Team: mit … (Leitung: …)`).
    func crewText(_ line: (with: String, lead: String)) -> String {
        options.language.hasPrefix("de") ? "Team: mit \(line.with) (Leitung: \(line.lead))"
            : "Crew: with \(line.with) (lead: \(line.lead))"
    }

    /// The calendar event of one visit: the job's description, the customer and phone,
    /// the skills, for a crew the crew line and, on job sheets, the parts (the lead's).
    func calendarEvent(_ visit: Visit, route: Route, date: CivilDate, job: Job?, partsLine: String?,
                       crewLine: String? = nil) -> ICalendar.Event {
        let dayStart = Minutes(route.day - 1) * minutesPerDay
        var lines: [String] = []
        if let description = job?.description { lines.append(description) }
        if let job { lines.append("\(job.customer.name)\(job.customer.phone.map { ", \($0)" } ?? "")") }
        if let skills = job?.requiredSkills, !skills.isEmpty { lines.append(Self.skillsText(skills)) }
        if let crewLine { lines.append(crewLine) }
        if let partsLine { lines.append(partsLine) }
        return ICalendar.Event(
            uid: "\(visit.job)-\(route.technician)-\(date)@fieldplan", date: date,
            start: visit.start - dayStart, end: visit.end - dayStart,
            summary: "\(visit.job): \(job?.customer.name ?? "")", location: job?.location.address,
            latitude: job.flatMap(geo)?.0, longitude: job.flatMap(geo)?.1,
            description: lines.joined(separator: "\n"))
    }

    /// Coordinates for a calendar's GEO line: only real latitudes and longitudes (the
    /// haversine travel model), not plane or matrix coordinates.
    func geo(_ job: Job) -> (Double, Double)? {
        guard case .haversine = problem.travel else { return nil }
        return (job.location.latitude, job.location.longitude)
    }

    /// Every technician's calendar for the plan: one file per technician with all their
    /// visits over the horizon (for `--ics DIR`), keyed by file name. Empty without a
    /// start date (iCalendar needs real dates).
    public func calendars(for schedule: Schedule) -> [String: String] {
        guard let stamp = problem.horizon.date(ofDay: 0) else { return [:] }
        var result: [String: String] = [:]
        for technician in problem.technicians {
            var events: [ICalendar.Event] = []
            for route in schedule.routes where route.technician == technician.id {
                guard let date = problem.horizon.date(ofDay: route.day) else { continue }
                for visit in route.visits {
                    events.append(visit.isPickup ? pickupEvent(visit, route: route, date: date)
                        : calendarEvent(visit, route: route, date: date, job: jobsByID[visit.job], partsLine: nil,
                                        crewLine: crewLine(visit, route: route).map(crewText)))
                }
            }
            guard !events.isEmpty else { continue }
            result["\(technician.id).ics"] = ICalendar(name: technician.name, stamp: stamp, events: events).text
        }
        return result
    }
}
