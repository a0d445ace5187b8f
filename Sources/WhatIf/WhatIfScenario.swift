import FieldService
import Foundation
import Yams

/// A what-if question as a file: a base problem and a list of edits, in JSON or YAML.
///
/// ```json
/// { "name": "Anna calls in sick", "base": "../tomorrow.json",
///   "description": "Mara is ill on Monday; her visits go to the others.",
///   "edits": [ { "edit": "technician_absent", "technician": "t-mara", "days": [1] } ] }
/// ```
///
/// ```yaml
/// name: Anna calls in sick
/// base: ../tomorrow.json
/// edits:
///   - edit: technician_absent
///     technician: t-mara
///     days: [1]
/// ```
public struct WhatIfScenario: Sendable, Hashable {
    /// A short label for reports.
    public var name: String
    /// What the question is, for people.
    public var description: String?
    /// The base problem's file, relative to the scenario's folder.
    public var base: String?
    /// The changes, applied in order.
    public var edits: [ScenarioEdit]

    public init(name: String, description: String? = nil, base: String? = nil, edits: [ScenarioEdit]) {
        self.name = name
        self.description = description
        self.base = base
        self.edits = edits
    }

    /// Reads a scenario file's JSON. Times and embedded jobs or technicians are read as in
    /// the input format, against `problem`'s horizon (for ISO date-times).
    /// - Throws: ``WhatIfError`` naming `file`, the edit and the field.
    public static func load(json data: Data, for problem: Problem, file: String? = nil) throws(WhatIfError) -> WhatIfScenario {
        do {
            return try problem.inputDecoder().decode(ScenarioFile.self, from: data).scenario
        } catch {
            throw ScenarioDiagnosis.translate(error, file: file)
        }
    }

    /// Reads a scenario file's YAML: the same fields as the JSON form. Scalars are read
    /// as written (no YAML 1.1 guessing), so `start: 7:30` is the clock time 07:30.
    /// - Throws: ``WhatIfError`` naming `file`, the edit and the field.
    public static func load(yaml data: Data, for problem: Problem, file: String? = nil) throws(WhatIfError) -> WhatIfScenario {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badFile(file: file, reason: "not UTF-8 text")
        }
        do {
            return try YAMLDecoder().decode(ScenarioFile.self, from: text, userInfo: problem.inputUserInfo).scenario
        } catch {
            throw ScenarioDiagnosis.translate(error, file: file, format: "YAML")
        }
    }

    /// Whether `path` names a YAML scenario file (`.yaml` or `.yml`); anything else is read as JSON.
    public static func isYAML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Reads the scenario file at `url`, as YAML when it ends in `.yaml` or `.yml`, else as JSON.
    /// - Throws: ``WhatIfError`` naming the file, the edit and the field.
    public static func load(contentsOf url: URL, for problem: Problem) throws(WhatIfError) -> WhatIfScenario {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .badFile(file: url.path, reason: "cannot be read: \(error.localizedDescription)")
        }
        return isYAML(url.path) ? try load(yaml: data, for: problem, file: url.path) : try load(json: data, for: problem, file: url.path)
    }

    /// The base problem with every edit applied, checked as input. A job whose hours no
    /// longer meet any shift after the edits (a technician off, shorter hours) is not an
    /// error: the plan leaves it unplaced with the reason `window_outside_shifts`.
    /// - Throws: ``WhatIfError`` for an edit that names something the base does not have,
    ///   or when the result is not valid input.
    public func applied(to base: Problem, file: String? = nil) throws(WhatIfError) -> Problem {
        var problem = base
        for (index, edit) in edits.enumerated() {
            try edit.apply(to: &problem, index: index, file: file)
        }
        let issues = problem.validate(windowsMustMeetShifts: false)
        guard issues.isEmpty else { throw .invalidResult(file: file, issues: issues.map(\.description)) }
        return problem
    }
}

/// The file's top level.
struct ScenarioFile: Decodable {
    var scenario: WhatIfScenario

    enum CodingKeys: String, CodingKey, CaseIterable { case name, description, base, edits }

    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let edits = try c.decode([EditEnvelope].self, forKey: .edits).map(\.edit)
        scenario = WhatIfScenario(name: try c.decode(String.self, forKey: .name),
                                  description: try c.decodeIfPresent(String.self, forKey: .description),
                                  base: try c.decodeIfPresent(String.self, forKey: .base), edits: edits)
    }
}

/// An edit kind that does not exist.
struct UnknownEditKind: Error {
    var codingPath: [any CodingKey]
    var kind: String
}

