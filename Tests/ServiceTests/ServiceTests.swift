import FieldPlan
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import Service
import Testing
import WhatIf

/// `fieldplan serve` end to end: the real server on a free loopback port, called with
/// a real HTTP client (URLSession).
@Suite("HTTP service")
struct ServiceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let smallURL = root.appendingPathComponent("Scenarios/small.json")

    static func small() throws -> Data { try Data(contentsOf: smallURL) }

    static func smallObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: small()) as? [String: Any])
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Optimizes small.json through the service: the plan's JSON, as the service answered it.
    static func plan(_ server: TestServer) async throws -> Data {
        let body = try json(["problem": smallObject(), "seconds": 5, "iterations": 200])
        let answer = try await server.post("/v1/optimize", body)
        try #require(answer.status == 200, "\(answer.text)")
        return answer.body
    }

    @Test("GET /healthz answers ok with the version")
    func health() async throws {
        try await TestServer.with { server in
            let answer = try await server.get("/healthz")
            #expect(answer.status == 200)
            #expect(answer.contentType == "application/json")
            let body = try Self.object(answer.body)
            #expect(body["status"] as? String == "ok")
            #expect(body["version"] as? String == FieldPlanService.version)
        }
    }

    @Test("validate: small.json is valid; a broken problem is a 400 with the command's message")
    func validate() async throws {
        try await TestServer.with { server in
            let valid = try await server.post("/v1/validate", try Self.small())
            #expect(valid.status == 200)
            let answer = try Self.object(valid.body)
            #expect(answer["valid"] as? Bool == true)
            #expect(answer["jobs"] as? Int == 14)

            var broken = try Self.smallObject()
            var jobs = try #require(broken["jobs"] as? [[String: Any]])
            jobs[0]["duration"] = "ninety"
            broken["jobs"] = jobs
            let data = try Self.json(broken)
            let expected: InputError
            do {
                _ = try Problem.load(json: data)
                Issue.record("the broken problem loads")
                return
            } catch let error as InputError {
                expected = error
            }
            let invalid = try await server.post("/v1/validate", data)
            #expect(invalid.status == 400)
            #expect(invalid.contentType == "application/json")
            let error = try Self.object(invalid.body)
            #expect(error["error"] as? String == expected.description)
            #expect((error["error"] as? String)?.contains("jobs[0].duration") == true)
            let issues = try #require(error["issues"] as? [[String: Any]])
            #expect(issues.first?["path"] as? String == "jobs[0].duration")
            #expect(issues.first?["kind"] as? String == "wrong_type")
        }
    }

    @Test("optimize: small.json gives a plan the independent checker accepts")
    func optimize() async throws {
        try await TestServer.with { server in
            let body = try Self.json(["problem": Self.smallObject(), "seconds": 5, "iterations": 200])
            let answer = try await server.post("/v1/optimize", body)
            #expect(answer.status == 200, "\(answer.text)")
            #expect(answer.contentType == "application/json")
            #expect(answer.header("X-FieldPlan-Time-Limit") == "5")
            #expect(answer.header("X-FieldPlan-Time-Limit-Capped") == nil)
            let schedule = try JSONDecoder().decode(Schedule.self, from: answer.body)
            let problem = try Problem.load(json: Self.small())
            #expect(FieldPlan.check(schedule, for: problem).isEmpty)
            #expect(schedule.kpis.jobsPlaced > 0)
            // As `optimize --format json`: with the customers' messages.
            #expect(!schedule.notifications.isEmpty)
        }
    }

    @Test("optimize: an invalid problem is a 400 with Problem.load's message and issues")
    func optimizeInvalid() async throws {
        try await TestServer.with { server in
            var broken = try Self.smallObject()
            var jobs = try #require(broken["jobs"] as? [[String: Any]])
            jobs[2].removeValue(forKey: "location")
            jobs[3]["urgency"] = "whenever"
            broken["jobs"] = jobs
            let expected: String
            do {
                _ = try Problem.load(json: try Self.json(broken))
                Issue.record("the broken problem loads")
                return
            } catch let error as InputError {
                expected = error.description
            }
            let answer = try await server.post("/v1/optimize", try Self.json(["problem": broken, "seconds": 1]))
            #expect(answer.status == 400)
            let error = try Self.object(answer.body)
            #expect(error["error"] as? String == expected)
            #expect((error["issues"] as? [Any])?.isEmpty == false)

            // A number too large for a Double inside the problem: found at its path.
            let text = try #require(String(data: try Self.small(), encoding: .utf8))
                .replacingOccurrences(of: "\"duration\": 90", with: "\"duration\": 1e999")
            let huge = try await server.post("/v1/optimize", Data("{\"problem\": \(text), \"seconds\": 1}".utf8))
            #expect(huge.status == 400)
            do {
                _ = try Problem.load(json: Data(text.utf8))
                Issue.record("the huge number loads")
            } catch let error as InputError {
                #expect(try Self.object(huge.body)["error"] as? String == error.description)
            }
        }
    }

    @Test("optimize: bound none leaves the bound out, as --no-bound; an unknown bound is a 400")
    func bound() async throws {
        try await TestServer.with { server in
            let body = try Self.json(["problem": Self.smallObject(), "seconds": 2, "iterations": 100, "bound": "none"])
            let answer = try await server.post("/v1/optimize", body)
            #expect(answer.status == 200, "\(answer.text)")
            let schedule = try JSONDecoder().decode(Schedule.self, from: answer.body)
            #expect(schedule.kpis.lowerBound == nil)
            let bad = try Self.json(["problem": Self.smallObject(), "bound": "maybe"])
            let refused = try await server.post("/v1/optimize", bad)
            #expect(refused.status == 400)
            #expect(try Self.object(refused.body)["error"] as? String == #"bound must be "lower-bound", "prove" or "none", got "maybe""#)
        }
    }

    @Test("seconds above the service's maximum are cut to it, and the answer says so")
    func secondsCapped() async throws {
        try await TestServer.with(ServiceConfiguration(port: 0, maximumSeconds: 1)) { server in
            let body = try Self.json(["problem": Self.smallObject(), "seconds": 3600, "iterations": 0])
            let answer = try await server.post("/v1/optimize", body)
            #expect(answer.status == 200, "\(answer.text)")
            #expect(answer.header("X-FieldPlan-Time-Limit") == "1")
            #expect(answer.header("X-FieldPlan-Time-Limit-Capped") == "true")
            let schedule = try JSONDecoder().decode(Schedule.self, from: answer.body)
            // The planner's own clock, far below the hour asked for: the cap held. (How long
            // the request waited for a busy machine is not the service's doing.)
            #expect(schedule.kpis.solveSeconds < 60)
        }
    }

    @Test("book: slots for a new request in a plan made by the service")
    func book() async throws {
        try await TestServer.with { server in
            let plan = try await Self.plan(server)
            var problem = try Self.smallObject()
            let jobs = try #require(problem["jobs"] as? [[String: Any]])
            var request = jobs[5]
            request["id"] = "J-NEW"
            problem["jobs"] = jobs
            let body = try Self.json(["problem": problem, "plan": try JSONSerialization.jsonObject(with: plan),
                                      "request": request, "count": 2])
            let answer = try await server.post("/v1/book", body)
            #expect(answer.status == 200, "\(answer.text)")
            let booking = try Self.object(answer.body)
            #expect(booking["request"] as? String == "J-NEW")
            let options = try #require(booking["options"] as? [[String: Any]])
            #expect(options.count <= 2)
            for option in options {
                #expect(option["technician"] is String)
                #expect(option["window"] is String)
            }

            // repair is a boolean (true by default); anything else is a 400 naming it.
            let plain = try Self.json(["problem": problem, "plan": try JSONSerialization.jsonObject(with: plan),
                                       "request": request, "count": 2, "repair": false])
            let unrepaired = try await server.post("/v1/book", plain)
            #expect(unrepaired.status == 200, "\(unrepaired.text)")
            let plainOptions = try #require(try Self.object(unrepaired.body)["options"] as? [[String: Any]])
            #expect(plainOptions.allSatisfy { $0["moved"] == nil })
            let badRepair = try Self.json(["problem": problem, "plan": try JSONSerialization.jsonObject(with: plan),
                                           "request": request, "repair": "yes"])
            let refusedRepair = try await server.post("/v1/book", badRepair)
            #expect(refusedRepair.status == 400)
            #expect((try Self.object(refusedRepair.body)["error"] as? String)?.contains("repair") == true)

            // A request whose id is taken is the command's error, as a 400.
            let taken = try Self.json(["problem": problem, "plan": try JSONSerialization.jsonObject(with: plan),
                                       "request": jobs[0]])
            let refused = try await server.post("/v1/book", taken)
            #expect(refused.status == 400)
            #expect((try Self.object(refused.body)["error"] as? String)?.hasPrefix("the request is not valid") == true)
        }
    }

    @Test("replan: a cancellation after publishing")
    func replan() async throws {
        try await TestServer.with { server in
            let plan = try await Self.plan(server)
            let published = try JSONDecoder().decode(Schedule.self, from: plan)
            let cancelled = try #require(published.routes.flatMap(\.visits).last?.job)
            let edit: [String: Any] = ["edit": "job_cancelled", "job": cancelled]
            let changes: [String: Any] = ["edits": [edit]]
            let request: [String: Any] = ["problem": try Self.smallObject(), "published": try JSONSerialization.jsonObject(with: plan),
                                          "changes": changes, "now": "07:00", "seconds": 5, "iterations": 200]
            let body = try Self.json(request)
            let answer = try await server.post("/v1/replan", body)
            #expect(answer.status == 200, "\(answer.text)")
            let replan = try Self.object(answer.body)
            #expect(replan["now"] as? Double == 420)
            for key in ["frozen", "changes", "windowPassed", "unplaced", "kpis", "notifications", "plan"] {
                #expect(replan[key] != nil, "\(key)")
            }
            let newPlan = try JSONDecoder().decode(Schedule.self, from: try Self.json(try #require(replan["plan"])))
            #expect(!newPlan.routes.flatMap(\.visits).contains { $0.job == cancelled })

            // Without a time, the command's message.
            let noChanges: [String: Any] = ["edits": [Any]()]
            let noNowRequest: [String: Any] = ["problem": try Self.smallObject(),
                                               "published": try JSONSerialization.jsonObject(with: plan), "changes": noChanges]
            let noNow = try Self.json(noNowRequest)
            let refused = try await server.post("/v1/replan", noNow)
            #expect(refused.status == 400)
            #expect((try Self.object(refused.body)["error"] as? String)?.hasPrefix("say when") == true)
        }
    }

    @Test("whatif: one scenario against small.json")
    func whatIf() async throws {
        try await TestServer.with { server in
            let edit: [String: Any] = ["edit": "technician_absent", "technician": "t-mara"]
            let scenario: [String: Any] = ["name": "Mara off", "edits": [edit]]
            let request: [String: Any] = ["problem": try Self.smallObject(), "seconds": 5, "iterations": 200,
                                          "scenarios": [scenario]]
            let body = try Self.json(request)
            let answer = try await server.post("/v1/whatif", body)
            #expect(answer.status == 200, "\(answer.text)")
            let report = try JSONDecoder().decode(WhatIfReport.self, from: answer.body)
            #expect(report.base == "base")
            #expect(report.scenarios.map(\.name) == ["Mara off"])
            #expect(report.scenarios.first?.seconds == 0)

            // An edit naming a technician the problem lacks: the command's message.
            let badEdit: [String: Any] = ["edit": "technician_absent", "technician": "t-nobody"]
            let badScenario: [String: Any] = ["name": "Nobody", "edits": [badEdit]]
            let badRequest: [String: Any] = ["problem": try Self.smallObject(), "scenarios": [badScenario]]
            let bad = try Self.json(badRequest)
            let refused = try await server.post("/v1/whatif", bad)
            #expect(refused.status == 400)
            #expect((try Self.object(refused.body)["error"] as? String)?.contains("scenarios[0]") == true)
        }
    }

    @Test("bad JSON is a 400 with the command's message (line and column)")
    func badJSON() async throws {
        try await TestServer.with { server in
            let text = Data("{\"problem\": {\"jobs\": [}".utf8)
            let expected: String
            do {
                _ = try Problem.load(json: text)
                Issue.record("the text loads")
                return
            } catch let error as InputError {
                expected = error.description
            }
            for path in ["/v1/validate", "/v1/optimize", "/v1/book", "/v1/replan", "/v1/whatif"] {
                let answer = try await server.post(path, text)
                #expect(answer.status == 400, "\(path)")
                #expect(answer.contentType == "application/json")
                #expect(try Self.object(answer.body)["error"] as? String == expected, "\(path)")
            }
            // Valid JSON of the wrong shape, unknown fields and a missing problem: 400 too.
            for body in ["[1, 2]", "{\"problem\": {}, \"secnds\": 5}", "{\"seconds\": 5}", "{\"problem\": 3}",
                         "{\"problem\": null, \"seconds\": -1}"] {
                let answer = try await server.post("/v1/optimize", Data(body.utf8))
                #expect(answer.status == 400, "\(body)")
                #expect(try Self.object(answer.body)["error"] is String, "\(body)")
            }
        }
    }

    @Test("a body over the limit is a 413; an unknown path a 404; a wrong method a 405")
    func limits() async throws {
        try await TestServer.with(ServiceConfiguration(port: 0, maximumBodyBytes: 4096)) { server in
            let large = Data(repeating: UInt8(ascii: " "), count: 64 * 1024)
            let answer = try await server.post("/v1/validate", large)
            #expect(answer.status == 413)
            #expect(answer.contentType == "application/json")
            let missing = try await server.get("/v2/nothing")
            #expect(missing.status == 404)
            #expect(try Self.object(missing.body)["error"] is String)
            let wrong = try await server.get("/v1/optimize")
            #expect(wrong.status == 405)
            // The server still answers after all that.
            #expect(try await server.get("/healthz").status == 200)
        }
    }

    @Test("two optimize requests at once both succeed")
    func concurrent() async throws {
        try await TestServer.with { server in
            let body = try Self.json(["problem": Self.smallObject(), "seconds": 5, "iterations": 200])
            async let first = server.post("/v1/optimize", body)
            async let second = server.post("/v1/optimize", body)
            let answers = try await [first, second]
            let problem = try Problem.load(json: Self.small())
            for answer in answers {
                #expect(answer.status == 200, "\(answer.text)")
                let schedule = try JSONDecoder().decode(Schedule.self, from: answer.body)
                #expect(FieldPlan.check(schedule, for: problem).isEmpty)
            }
        }
    }

    @Test("beyond the limit of plans at once, a 503 with Retry-After")
    func busy() async throws {
        try await TestServer.with(ServiceConfiguration(port: 0, maximumConcurrentPlans: 1)) { server in
            // A plan under way holds the only place.
            try server.service.endpoints.gate.enter()
            let body = try Self.json(["problem": Self.smallObject(), "seconds": 1, "iterations": 50])
            let refused = try await server.post("/v1/optimize", body)
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") == "5")
            #expect(try Self.object(refused.body)["error"] is String)
            server.service.endpoints.gate.leave()
            // The place is free again.
            #expect(try await server.post("/v1/optimize", body).status == 200)
        }
    }

    @Test("GET /openapi.yaml serves the document, naming every endpoint")
    func openAPI() async throws {
        try await TestServer.with { server in
            let answer = try await server.get("/openapi.yaml")
            #expect(answer.status == 200)
            #expect(answer.contentType == "application/yaml")
            #expect(answer.text.hasPrefix("openapi: 3.1"))
            for path in ["/healthz", "/openapi.yaml", "/v1/validate", "/v1/optimize", "/v1/book", "/v1/replan", "/v1/whatif"] {
                #expect(answer.text.contains("\n  \(path):\n"), "\(path)")
            }
            #expect(answer.text == FieldPlanService.openAPIDocument)
        }
    }

    @Test("the gate counts plans at once and frees places")
    func gate() throws {
        let gate = PlanGate(limit: 2)
        try gate.enter()
        try gate.enter()
        #expect(throws: ServiceError.self) { try gate.enter() }
        gate.leave()
        try gate.enter()
    }

    @Test("the default configuration binds to the loopback address")
    func defaults() {
        let configuration = ServiceConfiguration()
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.maximumSeconds == 60)
        #expect(configuration.maximumBodyBytes == 10 * 1024 * 1024)
    }
}

