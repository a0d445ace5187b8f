import FieldService
import Foundation

/// Text and number helpers shared by the report's parts: escaping for HTML/XML and
/// locale-independent number formatting (the output must be byte-for-byte deterministic).
enum Markup {
    /// `text` escaped for element content and quoted attribute values (HTML and XML):
    /// `& < > " '` become references, control characters that XML forbids become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `value` with `digits` decimals (a dot, no grouping); "n/a" when not finite.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let text = String(format: "%.\(max(0, min(digits, 6)))f", value)
        // Avoid "-0.00": a value that rounds to zero prints without a sign.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A signed difference: `+1.50`, `-0.25`, `0.00`.
    static func signed(_ value: Double, _ digits: Int) -> String {
        let text = fixed(value, digits)
        guard value.isFinite else { return text }
        if text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) { return text }
        return "+" + text
    }

    /// `HH:MM` for a time within a day (FieldService's `formatClock`), or `--:--` for a
    /// time too far out to be a clock time (absurd input must not trap).
    static func clock(_ time: Double) -> String {
        guard time.isFinite, abs(time) < 1e9 else { return "--:--" }
        return formatClock(time)
    }

    /// A coordinate in an SVG attribute: one decimal, finite.
    static func coordinate(_ value: Double) -> String {
        fixed(value.isFinite ? value : 0, 1)
    }
}
