import FieldService
import Schedule

/// Appointment confirmations, changes and cancellations.
extension Notifier {
    /// A visit as a customer sees it.
    struct Appointment: Equatable {
        var job: String
        var technician: String
        var day: Int
        var arrival: Minutes
        var windowStart: Minutes
        var windowEnd: Minutes
        /// The crew's technicians (ids), the lead first; empty for a job done alone.
        var crew: [String] = []

        /// Who comes, as the customer knows it: the technician, or the crew as a set (a
        /// new lead within the same crew is no change for the customer).
        var who: String { crew.count > 1 ? crew.sorted().joined(separator: "+") : technician }
    }

    /// One visit per job the plan places, with its route: the visit of the technician
    /// who answers for it (working alone, or a crew's lead; see `Route.leads`). A crew
    /// job is on every member's route, but the customer hears of it once. A crew whose
    /// lead has no visit (a hand-made plan) answers by its first visit found.
    static func answeringVisits(_ schedule: Schedule) -> [(route: Route, visit: Visit)] {
        var result: [(route: Route, visit: Visit)] = []
        var seen: Set<String> = []
        for route in schedule.routes {
            for visit in route.ledVisits where seen.insert(visit.job).inserted { result.append((route, visit)) }
        }
        for route in schedule.routes {
            for visit in route.jobVisits where seen.insert(visit.job).inserted { result.append((route, visit)) }
        }
        return result
    }

    /// The visits of a plan by job, with their arrival windows (depot pick-ups are no
    /// appointments). A crew job is one appointment, by its lead's visit.
    func appointments(in schedule: Schedule) -> [String: Appointment] {
        var result: [String: Appointment] = [:]
        for (route, visit) in Self.answeringVisits(schedule) {
            // Customers are told when the technician will be at the door: the start of
            // work (a technician who gets there early waits for the customer's hours).
            let window = ArrivalWindow.around(visit.start, width: options.arrivalWindowMinutes,
                                              within: problem.job(visit.job)?.timeWindows ?? [])
            result[visit.job] = Appointment(job: visit.job, technician: route.technician, day: route.day,
                                            arrival: visit.start, windowStart: window.start, windowEnd: window.end,
                                            crew: visit.crew)
        }
        return result
    }

    /// Confirmations for new visits, changes for moved ones (another day or technician,
    /// or an arrival outside the window the customer was told), cancellations for visits
    /// the plan no longer has; in job order. One message per job: a crew job by its
    /// lead's visit, and another crew (other members, not only another lead) is a change.
    func appointments(_ schedule: Schedule, previous: Schedule?) -> [Message] {
        let now = appointments(in: schedule)
        let before = previous.map(appointments(in:)) ?? [:]
        let referred = Set(schedule.referrals.map(\.job))
        var result: [Message] = []
        for job in problem.jobs {
            if let current = now[job.id] {
                if let old = before[job.id] {
                    if ArrivalWindow.needsNotice(from: (old.who, old.day, old.arrival),
                                                 to: (current.who, current.day, current.arrival),
                                                 width: options.arrivalWindowMinutes, within: job.timeWindows) {
                        result.append(change(job, from: old, to: current))
                    }
                } else {
                    result.append(confirmation(job, current))
                }
            } else if let old = before[job.id] {
                result.append(cancellation(job, old, referred: referred.contains(job.id)))
            }
        }
        return result
    }

    func appointmentData(_ job: Job, _ visit: Appointment, prefix: String = "") -> [String: MessageValue] {
        let technician = techniciansByID[visit.technician]
        // `date`, or `previousDate` with a prefix.
        func key(_ name: String) -> String { prefix.isEmpty ? name : prefix + name.prefix(1).uppercased() + name.dropFirst() }
        var fields: [String: MessageValue] = [
            key("date"): .string(dateText(visit.day)),
            key("day"): .number(Double(visit.day)),
            key("windowStart"): .string(clock(visit.windowStart, day: visit.day)),
            key("windowEnd"): .string(clock(visit.windowEnd, day: visit.day)),
            key("technicianFirstName"): .string(Self.firstName(technician?.name ?? visit.technician)),
        ]
        // A crew: `crew` (true) and `crewNames` ("Anna and Ben"); not set for a job done
        // alone, so that its data (and message id) stay as they were.
        if visit.crew.count > 1 {
            fields[key("crew")] = .bool(true)
            fields[key("crewNames")] = .string(crewNames(visit.crew))
        }
        return fields
    }

