import Checker
import FieldService
import Foundation
import Notify
import Planner
import Schedule
import Testing
import WhatIf

/// Re-planning a published day after changes.
@Suite("Re-planning with minimal disruption")
struct ReplanTests {
    static func smallDay() throws -> Problem {
        try Problem.load(json: Data(contentsOf: WhatIfRunnerTests.root.appendingPathComponent("Scenarios/small.json")))
    }

    static let options: PlanOptions = {
        var options = PlanOptions(timeLimit: 60, seed: 1, iterations: 300)
        options.bound = .none
        return options
    }()

    static func published(_ problem: Problem) -> Schedule { EnginePlanner(options: options).plan(problem) }

    func expectChecked(_ result: ReplanResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = FeasibilityChecker(problem: result.problem).check(result.schedule)
        #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Visits by job: technician, day, start.
    static func visits(_ schedule: Schedule) -> [String: (technician: String, day: Int, start: Minutes)] {
        var result: [String: (String, Int, Minutes)] = [:]
        for route in schedule.routes { for v in route.visits { result[v.job] = (route.technician, route.day, v.start) } }
        return result
    }

    @Test("a late technician shifts only the visits that must move; everything else stays as told")
    func lateTechnician() throws {
        let problem = try Self.smallDay()
        let published = Self.published(problem)
        let route = try #require(published.routes.filter { $0.visits.count >= 3 }.first)
        let now = route.visits[0].start + 1   // the first visit is under way
        let replanner = Replanner(options: Self.options, policy: ReplanPolicy(arrivalWindowMinutes: 120, changePenalty: 200))
        let result = try replanner.replan(problem: problem, published: published,
                                          changes: [.technicianLate(technician: route.technician, minutes: 40)], now: now)
        expectChecked(result)
        #expect(result.frozen.contains(route.visits[0].job))
        let before = Self.visits(published), after = Self.visits(result.schedule)
        // The visit under way keeps its technician and start.
        let first = try #require(after[route.visits[0].job])
        #expect(first.technician == route.technician && first.start == route.visits[0].start)
        // Only that technician's appointments can need a change; every other customer keeps
        // technician, day and told window.
        let hers = Set(route.visits.map(\.job))
        for change in result.changes { #expect(hers.contains(change.job), "\(change.job) changed: \(change.reason)") }
        for (job, old) in before where !hers.contains(job) && old.start >= now {
            guard let new = after[job] else { continue }
            let told = published.routes.flatMap(\.visits).first { $0.job == job }?.arrival ?? old.start
            let arrival = result.schedule.routes.flatMap(\.visits).first { $0.job == job }?.arrival ?? new.start
            let window = ArrivalWindow.around(told, width: 120, within: problem.job(job)?.timeWindows ?? [])
            #expect(new.technician == old.technician && new.day == old.day && new.start >= min(window.start, old.start) - 1e-6
                        && new.start <= max(window.end, old.start) + 1e-6, "\(job) moved although its technician is on time (arrival \(arrival))")
        }
        // Her later visits start no earlier than 40 minutes after the planned end of the visit under way.
        for visit in route.visits.dropFirst() {
            if let new = after[visit.job], new.technician == route.technician {
                #expect(new.start >= route.visits[0].end + 40 - 1e-6)
            }
        }
    }

    @Test("frozen visits never move, and nothing new starts before now (random changes)", arguments: 0..<8)
    func frozenNeverMove(seed: Int) throws {
        let problem = try Self.smallDay()
        let published = Self.published(problem)
        var rng = SplitMix(seed: UInt64(seed) &+ 11)
        let starts = published.routes.flatMap(\.visits).map(\.start).sorted()
        let now = starts[Int(rng.next() % UInt64(starts.count))] + Minutes(rng.next() % 30)
        var changes: [ReplanChange] = []
        let technicians = problem.technicians.map(\.id)
        let open = published.routes.flatMap(\.visits).filter { $0.start >= now }.map(\.job)
        for _ in 0..<3 {
            switch rng.next() % 4 {
            case 0: changes.append(.technicianLate(technician: technicians[Int(rng.next() % UInt64(technicians.count))],
                                                   minutes: Minutes(rng.next() % 90)))
            case 1: if let job = open.randomElement(using: &rng) { changes.append(.edit(.jobCancelled(job: job))) }
            case 2: if let job = open.randomElement(using: &rng) { changes.append(.edit(.jobUrgency(job: job, urgency: .emergency))) }
            default: if let job = open.randomElement(using: &rng) { changes.append(.edit(.jobDuration(job: job, minutes: nil, factor: 1.5))) }
            }
        }
        // One cancellation per job at most.
        var seen = Set<String>()
        changes = changes.filter { if case let .edit(.jobCancelled(job)) = $0 { return seen.insert(job).inserted } else { return true } }
        let result = try Replanner(options: Self.options).replan(problem: problem, published: published, changes: changes, now: now)
        expectChecked(result)
        let after = Self.visits(result.schedule)
        for route in published.routes {
            for visit in route.visits where visit.start < now {
                let kept = try #require(after[visit.job], "frozen \(visit.job) is gone (changes \(changes))")
                #expect(kept.technician == route.technician && kept.day == route.day && abs(kept.start - visit.start) < 1e-6)
            }
        }
        let frozen = Set(result.frozen)
        for (job, visit) in after where !frozen.contains(job) { #expect(visit.start >= now - 1e-6, "\(job) starts before now") }
    }

    @Test("with no changes allowed, an appointment that cannot be kept is dropped, never moved")
    func changeCap() throws {
        let problem = try Self.smallDay()
        let published = Self.published(problem)
        let route = try #require(published.routes.filter { $0.visits.count >= 3 }.first)
        let now = route.visits[0].start + 1
        let policy = ReplanPolicy(arrivalWindowMinutes: 30, changePenalty: 0, maximumChanges: 0)
        let result = try Replanner(options: Self.options, policy: policy).replan(
            problem: problem, published: published, changes: [.technicianLate(technician: route.technician, minutes: 180)], now: now)
        expectChecked(result)
        #expect(!result.changes.isEmpty, "three hours late breaks some appointment")
        #expect(result.changes.allSatisfy { $0.to == nil }, "\(result.changes)")
        #expect(!result.notifications.contains { $0.kind == "appointment_change" })
        let unlimited = try Replanner(options: Self.options, policy: ReplanPolicy(arrivalWindowMinutes: 30, changePenalty: 0)).replan(
            problem: problem, published: published, changes: [.technicianLate(technician: route.technician, minutes: 180)], now: now)
        expectChecked(unlimited)
        #expect(unlimited.schedule.unassigned.count <= result.schedule.unassigned.count)
    }

    @Test("a changes file in JSON or YAML, with technician_late and what-if edits; mistakes are named")
    func changesFile() throws {
        let problem = try Self.smallDay()
        let json = #"{"now": {"day": 1, "time": "10:30"}, "edits": [{"edit": "technician_late", "technician": "t-ben", "minutes": 45}, {"edit": "job_cancelled", "job": "J-1003"}]}"#
        let fromJSON = try ReplanChanges.load(Data(json.utf8), for: problem, file: "c.json")
        #expect(fromJSON.now == 630)
        #expect(fromJSON.changes == [.technicianLate(technician: "t-ben", minutes: 45), .edit(.jobCancelled(job: "J-1003"))])
        let yaml = "now: {day: 1, time: 10:30}\nedits:\n  - edit: technician_late\n    technician: t-ben\n    minutes: 45\n  - edit: job_cancelled\n    job: J-1003\n"
        #expect(try ReplanChanges.load(Data(yaml.utf8), yaml: true, for: problem, file: "c.yaml") == fromJSON)
        do {
            _ = try ReplanChanges.load(Data(#"{"edits": [{"edit": "technician_lat", "technician": "t-ben"}]}"#.utf8), for: problem, file: "c.json")
            Issue.record("an unknown kind is accepted")
        } catch {
            #expect(error.description.contains("c.json") && error.description.contains("technician_late"), "\(error)")
        }
        do {
            _ = try ReplanChanges.load(Data(#"{"edits": [{"edit": "technician_late", "technician": "t-ben", "minutes": -5}]}"#.utf8),
                                       for: problem, file: "c.json")
            Issue.record("a negative lateness is accepted")
        } catch {
            #expect(error.description.contains("edits[0].minutes"), "\(error)")
        }
    }
}

/// A small seeded generator for the property test.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension ReplanTests {
    @Test("later in the day, with the bound on: jobs whose windows passed keep the figures right; referrals stay")
    func laterWithBound() throws {
        let problem = try Self.smallDay()
        let published = Self.published(problem)
        let bounded = Replanner(options: PlanOptions(timeLimit: 60, seed: 1, iterations: 300))
        for now in [630.0, 780.0] {
            let result = try bounded.replan(problem: problem, published: published,
                                            changes: [.technicianLate(technician: "t-ben", minutes: 30)], now: now)
            expectChecked(result)
            for referral in published.referrals {
                #expect(result.schedule.referrals.contains { $0.job == referral.job && $0.provider == referral.provider },
                        "\(referral.job) stays with \(referral.provider)")
            }
            #expect(result.windowPassed.allSatisfy { id in result.schedule.unassigned.contains { $0.job == id } })
        }
    }
}
