/// One row of a Solomon file's CUSTOMER section.
struct SolomonRow: Sendable, Hashable {
    /// 1-based line number in the file.
    var line: Int
    /// `CUST NO.`; 0 is the depot.
    var number: Int
    var x: Double
    var y: Double
    var demand: Double
    var ready: Double
    var due: Double
    var service: Double

    /// `customer 7`, or `depot` for row 0.
    var entity: String { number == 0 ? "depot" : "customer \(number)" }
}

/// What a Solomon file says, before it becomes a ``Problem``.
struct SolomonInstance: Sendable, Hashable {
    /// The first line of the file.
    var name: String
    /// `NUMBER` of the VEHICLE section.
    var vehicles: Int
    /// `CAPACITY` of the VEHICLE section.
    var capacity: Double
    /// Line of the NUMBER/CAPACITY values.
    var vehicleLine: Int
    /// Row 0.
    var depot: SolomonRow
    /// The other rows, in file order.
    var customers: [SolomonRow]
}

/// Reads the Solomon VRPTW text format strictly, collecting every broken row.
///
/// ```
/// C101
///
/// VEHICLE
/// NUMBER     CAPACITY
///   25         200
///
/// CUSTOMER
/// CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME
///
///     0      40         50          0          0       1236          0
///     1      45         68         10        912        967         90
/// ```
///
/// Blank lines may appear anywhere; lines end in LF, CRLF or CR; section names
/// and headers are matched without regard to case. Every issue names its line.
struct SolomonReader {
    static let columns = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"]
    /// Most vehicles accepted (each becomes a technician).
    static let maximumVehicles = 10_000

    private let lines: [Substring]
    private var next = 0
    private var issues: [InputIssue] = []

    init(text: String) {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The instance, or every issue found.
    mutating func read() throws(InputError) -> SolomonInstance {
        guard let (nameLine, nameText) = nextLine() else {
            throw Self.error("", nil, "the file is empty; expected a Solomon instance (a name line, then the VEHICLE and CUSTOMER sections)")
        }
        if Self.words(nameText) == ["VEHICLE"] {
            throw Self.error("line \(nameLine)", nil, "expected the instance name before the VEHICLE section")
        }
        let name = nameText.trimmingWhitespace()

        try expectSection("VEHICLE")
        try expectHeader(section: "VEHICLE") { $0.starts(with: ["NUMBER", "CAPACITY"]) }
        guard let (vehicleLine, vehicleText) = nextLine() else {
            throw Self.error("", nil, "the file ends in the VEHICLE section, before the NUMBER and CAPACITY values")
        }
        let (vehicles, capacity) = try vehicleValues(vehicleText, line: vehicleLine)

        try expectSection("CUSTOMER")
        try expectHeader(section: "CUSTOMER") { $0.first?.hasPrefix("CUST") == true }
        var rows: [SolomonRow] = []
        var seen: [Int: Int] = [:]
        while let (line, text) = nextLine() {
            guard let row = row(text, line: line) else { continue }
            if let earlier = seen[row.number] {
                add("line \(line)", row.entity, "CUST NO. \(row.number) is already used on line \(earlier)")
                continue
            }
            seen[row.number] = line
            rows.append(row)
        }
        guard issues.isEmpty else { throw InputError(issues: issues) }
        guard let depot = rows.first(where: { $0.number == 0 }) else {
            throw Self.error("", nil, rows.isEmpty
                ? "the CUSTOMER section has no rows; expected the depot (CUST NO. 0) and the customers"
                : "the CUSTOMER section has no depot row (CUST NO. 0)")
        }
        let customers = rows.filter { $0.number != 0 }
        for customer in customers {
            checkServiceHours(customer, depot: depot)
        }
        guard issues.isEmpty else { throw InputError(issues: issues) }
        return SolomonInstance(name: name, vehicles: vehicles, capacity: capacity, vehicleLine: vehicleLine,
                               depot: depot, customers: customers)
    }

    // MARK: - Lines

    /// The next line that is not blank, with its 1-based number.
    private mutating func nextLine() -> (Int, Substring)? {
        while next < lines.count {
            let line = lines[next]
            next += 1
            if !line.allSatisfy(\.isWhitespace) { return (next, line) }
        }
        return nil
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { $0.uppercased() }
    }

    private mutating func expectSection(_ section: String) throws(InputError) {
        guard let (line, text) = nextLine() else {
            throw Self.error("", nil, "the file ends before the \(section) section")
        }
        guard Self.words(text) == [section] else {
            throw Self.error("line \(line)", nil, "expected the \(section) section, found \"\(Self.excerpt(text))\"")
        }
    }

    /// The column header of a section; `matches` judges its upper-cased words.
    private mutating func expectHeader(section: String, matches: ([String]) -> Bool) throws(InputError) {
        let header = section == "VEHICLE" ? "NUMBER CAPACITY" : Self.columns.joined(separator: " ")
        guard let (line, text) = nextLine() else {
            throw Self.error("", nil, "the file ends in the \(section) section, before its header (\(header))")
        }
        guard matches(Self.words(text)) else {
            throw Self.error("line \(line)", nil, "expected the \(section) header (\(header)), found \"\(Self.excerpt(text))\"")
        }
    }

    /// The text with runs of white space shown as one space, shortened to 60 characters.
    private static func excerpt(_ text: Substring) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 60 ? String(words.prefix(59)) + "…" : words
    }

