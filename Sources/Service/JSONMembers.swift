import Foundation

/// Cuts a JSON document that is already known to be valid into its top-level pieces,
/// as raw bytes: the members of an object, or the elements of an array.
///
/// The service reads a request's `problem` with `Problem.load(json:)`, exactly as the
/// command reads a file, so that error messages (paths, entities, line and column) are
/// the same; for that the problem's own bytes are needed, not a re-encoding.
enum JSONMembers {
    /// The members of a top-level object, in document order; nil when `data` is not an object.
    static func object(_ data: Data) -> [(key: String, value: Data)]? {
        let bytes = [UInt8](data)
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        guard scanner.peek == UInt8(ascii: "{") else { return nil }
        scanner.index += 1
        var members: [(key: String, value: Data)] = []
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "}") { return scanner.endsAfterClose() ? members : nil }
        while scanner.index < bytes.count {
            scanner.skipWhitespace()
            let keyStart = scanner.index
            guard scanner.skipString() else { return nil }
            guard let key = decodeString(Data(bytes[keyStart..<scanner.index])) else { return nil }
            scanner.skipWhitespace()
            guard scanner.peek == UInt8(ascii: ":") else { return nil }
            scanner.index += 1
            scanner.skipWhitespace()
            let valueStart = scanner.index
            guard scanner.skipValue() else { return nil }
            members.append((key, Data(bytes[valueStart..<scanner.index])))
            scanner.skipWhitespace()
            if scanner.peek == UInt8(ascii: ",") {
                scanner.index += 1
                continue
            }
            return scanner.peek == UInt8(ascii: "}") && scanner.endsAfterClose() ? members : nil
        }
        return nil
    }

    /// The elements of a top-level array; nil when `data` is not an array.
    static func array(_ data: Data) -> [Data]? {
        let bytes = [UInt8](data)
        var scanner = Scanner(bytes: bytes)
        scanner.skipWhitespace()
        guard scanner.peek == UInt8(ascii: "[") else { return nil }
        scanner.index += 1
        var elements: [Data] = []
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "]") { return scanner.endsAfterClose() ? elements : nil }
        while scanner.index < bytes.count {
            scanner.skipWhitespace()
            let start = scanner.index
            guard scanner.skipValue() else { return nil }
            elements.append(Data(bytes[start..<scanner.index]))
            scanner.skipWhitespace()
            if scanner.peek == UInt8(ascii: ",") {
                scanner.index += 1
                continue
            }
            return scanner.peek == UInt8(ascii: "]") && scanner.endsAfterClose() ? elements : nil
        }
        return nil
    }

    /// A JSON string literal's text.
    private static func decodeString(_ literal: Data) -> String? {
        if !literal.contains(UInt8(ascii: "\\")), literal.count >= 2 {
            return String(data: literal.dropFirst().dropLast(), encoding: .utf8)
        }
        return try? JSONDecoder().decode(String.self, from: literal)
    }

    /// Skips over values of a document that is valid JSON; every skip reports whether it
    /// found what it expected (so a document that is not valid never traps).
    private struct Scanner {
        let bytes: [UInt8]
        var index: Int

        init(bytes: [UInt8]) {
            self.bytes = bytes
            index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // UTF-8 byte order mark
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Steps over the closing bracket under `index`: whether only whitespace follows it.
        mutating func endsAfterClose() -> Bool {
            index += 1
            skipWhitespace()
            return index == bytes.count
        }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            }
        }

        /// Skips a string literal, from its opening quote to after its closing one.
        mutating func skipString() -> Bool {
            guard peek == UInt8(ascii: "\"") else { return false }
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return true
                default: index += 1
                }
            }
            return false
        }

        /// Skips one value: a string, an object or array (with everything in it), or a
        /// number or literal.
        mutating func skipValue() -> Bool {
            guard let first = peek else { return false }
            switch first {
            case UInt8(ascii: "\""):
                return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while let byte = peek {
                    switch byte {
                    case UInt8(ascii: "\""):
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                let start = index
                while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), byte != UInt8(ascii: "]"),
                      byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 {
                    index += 1
                }
                return index > start
            }
        }
    }
}
