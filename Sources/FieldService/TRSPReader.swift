/// One row of a TRSP file's `DEPOT TECHNICIANS AND REQUESTS` table.
struct TRSPRow: Sendable, Hashable {
    /// 1-based line number in the file.
    var line: Int
    /// `ID`: 0 is the depot, 1 to K the technicians' homes, then the requests.
    var id: Int
    var x: Double
    var y: Double
    /// `TWS`: start of the time window.
    var windowStart: Double
    /// `TWE`: end of the time window.
    var windowEnd: Double
    /// `Serv`: service time (0 on the depot and technician rows).
    var service: Double
    /// `SKILLS`: 0-based skill indices (offered by a technician, needed by a request).
    var skills: [Int]
    /// `TOOLS`: 0-based tool indices (on the van, or needed).
    var tools: [Int]
    /// `SPARE PARTS`: a count per spare part type (on the van, or needed); empty means none.
    var spareParts: [Int]
}

/// What a TRSP file says, before it becomes a ``Problem``.
struct TRSPInstance: Sendable, Hashable {
    /// The first line of the file.
    var name: String
    /// `CREW COUNT` (K), `SKILLS`, `TOOLS` and `SPARE PARTS` of the INFO section.
    var technicianCount: Int
    var skillCount: Int
    var toolCount: Int
    var partCount: Int
    /// Line of the INFO values.
    var countsLine: Int
    /// Row 0.
    var depot: TRSPRow
    /// Rows 1 to K, in file order.
    var technicians: [TRSPRow]
    /// The rows after them, in file order.
    var requests: [TRSPRow]

    /// The entity of the row at `position` (0-based, in table order) with `id`:
    /// `depot`, `technician t3` or `request 42`.
    static func entity(id: Int, position: Int, technicians: Int) -> String {
        if position == 0 { return "depot" }
        if position <= technicians { return "technician t\(position)" }
        return "request \(id)"
    }
}

/// Reads the text format of the technician routing and scheduling problem (TRSP)
/// instances of Pillac, Guéret and Medaglia (2013) strictly, collecting every broken row.
///
/// ```
/// C101.100_25-5-5-5
///
/// INFO
/// CREW COUNT  SKILLS    TOOLS   SPARE PARTS
///        25        5        5             5
///
/// DEPOT TECHNICIANS AND REQUESTS
/// ID           X        Y     TWS     TWE    Serv     SKILLS   TOOLS    SPARE PARTS
/// 0         40.0     50.0     0.0  1236.0     0.0     []       []       []
/// 1          9.0      6.0     0.0  1236.0     0.0     [1,2,3]  [0,2]    [0,3,0,2,4]
/// ...
/// 26        45.0     68.0   912.0   967.0    90.0     [2]      [0,4]    [0,1,0,0,0]
/// ```
///
/// Row 0 is the central depot, rows 1 to K (`CREW COUNT`) the technicians' homes,
/// the rows after them the requests. `SKILLS` and `TOOLS` are sets of 0-based
/// indices; `SPARE PARTS` has one count per spare part type (or is `[]` for
/// none). A list may contain spaces (`[0, 2]`). Blank lines may appear anywhere;
/// lines end in LF, CRLF or CR; section names and headers are matched without
/// regard to case. Files with explicit `DISTANCES`/`TRAVEL TIMES` matrices are
/// rejected: travel is Euclidean. Every issue names its line.
struct TRSPReader: TextTableReader {
    static let columns = ["ID", "X", "Y", "TWS", "TWE", "Serv", "SKILLS", "TOOLS", "SPARE PARTS"]
    static let countColumns = ["CREW COUNT", "SKILLS", "TOOLS", "SPARE PARTS"]
    static let tableSection = ["DEPOT", "TECHNICIANS", "AND", "REQUESTS"]
    /// Most technicians accepted (the planner takes at most ``Problem/maximumTechnicians``).
    static let maximumTechnicians = 10_000
    /// Most skills, tools or spare part types.
    static let maximumTypes = 1000

    private var table: TextTable

    init(text: String) {
        table = TextTable(text: text)
    }

