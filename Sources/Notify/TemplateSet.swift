import Foundation
import Mustache
import Schedule

/// The message templates: one Mustache file per kind and language, shipped with the
/// package (`Templates/<language>/<kind>.mustache`), each replaceable from a folder.
///
/// A template file's first line is the subject; the body follows after the next
/// empty line. Values are inserted as plain text (no HTML escaping).
struct TemplateSet: Sendable {
    struct Pair: Sendable {
        var subject: MustacheTemplate
        var body: MustacheTemplate
    }

    private var templates: [String: Pair] = [:]
    let language: String

    /// Every kind a template exists for.
    static let kinds = [
        "appointment_confirmation", "appointment_change", "appointment_cancellation", "job_sheet", "purchase_order",
        "delay_notice", "referral_handoff", "referral_notice", "satisfaction_followup",
    ]

    init(language: String, override directory: URL?) throws(NotifyError) {
        self.language = language
        for kind in Self.kinds {
            let text: String
            if let directory, let custom = Self.read(directory.appendingPathComponent(language).appendingPathComponent("\(kind).mustache"))
                ?? Self.read(directory.appendingPathComponent("\(kind).mustache")) {
                text = custom
            } else if let shipped = Self.shipped(kind: kind, language: language) {
                text = shipped
            } else {
                throw .missingTemplate(kind: kind, language: language)
            }
            templates[kind] = try Self.parse(text, kind: kind)
        }
    }

    /// Renders the subject and body of `kind` from `data`.
    func render(_ kind: String, _ data: MessageValue) -> (subject: String, body: String) {
        guard let pair = templates[kind] else { return (kind, "") }
        let context = data.mustacheContext
        let subject = pair.subject.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
        var body = pair.body.render(context)
        // Lines left empty by sections collapse to one blank line.
        while body.contains("\n\n\n") { body = body.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return (subject, body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n")
    }

    private static func read(_ url: URL) -> String? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    private static func shipped(kind: String, language: String) -> String? {
        guard let url = Bundle.module.url(forResource: kind, withExtension: "mustache",
                                          subdirectory: "Templates/\(language)") else { return nil }
        return read(url)
    }

    static func parse(_ text: String, kind: String) throws(NotifyError) -> Pair {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Leading comment lines ({{! ... }}) are skipped for the subject.
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).hasPrefix("{{!") { lines.removeFirst() }
        guard let subjectLine = lines.first, !subjectLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .badTemplate(kind: kind, reason: "the first line must be the subject")
        }
        let body = lines.dropFirst().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n")
        do {
            return Pair(subject: try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + subjectLine),
                        body: try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + body))
        } catch {
            throw .badTemplate(kind: kind, reason: "\(error)")
        }
    }
}

extension MessageValue {
    /// The value as Mustache renders it: dictionaries, arrays, strings, numbers, Bools.
    var mustacheContext: Any {
        switch self {
        case let .string(s): return s
        case let .number(n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case let .bool(b): return b
        case let .list(l): return l.map(\.mustacheContext)
        case let .object(o): return o.mapValues(\.mustacheContext)
        case .null: return false
        }
    }
}
