import FieldPlan
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `fieldplan serve`: the planning API as JSON over HTTP.
///
/// | Endpoint | Body | Answer |
/// | --- | --- | --- |
/// | `GET /healthz` | | `{"status": "ok", "version": ...}` |
/// | `GET /openapi.yaml` | | the OpenAPI 3.1 document of the API |
/// | `POST /v1/validate` | a problem (input format) | `{"valid": true, ...}` or 400 with the issues |
/// | `POST /v1/optimize` | `{"problem", "seconds", "seed", "iterations"}` | the schedule |
/// | `POST /v1/book` | `{"problem", "plan", "request", "count"}` | `{"request", "options"}` |
/// | `POST /v1/replan` | `{"problem", "published", "changes", "now"}` | the re-plan |
/// | `POST /v1/whatif` | `{"problem", "scenarios", "seconds"}` | the what-if report |
///
/// Errors answer `{"error": message, "issues": [...]}` with the message `fieldplan`
/// prints for the same input: 400 for bad JSON or an invalid problem, 404 for an unknown
/// path, 405 for a wrong method, 413 for a body over the limit, 500 for a planner
/// failure, 503 when too many requests plan at once.
///
/// ```swift
/// let service = FieldPlanService(configuration: ServiceConfiguration(port: 0))
/// try await service.run { port in print("listening on \(port)") }   // until cancelled
/// ```
public struct FieldPlanService: Sendable {
    /// The version of the HTTP API (as in the OpenAPI document's `info.version`).
    public static let version = "1.0.0"

    /// Where to listen and the limits to keep.
    public let configuration: ServiceConfiguration
    /// The endpoints, with the count of plans under way.
    let endpoints: Endpoints

    /// Creates a service; nothing listens until ``run(stopOnSignals:onRunning:)``.
    public init(configuration: ServiceConfiguration = ServiceConfiguration()) {
        self.configuration = configuration
        endpoints = Endpoints(configuration: configuration)
    }

    /// The checked-in OpenAPI document (`Sources/Service/Resources/openapi.yaml`), nil
    /// when the build's resources cannot be found.
    public static var openAPIDocument: String? {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Listens and answers requests until the calling task is cancelled or, when
    /// `stopOnSignals` (as the command does), SIGINT or SIGTERM arrives; requests under
    /// way are finished first then.
    ///
    /// - Parameter onRunning: called once the socket is bound, with the port it is bound
    ///   to (the one picked when the configuration's port is 0).
    /// - Throws: when the address cannot be bound.
    public func run(stopOnSignals: Bool = false,
                    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "fieldplan.serve")
        logger.logLevel = .warning
        let app = Application(
            responder: ServiceResponder(endpoints: endpoints),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "fieldplan"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        if stopOnSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }
}

/// Routes a request to its endpoint and turns every outcome into a JSON response; it
/// never throws, so every failure has the service's own error body.
struct ServiceResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let endpoints: Endpoints

    func respond(to request: Request, context: Context) async throws -> Response {
        do {
            return response(try await answer(request))
        } catch {
            return response(error)
        }
    }

    /// The endpoint's answer, or why there is none.
    private func answer(_ request: Request) async throws(ServiceError) -> Reply {
        let path = request.uri.path
        let method = request.method
        switch path {
        case "/healthz":
            try expect(method, .get)
            return try endpoints.health()
        case "/openapi.yaml":
            try expect(method, .get)
            return try endpoints.openAPI()
        case "/v1/validate", "/v1/optimize", "/v1/book", "/v1/replan", "/v1/whatif":
            try expect(method, .post)
            let body = try await collect(request)
            switch path {
            case "/v1/validate": return try await endpoints.validate(body)
            case "/v1/optimize": return try await endpoints.optimize(body)
            case "/v1/book": return try await endpoints.book(body)
            case "/v1/replan": return try await endpoints.replan(body)
            default: return try await endpoints.whatIf(body)
            }
        default:
            throw ServiceError(status: 404, message: "no endpoint \(path); see GET /openapi.yaml")
        }
    }

    /// A 405 unless the request uses `method` (HEAD counts as GET).
    private func expect(_ actual: HTTPRequest.Method, _ method: HTTPRequest.Method) throws(ServiceError) {
        guard actual == method || (method == .get && actual == .head) else {
            throw ServiceError(status: 405, message: "use \(method.rawValue) for this endpoint, not \(actual.rawValue)")
        }
    }

    /// The whole body, or a 413 once it is larger than the limit.
    private func collect(_ request: Request) async throws(ServiceError) -> Data {
        let limit = endpoints.configuration.maximumBodyBytes
        let tooLarge = ServiceError(status: 413, message: "the request body is larger than the limit of \(limit) bytes")
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        } catch {
            throw .badRequest("cannot read the request body: \(error)")
        }
    }

    private func response(_ reply: Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        for (name, value) in reply.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    private func response(_ error: any Error) -> Response {
        let failure = error as? ServiceError ?? .failure("\(error)")
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if failure.status == 503 { headers[.retryAfter] = "5" }
        if failure.status == 413 { headers[.connection] = "close" }
        return Response(status: HTTPResponse.Status(code: failure.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: failure.body)))
    }
}