    /// The first names of a crew, lead first: `Anna and Ben`, `Anna, Ben and Carl`
    /// (`und` in German).
    func crewNames(_ crew: [String]) -> String {
        let names = crew.map { Self.firstName(techniciansByID[$0]?.name ?? $0) }
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        let and = options.language.hasPrefix("de") ? "und" : "and"
        return names.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    func customerData(_ job: Job) -> [String: MessageValue] {
        var data: [String: MessageValue] = [
            "job": .string(job.id),
            "customerName": .string(job.customer.name),
            "description": .string(job.description ?? job.requiredSkills.keys.sorted().joined(separator: ", ")),
        ]
        if let address = job.location.address { data["address"] = .string(address) }
        return data
    }

    func confirmation(_ job: Job, _ visit: Appointment) -> Message {
        var data = customerData(job).merging(appointmentData(job, visit)) { a, _ in a }
        data["prepare"] = .list(preparation(job).map(MessageValue.string))
        return message("appointment_confirmation", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                       data: data)
    }

    func change(_ job: Job, from old: Appointment, to new: Appointment) -> Message {
        var data = customerData(job).merging(appointmentData(job, new)) { a, _ in a }
        data.merge(appointmentData(job, old, prefix: "previous")) { a, _ in a }
        data["prepare"] = .list(preparation(job).map(MessageValue.string))
        return message("appointment_change", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                       data: data)
    }

    func cancellation(_ job: Job, _ old: Appointment, referred: Bool) -> Message {
        var data = customerData(job).merging(appointmentData(job, old, prefix: "previous")) { a, _ in a }
        data["referred"] = .bool(referred)
        return message("appointment_cancellation", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                       data: data)
    }

    /// What the customer should prepare, by the trades the job needs.
    func preparation(_ job: Job) -> [String] {
        let german = options.language.hasPrefix("de")
        var hints: [String] = []
        for skill in job.requiredSkills.keys.sorted() {
            if let hint = (german ? Self.hintsDE : Self.hintsEN)[skill], !hints.contains(hint) { hints.append(hint) }
        }
        hints.append(german ? "Eine erwachsene Person sollte zu Hause sein und uns hereinlassen."
                            : "Someone aged 18 or over should be home to let us in.")
        return hints
    }

    static let hintsEN: [String: String] = [
        "hvac": "Please clear the way to the furnace or indoor unit and the thermostat.",
        "plumbing": "Please clear the area around the fixture, the water heater or under the sink.",
        "electrical": "Please make sure the breaker panel can be reached.",
        "gas": "Please keep the gas meter and the appliance's shut-off valve accessible.",
        "refrigeration": "Please clear the space around the unit and note any error codes it shows.",
        "appliance": "Please empty the appliance if you can and note its model number.",
        "sewer": "Please show us the cleanout or the floor drain nearest to the problem.",
    ]

    static let hintsDE: [String: String] = [
        "hvac": "Bitte machen Sie den Weg zur Heizung oder Inneneinheit und zum Thermostat frei.",
        "plumbing": "Bitte räumen Sie den Bereich um die Armatur, den Warmwasserspeicher oder unter der Spüle frei.",
        "electrical": "Bitte sorgen Sie dafür, dass der Sicherungskasten erreichbar ist.",
        "gas": "Bitte halten Sie den Gaszähler und das Absperrventil des Geräts zugänglich.",
        "refrigeration": "Bitte machen Sie um das Gerät Platz und notieren Sie angezeigte Fehlercodes.",
        "appliance": "Bitte leeren Sie das Gerät nach Möglichkeit und notieren Sie die Modellnummer.",
        "sewer": "Bitte zeigen Sie uns die Revisionsöffnung oder den nächstgelegenen Bodenablauf.",
    ]
}
