import FieldService

/// The technicians: the company's known crew first, then generated ones.
extension ScenarioBuilder {
    struct CrewMember: Sendable {
        let id: String
        let name: String
        let skills: [(String, Int)]
        let start: Int
        let end: Int
        let lunch: (Int, Int)?
        let latitude: Double
        let longitude: Double
        let home: String
        let costPerHour: Double
        let overtime: (Int, Double)
        let van: [(String, Int)]
        let phone: String
        let capacity: Double
        let fixedCost: Double
    }

    /// Northside's senior crew, as in `Scenarios/small.json` (plus Grace, the appliance specialist).
    static let knownCrew: [CrewMember] = [
        CrewMember(id: "t-mara", name: "Mara Kowalski", skills: [("hvac", 3), ("gas", 3), ("refrigeration", 2), ("electrical", 1)],
                   start: 450, end: 960, lunch: (690, 840), latitude: 43.0386, longitude: -85.6703, home: "Comstock Park, MI",
                   costPerHour: 52, overtime: (90, 78), van: [("cap-45-5", 2), ("ign-hsi", 1), ("flame-sensor", 1)],
                   phone: "(616) 555-0121", capacity: 45, fixedCost: 72),
        CrewMember(id: "t-deshawn", name: "DeShawn Porter", skills: [("electrical", 3), ("hvac", 1)],
                   start: 450, end: 960, lunch: (690, 840), latitude: 42.9414, longitude: -85.6100,
                   home: "East Grand Rapids, MI", costPerHour: 48, overtime: (60, 72),
                   van: [("breaker-20a", 4), ("gfci-20a", 2), ("smoke-co", 2)],
                   phone: "(616) 555-0122", capacity: 30, fixedCost: 58),
        CrewMember(id: "t-luis", name: "Luis Ortega", skills: [("plumbing", 3), ("gas", 2)],
                   start: 480, end: 990, lunch: (690, 840), latitude: 42.9134, longitude: -85.7053, home: "Wyoming, MI",
                   costPerHour: 46, overtime: (90, 69), van: [("wh-element", 1), ("fill-valve", 2), ("thermocouple", 2)],
                   phone: "(616) 555-0123", capacity: 45, fixedCost: 70),
        CrewMember(id: "t-hannah", name: "Hannah Visser", skills: [("hvac", 2), ("electrical", 2), ("refrigeration", 3)],
                   start: 420, end: 930, lunch: (660, 810), latitude: 42.9072, longitude: -85.7920, home: "Jenison, MI",
                   costPerHour: 50, overtime: (60, 75), van: [("cap-45-5", 1), ("defrost-timer", 1), ("hard-start", 1)],
                   phone: "(616) 555-0124", capacity: 45, fixedCost: 72),
        CrewMember(id: "t-ben", name: "Ben Okafor", skills: [("plumbing", 2), ("hvac", 1)],
                   start: 480, end: 990, lunch: (690, 840), latitude: 42.8695, longitude: -85.6447, home: "Kentwood, MI",
                   costPerHour: 41, overtime: (60, 61.5), van: [("fill-valve", 1)],
                   phone: "(616) 555-0125", capacity: 45, fixedCost: 66),
        CrewMember(id: "t-rosa", name: "Rosa Martinez", skills: [("electrical", 2), ("plumbing", 1)],
                   start: 540, end: 1050, lunch: (720, 870), latitude: 43.0014, longitude: -85.7681, home: "Walker, MI",
                   costPerHour: 44, overtime: (90, 66), van: [("gfci-20a", 1), ("breaker-20a", 2)],
                   phone: "(616) 555-0126", capacity: 30, fixedCost: 58),
        CrewMember(id: "t-tyler", name: "Tyler Brink", skills: [("hvac", 1), ("plumbing", 1), ("electrical", 1)],
                   start: 450, end: 960, lunch: (690, 840), latitude: 43.1200, longitude: -85.5600, home: "Rockford, MI",
                   costPerHour: 38, overtime: (60, 57), van: [],
                   phone: "(616) 555-0127", capacity: 30, fixedCost: 55),
        CrewMember(id: "t-grace", name: "Grace Huizenga", skills: [("appliance", 3), ("refrigeration", 1), ("electrical", 1)],
                   start: 480, end: 990, lunch: (690, 840), latitude: 42.9097, longitude: -85.7631, home: "Grandville, MI",
                   costPerHour: 45, overtime: (60, 67.5), van: [("drain-pump", 1), ("dryer-element", 1), ("bake-element", 1)],
                   phone: "(616) 555-0128", capacity: 45, fixedCost: 68),
    ]

    /// A trade profile for generated technicians.
    struct Profile: Sendable {
        let skill: String
        let share: Double
        /// Second skills: name, probability, highest level.
        let extras: [(String, Double, Int)]
    }

