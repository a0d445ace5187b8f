import Foundation
import Schedule

/// Deterministic message ids: `<kind>:<entity>:<16 hex digits>`, the digits a 64-bit
/// FNV-1a hash of the message's data in canonical JSON (sorted keys). The same data
/// gives the same id on every run and machine; any change of what a message says
/// gives a new id.
enum MessageID {
    static func make(kind: String, entity: String, data: MessageValue) -> String {
        "\(kind):\(entity):\(hex(fnv1a(canonical(data))))"
    }

    /// Canonical JSON text of a value (sorted keys, no spaces).
    static func canonical(_ value: MessageValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