@Suite("Request bodies cut into members")
struct JSONMembersTests {
    @Test("members keep their bytes; strings with brackets, escapes and nesting do not confuse the cut")
    func members() throws {
        let text = #"{ "a" : {"b": "}]\"[{", "c": [1, {"d": null}]}, "e\u0041": 5 , "f": "x"}"#
        let members = try #require(JSONMembers.object(Data(text.utf8)))
        #expect(members.map(\.key) == ["a", "eA", "f"])
        #expect(String(decoding: members[0].value, as: UTF8.self) == #"{"b": "}]\"[{", "c": [1, {"d": null}]}"#)
        #expect(String(decoding: members[1].value, as: UTF8.self) == "5")
        #expect(JSONMembers.object(Data("{}".utf8))?.isEmpty == true)
        #expect(JSONMembers.array(Data(" [ {\"x\": [1]}, 2 ] ".utf8))?.count == 2)
    }

    @Test("what is not an object (or array) is refused, never trapped on")
    func refused() {
        for text in ["", "[1]", "{\"a\" 1}", "{\"a\": 1} x", "{\"a\": [1}", "{\"a\": \"x", "{\"a\":", "{", "\"x\"", "{\"a\": 1,}"] {
            #expect(JSONMembers.object(Data(text.utf8)) == nil, "\(text)")
        }
        #expect(JSONMembers.array(Data("{}".utf8)) == nil)
        #expect(JSONMembers.array(Data("[1, 2".utf8)) == nil)
    }
}