    static let profiles: [Profile] = [
        Profile(skill: "hvac", share: 0.28, extras: [("gas", 0.7, 3), ("electrical", 0.5, 1), ("refrigeration", 0.25, 2)]),
        Profile(skill: "plumbing", share: 0.22, extras: [("gas", 0.6, 2), ("hvac", 0.25, 1), ("electrical", 0.15, 1)]),
        Profile(skill: "electrical", share: 0.20, extras: [("hvac", 0.2, 1), ("appliance", 0.2, 1), ("plumbing", 0.1, 1)]),
        Profile(skill: "appliance", share: 0.12, extras: [("electrical", 0.6, 1), ("refrigeration", 0.4, 1), ("plumbing", 0.3, 1)]),
        Profile(skill: "refrigeration", share: 0.08, extras: [("hvac", 0.8, 2), ("electrical", 0.7, 1)]),
        Profile(skill: "all-round", share: 0.10, extras: []),
    ]

    /// Shift start and end (minutes after midnight) with weights, and the lunch window that goes with it.
    static let shiftPatterns: [(start: Int, end: Int, weight: Double, lunch: (Int, Int))] = [
        (420, 930, 0.20, (660, 810)),    // 07:00-15:30, lunch 11:00-13:30
        (450, 960, 0.35, (690, 840)),    // 07:30-16:00, lunch 11:30-14:00
        (480, 990, 0.30, (690, 840)),    // 08:00-16:30, lunch 11:30-14:00
        (390, 900, 0.05, (660, 810)),    // 06:30-15:00, lunch 11:00-13:30
        (540, 1050, 0.10, (720, 870)),   // 09:00-17:30, lunch 12:00-14:30
    ]

    mutating func makeCrew() {
        var rng = random("crew")
        var dayOffRandom = random("days-off")
        technicians = []
        usedNames.formUnion(Self.knownCrew.map(\.name))
        for index in 0..<technicianCount {
            let technician = index < Self.knownCrew.count
                ? knownTechnician(Self.knownCrew[index], using: &dayOffRandom)
                : generatedTechnician(number: index + 1, using: &rng, dayOff: &dayOffRandom)
            technicians.append(technician)
        }
        coverEveryDay()
    }

    func knownTechnician(_ m: CrewMember, using rng: inout ScenarioRandom) -> Technician {
        let shifts = workingDays(start: m.start, end: m.end, partTime: false, dayOffRate: 0.03,
                                 saturday: m.id == "t-luis" || m.id == "t-deshawn", using: &rng)
        let first = m.name.split(separator: " ").first.map(String.init) ?? m.name
        let last = m.name.split(separator: " ").dropFirst().joined(separator: "")
        return Technician(
            id: m.id, name: m.name, skills: Dictionary(uniqueKeysWithValues: m.skills), shifts: shifts,
            lunchBreak: m.lunch.map { BreakRule(start: Minutes($0.0), end: Minutes($0.1), duration: 30) },
            start: Location(latitude: m.latitude, longitude: m.longitude, address: m.home),
            costPerHour: m.costPerHour,
            overtime: Overtime(maxMinutes: Minutes(m.overtime.0), costPerHour: m.overtime.1),
            vanStock: Dictionary(uniqueKeysWithValues: m.van.filter { hasPart($0.0) }),
            contact: Contact(phone: m.phone, email: "\(Self.slug(first)).\(Self.slug(last))@northside-home.example.com"),
            capacity: m.capacity, fixedCost: m.fixedCost)
    }

    mutating func generatedTechnician(number: Int, using rng: inout ScenarioRandom,
                                      dayOff: inout ScenarioRandom) -> Technician {
        let (first, last) = uniqueName(using: &rng)
        let id = technicianID(first: first, last: last)
        // Trade and experience.
        let profile = rng.pick(Self.profiles) { $0.share } ?? Self.profiles[0]
        let experience = rng.unit()
        let level = experience < 0.30 ? 3 : experience < 0.75 ? 2 : 1
        var skills: [String: Int] = [:]
        if profile.skill == "all-round" {
            for s in ["hvac", "plumbing", "electrical"] { skills[s] = level == 3 && rng.chance(0.5) ? 2 : 1 }
            if rng.chance(0.5) { skills["appliance"] = 1 }
        } else {
            skills[profile.skill] = level
            for (extra, p, top) in profile.extras where rng.chance(p) {
                skills[extra] = max(1, min(top, level - rng.int(0...1)))
            }
        }
        // Shift, lunch, pay.
        let partTime = technicianCount >= 5 && rng.chance(0.08)
        let pattern = rng.pick(Self.shiftPatterns) { $0.weight } ?? Self.shiftPatterns[1]
        let (start, end) = partTime ? (rng.chance(0.5) ? (480, 780) : (660, 960)) : (pattern.start, pattern.end)
        let lunch: BreakRule? = partTime || rng.chance(0.05)
            ? nil : BreakRule(start: Minutes(pattern.lunch.0), end: Minutes(pattern.lunch.1), duration: 30)
        let baseCost: Double = switch level {
        case 3: rng.double(50, 60)
        case 2: rng.double(42, 50)
        default: rng.double(35, 42)
        }
        let cost = (baseCost * 2).rounded() / 2
        let overtime: Overtime? = partTime || rng.chance(0.15)
            ? nil : Overtime(maxMinutes: Minutes(rng.pick([30, 60, 60, 90, 90, 120]) ?? 60), costPerHour: cost * 1.5)
        // Home and van.
        let place = rng.pick(places) { $0.weight } ?? places[0]
        let home = Geography.point(in: place, using: &rng)
        var van: [String: Int] = [:]
        for part in parts where part.vanStock && skills[part.skill] != nil && rng.chance(0.55) {
            van[part.id] = part.unitCost <= 30 ? rng.int(1...3) : 1
        }
        let fullSize = rng.chance(0.65)
        let shifts = workingDays(start: start, end: end, partTime: partTime, dayOffRate: 0.06,
                                 saturday: rng.chance(0.2), using: &dayOff)
        return Technician(
            id: id, name: "\(first) \(last)", skills: skills, shifts: shifts, lunchBreak: lunch,
            start: Location(latitude: home.latitude, longitude: home.longitude, address: "\(place.city), MI"),
            costPerHour: cost, overtime: overtime, vanStock: van,
            contact: Contact(phone: phone(areaCode: "616", using: &rng),
                             email: "\(Self.slug(first)).\(Self.slug(last))@northside-home.example.com"),
            capacity: fullSize ? 45 : 30,
            fixedCost: fullSize ? Double(rng.int(64...80)) : Double(rng.int(52...62)))
    }

