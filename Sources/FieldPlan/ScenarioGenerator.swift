import FieldService
import Foundation

/// Makes realistic, valid and reproducible planning problems: a regional
/// home-services company around Grand Rapids, MI ("Northside Home Services")
/// on one or more days.
///
/// What a generated problem contains:
/// - a region whose radius grows with the number of jobs (about 15 km for a
///   dozen jobs, 25 km for 60, 50 km for 500, 80 km for 2000 and more), with
///   customers and technicians' homes drawn from real towns and districts in
///   proportion to their size, on real street names, never in Lake Michigan;
/// - six trades (`hvac`, `electrical`, `plumbing`, `gas`, `refrigeration`,
///   `appliance`) with levels 1-3: the first eight technicians are the
///   company's known crew, the others get a trade profile (HVAC, plumber,
///   electrician, appliance, refrigeration or all-rounder), an experience
///   level and the second skills that go with them;
/// - shifts 06:30-15:00 to 09:00-17:30 (some part-time 5-hour shifts; on
///   multi-day horizons weekends off except a Saturday rota, and a few days
///   off), a 30-minute lunch break inside 11:30-14:00 (or a shifted window)
///   for most, overtime allowances at time and a half, labour cost 35-60 per
///   hour by level, van stock, van cargo space (`capacity`, cubic feet) and a
///   daily vehicle cost (`fixedCost`), and a crew-wide overtime budget;
/// - a parts catalogue of 10-20 parts with depot stock close to the day's
///   needs, 2-3 suppliers and 1-3 partner providers;
/// - jobs from realistic templates per trade (text, required skills,
///   durations, parts, bulky equipment as `demand`), urgencies in the
///   proportions 3 % emergency, 15 % high, 60 % normal, 22 % low, 0-2 time
///   windows (all day, morning or afternoon, 2-hour slots; businesses before
///   opening or after the lunch rush), some service-plan priorities, preferred
///   and excluded technicians and about one confirmed (pinned) visit per 50 jobs;
/// - durations scaled so that service time plus an estimate of travel fills
///   about 80-88 % of the shift time: most jobs fit, but planning matters.
///   This holds for realistic ratios of about 4-9 jobs per technician-day;
///   the scaling stays within 0.55-1.35 of the typical durations, so far
///   fewer or far more jobs give an idle or an overbooked crew.
///
/// Every job has at least one qualified technician who works on one of its
/// days and is not excluded; pinned visits are reachable from the technician's
/// home at the start of the shift and end before lunch. The same settings and
/// seed give the same problem, and ``json(_:)`` gives the same bytes, on every
/// platform: the generator uses its own SplitMix64 random numbers and no
/// trigonometry.
///
/// ```swift
/// let problem = ScenarioGenerator(jobs: 500, technicians: 70, seed: 500).make()
/// try ScenarioGenerator.json(problem).write(to: URL(fileURLWithPath: "day-500.json"))
/// ```
public struct ScenarioGenerator: Sendable {
    /// Number of jobs (all days together).
    public var jobs: Int
    /// Number of technicians.
    public var technicians: Int
    /// Days in the horizon.
    public var days: Int
    /// Random seed: the same settings and seed give the same problem.
    public var seed: UInt64
    /// Calendar date of day 1; nil means ``defaultStartDate``.
    public var startDate: CivilDate?

    /// Monday 23 November 2026, the date of the bundled scenarios.
    public static let defaultStartDate = CivilDate(year: 2026, month: 11, day: 23)

    /// - Parameters:
    ///   - jobs: number of jobs, at least 0.
    ///   - technicians: number of technicians, at least 1 (less is raised to 1).
    ///   - days: days in the horizon, 1 to 366 (values outside are clamped).
    ///   - seed: the random seed.
    ///   - startDate: calendar date of day 1 (default: Monday 23 November 2026).
    public init(jobs: Int, technicians: Int, days: Int = 1, seed: UInt64, startDate: CivilDate? = nil) {
        self.jobs = jobs
        self.technicians = technicians
        self.days = days
        self.seed = seed
        self.startDate = startDate
    }

    /// The generated problem. It passes `validate()`.
    public func make() -> Problem {
        var builder = ScenarioBuilder(
            jobCount: max(0, jobs), technicianCount: max(1, technicians), days: min(366, max(1, days)), seed: seed,
            startDate: startDate ?? Self.defaultStartDate)
        return builder.build()
    }

