import FieldService
import Foundation
import Yams

/// A changes file for `fieldplan replan`: what happened since the plan was published.
///
/// ```json
/// { "now": { "day": 1, "time": "10:30" },
///   "edits": [
///     { "edit": "technician_late", "technician": "t-ben", "minutes": 45 },
///     { "edit": "job_cancelled", "job": "J-1013" },
///     { "edit": "job_added", "job": { "id": "J-2001", ... } } ] }
/// ```
///
/// `edits` takes every what-if edit (see ``ScenarioEdit``) and `technician_late`
/// (`technician`, `minutes`). `now` is optional (the command line's `--now` wins).
public struct ReplanChanges: Sendable, Hashable {
    /// When the changes are known (horizon minutes), if the file says.
    public var now: Minutes?
    public var changes: [ReplanChange]

    public init(now: Minutes? = nil, changes: [ReplanChange]) {
        self.now = now
        self.changes = changes
    }

    /// Reads a changes file (JSON, or YAML when `yaml`), against `problem`'s horizon.
    /// - Throws: ``WhatIfError`` naming the file, the change and the field.
    public static func load(_ data: Data, yaml: Bool = false, for problem: Problem, file: String? = nil) throws(WhatIfError) -> ReplanChanges {
        do {
            if yaml {
                guard let text = String(data: data, encoding: .utf8) else { throw WhatIfError.badFile(file: file, reason: "not UTF-8 text") }
                return try YAMLDecoder().decode(ChangesFile.self, from: text, userInfo: problem.inputUserInfo).changes
            }
            return try problem.inputDecoder().decode(ChangesFile.self, from: data).changes
        } catch let error as WhatIfError {
            throw error
        } catch {
            throw ScenarioDiagnosis.translate(error, file: file, format: yaml ? "YAML" : "JSON", extraKinds: ["technician_late"])
        }
    }
}

/// The file's top level.
struct ChangesFile: Decodable {
    var changes: ReplanChanges

    enum CodingKeys: String, CodingKey, CaseIterable { case now, edits }
    enum NowKeys: String, CodingKey, CaseIterable { case day, time }

    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        var now: Minutes?
        if c.contains(.now) {
            let n = try c.superDecoder(forKey: .now).strictContainer(keyedBy: NowKeys.self)
            let day = try n.decodeIfPresent(Int.self, forKey: .day) ?? 1
            guard day >= 1 else {
                throw BadEditValue(codingPath: n.codingPath + [NowKeys.day], reason: "days count from 1, got \(day)")
            }
            now = Minutes(day - 1) * minutesPerDay + (try n.decodeClockTime(forKey: .time))
        }
        changes = ReplanChanges(now: now, changes: try c.decode([ChangeEnvelope].self, forKey: .edits).map(\.change))
    }
}

/// One change: `technician_late`, or any what-if edit.
struct ChangeEnvelope: Decodable {
    var change: ReplanChange

    enum LateKey: String, CodingKey, CaseIterable { case edit, technician, minutes }
    enum KindKey: String, CodingKey { case edit }

    init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .edit)
        guard kind == "technician_late" else {
            change = .edit(try EditEnvelope(from: decoder).edit)
            return
        }
        let c = try decoder.strictContainer(keyedBy: LateKey.self)
        let minutes = try c.decode(Double.self, forKey: .minutes)
        guard minutes.isFinite, minutes >= 0, minutes <= 1440 else {
            throw BadEditValue(codingPath: c.codingPath + [LateKey.minutes], reason: "must be between 0 and 1440, got \(minutes)")
        }
        change = .technicianLate(technician: try c.decode(String.self, forKey: .technician), minutes: minutes)
    }
}