    /// The shifts over the horizon. A one-day horizon is a working day for
    /// everyone; longer horizons follow the calendar (weekdays, a Saturday
    /// rota 08:00-13:00, Sundays off) with a few days off.
    func workingDays(start: Int, end: Int, partTime: Bool, dayOffRate: Double, saturday: Bool,
                     using rng: inout ScenarioRandom) -> [Shift] {
        guard days > 1 else {
            return [Shift(day: 1, start: Minutes(start), end: Minutes(end))]
        }
        var shifts: [Shift] = []
        for day in 1...days {
            let offToday = rng.chance(dayOffRate)
            switch weekday(ofDay: day) {
            case 1...5:
                if !offToday {
                    shifts.append(Shift(day: day, start: absoluteTime(day: day, clock: Minutes(start)),
                                        end: absoluteTime(day: day, clock: Minutes(end))))
                }
            case 6 where saturday && !partTime:
                shifts.append(Shift(day: day, start: absoluteTime(day: day, clock: 480), end: absoluteTime(day: day, clock: 780)))
            default:
                break
            }
        }
        if shifts.isEmpty {
            shifts.append(Shift(day: 1, start: Minutes(start), end: Minutes(end)))
        }
        return shifts
    }

    /// Gives a day nobody works (a Sunday) an on-call shift, 09:00-14:00, so
    /// that every day of the horizon has someone.
    mutating func coverEveryDay() {
        guard days > 1, !technicians.isEmpty else { return }
        for day in 1...days where !technicians.contains(where: { $0.shift(onDay: day) != nil }) {
            let index = (day - 1) % technicians.count
            technicians[index].shifts.append(
                Shift(day: day, start: absoluteTime(day: day, clock: 540), end: absoluteTime(day: day, clock: 840)))
            technicians[index].shifts.sort { $0.day < $1.day }
        }
    }

    // MARK: - Names

    /// A name not used by another technician; the known crew's first names
    /// are left to them (customers ask for "Mara" or "Luis" by first name).
    mutating func uniqueName(using rng: inout ScenarioRandom) -> (String, String) {
        let knownFirstNames = Set(Self.knownCrew.compactMap { $0.name.split(separator: " ").first.map(String.init) })
        for _ in 0..<50 {
            let first = rng.pick(Catalogue.firstNames) ?? "Alex"
            let last = rng.pick(Catalogue.lastNames) ?? "Smith"
            if !knownFirstNames.contains(first), usedNames.insert("\(first) \(last)").inserted { return (first, last) }
        }
        let first = rng.pick(Catalogue.firstNames) ?? "Alex"
        let last = (rng.pick(Catalogue.lastNames) ?? "Smith") + "-" + (rng.pick(Catalogue.lastNames) ?? "Jones")
        usedNames.insert("\(first) \(last)")
        return (first, last)
    }

    mutating func technicianID(first: String, last: String) -> String {
        for candidate in ["t-\(Self.slug(first))", "t-\(Self.slug(first))-\(Self.slug(last))"]
        where !usedTechnicianIDs.contains(candidate) && !Self.knownCrew.contains(where: { $0.id == candidate }) {
            usedTechnicianIDs.insert(candidate)
            return candidate
        }
        var n = 2
        while usedTechnicianIDs.contains("t-\(Self.slug(first))-\(Self.slug(last))-\(n)") { n += 1 }
        let id = "t-\(Self.slug(first))-\(Self.slug(last))-\(n)"
        usedTechnicianIDs.insert(id)
        return id
    }

    /// Lower-case ASCII letters and digits only (for ids and e-mail addresses).
    static func slug(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// A fictional number for a person: `(AAA) 555-0100` to `555-0179`
    /// (the company and its partners use 0180-0199).
    func phone(areaCode: String, using rng: inout ScenarioRandom) -> String {
        let n = rng.int(0...79)
        return "(\(areaCode)) 555-01\(n < 10 ? "0" : "")\(n)"
    }
}