    // MARK: - Values

    private func vehicleValues(_ text: Substring, line: Int) throws(InputError) -> (Int, Double) {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2 else {
            throw Self.error("line \(line)", nil, "expected 2 numbers (NUMBER, CAPACITY), found \(fields.count)")
        }
        var found: [InputIssue] = []
        var values: [Double] = []
        for (name, field) in zip(["NUMBER", "CAPACITY"], fields) {
            switch Self.number(field) {
            case let .success(value): values.append(value)
            case let .failure(problem): found.append(Self.issue("line \(line)", nil, "\(name) \(problem)"))
            }
        }
        guard found.isEmpty, values.count == 2 else { throw InputError(issues: found) }
        let (count, capacity) = (values[0], values[1])
        if count != count.rounded() || count < 1 || count > Double(Self.maximumVehicles) {
            found.append(Self.issue("line \(line)", nil,
                                    "NUMBER must be a whole number from 1 to \(Self.maximumVehicles), got \(Self.format(count))"))
        }
        if capacity < 0 {
            found.append(Self.issue("line \(line)", nil, "CAPACITY must be at least 0, got \(Self.format(capacity))"))
        }
        guard found.isEmpty else { throw InputError(issues: found) }
        return (Int(count), capacity)
    }

    /// Parses one CUSTOMER row; records its issues and returns nil when it is broken.
    private mutating func row(_ text: Substring, line: Int) -> SolomonRow? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        let path = "line \(line)"
        guard fields.count == Self.columns.count else {
            add(path, nil, "expected \(Self.columns.count) numbers (\(Self.columns.joined(separator: ", "))), found \(fields.count)")
            return nil
        }
        var values: [Double] = []
        var broken: [(String, String)] = []
        for (name, field) in zip(Self.columns, fields) {
            switch Self.number(field) {
            case let .success(value): values.append(value)
            case let .failure(problem):
                values.append(.nan)
                broken.append((name, problem.description))
            }
        }
        // Name the customer when its number is readable.
        let number = values[0]
        let wholeNumber = number.isFinite && number == number.rounded() && number >= 0 && number < 1e9
        let entity = wholeNumber ? (number == 0 ? "depot" : "customer \(Int(number))") : nil
        for (name, problem) in broken { add(path, entity, "\(name) \(problem)") }
        guard broken.isEmpty else { return nil }

        var sound = true
        if !wholeNumber {
            add(path, nil, number < 0 ? "CUST NO. must be at least 0, got \(Self.format(number))"
                                      : "CUST NO. must be a whole number, got \(Self.format(number))")
            sound = false
        }
        for (name, value) in zip(Self.columns, values).dropFirst() where value < 0 {
            add(path, entity, "\(name) must be at least 0, got \(Self.format(value))")
            sound = false
        }
        let (ready, due) = (values[4], values[5])
        if ready >= 0, due >= 0, due < ready {
            add(path, entity, "DUE DATE \(Self.format(due)) is before READY TIME \(Self.format(ready))")
            sound = false
        }
        guard sound else { return nil }
        return SolomonRow(line: line, number: Int(number), x: values[1], y: values[2], demand: values[3],
                          ready: ready, due: due, service: values[6])
    }

    /// A customer whose window misses the depot's hours can never be served.
    private mutating func checkServiceHours(_ customer: SolomonRow, depot: SolomonRow) {
        if customer.ready > depot.due || customer.due < depot.ready {
            add("line \(customer.line)", customer.entity,
                "the window \(Self.format(customer.ready))-\(Self.format(customer.due)) lies outside the depot's hours \(Self.format(depot.ready))-\(Self.format(depot.due)) (line \(depot.line))")
        }
    }

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

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    // MARK: - Issues

    private mutating func add(_ path: String, _ entity: String?, _ message: String) {
        issues.append(Self.issue(path, entity, message))
    }

    static func issue(_ path: String, _ entity: String?, _ message: String) -> InputIssue {
        InputIssue(path: path, entity: entity, kind: .malformedFile, message: message)
    }

    static func error(_ path: String, _ entity: String?, _ message: String) -> InputError {
        InputError(issue(path, entity, message))
    }
}

extension Substring {
    /// The text without leading and trailing white space.
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
