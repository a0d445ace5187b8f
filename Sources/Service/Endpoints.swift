import FieldPlan
import Foundation
import WhatIf

/// A successful answer: a JSON (or YAML) body and extra headers.
struct Reply: Sendable {
    var body: Data
    var contentType = "application/json"
    var headers: [(String, String)] = []
}

/// What each endpoint does, apart from HTTP: JSON in, JSON out, failures as
/// ``ServiceError``. Planning runs on threads of its own (never on the server's event
/// loops or Swift's cooperative pool), several requests at once.
struct Endpoints: Sendable {
    let configuration: ServiceConfiguration
    let gate: PlanGate

    init(configuration: ServiceConfiguration) {
        self.configuration = configuration
        gate = PlanGate(limit: configuration.maximumConcurrentPlans)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Encodes an answer like the command's `--format json`.
    static func encode(_ value: some Encodable) throws(ServiceError) -> Data {
        do {
            return try encoder.encode(value)
        } catch {
            throw .failure("cannot encode the answer: \(error)")
        }
    }

    /// The headers telling the time limit a planning request got, and whether its
    /// `seconds` was cut to the service's maximum.
    func timeHeaders(_ options: PlanOptions, capped: Bool) -> [(String, String)] {
        var headers = [("X-FieldPlan-Time-Limit", RequestBody.format(options.timeLimit))]
        if capped { headers.append(("X-FieldPlan-Time-Limit-Capped", "true")) }
        return headers
    }

    // MARK: - GET

    /// `GET /healthz`.
    func health() throws(ServiceError) -> Reply {
        Reply(body: try Self.encode(["status": "ok", "version": FieldPlanService.version]))
    }

    /// `GET /openapi.yaml`.
    func openAPI() throws(ServiceError) -> Reply {
        guard let document = FieldPlanService.openAPIDocument else {
            throw .failure("the OpenAPI document is not installed with this build")
        }
        return Reply(body: Data(document.utf8), contentType: "application/yaml")
    }

    // MARK: - POST

    /// `POST /v1/validate`: the body is a problem in the input format.
    func validate(_ body: Data) async throws(ServiceError) -> Reply {
        let result = await offload { () -> Result<Problem, InputError> in
            do throws(InputError) {
                return .success(try Problem.load(json: body))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case let .success(problem):
            return Reply(body: try Self.encode(ValidAnswer(valid: true, technicians: problem.technicians.count,
                                                           jobs: problem.jobs.count, days: problem.horizon.days)))
        case let .failure(error):
            throw .invalid(error)
        }
    }

    /// `POST /v1/optimize`: `{"problem", "seconds"?, "seed"?, "iterations"?, "planner"?, "bound"?}`
    /// → the schedule, as `optimize --format json` writes it.
    func optimize(_ body: Data) async throws(ServiceError) -> Reply {
        let request = try RequestBody.read(body, known: ["problem", "seconds", "seed", "iterations", "planner", "bound"])
        let (options, capped) = try request.planOptions(configuration)
        let problem = try await parse(request)
        try gate.enter()
        defer { gate.leave() }
        var schedule: Schedule
        do {
            schedule = try await FieldPlan.optimize(problem, options: options)
        } catch {
            switch error {
            case let .invalidInput(input): throw .invalid(input)
            case .solverFailure: throw .failure(error.description)
            case .cancelled: throw ServiceError(status: 503, message: error.description)
            }
        }
        let violations = FieldPlan.check(schedule, for: problem)
        guard violations.isEmpty else {
            throw .failure("the independent checker rejects this plan (a planner bug):\n"
                + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
        }
        do {
            schedule.notifications = try Notifier(problem: problem, options: NotifyOptions()).notifications(for: schedule)
        } catch {
            throw .failure("\(error)")
        }
        let data: Data
        do {
            data = try schedule.jsonData()
        } catch {
            throw .failure("cannot encode the schedule: \(error)")
        }
        return Reply(body: data, headers: timeHeaders(options, capped: capped))
    }

    /// `POST /v1/book`: `{"problem", "plan", "request", "count"?, "separation"?,
    /// "arrivalWindow"?, "maxShift"?, "repair"?}` → `{"request", "options": [...]}` as `book --format json`.
    func book(_ body: Data) async throws(ServiceError) -> Reply {
        let request = try RequestBody.read(body, known: ["problem", "plan", "request", "count", "separation",
                                                         "arrivalWindow", "maxShift", "repair"])
        let count = try request.integer("count", in: 1...100) ?? 3
        let separation = try request.number("separation", in: 0...86_400) ?? 60
        let arrivalWindow = try request.number("arrivalWindow", in: 0...1440) ?? 120
        let maxShift = try request.number("maxShift", in: 0...Double.greatestFiniteMagnitude) ?? .infinity
        let repair: Bool = try request.scalar("repair", "true or false") ?? true
        let problem = try await parse(request)
        let schedule = try request.schedule("plan")
        let jobData = try request.required("request")
        let job: Job
        do {
            job = try problem.inputDecoder().decode(Job.self, from: jobData)
        } catch {
            throw .badRequest("request is not a job in the input format: \(RequestBody.describe(error))")
        }
        let result = await offload { () -> Result<[BookingOption], BookingError> in
            do throws(BookingError) {
                var advisor = try BookingAdvisor(problem: problem, schedule: schedule)
                return .success(try advisor.options(for: job, count: count, separation: separation, maximumShift: maxShift,
                                                       repair: repair))
            } catch {
                return .failure(error)
            }
        }
        let options: [BookingOption]
        switch result {
        case let .success(found): options = found
        case let .failure(error): throw .badRequest(error.description)
        }
        let answer = BookingAnswer(request: job, options: options, arrivalWindow: arrivalWindow, problem: problem)
        return Reply(body: try Self.encode(answer))
    }

    /// `POST /v1/replan`: `{"problem", "published", "changes", "now"?, "day"?, "seconds"?,
    /// "seed"?, "iterations"?, "changePenalty"?, "maxChanges"?, "arrivalWindow"?}` →
    /// the answer of `replan --format json`.
    func replan(_ body: Data) async throws(ServiceError) -> Reply {
        let request = try RequestBody.read(body, known: ["problem", "published", "changes", "now", "day", "seconds", "seed",
                                                         "iterations", "planner", "bound", "changePenalty", "maxChanges",
                                                         "arrivalWindow"])
        var (options, capped) = try request.planOptions(configuration)
        options.progress = nil
        let nowText: String? = try request.scalar("now", "a time HH:MM")
        let now = try nowText.map { (text: String) throws(ServiceError) -> Minutes in
            guard let minutes = ReplanAnswer.clock(text) else { throw .badRequest("now must be a time HH:MM, got \(text)") }
            return minutes
        }
        let day = try request.integer("day", in: 1...366) ?? 1
        let changePenalty = try request.number("changePenalty", in: 0...Double.greatestFiniteMagnitude) ?? 200
        let maxChanges = try request.integer("maxChanges", in: 0...Int.max)
        let arrivalWindow = try request.number("arrivalWindow", in: 0...1440) ?? 120
        let problem = try await parse(request)
        let published = try request.schedule("published")
        let changesData = try request.required("changes")
        let changes: ReplanChanges
        do {
            changes = try ReplanChanges.load(changesData, for: problem, file: "changes")
        } catch {
            throw .badRequest(error.description)
        }
        guard let at = now.map({ Minutes(day - 1) * minutesPerDay + $0 }) ?? changes.now else {
            throw .badRequest("say when: \"now\" (HH:MM) in the request, or \"now\" in changes")
        }
        let notify = NotifyOptions(arrivalWindowMinutes: arrivalWindow)
        let replanner = Replanner(options: options,
                                  policy: ReplanPolicy(arrivalWindowMinutes: arrivalWindow, changePenalty: changePenalty,
                                                       maximumChanges: maxChanges),
                                  notify: notify)
        try gate.enter()
        defer { gate.leave() }
        let outcome = await offload { () -> Result<ReplanResult, ReplanError> in
            do throws(ReplanError) {
                return .success(try replanner.replan(problem: problem, published: published, changes: changes.changes, now: at))
            } catch {
                return .failure(error)
            }
        }
        let result: ReplanResult
        switch outcome {
        case let .success(done): result = done
        case let .failure(error): throw .badRequest(error.description)
        }
        let violations = FieldPlan.check(result.schedule, for: result.problem)
        guard violations.isEmpty else {
            throw .failure("the independent checker rejects the new plan (a planner bug):\n"
                + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
        }
        return Reply(body: try Self.encode(ReplanAnswer(result, now: at)), headers: timeHeaders(options, capped: capped))
    }

    /// `POST /v1/whatif`: `{"problem", "scenarios": [...], "seconds"?, "seed"?, "iterations"?,
    /// "arrivalWindow"?}` → the what-if report, as `whatif --format json` writes it.
    func whatIf(_ body: Data) async throws(ServiceError) -> Reply {
        let request = try RequestBody.read(body, known: ["problem", "scenarios", "seconds", "seed", "iterations", "planner", "bound",
                                                         "arrivalWindow"])
        var (options, capped) = try request.planOptions(configuration)
        options.progress = nil
        let arrivalWindow = try request.number("arrivalWindow", in: 0...1440) ?? 120
        let problem = try await parse(request)
        guard let list = JSONMembers.array(try request.required("scenarios")) else {
            throw .badRequest("scenarios: expected an array of scenarios")
        }
        guard !list.isEmpty else { throw .badRequest("scenarios: give at least one scenario") }
        guard list.count <= configuration.maximumScenarios else {
            throw .badRequest("scenarios: at most \(configuration.maximumScenarios) scenarios per request, got \(list.count)")
        }
        var items: [WhatIfRunner.Item] = []
        for (index, data) in list.enumerated() {
            let name = "scenarios[\(index)]"
            do {
                items.append(WhatIfRunner.Item(scenario: try WhatIfScenario.load(json: data, for: problem, file: name), file: name))
            } catch {
                throw .badRequest(error.description)
            }
        }
        let runner = WhatIfRunner(options: options, notify: NotifyOptions(arrivalWindowMinutes: arrivalWindow),
                                  parallelism: configuration.whatIfParallelism)
        let scenarios = items
        try gate.enter()
        defer { gate.leave() }
        let outcome = await offload { () -> Result<(report: WhatIfReport, plans: [(String, Problem, Schedule)]), ServiceError> in
            do {
                return .success(try runner.run(base: problem, baseName: "base", items: scenarios))
            } catch {
                return .failure(.badRequest("\(error)"))
            }
        }
        let run: (report: WhatIfReport, plans: [(String, Problem, Schedule)])
        switch outcome {
        case let .success(done): run = done
        case let .failure(error): throw error
        }
        for (name, plannedProblem, schedule) in run.plans {
            let violations = FieldPlan.check(schedule, for: plannedProblem)
            guard violations.isEmpty else {
                throw .failure("the independent checker rejects the plan of \(name) (a planner bug):\n"
                    + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
            }
        }
        var report = run.report
        // As the command: wall times vary from run to run; the report is the same every time.
        for i in report.scenarios.indices { report.scenarios[i].seconds = 0 }
        return Reply(body: try Self.encode(report), headers: timeHeaders(options, capped: capped))
    }

    // MARK: - Helpers

    /// The request's `problem`, read off the cooperative pool (a large problem takes a while).
    private func parse(_ request: RequestBody) async throws(ServiceError) -> Problem {
        let result = await offload { () -> Result<Problem, ServiceError> in
            do throws(ServiceError) {
                return .success(try request.problem())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Minutes after midnight of "HH:MM" (as `replan --now`).
}

/// `POST /v1/validate`'s answer for a valid problem.
struct ValidAnswer: Encodable {
    var valid: Bool
    var technicians: Int
    var jobs: Int
    var days: Int
}

/// Runs `work` on a thread of its own and waits for it without holding a thread of the
/// cooperative pool or an event loop.
func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
        let thread = Thread { continuation.resume(returning: work()) }
        thread.name = "FieldPlan service"
        // As much stack as a main thread has: the planner runs there in the command.
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// Counts the requests that plan at once, and turns away those beyond the limit.
final class PlanGate: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var running = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Takes a place, or throws a 503 when all are taken.
    func enter() throws(ServiceError) {
        lock.lock()
        defer { lock.unlock() }
        guard running < limit else {
            throw ServiceError(status: 503, message: "the service is planning \(limit) requests already; try again shortly")
        }
        running += 1
    }

    /// Gives back a place taken by ``enter()``.
    func leave() {
        lock.lock()
        running -= 1
        lock.unlock()
    }
}
