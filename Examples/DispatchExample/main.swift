// A sample dispatch front end: builds tomorrow's work in code, plans it with the async
// API while printing the progress, prints each technician's route, books a slot for a
// customer who phones, re-plans when a technician runs late, and prints the messages
// the plan needs sent.
//
//     swift run DispatchExample
//
// Exit codes as the `fieldplan` command: 0 success, 1 solver failure or a plan the
// checker rejects, 2 invalid input; 130 when cancelled.

import FieldPlan
import Foundation

/// The working day of a small heating and electrical firm: three technicians, eight
/// requests, one part (a furnace igniter, one on the depot shelf, one in a van).
func tomorrow() -> Problem {
    let office = Location(latitude: 52.5200, longitude: 13.4050, address: "Depot, Alexanderplatz")
    func day(_ from: Double, _ to: Double) -> [Shift] { [Shift(day: 1, start: from * 60, end: to * 60)] }
    let lunch = BreakRule(start: 11 * 60 + 30, end: 14 * 60, duration: 30)
    let technicians = [
        Technician(id: "t-anna", name: "Anna Berger", skills: ["hvac": 3, "gas": 2], shifts: day(8, 16),
                   lunchBreak: lunch, start: Location(latitude: 52.5330, longitude: 13.3800), costPerHour: 48,
                   vanStock: ["igniter": 1], contact: Contact(phone: "+49 30 5550 1001", email: "anna@example.com")),
        Technician(id: "t-ben", name: "Ben Okafor", skills: ["electrical": 3, "hvac": 1], shifts: day(7.5, 15.5),
                   lunchBreak: lunch, start: Location(latitude: 52.4900, longitude: 13.4500), costPerHour: 44,
                   contact: Contact(phone: "+49 30 5550 1002", email: "ben@example.com")),
        Technician(id: "t-chen", name: "Chen Wei", skills: ["hvac": 2, "electrical": 2], shifts: day(9, 17),
                   lunchBreak: lunch, start: Location(latitude: 52.5100, longitude: 13.3200), costPerHour: 46,
                   contact: Contact(phone: "+49 30 5550 1003", email: "chen@example.com")),
    ]
    struct Request {
        let id: String, customer: String, lat: Double, lon: Double, minutes: Double
        let skills: [String: Int], from: Double, to: Double, urgency: Urgency, parts: [String: Int]
    }
    let requests = [
        Request(id: "J-101", customer: "Maria Keller", lat: 52.5105, lon: 13.4201, minutes: 90,
                skills: ["hvac": 2, "gas": 1], from: 8, to: 12, urgency: .emergency, parts: ["igniter": 1]),
        Request(id: "J-102", customer: "Jonas Brandt", lat: 52.5234, lon: 13.3612, minutes: 60,
                skills: ["electrical": 2], from: 8, to: 13, urgency: .high, parts: [:]),
        Request(id: "J-103", customer: "Fatma Yilmaz", lat: 52.4870, lon: 13.4250, minutes: 45,
                skills: ["hvac": 1], from: 10, to: 16, urgency: .normal, parts: [:]),
        Request(id: "J-104", customer: "Peter Lang", lat: 52.5412, lon: 13.4123, minutes: 75,
                skills: ["hvac": 2, "gas": 1], from: 12, to: 17, urgency: .normal, parts: ["igniter": 1]),
        Request(id: "J-105", customer: "Sofia Rossi", lat: 52.4995, lon: 13.3480, minutes: 30,
                skills: ["electrical": 1], from: 9, to: 15, urgency: .low, parts: [:]),
        Request(id: "J-106", customer: "Lukas Wolf", lat: 52.5301, lon: 13.4488, minutes: 60,
                skills: ["electrical": 3], from: 13, to: 17, urgency: .normal, parts: [:]),
        Request(id: "J-107", customer: "Ewa Nowak", lat: 52.5052, lon: 13.3905, minutes: 45,
                skills: ["hvac": 1], from: 8, to: 11, urgency: .high, parts: [:]),
        Request(id: "J-108", customer: "Tom Fischer", lat: 52.4789, lon: 13.3721, minutes: 90,
                skills: ["hvac": 2], from: 11, to: 17, urgency: .normal, parts: [:]),
    ]
    let jobs = requests.map { r in
        Job(id: r.id, customer: Customer(name: r.customer, phone: "+49 151 5550 \(r.id.suffix(3))",
                                         email: "\(r.customer.split(separator: " ").joined(separator: ".").lowercased())@example.org"),
            location: Location(latitude: r.lat, longitude: r.lon), duration: r.minutes, requiredSkills: r.skills,
            timeWindows: [TimeWindow(start: r.from * 60, end: r.to * 60)], urgency: r.urgency, parts: r.parts)
    }
    return Problem(name: "Example Heating & Electrical: tomorrow",
                   horizon: Horizon(startDate: CivilDate(year: 2026, month: 11, day: 24), days: 1),
                   parts: [Part(id: "igniter", name: "Hot-surface furnace igniter", unitCost: 34)],
                   depot: Depot(location: office, stock: ["igniter": 1]),
                   technicians: technicians, jobs: jobs)
}

