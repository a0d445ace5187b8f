import FieldService
import Foundation

/// The customer requests: urgency, trade, place, customer, windows, parts.
extension ScenarioBuilder {
    /// Target shares of emergency, high, normal and low jobs.
    static let urgencyShares: [(Urgency, Double)] = [(.emergency, 0.03), (.high, 0.15), (.normal, 0.60), (.low, 0.22)]

    /// Start-of-service windows as clock minutes.
    static let allDay = (480, 960)          // 08:00-16:00
    static let morning = (480, 720)         // 08:00-12:00
    static let afternoon = (720, 960)       // 12:00-16:00
    static let slots = [(480, 600), (600, 720), (720, 840), (840, 960)]   // 2-hour appointment slots
    static let beforeOpening = (450, 600)   // 07:30-10:00, businesses
    static let afterLunchRush = (840, 960)  // 14:00-16:00, businesses

    /// Exactly the target proportions (largest remainder), in random order.
    func urgencyPlan(using rng: inout ScenarioRandom) -> [Urgency] {
        let exact = Self.urgencyShares.map { Double(jobCount) * $0.1 }
        var counts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(counts[$0]), -$0) > (exact[$1] - Double(counts[$1]), -$1) }
        for k in 0..<(jobCount - counts.reduce(0, +)) { counts[order[k % order.count]] += 1 }
        var plan: [Urgency] = []
        for (index, share) in Self.urgencyShares.enumerated() {
            plan += Array(repeating: share.0, count: counts[index])
        }
        rng.shuffle(&plan)
        return plan
    }

    /// The kind of visit behind a request of this urgency.
    func kind(for urgency: Urgency, using rng: inout ScenarioRandom) -> Catalogue.Kind {
        let u = rng.unit()
        switch urgency {
        case .emergency: return .emergency
        case .high: return u < 0.25 ? .emergency : .repair
        case .normal: return u < 0.65 ? .repair : u < 0.85 ? .install : .maintenance
        case .low: return u < 0.7 ? .maintenance : .install
        }
    }

    /// Minutes of shift per skill, each technician's time split over their skills by level.
    func skillSupply() -> [String: Double] {
        var supply: [String: Double] = [:]
        for t in technicians {
            let minutes = t.shifts.reduce(0) { $0 + ($1.end - $1.start) }
            let levels = Double(t.skills.values.reduce(0, +))
            guard levels > 0 else { continue }
            for (skill, level) in t.skills { supply[skill, default: 0] += minutes * Double(level) / levels }
        }
        return supply
    }

    /// Technicians (indices) with every needed skill who work on a day in
    /// `range`. Skills and shifts are fixed once the crew is made, so answers are kept.
    mutating func candidates(_ needs: [(String, Int)], days range: ClosedRange<Int>) -> [Int] {
        let key = needs.map { "\($0.0)\($0.1)" }.sorted().joined(separator: ",") + "|\(range.lowerBound)-\(range.upperBound)"
        if let known = candidateCache[key] { return known }
        let found = technicians.indices.filter { i in
            let t = technicians[i]
            return needs.allSatisfy { (t.skills[$0.0] ?? 0) >= $0.1 } && t.shifts.contains { range.contains($0.day) }
        }
        candidateCache[key] = found
        return found
    }

    /// The needs, made satisfiable: drop second skills, then lower the level,
    /// then widen the days, until someone can do the job.
    mutating func relax(_ needs: [(String, Int)], days range: ClosedRange<Int>) -> (needs: [(String, Int)], days: ClosedRange<Int>) {
        for trialRange in [range, 1...days] {
            var trial = needs
            while !trial.isEmpty {
                if !candidates(trial, days: trialRange).isEmpty { return (trial, trialRange) }
                if trial.count > 1 {
                    trial.removeLast()
                } else if trial[0].1 > 1 {
                    trial[0].1 -= 1
                } else {
                    break
                }
            }
        }
        return ([], 1...days)
    }

    static func needs(of job: Job) -> [(String, Int)] {
        job.requiredSkills.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func dayRange(of job: Job) -> ClosedRange<Int> {
        let first = job.earliestDay ?? 1
        return first...max(first, job.latestDay ?? days)
    }

    // MARK: - Jobs

    mutating func makeJobs() {
        var rng = random("jobs")
        let urgencies = urgencyPlan(using: &rng)
        let supply = skillSupply()
        let totalSupply = supply.values.reduce(0, +)
        let dayWeights = (1...days).map { day in
            technicians.reduce(0.0) { sum, t in sum + (t.shift(onDay: day).map { $0.end - $0.start } ?? 0) }
        }
        jobs = []
        jobTemplates = []
        for (index, urgency) in urgencies.enumerated() {
            let kind = kind(for: urgency, using: &rng)
            // Trade: half the season's demand, half what the crew can do.
            let usable = Catalogue.skills.filter { skill in
                (supply[skill] ?? 0) > 0 && Catalogue.templates.contains { $0.skill == skill && $0.kind == kind }
            }
            let pool = usable.isEmpty ? Catalogue.skills.filter { (supply[$0] ?? 0) > 0 } : usable
            let skill = rng.pick(pool) { s in
                0.5 * (Catalogue.demandShare[s] ?? 0) + 0.5 * (supply[s] ?? 0) / max(1, totalSupply)
            } ?? "hvac"
            let fitting = Catalogue.templates.indices.filter {
                Catalogue.templates[$0].skill == skill && Catalogue.templates[$0].kind == kind
            }
            let fallback = Catalogue.templates.indices.filter { Catalogue.templates[$0].skill == skill }
            let templateIndex = rng.pick(fitting.isEmpty ? fallback : fitting) ?? 0
            let template = Catalogue.templates[templateIndex]

            // Days the job may be done on (multi-day horizons only).
            var first = 1
            var last = days
            if days > 1 {
                first = (rng.index(weights: dayWeights) ?? 0) + 1
                switch urgency {
                case .emergency: last = first
                case .high: last = min(days, first + 1)
                case .normal: last = rng.chance(0.6) ? min(days, first + 3) : days
                case .low: last = days
                }
            }
            let relaxed = relax(template.needs, days: first...last)

            // Place and customer.
            let place = rng.pick(places) { $0.weight } ?? places[0]
            let point = Geography.point(in: place, using: &rng)
            let street = rng.pick(place.streets) ?? "Main St"
            let zip = rng.pick(place.zips) ?? "49503"
            let address = "\(rng.int(100...6999)) \(street), \(place.city), MI \(zip)"
            let business = rng.chance(template.business)
            let customer = makeCustomer(business: business, food: template.skill == "refrigeration",
                                        areaCode: place.areaCode, using: &rng)

            // Windows, parts, priority, text.
            let windows = timeWindows(urgency: urgency, business: business, needs: relaxed.needs,
                                      days: relaxed.days, using: &rng)
            var parts: [String: Int] = [:]
            if rng.chance(template.partChance) {
                for (part, quantity) in template.parts where hasPart(part) { parts[part] = quantity }
            }
            var notes: [String] = []
            var priority: Int?
            if business, rng.chance(0.5) {
                priority = 3
                notes.append("Commercial account.")
            } else if !business, urgency != .emergency, rng.chance(0.08) {
                priority = 2
                notes.append("Service-plan member.")
            }
            if urgency == .emergency, !business, rng.chance(0.5) {
                notes.append(rng.pick(Catalogue.emergencyNotes) ?? "")
            } else if rng.chance(0.25) {
                let note = rng.pick(Catalogue.notes) ?? ""
                notes.append(note.replacingOccurrences(of: "{code}", with: String(rng.int(1000...9999))))
            }
            let text = ([template.text] + notes).joined(separator: " ")

            jobs.append(Job(
                id: "J-\(1001 + index)", customer: customer,
                location: Location(latitude: point.latitude, longitude: point.longitude, address: address),
                duration: Minutes(rng.pick(template.minutes) ?? 60),
                requiredSkills: Dictionary(uniqueKeysWithValues: relaxed.needs), timeWindows: windows,
                urgency: urgency, priority: priority, parts: parts,
                earliestDay: days > 1 && relaxed.days.lowerBound > 1 ? relaxed.days.lowerBound : nil,
                latestDay: days > 1 && relaxed.days.upperBound < days ? relaxed.days.upperBound : nil,
                description: text, demand: template.bulk))
            jobTemplates.append(templateIndex)
        }
    }

    /// A household, or a business (a restaurant or shop for refrigeration
    /// work); each business appears once until all have been used.
    mutating func makeCustomer(business: Bool, food: Bool, areaCode: String, using rng: inout ScenarioRandom) -> Customer {
        let first = rng.pick(Catalogue.firstNames) ?? "Pat"
        let last = rng.pick(Catalogue.lastNames) ?? "Smith"
        let phone = phone(areaCode: areaCode, using: &rng)
        let u = rng.unit()
        var channel: Channel = u < 0.40 ? .sms : u < 0.75 ? .email : .phone
        if business {
            let names = food ? Catalogue.foodBusinesses : Catalogue.businesses
            let fresh = names.filter { !usedBusinesses.contains($0) }
            let company = rng.pick(fresh.isEmpty ? names : fresh) ?? "Corner Store"
            usedBusinesses.insert(company)
            return Customer(name: "\(company) (\(first) \(last))", phone: phone,
                            email: "office@\(Self.slug(company)).example.com", preferredChannel: rng.chance(0.6) ? .phone : .email)
        }
        var name = "\(first) \(last)"
        if rng.chance(0.05), let partner = rng.pick(Catalogue.firstNames), partner != first {
            name = "\(first) and \(partner) \(last)"
        }
        var email: String?
        if rng.chance(0.85) {
            let domain = rng.pick(["example.com", "example.com", "example.net", "example.org"]) ?? "example.com"
            let local = switch rng.int(0...2) {
            case 0: "\(Self.slug(first)).\(Self.slug(last))"
            case 1: "\(Self.slug(String(first.prefix(1)))).\(Self.slug(last))"
            default: "\(Self.slug(first))\(Self.slug(last))\(rng.int(10...99))"
            }
            email = "\(local)@\(domain)"
        } else if channel == .email {
            channel = .sms
        }
        return Customer(name: name, phone: phone, email: email, preferredChannel: channel)
    }

    /// 0-2 windows for the start of service, on days someone qualified works;
    /// a window that meets no qualified technician's shift is left out.
    mutating func timeWindows(urgency: Urgency, business: Bool, needs: [(String, Int)], days range: ClosedRange<Int>,
                              using rng: inout ScenarioRandom) -> [TimeWindow] {
        let qualified = candidates(needs, days: range)
        let workdays = range.filter { day in qualified.contains { technicians[$0].shift(onDay: day) != nil } }
        guard let day = rng.pick(workdays) else { return [] }
        var clocks: [(day: Int, window: (Int, Int))] = []
        let u = rng.unit()
        if urgency == .emergency {
            if u < 0.5 { clocks = [(day, Self.allDay)] }
        } else if business {
            if u < 0.4 {
                clocks = [(day, Self.beforeOpening), (day, Self.afterLunchRush)]
            } else if u < 0.7 {
                clocks = [(day, (450, 660))]
            }
        } else if u < 0.18 {
            clocks = []
        } else if u < 0.45 {
            clocks = [(day, Self.allDay)]
        } else if u < 0.62 {
            clocks = [(day, Self.morning)]
        } else if u < 0.75 {
            clocks = [(day, Self.afternoon)]
        } else if u < 0.95 {
            clocks = [(day, rng.pick(Self.slots) ?? Self.morning)]
        } else {
            let other = rng.pick(workdays) ?? day
            let a = rng.int(0...1)
            let b = a == 0 ? rng.int(2...3) : 3   // a morning and an afternoon slot, not adjacent
            clocks = other == day
                ? [(day, Self.slots[a]), (day, Self.slots[b])]
                : [(min(day, other), Self.slots[a]), (max(day, other), Self.slots[b])]
        }
        return clocks.compactMap { item in
            let w = TimeWindow(start: absoluteTime(day: item.day, clock: Minutes(item.window.0)),
                               end: absoluteTime(day: item.day, clock: Minutes(item.window.1)))
            let meets = qualified.contains { i in
                technicians[i].shifts.contains { s in
                    s.start <= w.end && w.start <= s.end + (technicians[i].overtime?.maxMinutes ?? 0)
                }
            }
            return meets ? w : nil
        }
    }

    // MARK: - Workload

    /// Scales the drawn durations (keeping them in 15-minute steps within
    /// 30-180) so that service plus estimated travel fills 80-88 % of the
    /// technicians' shift time net of lunch.
    mutating func calibrateDurations() {
        guard !jobs.isEmpty else { return }
        var rng = random("load")
        let target = rng.double(0.80, 0.88)
        let capacity = netShiftMinutes
        let travel = Double(jobs.count) * estimatedTravelPerJob
        let wanted = max(30 * Double(jobs.count), target * capacity - travel)
        let drawn = jobs.reduce(0.0) { $0 + $1.duration }
        let scale = min(1.35, max(0.55, wanted / max(1, drawn)))
        for i in jobs.indices {
            let scaled = (jobs[i].duration * scale / 15).rounded() * 15
            jobs[i].duration = min(180, max(30, scaled))
        }
    }

    /// Shift minutes of all technician-days, less lunch breaks on days long enough to have one.
    var netShiftMinutes: Double {
        technicians.reduce(0.0) { sum, t in
            sum + t.shifts.reduce(0.0) { s, shift in
                let length = shift.end - shift.start
                return s + length - (length >= 360 ? (t.lunchBreak?.duration ?? 0) : 0)
            }
        }
    }

    /// Minutes of driving per job in a good plan, estimated from the area the
    /// jobs cover (5 km grid cells), the technician-days and the road speed: a
    /// route through a technician's share of the area (Beardwood-Halton-Hammersley),
    /// doubled for skills that keep technicians out of each other's territories
    /// and half as long again for time windows.
    var estimatedTravelPerJob: Double {
        var cells = Set<Int>()
        for job in jobs {
            let x = Int(((job.location.longitude - Geography.centerLongitude) * Geography.kmPerDegreeLongitude / 5)
                .rounded(.down))
            let y = Int(((job.location.latitude - Geography.centerLatitude) * Geography.kmPerDegreeLatitude / 5)
                .rounded(.down))
            cells.insert((x + 1000) * 10_000 + (y + 1000))
        }
        let techDays = Double(technicians.reduce(0) { $0 + $1.shifts.count })
        let workingDays = Double((1...days).filter { d in technicians.contains { $0.shift(onDay: d) != nil } }.count)
        guard techDays > 0, workingDays > 0 else { return 0 }
        let area = Double(cells.count) * 25
        let perTechnicianArea = area * workingDays / techDays
        let jobsPerRoute = Double(jobs.count) / techDays
        let legKm = roadFactor * 1.5 * 0.7124 * (2 * perTechnicianArea / (jobsPerRoute + 1)).squareRoot()
        let perJob = legKm * (jobsPerRoute + 1) / max(1, jobsPerRoute) / speedKmh * 60
        return min(60, perJob)
    }

    // MARK: - Confirmed visits, wishes

    /// About one confirmed visit per 50 jobs: a normal or high job of at most
    /// two hours, on the qualified technician living nearest, starting on the
    /// half hour (08:00 or later) once the technician can be there and ending by 12:00 (so
    /// lunch still fits), at most one per technician-day.
    mutating func pinVisits() {
        var rng = random("pins")
        let wanted = jobCount >= 8 ? max(1, jobCount / 50) : 0
        guard wanted > 0 else { return }
        var order = Array(jobs.indices)
        rng.shuffle(&order)
        var taken = Set<Int>()   // technician index * 1000 + day
        var made = 0
        for j in order where made < wanted {
            let job = jobs[j]
            guard job.urgency == .normal || job.urgency == .high, job.duration <= 120,
                  !job.customer.name.contains("(") else { continue }
            let range = dayRange(of: job)
            let nearest = candidates(Self.needs(of: job), days: range)
                .sorted { Geography.km(technicians[$0].start, job.location) < Geography.km(technicians[$1].start, job.location) }
                .prefix(3)
            search: for t in nearest {
                for shift in technicians[t].shifts where range.contains(shift.day) && !taken.contains(t * 1000 + shift.day) {
                    let dayStart = absoluteTime(day: shift.day, clock: 0)
                    let drive = Geography.km(technicians[t].start, job.location) * roadFactor / speedKmh * 60
                    let clock = max(480, ((shift.start - dayStart + drive + 10) / 30).rounded(.up) * 30)
                    guard clock + job.duration <= 720, clock + job.duration <= shift.end - dayStart else { continue }
                    let windowStart = (clock / 60).rounded(.down) * 60
                    jobs[j].timeWindows = [TimeWindow(start: dayStart + windowStart, end: dayStart + windowStart + 120)]
                    jobs[j].pinned = PinnedAssignment(technician: technicians[t].id, day: shift.day, start: dayStart + clock)
                    jobs[j].description = (job.description ?? "") + " Confirmed with the customer for \(formatClock(clock))."
                    for (part, quantity) in job.parts {
                        technicians[t].vanStock[part] = max(technicians[t].vanStock[part] ?? 0, quantity)
                    }
                    taken.insert(t * 1000 + shift.day)
                    made += 1
                    break search
                }
            }
        }
    }

    /// About 7 % of jobs ask for a technician by name (one of the nearest
    /// qualified), about 3 % refuse one (only when two or more others qualify).
    mutating func addPreferences() {
        var rng = random("preferences")
        for j in jobs.indices where jobs[j].pinned == nil && jobs[j].urgency != .emergency {
            let job = jobs[j]
            let qualified = candidates(Self.needs(of: job), days: dayRange(of: job))
            let u = rng.unit()
            if u < 0.07 {
                let near = qualified
                    .sorted { Geography.km(technicians[$0].start, job.location) < Geography.km(technicians[$1].start, job.location) }
                    .prefix(3)
                guard let t = rng.pick(Array(near)) else { continue }
                jobs[j].preferredTechnicians = [technicians[t].id]
                jobs[j].description = (job.description ?? "")
                    + " Customer asked for \(technicians[t].firstName) again (serviced the system last time)."
            } else if u < 0.10, qualified.count >= 3, let t = rng.pick(qualified) {
                jobs[j].excludedTechnicians = [technicians[t].id]
                jobs[j].description = (job.description ?? "") + " Customer asked for a different technician than last visit."
            }
        }
    }

    // MARK: - Parts situation

    /// Depot stock close to the jobs' needs: some parts short, most covered.
    func depotStock(using rng: inout ScenarioRandom) -> [String: Int] {
        var stock: [String: Int] = [:]
        for part in parts {
            let needed = jobs.reduce(0) { $0 + ($1.parts[part.id] ?? 0) }
            let base = Int((Double(needed) * rng.double(0.6, 1.2)).rounded())
            stock[part.id] = base + (part.vanStock ? rng.int(0...3) : rng.int(0...1))
        }
        return stock
    }

    func makeSuppliers(using rng: inout ScenarioRandom) -> [Supplier] {
        let count = jobCount >= 100 || rng.chance(0.5) ? 3 : 2
        let chosen = Array(Catalogue.suppliers.prefix(count))
        var offers = Array(repeating: [SupplierOffer](), count: chosen.count)
        for part in parts {
            var sellers = chosen.indices.filter { chosen[$0].skills.contains(part.skill) }
            if sellers.isEmpty { sellers = [0] }
            for (k, s) in sellers.enumerated() where k == 0 || rng.chance(0.5) {
                let price = (part.unitCost * rng.double(0.82, 0.95) * 20).rounded() / 20
                offers[s].append(SupplierOffer(part: part.id, unitCost: price))
            }
        }
        return chosen.indices.map { i in
            let s = chosen[i]
            return Supplier(id: s.id, name: s.name, offers: offers[i], leadTimeDays: s.leadTimeDays,
                            orderCutoff: s.orderCutoff, contact: Contact(phone: s.phone, email: s.email))
        }
    }

    func makeProviders(using rng: inout ScenarioRandom) -> [Provider] {
        let count = jobCount < 20 ? 1 : jobCount < 150 ? 2 : 3
        var others = Array(Catalogue.providers.dropFirst())
        rng.shuffle(&others)
        let chosen = Array(([Catalogue.providers[0]] + others).prefix(count))
        let center = Location(latitude: Geography.centerLatitude, longitude: Geography.centerLongitude)
        return chosen.map { p in
            let radius = max(20, (radiusKm * rng.double(0.5, 0.9)).rounded())
            let perDay = min(12, max(2, jobCount / days / 40)) + rng.int(0...1)
            return Provider(id: p.id, name: p.name, skills: Dictionary(uniqueKeysWithValues: p.skills),
                            serviceArea: ServiceArea(center: center, radiusKm: radius), costPerJob: p.costPerJob,
                            jobsPerDay: perDay, rating: p.rating, contact: Contact(phone: p.phone, email: p.email))
        }
    }
}