/// A value an edit does not accept (thrown with its path).
struct BadEditValue: Error {
    var codingPath: [any CodingKey]
    var reason: String
}

/// One edit object: `edit` names the kind; the other fields are the kind's.
struct EditEnvelope: Decodable {
    var edit: ScenarioEdit

    enum Key: String, CodingKey, CaseIterable {
        case edit, technician, days, day, start, end, job, urgency, timeWindows, minutes, factor, part, quantity
        case supplier, provider, set
    }

    /// The fields each kind takes (besides `edit`).
    static let fields: [String: Set<Key>] = [
        "technician_absent": [.technician, .days],
        "technician_hours": [.technician, .day, .start, .end],
        "technician_added": [.technician],
        "job_added": [.job],
        "job_cancelled": [.job],
        "job_urgency": [.job, .urgency],
        "job_window": [.job, .timeWindows],
        "job_duration": [.job, .minutes, .factor],
        "part_stock": [.part, .technician, .quantity],
        "supplier_delay": [.supplier, .days],
        "travel_slowdown": [.factor],
        "provider_unavailable": [.provider],
        "objective": [.set],
    ]

    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .edit)
        guard let allowed = Self.fields[kind] else { throw UnknownEditKind(codingPath: decoder.codingPath, kind: kind) }
        for key in c.allKeys where key != .edit && !allowed.contains(key) {
            throw UnknownFieldError(codingPath: decoder.codingPath + [key], field: key.stringValue,
                                    suggestion: FieldNameSuggestion.closest(to: key.stringValue, among: allowed.map(\.stringValue).sorted()))
        }
        func positive(_ value: Double, _ key: Key) throws -> Double {
            guard value.isFinite, value > 0 else {
                throw BadEditValue(codingPath: c.codingPath + [key], reason: "must be a positive number, got \(value)")
            }
            return value
        }
        switch kind {
        case "technician_absent":
            edit = .technicianAbsent(technician: try c.decode(String.self, forKey: .technician),
                                     days: try c.decodeIfPresent([Int].self, forKey: .days))
        case "technician_hours":
            let day = try c.decode(Int.self, forKey: .day)
            edit = .technicianHours(technician: try c.decode(String.self, forKey: .technician), day: day,
                                    start: absoluteTime(day: day, clock: try c.decodeClockTime(forKey: .start)),
                                    end: absoluteTime(day: day, clock: try c.decodeClockTime(forKey: .end)))
        case "technician_added":
            edit = .technicianAdded(try c.decode(Technician.self, forKey: .technician))
        case "job_added":
            edit = .jobAdded(try c.decode(Job.self, forKey: .job))
        case "job_cancelled":
            edit = .jobCancelled(job: try c.decode(String.self, forKey: .job))
        case "job_urgency":
            edit = .jobUrgency(job: try c.decode(String.self, forKey: .job), urgency: try c.decode(Urgency.self, forKey: .urgency))
        case "job_window":
            edit = .jobWindows(job: try c.decode(String.self, forKey: .job),
                               timeWindows: try c.decode([TimeWindow].self, forKey: .timeWindows))
        case "job_duration":
            let minutes = try c.decodeIfPresent(Double.self, forKey: .minutes)
            let factor = try c.decodeIfPresent(Double.self, forKey: .factor)
            guard (minutes == nil) != (factor == nil) else {
                throw BadEditValue(codingPath: c.codingPath + [Key.minutes], reason: "give either minutes or factor")
            }
            edit = .jobDuration(job: try c.decode(String.self, forKey: .job),
                                minutes: try minutes.map { try positive($0, .minutes) },
                                factor: try factor.map { try positive($0, .factor) })
        case "part_stock":
            let quantity = try c.decode(Int.self, forKey: .quantity)
            guard quantity >= 0 else {
                throw BadEditValue(codingPath: c.codingPath + [Key.quantity], reason: "must be 0 or more, got \(quantity)")
            }
            edit = .partStock(part: try c.decode(String.self, forKey: .part),
                              technician: try c.decodeIfPresent(String.self, forKey: .technician), quantity: quantity)
        case "supplier_delay":
            let days = try c.decode(Int.self, forKey: .days)
            guard (0...365).contains(days) else {
                throw BadEditValue(codingPath: c.codingPath + [Key.days], reason: "must be 0 to 365 days, got \(days)")
            }
            edit = .supplierDelay(supplier: try c.decode(String.self, forKey: .supplier), days: days)
        case "travel_slowdown":
            edit = .travelSlowdown(factor: try positive(try c.decode(Double.self, forKey: .factor), .factor))
        case "provider_unavailable":
            edit = .providerUnavailable(provider: try c.decode(String.self, forKey: .provider))
        default: // "objective"
            edit = .objective(try c.decode(ObjectiveChange.self, forKey: .set))
        }
    }
}