    /// The instance, or every issue found.
    mutating func read() throws(InputError) -> TRSPInstance {
        let name = try table.name(format: "TRSP", first: "INFO", second: Self.tableSection.joined(separator: " "))
        try table.expectSection(["INFO"])
        try table.expectHeader(section: "INFO", header: Self.countColumns) { $0.first == "CREW" }
        let (countsLine, values) = try table.values(section: "INFO", columns: Self.countColumns)
        let counts = try countValues(values, line: countsLine)
        let (technicians, skills, tools, parts) = (counts[0], counts[1], counts[2], counts[3])

        try table.expectSection(Self.tableSection)
        try table.expectHeader(section: Self.tableSection.joined(separator: " "), header: Self.columns) { $0.first == "ID" }

        var rows: [TRSPRow] = []
        var position = 0
        var seen: [Int: Int] = [:]
        while let (line, text) = table.nextLine() {
            let path = TextTable.path(line)
            if let first = TextTable.words(text).first, first == "DISTANCES" || first == "TRAVEL" {
                table.add(path, nil, "explicit DISTANCES and TRAVEL TIMES matrices are not supported: travel is the straight-line distance between the X/Y coordinates")
                break
            }
            defer { position += 1 }
            guard let row = row(text, line: line, position: position, technicians: technicians,
                                skills: skills, tools: tools, parts: parts) else { continue }
            let entity = TRSPInstance.entity(id: row.id, position: position, technicians: technicians)
            if position == 0, row.id != 0 {
                table.add(path, nil, "expected the depot row (ID 0) first, found ID \(row.id)")
                continue
            }
            if position >= 1, position <= technicians, row.id != position {
                table.add(path, nil, "expected technician row ID \(position) (rows 1 to \(technicians) are the technicians, as CREW COUNT says), found ID \(row.id)")
                continue
            }
            if position > technicians, row.id <= technicians {
                table.add(path, entity, "ID \(row.id) belongs to the depot or a technician (0 to \(technicians)); request IDs come after them")
                continue
            }
            if let earlier = seen[row.id] {
                table.add(path, entity, "ID \(row.id) is already used on line \(earlier)")
                continue
            }
            seen[row.id] = line
            rows.append(row)
        }
        try table.throwIssues()
        guard let depot = rows.first else {
            throw Self.error("", nil, "the DEPOT TECHNICIANS AND REQUESTS table has no rows; expected the depot (ID 0), the technicians (IDs 1 to \(technicians)) and the requests")
        }
        let homes = Array(rows.dropFirst().prefix(technicians))
        guard homes.count == technicians else {
            throw Self.error(TextTable.path(countsLine), nil, "CREW COUNT is \(technicians), but the table has only \(homes.count) technician row\(homes.count == 1 ? "" : "s") after the depot")
        }
        return TRSPInstance(name: name, technicianCount: technicians, skillCount: skills, toolCount: tools,
                            partCount: parts, countsLine: countsLine, depot: depot, technicians: homes,
                            requests: Array(rows.dropFirst(1 + technicians)))
    }

    // MARK: - Fields

    /// The fields of a row: runs of non-blank characters, where a `[` opens a list
    /// that runs to its `]` whatever spaces it holds (the spaces are dropped).
    static func fields(_ text: Substring) -> [Substring] {
        var fields: [Substring] = []
        var current = ""
        var inList = false
        func flush() {
            if !current.isEmpty { fields.append(Substring(current)) }
            current = ""
        }
        for character in text {
            if inList {
                if !character.isWhitespace { current.append(character) }
                if character == "]" {
                    inList = false
                    flush()
                }
            } else if character.isWhitespace {
                flush()
            } else {
                if character == "[" {
                    flush()
                    inList = true
                }
                current.append(character)
            }
        }
        flush()
        return fields
    }

    // MARK: - Values

    /// CREW COUNT, SKILLS, TOOLS and SPARE PARTS.
    private func countValues(_ read: TextTable.Numbers, line: Int) throws(InputError) -> [Int] {
        let names = Self.countColumns
        let path = TextTable.path(line)
        var found: [InputIssue] = []
        var values: [Int] = []
        for (index, (name, value)) in zip(names, read.values).enumerated() {
            let (low, high) = index == 0 ? (1, Self.maximumTechnicians) : (0, Self.maximumTypes)
            if let problem = read.problems[index] {
                found.append(Self.issue(path, nil, problem))
            } else if value == value.rounded(), value >= Double(low), value <= Double(high) {
                values.append(Int(value))
            } else {
                found.append(Self.issue(path, nil,
                                        "\(name) must be a whole number from \(low) to \(high), got \(TextTable.format(value))"))
            }
        }
        guard found.isEmpty, values.count == names.count else { throw InputError(issues: found) }
        return values
    }

