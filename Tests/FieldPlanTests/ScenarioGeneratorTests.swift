import FieldPlan
import Foundation
import Testing

/// A generator setting for parameterised tests.
struct GeneratorSize: Sendable, CustomTestStringConvertible {
    let jobs: Int
    let technicians: Int
    let days: Int
    let seed: UInt64

    var testDescription: String { "\(jobs) jobs, \(technicians) technicians, \(days) day(s), seed \(seed)" }

    var generator: ScenarioGenerator {
        ScenarioGenerator(jobs: jobs, technicians: technicians, days: days, seed: seed)
    }
}

/// The repository root: three levels above this file.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Scenario generator")
struct ScenarioGeneratorTests {
    static let sizes = [
        GeneratorSize(jobs: 0, technicians: 1, days: 1, seed: 1),
        GeneratorSize(jobs: 1, technicians: 1, days: 1, seed: 2),
        GeneratorSize(jobs: 14, technicians: 7, days: 1, seed: 3),
        GeneratorSize(jobs: 60, technicians: 10, days: 1, seed: 4),
        GeneratorSize(jobs: 60, technicians: 10, days: 1, seed: 5),
        GeneratorSize(jobs: 40, technicians: 3, days: 1, seed: 6),
        GeneratorSize(jobs: 200, technicians: 6, days: 5, seed: 7),
        GeneratorSize(jobs: 120, technicians: 4, days: 7, seed: 8),
        GeneratorSize(jobs: 300, technicians: 45, days: 2, seed: 9),
        GeneratorSize(jobs: 500, technicians: 70, days: 1, seed: 10),
    ]

    @Test("generated problems are valid and have the requested size", arguments: sizes)
    func validAndSized(size: GeneratorSize) throws {
        let problem = size.generator.make()
        let issues = problem.validate()
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
        #expect(problem.jobs.count == size.jobs)
        #expect(problem.technicians.count == size.technicians)
        #expect(problem.horizon.days == size.days)
        #expect(problem.horizon.startDate == CivilDate(year: 2026, month: 11, day: 23))
        #expect(Set(problem.jobs.map(\.id)).count == size.jobs)
        #expect(Set(problem.technicians.map(\.id)).count == size.technicians)
    }