extension ObjectiveChange: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case costPerKm, priorityPenalty, overtimeWeight, referralWeight, nonPreferredTechnician, unassignedPenalty, latenessPerDay
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        func price(_ key: CodingKeys) throws -> Double? {
            guard let value = try c.decodeIfPresent(Double.self, forKey: key) else { return nil }
            guard value.isFinite, value >= 0 else {
                throw BadEditValue(codingPath: c.codingPath + [key], reason: "must be 0 or more, got \(value)")
            }
            return value
        }
        func perUrgency(_ key: CodingKeys) throws -> [Urgency: Double] {
            guard let raw = try c.decodeIfPresent([String: Double].self, forKey: key) else { return [:] }
            var result: [Urgency: Double] = [:]
            for (name, value) in raw.sorted(by: { $0.key < $1.key }) {
                guard let urgency = Urgency(rawValue: name) else {
                    throw BadEditValue(codingPath: c.codingPath + [key], reason: "unknown urgency \"\(name)\"")
                }
                guard value.isFinite, value >= 0 else {
                    throw BadEditValue(codingPath: c.codingPath + [key], reason: "must be 0 or more, got \(value)")
                }
                result[urgency] = value
            }
            return result
        }
        self.init(costPerKm: try price(.costPerKm), priorityPenalty: try price(.priorityPenalty),
                  overtimeWeight: try price(.overtimeWeight), referralWeight: try price(.referralWeight),
                  nonPreferredTechnician: try price(.nonPreferredTechnician),
                  unassignedPenalty: try perUrgency(.unassignedPenalty), latenessPerDay: try perUrgency(.latenessPerDay))
    }
}

/// Turns decoding failures into ``WhatIfError`` values naming the edit and the field.
enum ScenarioDiagnosis {
    static func translate(_ error: any Error, file: String?, format: String = "JSON", extraKinds: [String] = []) -> WhatIfError {
        switch error {
        case let unknown as UnknownEditKind:
            let index = unknown.codingPath.last?.intValue ?? 0
            return .unknownEdit(file: file, edit: index, kind: unknown.kind,
                                suggestion: FieldNameSuggestion.closest(to: unknown.kind, among: ScenarioEdit.codes + extraKinds))
        case let unknown as UnknownFieldError:
            return locate(unknown.codingPath, file: file, reason: unknown.message)
        case let bad as BadEditValue:
            return locate(bad.codingPath, file: file, reason: bad.reason)
        case let error as DecodingError:
            switch error {
            case let .dataCorrupted(context) where context.codingPath.isEmpty:
                // The YAML decoder wraps every error that is not a DecodingError, ours
                // and the parser's, this way.
                if let underlying = context.underlyingError {
                    if underlying is YamlError { return .badFile(file: file, reason: "not valid \(format): \(underlying)") }
                    return translate(underlying, file: file, format: format, extraKinds: extraKinds)
                }
                return .badFile(file: file, reason: "not valid \(format)")
            case let .dataCorrupted(context):
                return locate(context.codingPath, file: file, reason: context.debugDescription)
            case let .keyNotFound(key, context):
                return locate(context.codingPath + [key], file: file, reason: "required field \"\(key.stringValue)\" is missing")
            case let .typeMismatch(_, context):
                return locate(context.codingPath, file: file, reason: "wrong type: \(context.debugDescription)")
            case let .valueNotFound(_, context):
                return locate(context.codingPath, file: file, reason: "must not be null")
            @unknown default:
                return .badFile(file: file, reason: "\(error)")
            }
        default:
            return .badFile(file: file, reason: "\(error)")
        }
    }

    /// `edits[i].field...` becomes a bad edit; anything else is about the file.
    static func locate(_ path: [any CodingKey], file: String?, reason: String) -> WhatIfError {
        guard path.count >= 2, path[0].stringValue == "edits", let index = path[1].intValue else {
            let where_ = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return .badFile(file: file, reason: where_.isEmpty ? reason : "\(where_): \(reason)")
        }
        var field = ""
        for key in path.dropFirst(2) {
            if let position = key.intValue { field += "[\(position)]" } else { field += field.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return .badEdit(file: file, edit: index, field: field.isEmpty ? "edit" : field, reason: reason)
    }
}