    /// Parses one table row; records its issues and returns nil when it is broken.
    private mutating func row(_ text: Substring, line: Int, position: Int, technicians: Int,
                              skills: Int, tools: Int, parts: Int) -> TRSPRow? {
        let fields = Self.fields(text)
        let path = TextTable.path(line)
        guard fields.count == Self.columns.count else {
            table.add(path, nil, TextTable.countProblem("fields", columns: Self.columns, found: fields.count))
            return nil
        }
        let read = TextTable.numbers(fields.prefix(6), columns: Self.columns.prefix(6))
        let values = read.values
        // Name the row when its ID is readable.
        let id = TextTable.identifier(values[0])
        let entity = id.map { TRSPInstance.entity(id: $0, position: position, technicians: technicians) }
        for problem in read.messages { table.add(path, entity, problem) }

        var sound = read.messages.isEmpty
        if sound, id == nil {
            table.add(path, nil, TextTable.identifierProblem("ID", values[0]))
            sound = false
        }
        if read.messages.isEmpty {
            var problems = TextTable.negativeProblems(Self.columns[3...5], values[3...5])
            if let window = TextTable.windowProblem(start: ("TWS", values[3]), end: ("TWE", values[4])) {
                problems.append(window)
            }
            for problem in problems { table.add(path, entity, problem) }
            sound = sound && problems.isEmpty
        }
        let skillList = indexSet(fields[6], column: "SKILLS", what: "skill", count: skills, path: path, entity: entity)
        let toolList = indexSet(fields[7], column: "TOOLS", what: "tool", count: tools, path: path, entity: entity)
        let partCounts = countVector(fields[8], count: parts, path: path, entity: entity)
        guard sound, let id, let skillList, let toolList, let partCounts else { return nil }
        return TRSPRow(line: line, id: id, x: values[1], y: values[2], windowStart: values[3],
                       windowEnd: values[4], service: values[5], skills: skillList, tools: toolList,
                       spareParts: partCounts)
    }

    /// The whole numbers of a `[a,b,c]` list, or nil (recorded) when it is not one.
    private mutating func list(_ field: Substring, column: String, path: String, entity: String?) -> [Int]? {
        guard field.first == "[", field.last == "]", field.count >= 2 else {
            table.add(path, entity, "\(column) \"\(TextTable.excerpt(field))\" is not a list like [0,2]")
            return nil
        }
        let inside = field.dropFirst().dropLast()
        if inside.isEmpty { return [] }
        var numbers: [Int] = []
        for item in inside.split(separator: ",", omittingEmptySubsequences: false) {
            guard case let .success(value) = TextTable.number(item), value == value.rounded(), abs(value) < 1e9 else {
                table.add(path, entity, "\(column) \"\(TextTable.excerpt(field))\" is not a list of whole numbers like [0,2]")
                return nil
            }
            numbers.append(Int(value))
        }
        return numbers
    }

    /// A set of 0-based indices below `count` (skills or tools), each listed once.
    private mutating func indexSet(_ field: Substring, column: String, what: String, count: Int,
                                   path: String, entity: String?) -> [Int]? {
        guard let numbers = list(field, column: column, path: path, entity: entity) else { return nil }
        var seen = Set<Int>()
        var sound = true
        for number in numbers {
            if number < 0 || number >= count {
                let range = count == 0 ? "the file has no \(what)s" : "the file has \(count) \(what)\(count == 1 ? "" : "s") (0 to \(count - 1))"
                table.add(path, entity, "\(column) names \(what) \(number), but \(range)")
                sound = false
            } else if !seen.insert(number).inserted {
                table.add(path, entity, "\(column) lists \(what) \(number) twice")
                sound = false
            }
        }
        return sound ? numbers : nil
    }

    /// One count per spare part type (`count` of them), each at least 0; `[]` is none.
    private mutating func countVector(_ field: Substring, count: Int, path: String, entity: String?) -> [Int]? {
        guard let numbers = list(field, column: "SPARE PARTS", path: path, entity: entity) else { return nil }
        if numbers.isEmpty { return [] }
        guard numbers.count == count else {
            table.add(path, entity, "SPARE PARTS must have \(count) count\(count == 1 ? "" : "s") (one per spare part type) or be [], found \(numbers.count)")
            return nil
        }
        if let negative = numbers.first(where: { $0 < 0 }) {
            table.add(path, entity, "SPARE PARTS counts must be at least 0, got \(negative)")
            return nil
        }
        return numbers
    }
}