    @Test("every job can be staffed, and every pinned visit is consistent", arguments: sizes)
    func staffable(size: GeneratorSize) throws {
        let problem = size.generator.make()
        for job in problem.jobs {
            let first = job.earliestDay ?? 1
            let last = job.latestDay ?? problem.horizon.days
            let able = problem.technicians.filter { t in
                job.isQualified(t) && !job.excludedTechnicians.contains(t.id)
                    && t.shifts.contains { (first...last).contains($0.day) }
            }
            #expect(!able.isEmpty, "nobody can do \(job.id)")
            #expect(job.duration >= 30 && job.duration <= 180 && job.duration.truncatingRemainder(dividingBy: 15) == 0)
            if let pin = job.pinned {
                let technician = try #require(problem.technician(pin.technician))
                #expect(job.isQualified(technician))
                #expect(technician.shift(onDay: pin.day) != nil)
                #expect(job.timeWindows.contains { $0.contains(pin.start) })
                #expect(pin.start + job.duration <= absoluteTime(day: pin.day, clock: 12 * 60))
                for (part, quantity) in job.parts { #expect((technician.vanStock[part] ?? 0) >= quantity) }
            }
        }
    }

    @Test("places lie on land within the region", arguments: sizes)
    func regional(size: GeneratorSize) {
        let problem = size.generator.make()
        let center = Location(latitude: 42.9634, longitude: -85.6681)
        let radius = ScenarioGenerator.regionRadiusKm(jobs: size.jobs)
        for place in problem.jobs.map(\.location) + problem.technicians.map(\.start) {
            #expect(TravelModel.greatCircleKm(center, place) <= radius + 5)
            #expect(place.longitude > -86.2, "in Lake Michigan: \(place)")
        }
    }

    @Test("encoding and loading gives the problem back", arguments: sizes)
    func roundTrip(size: GeneratorSize) throws {
        let problem = size.generator.make()
        #expect(try Problem.load(json: ScenarioGenerator.json(problem)) == problem)
    }

    @Test("the same seed gives identical JSON")
    func reproducible() throws {
        for size in Self.sizes {
            #expect(try ScenarioGenerator.json(size.generator.make()) == ScenarioGenerator.json(size.generator.make()))
        }
    }

    @Test("different seeds give different problems")
    func seedsDiffer() throws {
        let a = ScenarioGenerator(jobs: 60, technicians: 10, seed: 1).make()
        let b = ScenarioGenerator(jobs: 60, technicians: 10, seed: 2).make()
        #expect(try ScenarioGenerator.json(a) != ScenarioGenerator.json(b))
        #expect(a.jobs.map(\.location) != b.jobs.map(\.location))
    }

    @Test("urgencies come in the proportions 3/15/60/22 %")
    func urgencyMix() {
        let problem = ScenarioGenerator(jobs: 1000, technicians: 130, seed: 11).make()
        let counts = Dictionary(grouping: problem.jobs, by: \.urgency).mapValues(\.count)
        let targets: [Urgency: Double] = [.emergency: 0.03, .high: 0.15, .normal: 0.60, .low: 0.22]
        for (urgency, share) in targets {
            #expect(abs(Double(counts[urgency] ?? 0) / 1000 - share) <= 0.01, "\(urgency): \(counts[urgency] ?? 0)")
        }
        let day = ScenarioGenerator(jobs: 60, technicians: 10, seed: 12).make()
        #expect(day.jobs.contains { $0.urgency == .emergency })
    }

    @Test("service time fills most, not all, of the shift time", arguments: [
        GeneratorSize(jobs: 60, technicians: 10, days: 1, seed: 13),
        GeneratorSize(jobs: 500, technicians: 70, days: 1, seed: 14),
        GeneratorSize(jobs: 300, technicians: 10, days: 5, seed: 15),
    ])
    func workload(size: GeneratorSize) {
        let problem = size.generator.make()
        let service = problem.jobs.reduce(0.0) { $0 + $1.duration }
        let net = problem.technicians.reduce(0.0) { sum, t in
            sum + t.shifts.reduce(0.0) { $0 + ($1.end - $1.start) - (t.lunchBreak?.duration ?? 0) }
        }
        let share = service / net
        #expect(share > 0.55 && share < 0.9, "service fills \(share) of the shift time")
    }

    @Test("a realistic day has the features dispatchers deal with")
    func features() {
        let problem = ScenarioGenerator(jobs: 500, technicians: 70, seed: 16).make()
        #expect(problem.jobs.filter { $0.pinned != nil }.count == 10)
        #expect(problem.jobs.contains { !$0.preferredTechnicians.isEmpty })
        #expect(problem.jobs.contains { !$0.excludedTechnicians.isEmpty })
        #expect(problem.jobs.contains { !$0.parts.isEmpty })
        #expect(problem.jobs.contains { $0.timeWindows.isEmpty })
        #expect(problem.jobs.contains { $0.timeWindows.count == 2 })
        #expect((10...20).contains(problem.parts.count))
        #expect((2...3).contains(problem.suppliers.count))
        #expect((1...3).contains(problem.providers.count))
        #expect(problem.technicians.contains { $0.lunchBreak == nil })
        #expect(problem.technicians.allSatisfy { (35...60).contains($0.costPerHour) })
        #expect(Set(problem.jobs.flatMap(\.requiredSkills.keys)) == Set(problem.skills ?? []))
        #expect(problem.jobs.allSatisfy { $0.customer.phone?.contains("555-01") == true })
    }

    @Test("multi-day horizons have weekends and days off")
    func calendar() {
        let problem = ScenarioGenerator(jobs: 300, technicians: 10, days: 7, seed: 17).make()
        // 23 November 2026 is a Monday: days 6 and 7 are the weekend.
        let weekday = problem.technicians.filter { $0.shift(onDay: 2) != nil }.count
        let sunday = problem.technicians.filter { $0.shift(onDay: 7) != nil }.count
        #expect(weekday >= 8)
        #expect(sunday >= 1 && sunday <= 2)
        #expect(problem.jobs.contains { ($0.earliestDay ?? 1) > 1 })
    }

    @Test("times are written as HH:MM")
    func readableTimes() throws {
        let text = String(decoding: try ScenarioGenerator.json(ScenarioGenerator(jobs: 20, technicians: 3, seed: 18).make()),
                          as: UTF8.self)
        #expect(text.contains("\"11:30\""))
        #expect(text.contains("\"day\""))
        #expect(text.hasSuffix("}\n"))
    }
}

@Suite("Bundled scenarios")
struct BundledScenarioTests {
    static func files(in folder: String) -> [String] {
        let url = repositoryRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    static let all = files(in: "Scenarios") + files(in: "Scenarios/large")

    @Test("the bundled scenarios are there")
    func present() {
        for name in ["Scenarios/small.json", "Scenarios/tomorrow.json", "Scenarios/week-start.json",
                     "Scenarios/large/day-500.json", "Scenarios/large/day-2000.json", "Scenarios/large/week-1500.json"] {
            #expect(Self.all.contains(name), "missing \(name)")
        }
    }

    @Test("every bundled scenario loads and validates", arguments: all)
    func loads(file: String) throws {
        let problem = try Problem.load(json: Data(contentsOf: repositoryRoot.appendingPathComponent(file)))
        #expect(!problem.technicians.isEmpty)
    }

    @Test("tomorrow is a realistic day with every feature")
    func tomorrow() throws {
        let problem = try Problem.load(json: Data(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/tomorrow.json")))
        #expect(problem.horizon.days == 1)
        #expect((50...70).contains(problem.jobs.count))
        #expect((8...12).contains(problem.technicians.count))
        #expect(problem.jobs.contains { $0.pinned != nil })
        #expect(problem.jobs.contains { $0.urgency == .emergency })
        #expect(problem.jobs.contains { !$0.preferredTechnicians.isEmpty })
        #expect(problem.jobs.contains { !$0.excludedTechnicians.isEmpty })
        #expect(problem.jobs.contains { !$0.parts.isEmpty })
    }

    @Test("tomorrow and week-start exercise parts orders and partners")
    func partsAndPartners() throws {
        for (file, days) in [("Scenarios/tomorrow.json", 1), ("Scenarios/week-start.json", 3)] {
            let problem = try Problem.load(json: Data(contentsOf: repositoryRoot.appendingPathComponent(file)))
            #expect(problem.horizon.days == days)
            #expect(problem.horizon.orderTime != nil && problem.referralBudget != nil, "\(file)")
            // A skill only a partner has.
            #expect(problem.jobs.contains { job in
                !problem.technicians.contains(where: job.isQualified)
                    && problem.providers.contains { p in job.requiredSkills.allSatisfy { (p.skills[$0.key] ?? 0) >= $0.value } }
            }, "\(file)")
            // Van stock, and a part that the vans and the depot cannot cover for every job needing it.
            #expect(problem.technicians.contains { !$0.vanStock.isEmpty })
            let need = problem.jobs.reduce(into: [String: Int]()) { total, job in
                for (part, quantity) in job.parts { total[part, default: 0] += quantity }
            }
            #expect(need.contains { part, quantity in quantity > problem.depot.stock[part, default: 0] }, "\(file)")
        }
    }

    @Test("week-start: the emergency waits for its ordered heater, a partner takes a sewer job, the budget binds")
    func weekStartPlan() throws {
        let problem = try Problem.load(json: Data(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/week-start.json")))
        var options = PlanOptions(timeLimit: 120, seed: 1, iterations: 300)
        options.bound = PlanOptions.Bound.none
        let schedule = try FieldPlan.optimize(problem, options: options)
        #expect(FieldPlan.check(schedule, for: problem).isEmpty)
        let heater = schedule.routes.first { $0.visits.contains { $0.job == "J-2001" } }
        #expect(heater?.day == 3)
        #expect(schedule.purchaseOrders.contains { $0.part == "wh-gas-40" && $0.arrivalDay == 3 && $0.jobs == ["J-2001"] })
        #expect(schedule.referrals.contains { $0.job == "J-2002" && $0.reason == .noSkill })
        #expect(schedule.unassigned.contains { $0.reason == .budget })
        #expect(schedule.referrals.reduce(0) { $0 + $1.cost } <= 400)
    }

    /// The `fieldplan generate` commands written in `Scenarios/large/README.md`.
    static func documentedCommands() throws -> [(generator: ScenarioGenerator, output: String)] {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("Scenarios/large/README.md"), encoding: .utf8)
        return readme.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "fieldplan generate ") else { return nil }
            let words = line[range.upperBound...].split(separator: " ").map(String.init)
            var options: [String: String] = [:]
            for (i, word) in words.enumerated() where word.hasPrefix("--") && i + 1 < words.count {
                options[word] = words[i + 1]
            }
            guard let jobs = options["--jobs"].flatMap({ Int($0) }),
                  let technicians = options["--technicians"].flatMap({ Int($0) }),
                  let seed = options["--seed"].flatMap({ UInt64($0) }),
                  let output = options["--output"]?.trimmingCharacters(in: CharacterSet(charactersIn: "`")) else { return nil }
            let days = options["--days"].flatMap { Int($0) } ?? 1
            return (ScenarioGenerator(jobs: jobs, technicians: technicians, days: days, seed: seed), output)
        }
    }

    @Test("the large scenarios are exactly what their documented commands generate")
    func regenerates() throws {
        let commands = try Self.documentedCommands()
        #expect(Set(commands.map(\.output)) == Set(["Scenarios/large/day-500.json", "Scenarios/large/day-2000.json",
                                                   "Scenarios/large/week-1500.json"]))
        for command in commands {
            let checkedIn = try Data(contentsOf: repositoryRoot.appendingPathComponent(command.output))
            #expect(try ScenarioGenerator.json(command.generator.make()) == checkedIn, "\(command.output) differs")
        }
    }
}
