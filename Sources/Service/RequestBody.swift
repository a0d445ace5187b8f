import FieldPlan
import Foundation

/// A request body of the form `{"problem": {...}, "seconds": 5, ...}`: its members as
/// raw JSON, and typed readers for each kind of member that answer a 400 naming the
/// member when it is missing or of the wrong type.
struct RequestBody {
    /// Each member's raw JSON, by name.
    let members: [String: Data]

    /// Reads a body that must be a JSON object with members from `known` only.
    ///
    /// Text that is not JSON gets the message the command prints for a file that is not
    /// JSON (with line and column). Each member is read by its own reader (the problem by
    /// the input format's), which reports what is wrong inside it.
    static func read(_ data: Data, known: [String]) throws(ServiceError) -> RequestBody {
        guard let list = JSONMembers.object(data) else {
            // Not an object: the problem reader's diagnosis of JSON syntax (line and
            // column), as the command prints it for a file.
            do {
                _ = try Problem.decode(json: data)
            } catch where error.issues.first?.kind == .malformedJSON {
                throw .invalid(error)
            } catch {}
            throw .badRequest("input: the request body must be a JSON object with the fields \(known.joined(separator: ", "))")
        }
        var members: [String: Data] = [:]
        for (key, value) in list {
            guard known.contains(key) else {
                throw .badRequest("\(key): unknown field (known: \(known.joined(separator: ", ")))")
            }
            guard members[key] == nil else { throw .badRequest("\(key): the field is given twice") }
            members[key] = value
        }
        return RequestBody(members: members)
    }

    /// The raw JSON of a member that must be there (and not null).
    func required(_ key: String) throws(ServiceError) -> Data {
        guard let value = optional(key) else { throw .badRequest("\(key): required field \"\(key)\" is missing") }
        return value
    }

    /// The raw JSON of a member, nil when it is absent or null.
    func optional(_ key: String) -> Data? {
        guard let value = members[key], value != Data("null".utf8) else { return nil }
        return value
    }

    /// The member `problem`, read and validated exactly as `fieldplan` reads an input file.
    func problem() throws(ServiceError) -> Problem {
        let data = try required("problem")
        do {
            return try Problem.load(json: data)
        } catch {
            throw .invalid(error)
        }
    }

    /// A schedule written by `optimize --format json` (or `POST /v1/optimize`).
    func schedule(_ key: String) throws(ServiceError) -> Schedule {
        let data = try required(key)
        do {
            return try JSONDecoder().decode(Schedule.self, from: data)
        } catch {
            throw .badRequest("\(key) is not a plan written by `fieldplan optimize --format json`: \(Self.describe(error))")
        }
    }

    /// A number member, nil when absent; `range` bounds it (a 400 outside it).
    func number(_ key: String, in range: ClosedRange<Double>) throws(ServiceError) -> Double? {
        guard let value: Double = try scalar(key, "a number") else { return nil }
        guard value.isFinite, range.contains(value) else {
            throw .badRequest("\(key) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), got \(Self.format(value))")
        }
        return value
    }

    /// A whole-number member, nil when absent; `range` bounds it (a 400 outside it).
    func integer(_ key: String, in range: ClosedRange<Int>) throws(ServiceError) -> Int? {
        guard let value: Int = try scalar(key, "a whole number") else { return nil }
        guard range.contains(value) else {
            throw .badRequest("\(key) must be between \(range.lowerBound) and \(range.upperBound), got \(value)")
        }
        return value
    }

    /// A member decoded as `T` (a string, a seed), nil when absent.
    func scalar<T: Decodable>(_ key: String, _ what: String) throws(ServiceError) -> T? {
        guard let data = optional(key) else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .badRequest("\(key): expected \(what)")
        }
    }

    /// `seconds`, `seed`, `iterations`, `planner` and `bound` as planning options, with the time
    /// limit capped by the service's maximum; also tells whether the cap applied.
    func planOptions(_ limits: ServiceConfiguration) throws(ServiceError) -> (options: PlanOptions, capped: Bool) {
        let requested = try number("seconds", in: 0...86_400) ?? limits.defaultSeconds
        let seconds = min(requested, limits.maximumSeconds)
        let seed: UInt64 = try scalar("seed", "a whole number from 0") ?? 1
        let iterations = try integer("iterations", in: 0...Int.max)
        let plannerName: String = try scalar("planner", "\"engine\" or \"exact\"") ?? PlanOptions.Planner.engine.rawValue
        guard let planner = PlanOptions.Planner(rawValue: plannerName) else {
            throw .badRequest("planner must be \"engine\" or \"exact\", got \"\(plannerName)\"")
        }
        let boundName: String = try scalar("bound", "\"lower-bound\", \"prove\" or \"none\"") ?? PlanOptions.Bound.lowerBound.rawValue
        guard let bound = PlanOptions.Bound(rawValue: boundName) else {
            throw .badRequest("bound must be \"lower-bound\", \"prove\" or \"none\", got \"\(boundName)\"")
        }
        let budget: Int? = iterations.map { $0 == 0 ? Int.max : $0 }
        var options = PlanOptions(timeLimit: seconds, seed: seed, iterations: budget, planner: planner)
        options.bound = bound
        return (options, requested > seconds)
    }

    /// A number as people write it: no ".0" on whole numbers.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A decoding error in words, with the path of the culprit.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .dataCorrupted(c), let .keyNotFound(_, c), let .typeMismatch(_, c), let .valueNotFound(_, c):
            let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            if case let .keyNotFound(key, _) = error {
                return "\(path.isEmpty ? "" : path + ": ")required field \"\(key.stringValue)\" is missing"
            }
            return (path.isEmpty ? "" : path + ": ") + c.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