    /// A problem as the JSON input format: pretty-printed, keys sorted, slashes
    /// not escaped, ending with a newline. Stable: equal problems give equal bytes.
    public static func json(_ problem: Problem) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(problem)
        data.append(0x0A)
        return data
    }

    /// The radius of the service region in km for a number of jobs: 25 km for
    /// 60 jobs, growing with the cube root of the count, between 12 and 80 km.
    public static func regionRadiusKm(jobs: Int) -> Double {
        min(80, max(12, 25 * cbrt(Double(max(1, jobs)) / 60)))
    }
}

/// Builds one problem; the steps live in the `ScenarioGenerator+*.swift` files.
struct ScenarioBuilder {
    let jobCount: Int
    let technicianCount: Int
    let days: Int
    let seed: UInt64
    let startDate: CivilDate?
    let radiusKm: Double
    let places: [Place]
    /// Travel model of the scenario: city streets in the metro area, more highway in a wide region.
    let roadFactor = 1.3
    let speedKmh: Double

    var parts: [Catalogue.PartSpec] = []
    var technicians: [Technician] = []
    var jobs: [Job] = []
    /// Template index of each job (for pins and notes).
    var jobTemplates: [Int] = []
    var usedNames = Set<String>()
    var usedTechnicianIDs = Set<String>()
    var usedBusinesses = Set<String>()
    /// Answers of `candidates(_:days:)`, by needs and days.
    var candidateCache: [String: [Int]] = [:]

    init(jobCount: Int, technicianCount: Int, days: Int, seed: UInt64, startDate: CivilDate?) {
        self.jobCount = jobCount
        self.technicianCount = technicianCount
        self.days = days
        self.seed = seed
        self.startDate = startDate
        radiusKm = ScenarioGenerator.regionRadiusKm(jobs: jobCount)
        places = Geography.places(within: radiusKm)
        speedKmh = radiusKm <= 30 ? 40 : 45
    }

    func random(_ salt: String) -> ScenarioRandom {
        ScenarioRandom(seed: seed, salt: salt)
    }

    mutating func build() -> Problem {
        var partsRandom = random("parts")
        chooseParts(using: &partsRandom)
        makeCrew()
        makeJobs()
        calibrateDurations()
        pinVisits()
        addPreferences()
        var stockRandom = random("stock")
        let depotStock = depotStock(using: &stockRandom)
        let suppliers = makeSuppliers(using: &stockRandom)
        let providers = makeProviders(using: &stockRandom)
        return Problem(
            name: scenarioName,
            horizon: Horizon(startDate: startDate, days: days),
            skills: Catalogue.skills,
            parts: parts.map { Part(id: $0.id, name: $0.name, unitCost: $0.unitCost) },
            depot: Depot(location: Geography.depot, stock: depotStock),
            suppliers: suppliers,
            providers: providers,
            technicians: technicians,
            jobs: jobs,
            travel: .haversine(roadFactor: roadFactor, speedKmh: speedKmh),
            objective: ObjectiveWeights(costPerKm: 0.65),
            overtimeBudget: overtimeBudget)
    }

    // MARK: - Calendar

    /// 0 = Sunday ... 6 = Saturday; day 1 counts as a Monday without a start date.
    func weekday(ofDay day: Int) -> Int {
        guard let startDate else { return (day - 1 + 1) % 7 }
        let n = startDate.dayNumber + day - 1 + 4   // 1970-01-01 was a Thursday
        return ((n % 7) + 7) % 7
    }

    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    func dateText(ofDay day: Int) -> String {
        let name = Self.weekdayNames[weekday(ofDay: day)]
        guard let date = startDate?.adding(days: day - 1), (1...12).contains(date.month) else { return "\(name), day \(day)" }
        return "\(name) \(date.day) \(Self.monthNames[date.month - 1]) \(date.year)"
    }

    var scenarioName: String {
        let area = radiusKm > 35 ? "West Michigan" : "Grand Rapids"
        let when = days == 1 ? dateText(ofDay: 1) : "\(days) days from \(dateText(ofDay: 1))"
        return "Northside Home Services, \(area): \(when)"
    }

    // MARK: - Parts

    mutating func chooseParts(using rng: inout ScenarioRandom) {
        let count = min(Catalogue.parts.count, max(10, 10 + jobCount / 150 + rng.int(0...2)))
        parts = Array(Catalogue.parts.prefix(count))
    }

    func hasPart(_ id: String) -> Bool { parts.contains { $0.id == id } }

    // MARK: - Overtime budget

    /// About a third of what the crew could work overtime, in half hours.
    var overtimeBudget: Minutes? {
        let allowance = technicians.reduce(0.0) { sum, t in
            sum + Double(t.shifts.count) * (t.overtime?.maxMinutes ?? 0)
        }
        guard allowance > 0 else { return nil }
        return max(60, (allowance * 0.35 / 30).rounded() * 30)
    }
}