/// One progress line.
func describe(_ update: PlanUpdate) -> String {
    var line = String(format: "%6.2f s  best %8.2f  unplaced %d  iterations %d",
                      update.elapsed, update.bestCost, update.unplaced, update.iterations)
    if let bound = update.lowerBound, let gap = update.gap {
        line += String(format: "  bound %8.2f  gap %.2f %%", bound, gap * 100)
    }
    return update.isFinal ? line + "  (final)" : line
}

let problem = tomorrow()
let options = PlanOptions(timeLimit: 10, seed: 1)
print("Planning \(problem.jobs.count) jobs for \(problem.technicians.count) technicians…")

let run = FieldPlan.start(problem, options: options)
let progress = Task {
    for await update in run.updates { print(describe(update)) }
}
let schedule: Schedule
do {
    schedule = try await run.schedule()
} catch {
    // `error` is a FieldPlanError: the switch is exhaustive.
    switch error {
    case let .invalidInput(input):
        for issue in input.issues { print("error: \(issue)") }
        exit(2)
    case .solverFailure:
        print("error: \(error)")
        exit(1)
    case .cancelled:
        print("cancelled")
        exit(130)
    }
}
await progress.value

let names = Dictionary(uniqueKeysWithValues: problem.technicians.map { ($0.id, $0.name) })
print("\nRoutes")
for route in schedule.routes where !route.visits.isEmpty {
    let stops = route.visits.map { "\(formatClock($0.start)) \($0.job)" }.joined(separator: ", ")
    print("  \(names[route.technician] ?? route.technician): \(stops); back at \(formatClock(route.returnTime))")
}
for job in schedule.unassigned { print("  unplaced \(job.job): \(job.message)") }
for referral in schedule.referrals { print("  referred \(referral.job) to \(referral.provider)") }
let kpis = schedule.kpis
print(String(format: "Cost %.2f, %d placed, %d unplaced, %.1f km", kpis.cost, kpis.jobsPlaced, kpis.jobsUnassigned,
             kpis.distance))

let violations = FieldPlan.check(schedule, for: problem)
guard violations.isEmpty else {
    print("error: the independent checker rejects this plan:")
    for violation in violations { print("  \(violation)") }
    exit(1)
}
print("The independent checker accepts the plan.")

// A customer phones: book the new request into the plan without planning the day again.
let request = Job(id: "J-109", customer: Customer(name: "Nina Hartmann", phone: "+49 151 5550 109"),
                  location: Location(latitude: 52.5150, longitude: 13.4000), duration: 45, requiredSkills: ["hvac": 1],
                  timeWindows: [TimeWindow(start: 9 * 60, end: 16 * 60)])
var booked = (problem: problem, schedule: schedule)
do {
    var advisor = try BookingAdvisor(problem: problem, schedule: schedule)
    let options = try advisor.options(for: request, count: 3)
    print("\nSlots for \(request.id)")
    for option in options {
        let window = ArrivalWindow.around(option.start, width: 120, within: request.timeWindows)
        print("  \(option.technicianName): \(formatClock(window.start))-\(formatClock(window.end)), adds "
            + String(format: "%.2f", option.addedCost))
    }
    guard let best = options.first else {
        print("  no slot: re-plan the day to place it")
        exit(1)
    }
    booked = try advisor.booked(best, request: request)
    print("Booked \(request.id) with \(best.technicianName).")
} catch {
    print("error: \(error)")
    exit(2)
}

// At 11:00 a technician is 40 minutes behind: re-plan, keeping what customers were told.
let late = booked.schedule.routes.first { !$0.visits.isEmpty }?.technician ?? "t-anna"
do {
    let result = try FieldPlan.replan(booked.schedule, of: booked.problem,
                                      changes: [.technicianLate(technician: late, minutes: 40)], now: 11 * 60,
                                      options: PlanOptions(timeLimit: 10, seed: 1))
    print("\nRe-planned at 11:00 (\(names[late] ?? late) 40 minutes late): \(result.frozen.count) visits frozen, "
        + "\(result.changes.count) appointment change\(result.changes.count == 1 ? "" : "s")")
    for change in result.changes { print("  \(change.job): \(change.reason)") }
    guard FieldPlan.check(result.schedule, for: result.problem).isEmpty else {
        print("error: the checker rejects the re-plan")
        exit(1)
    }
    for message in result.notifications { print("  [\(message.kind)] to \(message.recipient): \(message.subject)") }
} catch {
    print("error: \(error)")
    exit(2)
}

do {
    let messages = try FieldPlan.notifications(for: schedule, problem: problem)
    print("\nNotifications (\(messages.count))")
    for message in messages {
        print("  [\(message.kind)] to \(message.recipient) by \(message.channel): \(message.subject)")
    }
} catch {
    print("error: \(error)")
    exit(1)
}
