/// The lines of a plain-text instance file (Solomon, TRSP), read one non-blank line
/// at a time with its 1-based number, and the tokenising, number parsing and issue
/// wording the text readers share.
///
/// A leading byte order mark is dropped; lines end in LF, CRLF or CR (CRLF is one
/// line end); lines holding only white space are skipped but still counted. Every
/// issue is a ``InputIssue/Kind/malformedFile`` at a path like `line 9`.
struct TextTable {
    /// Every line of the file, blank ones included; line `n` is `lines[n - 1]`.
    private let lines: [Substring]
    /// Index of the next line ``nextLine()`` looks at.
    private var next = 0
    /// The issues recorded with ``add(_:_:_:)``, in the order found.
    private(set) var issues: [InputIssue] = []

    init(text: String) {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The next line that is not blank, with its 1-based number; nil at the end of the file.
    mutating func nextLine() -> (line: Int, text: Substring)? {
        while next < lines.count {
            let text = lines[next]
            next += 1
            if !text.allSatisfy(\.isWhitespace) { return (next, text) }
        }
        return nil
    }

    /// Reads the first line as the instance name (trimmed) of a file in `format` whose
    /// sections are `first` and `second`; a file that starts with `first` has no name.
    mutating func name(format: String, first: String, second: String) throws(InputError) -> String {
        guard let (line, text) = nextLine() else {
            throw Self.error("", nil, "the file is empty; expected a \(format) instance (a name line, then the \(first) and \(second) sections)")
        }
        if Self.words(text) == first.split(separator: " ").map(String.init) {
            throw Self.error(Self.path(line), nil, "expected the instance name before the \(first) section")
        }
        return Self.trimmed(text)
    }

    /// Reads the next line as the values under the header of `section`: one number per
    /// column, with the line's number; throws at the end of the file or when the count differs.
    mutating func values(section: String, columns: [String]) throws(InputError) -> (line: Int, numbers: Numbers) {
        guard let (line, text) = nextLine() else {
            let names = columns.dropLast().joined(separator: ", ") + (columns.count > 1 ? " and " : "") + (columns.last ?? "")
            throw Self.error("", nil, "the file ends in the \(section) section, before the \(names) values")
        }
        let fields = Self.fields(text)
        guard fields.count == columns.count else {
            throw Self.error(Self.path(line), nil, Self.countProblem("numbers", columns: columns, found: fields.count))
        }
        return (line, Self.numbers(fields, columns: columns))
    }

    /// Reads the next line as the title of `section` (its words, matched without regard to case).
    mutating func expectSection(_ section: [String]) throws(InputError) {
        let title = section.joined(separator: " ")
        guard let (line, text) = nextLine() else {
            throw Self.error("", nil, "the file ends before the \(title) section")
        }
        guard Self.words(text) == section else {
            throw Self.error(Self.path(line), nil, "expected the \(title) section, found \"\(Self.excerpt(text))\"")
        }
    }

    /// Reads the next line as the column header of `section`, whose columns are `header`;
    /// `matches` judges the line's upper-cased words.
    mutating func expectHeader(section: String, header: [String], matches: ([String]) -> Bool) throws(InputError) {
        let names = header.joined(separator: " ")
        guard let (line, text) = nextLine() else {
            throw Self.error("", nil, "the file ends in the \(section) section, before its header (\(names))")
        }
        guard matches(Self.words(text)) else {
            throw Self.error(Self.path(line), nil, "expected the \(section) header (\(names)), found \"\(Self.excerpt(text))\"")
        }
    }

    // MARK: - Tokens

    /// The issue path of a 1-based line number: `line 9`.
    static func path(_ line: Int) -> String { "line \(line)" }

    /// The runs of non-blank characters of a line.
    static func fields(_ text: Substring) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// The fields of a line, upper-cased (to match section names and headers).
    static func words(_ text: Substring) -> [String] {
        fields(text).map { $0.uppercased() }
    }

    /// The text without leading and trailing white space.
    static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The text with runs of white space shown as one space, shortened to 60 characters.
    static func excerpt(_ text: Substring) -> String {
        let words = fields(text).joined(separator: " ")
        return words.count > 60 ? String(words.prefix(59)) + "…" : words
    }

    /// `expected 7 numbers (CUST NO., XCOORD., …), found 5`: a line with the wrong number
    /// of `noun` (`numbers`, `fields`) for `columns`.
    static func countProblem(_ noun: String, columns: [String], found: Int) -> String {
        "expected \(columns.count) \(noun) (\(columns.joined(separator: ", "))), found \(found)"
    }

    // MARK: - Numbers

    /// A plain decimal number (`12`, `-3.5`, `1e3`): no `nan`, `inf` or hexadecimal forms.
    static func number(_ field: Substring) -> Result<Double, NumberProblem> {
        var digits = 0
        var index = field.startIndex
        func skipDigits() {
            while index < field.endIndex, field[index].isASCII, field[index].isNumber {
                digits += 1
                index = field.index(after: index)
            }
        }
        if index < field.endIndex, field[index] == "+" || field[index] == "-" { index = field.index(after: index) }
        skipDigits()
        if index < field.endIndex, field[index] == "." {
            index = field.index(after: index)
            skipDigits()
        }
        var valid = digits > 0
        if valid, index < field.endIndex, field[index] == "e" || field[index] == "E" {
            index = field.index(after: index)
            if index < field.endIndex, field[index] == "+" || field[index] == "-" { index = field.index(after: index) }
            let before = digits
            skipDigits()
            valid = digits > before
        }
        guard valid, index == field.endIndex, let value = Double(String(field)) else {
            return .failure(NumberProblem("\"\(excerpt(field))\" is not a number"))
        }
        guard value.isFinite else { return .failure(NumberProblem("\(field) is too large")) }
        return .success(value)
    }

    /// Why a field is not a usable number (the end of a sentence that starts with the column name).
    struct NumberProblem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Fields read as numbers, one per column.
    struct Numbers {
        /// The values in column order; NaN where a field is not a number (``number(_:)`` never reads NaN).
        var values: [Double]
        /// Per column, why its field is not a number (`DEMAND "x" is not a number`), or nil.
        var problems: [String?]
        /// The problems in column order.
        var messages: [String] { problems.compactMap { $0 } }
    }

    /// Reads `fields` as numbers under the names `columns` (paired in order; extra ones are ignored).
    static func numbers(_ fields: some Sequence<Substring>, columns: some Sequence<String>) -> Numbers {
        var read = Numbers(values: [], problems: [])
        for (name, field) in zip(columns, fields) {
            switch number(field) {
            case let .success(value):
                read.values.append(value)
                read.problems.append(nil)
            case let .failure(problem):
                read.values.append(.nan)
                read.problems.append("\(name) \(problem)")
            }
        }
        return read
    }

    /// A row number (`CUST NO.`, `ID`) when `value` is a whole number from 0 to below a billion.
    static func identifier(_ value: Double) -> Int? {
        value.isFinite && value == value.rounded() && value >= 0 && value < 1e9 ? Int(value) : nil
    }

    /// Why `value` is no row number of the column `name` (see ``identifier(_:)``).
    static func identifierProblem(_ name: String, _ value: Double) -> String {
        value < 0 ? "\(name) must be at least 0, got \(format(value))"
                  : "\(name) must be a whole number, got \(format(value))"
    }

    /// `NAME must be at least 0, got -3` for each negative value, in order.
    static func negativeProblems(_ columns: some Sequence<String>, _ values: some Sequence<Double>) -> [String] {
        zip(columns, values).filter { $0.1 < 0 }.map { "\($0.0) must be at least 0, got \(format($0.1))" }
    }

    /// `DUE DATE 5 is before READY TIME 9` when a window with no negative bound ends before it starts.
    static func windowProblem(start: (name: String, value: Double), end: (name: String, value: Double)) -> String? {
        guard start.value >= 0, end.value >= 0, end.value < start.value else { return nil }
        return "\(end.name) \(format(end.value)) is before \(start.name) \(format(start.value))"
    }

    /// A whole value without a decimal point (`12`), any other as Swift prints it (`12.5`).
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: - Issues

    /// Records an issue and reads on.
    mutating func add(_ path: String, _ entity: String?, _ message: String) {
        issues.append(Self.issue(path, entity, message))
    }

    /// Throws the recorded issues, if any.
    func throwIssues() throws(InputError) {
        guard issues.isEmpty else { throw InputError(issues: issues) }
    }

    /// A ``InputIssue/Kind/malformedFile`` issue.
    static func issue(_ path: String, _ entity: String?, _ message: String) -> InputIssue {
        InputIssue(path: path, entity: entity, kind: .malformedFile, message: message)
    }

    /// An error of one ``issue(_:_:_:)``.
    static func error(_ path: String, _ entity: String?, _ message: String) -> InputError {
        InputError(issue(path, entity, message))
    }
}

/// A reader of one text format built on a ``TextTable``: its issues are all
/// ``InputIssue/Kind/malformedFile``.
protocol TextTableReader {}

extension TextTableReader {
    /// A ``InputIssue/Kind/malformedFile`` issue (see ``TextTable/issue(_:_:_:)``).
    static func issue(_ path: String, _ entity: String?, _ message: String) -> InputIssue {
        TextTable.issue(path, entity, message)
    }

    /// An error of one ``issue(_:_:_:)``.
    static func error(_ path: String, _ entity: String?, _ message: String) -> InputError {
        TextTable.error(path, entity, message)
    }
}
