import FieldService

/// Floating-point comparisons used by every rule.
///
/// Times compare with an absolute tolerance of 1e-4 minutes. Amounts (costs,
/// distances) compare with 1e-4 absolute or 1e-9 relative, whichever is larger.
/// Every comparison is false when a value is NaN or infinite, so a non-finite
/// figure in a schedule is always reported.
enum Tolerance {
    static let absolute: Double = 1e-4
    static let relative: Double = 1e-9

    /// `a == b` for times.
    static func sameTime(_ a: Minutes, _ b: Minutes) -> Bool {
        a.isFinite && b.isFinite && abs(a - b) <= absolute
    }

    /// `a >= b` for times.
    static func notBefore(_ a: Minutes, _ b: Minutes) -> Bool {
        a.isFinite && b.isFinite && a >= b - absolute
    }

    /// `a <= b` for times.
    static func notAfter(_ a: Minutes, _ b: Minutes) -> Bool {
        a.isFinite && b.isFinite && a <= b + absolute
    }

    /// `a == b` for costs and distances.
    static func sameAmount(_ a: Double, _ b: Double) -> Bool {
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
    }

    /// `a <= b` for costs.
    static func amountNotAbove(_ a: Double, _ b: Double) -> Bool {
        guard a.isFinite, b.isFinite else { return false }
        return a <= b + max(absolute, relative * max(abs(a), abs(b)))
    }
}

/// Number and time formatting for messages.
enum Text {
    /// `12`, `12.5`, `12.3457` (at most 4 decimals, no trailing zeros).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let scaled = (value * 10_000).rounded() / 10_000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int(scaled)) }
        return String(scaled)
    }

    /// `530 (day 1 08:50)`.
    static func time(_ value: Minutes) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return number(value) }
        return "\(number(value)) (\(formatClock(value, showDay: true)))"
    }
}
