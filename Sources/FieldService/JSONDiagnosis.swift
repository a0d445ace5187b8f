import Foundation

/// Explains why a document is not readable JSON, with a line and column, or
/// which number in it cannot be represented, with its JSON path.
///
/// Foundation's `JSONDecoder` reports all of these as "The given data was not
/// valid JSON." without a location, so when it does, this strict RFC 8259 reader
/// goes over the text once more to find the first problem. It is only used on
/// failure and never builds the document in memory.
struct JSONDiagnosis {
    private let bytes: [UInt8]
    private var index = 0
    private var path: [PathKey] = []
    /// `section -> index -> id` for the top-level entity lists, to name entities.
    private var ids: [String: [Int: String]] = [:]
    /// The first number that does not fit a `Double`.
    private var badNumber: (path: [PathKey], text: String, tooLarge: Bool)?

    /// Nesting deeper than this is refused (Foundation's own limit is 512).
    static let maximumDepth = 512

    private struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    private init(_ data: Data) {
        bytes = [UInt8](data)
    }

    /// The first problem in `data`, or nil when the text is valid JSON whose numbers all fit.
    static func diagnose(_ data: Data) -> InputIssue? {
        var reader = JSONDiagnosis(data)
        return reader.run()
    }

    private mutating func run() -> InputIssue? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // UTF-8 byte order mark
        skipWhitespace()
        if index == bytes.count {
            return InputIssue(path: "", kind: .malformedJSON, message: "the input is empty; expected a JSON object")
        }
        do throws(SyntaxError) {
            try value(depth: 0)
            skipWhitespace()
            if index < bytes.count {
                throw SyntaxError(offset: index, message: "unexpected \(shown(at: index)) after the end of the JSON document")
            }
        } catch {
            if let bad = badNumber { return numberIssue(bad) }
            return InputIssue(path: "", kind: .malformedJSON,
                              message: "not valid JSON at \(position(error.offset)): \(error.message)")
        }
        return badNumber.map(numberIssue)
    }

    private func numberIssue(_ bad: (path: [PathKey], text: String, tooLarge: Bool)) -> InputIssue {
        let message = bad.tooLarge
            ? "the number \(bad.text) is too large to be represented"
            : "the number \(bad.text) is too small to be represented (write 0)"
        return InputIssue(path: JSONPath.format(bad.path), entity: entity(along: bad.path),
                          kind: .outOfRange, message: message)
    }

    private func entity(along path: [PathKey]) -> String? {
        guard path.count >= 2, path[0].intValue == nil, let kind = JSONPath.entityNames[path[0].stringValue],
              let index = path[1].intValue else { return nil }
        if let id = ids[path[0].stringValue]?[index] { return "\(kind) \(id)" }
        return "\(kind) #\(index + 1)"
    }

    // MARK: - Grammar

    private mutating func value(depth: Int) throws(SyntaxError) {
        guard index < bytes.count else { throw truncated() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let word = self.word(at: index)
            if ["NaN", "Infinity", "inf", "nan"].contains(word) {
                throw SyntaxError(offset: index, message: "\(word) is not a JSON number")
            }
            throw SyntaxError(offset: index, message: "expected a value, found \(shown(at: index))")
        }
    }

    private mutating func object(depth: Int) throws(SyntaxError) {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw SyntaxError(offset: index, message: "expected a member name in double quotes, found \(shown(at: index))")
            }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw SyntaxError(offset: index, message: "expected ':' after \"\(key)\", found \(shown(at: index))")
            }
            index += 1
            skipWhitespace()
            path.append(PathKey(key))
            let start = index
            try value(depth: depth)
            if path.count == 3, key == "id", let list = path[0].intValue == nil ? path[0].stringValue : nil,
               let position = path[1].intValue, bytes[start] == UInt8(ascii: "\"") {
                ids[list, default: [:]][position] = rawString(start..<index)
            }
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return }
            throw SyntaxError(offset: index, message: "expected ',' or '}' after the value of \"\(key)\", found \(shown(at: index))")
        }
    }

    private mutating func array(depth: Int) throws(SyntaxError) {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return }
        var position = 0
        while true {
            skipWhitespace()
            path.append(PathKey(intValue: position))
            try value(depth: depth)
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw truncated() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; position += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return }
            throw SyntaxError(offset: index, message: "expected ',' or ']' after an array element, found \(shown(at: index))")
        }
    }

    /// Reads a string and returns its raw text (escapes left as written).
    private mutating func string() throws(SyntaxError) -> String {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return rawString(start..<index)
            case UInt8(ascii: "\\"):
                try escape()
            case 0..<0x20:
                throw SyntaxError(offset: index, message: "\(shown(at: index)) inside a string (write it as an escape such as \\n)")
            default:
                index += 1
            }
        }
        throw truncated()
    }

    private mutating func escape() throws(SyntaxError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw truncated() }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            index += 1
            let unit = try hex4(escapeStart: start)
            if (0xDC00...0xDFFF).contains(unit) {
                throw SyntaxError(offset: start, message: "the escape \\u\(String(unit, radix: 16)) is half of a character pair")
            }
            if (0xD800...0xDBFF).contains(unit) {
                let low = index
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw SyntaxError(offset: start, message: "the escape \\u\(String(unit, radix: 16)) is half of a character pair")
                }
                index += 2
                let second = try hex4(escapeStart: low)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw SyntaxError(offset: start, message: "the escape \\u\(String(unit, radix: 16)) is half of a character pair")
                }
            }
        default:
            throw SyntaxError(offset: start, message: "unknown escape \\\(shownCharacter(at: index)) in a string")
        }
    }

    private mutating func hex4(escapeStart: Int) throws(SyntaxError) -> Int {
        var unit = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw truncated() }
            guard let digit = Int(String(UnicodeScalar(bytes[index])), radix: 16) else {
                throw SyntaxError(offset: escapeStart, message: "a \\u escape needs four hexadecimal digits")
            }
            unit = unit * 16 + digit
            index += 1
        }
        return unit
    }

    private mutating func number() throws(SyntaxError) {
        let start = index
        var mantissaHasNonZero = false
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count else { throw truncated() }
        guard isDigit(bytes[index]) else {
            throw SyntaxError(offset: index, message: "expected a digit, found \(shown(at: index))")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw SyntaxError(offset: start, message: "numbers must not start with 0 (found \(word(at: start)))")
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                mantissaHasNonZero = true
                index += 1
            }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count else { throw truncated() }
            guard isDigit(bytes[index]) else {
                throw SyntaxError(offset: index, message: "expected a digit after the decimal point, found \(shown(at: index))")
            }
            while index < bytes.count, isDigit(bytes[index]) {
                if bytes[index] != UInt8(ascii: "0") { mantissaHasNonZero = true }
                index += 1
            }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count else { throw truncated() }
            guard isDigit(bytes[index]) else {
                throw SyntaxError(offset: index, message: "expected a digit in the exponent, found \(shown(at: index))")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        guard badNumber == nil else { return }
        let text = rawString(start..<index)
        if let parsed = Double(text) {
            if !parsed.isFinite {
                badNumber = (path, text, true)
            } else if parsed == 0, mantissaHasNonZero {
                badNumber = (path, text, false)
            }
        }
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        for expected in word.utf8 {
            guard index < bytes.count else { throw truncated() }
            guard bytes[index] == expected else {
                let found = self.word(at: index)
                throw SyntaxError(offset: index, message: "expected \(word), found \(found.isEmpty ? shown(at: index) : found)")
            }
            index += 1
        }
    }

    // MARK: - Helpers

    private func checkDepth(_ depth: Int) throws(SyntaxError) {
        if depth > JSONDiagnosis.maximumDepth {
            throw SyntaxError(offset: index, message: "more than \(JSONDiagnosis.maximumDepth) nested arrays or objects")
        }
    }

    private func truncated() -> SyntaxError {
        SyntaxError(offset: bytes.count, message: "the input ends in the middle of the document (is the file truncated?)")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func rawString(_ range: Range<Int>) -> String {
        var text = String(decoding: bytes[range], as: UTF8.self)
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
        return text
    }

    /// The run of letters, digits and signs starting at `offset` (at most 20 bytes).
    private func word(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 20 {
            let b = bytes[end]
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
            guard isWordByte else { break }
            end += 1
        }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// `'x'`, `a line break`, `a tab`, ... for the character at `offset`.
    private func shown(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the input" }
        switch bytes[offset] {
        case 0x0A, 0x0D: return "a line break"
        case 0x09: return "a tab"
        case 0x20: return "a space"
        case 0..<0x20, 0x7F: return "the control character U+\(String(format: "%04X", Int(bytes[offset])))"
        default: return "'\(shownCharacter(at: offset))'"
        }
    }

    private func shownCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "" }
        var end = offset + 1
        while end < bytes.count, end - offset < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// `line 3, column 15` of the first byte that is not part of valid UTF-8, or nil when all is valid.
    static func firstInvalidUTF8(_ data: Data) -> String? {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return JSONDiagnosis(data).position(offset)
            }
        }
    }

    /// `line 3, column 15` (columns count characters, from 1).
    private func position(_ offset: Int) -> String {
        var line = 1
        var column = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80, !(i < 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF])) {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }
}