/// An HTTP answer.
struct Answer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var contentType: String? { header("Content-Type") }

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// The service running on a free loopback port for one test.
struct TestServer: Sendable {
    let service: FieldPlanService
    let base: URL
    let session: URLSession

    /// Starts a server (port 0: a free one), runs `body` against it, then stops it.
    static func with(_ configuration: ServiceConfiguration = ServiceConfiguration(port: 0),
                     _ body: (TestServer) async throws -> Void) async throws {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let service = FieldPlanService(configuration: configuration)
        let task = Task {
            defer { continuation.finish() }
            try await service.run { port in
                continuation.yield(port)
                continuation.finish()
            }
        }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next()
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = 120
        let session = URLSession(configuration: sessionConfiguration)
        do {
            let port = try #require(port, "the server did not start")
            #expect(port > 0)
            let base = try #require(URL(string: "http://127.0.0.1:\(port)"))
            try await body(TestServer(service: service, base: base, session: session))
        } catch {
            session.invalidateAndCancel()
            task.cancel()
            _ = await task.result
            throw error
        }
        session.finishTasksAndInvalidate()
        task.cancel()
        _ = await task.result
    }

    func get(_ path: String) async throws -> Answer {
        try await send(path, method: "GET", body: nil)
    }

    func post(_ path: String, _ body: Data) async throws -> Answer {
        try await send(path, method: "POST", body: body)
    }

    private func send(_ path: String, method: String, body: Data?) async throws -> Answer {
        var request = URLRequest(url: base.appendingPathComponent(path))
        request.httpMethod = method
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let session = session
        let sent = request
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Answer, any Error>) in
            session.dataTask(with: sent) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(throwing: URLError(.badServerResponse))
                    return
                }
                var headers: [String: String] = [:]
                for (key, value) in http.allHeaderFields {
                    headers["\(key)"] = "\(value)"
                }
                continuation.resume(returning: Answer(status: http.statusCode, headers: headers, body: data ?? Data()))
            }.resume()
        }
    }
}
