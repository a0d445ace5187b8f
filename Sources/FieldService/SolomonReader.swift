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
struct SolomonReader: TextTableReader {
    /// The columns of the VEHICLE section.
    static let vehicleColumns = ["NUMBER", "CAPACITY"]
    /// The columns of the CUSTOMER section.
    static let columns = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"]
    /// Most vehicles accepted (each becomes a technician).
    static let maximumVehicles = 10_000

    private var table: TextTable

    init(text: String) {
        table = TextTable(text: text)
    }

    /// The instance, or every issue found.
    mutating func read() throws(InputError) -> SolomonInstance {
        let name = try table.name(format: "Solomon", first: "VEHICLE", second: "CUSTOMER")
        try table.expectSection(["VEHICLE"])
        try table.expectHeader(section: "VEHICLE", header: Self.vehicleColumns) { $0.starts(with: Self.vehicleColumns) }
        let (vehicleLine, values) = try table.values(section: "VEHICLE", columns: Self.vehicleColumns)
        let (vehicles, capacity) = try vehicleValues(values, line: vehicleLine)

        try table.expectSection(["CUSTOMER"])
        try table.expectHeader(section: "CUSTOMER", header: Self.columns) { $0.first?.hasPrefix("CUST") == true }
        var rows: [SolomonRow] = []
        var seen: [Int: Int] = [:]
        while let (line, text) = table.nextLine() {
            guard let row = row(text, line: line) else { continue }
            if let earlier = seen[row.number] {
                table.add(TextTable.path(line), row.entity, "CUST NO. \(row.number) is already used on line \(earlier)")
                continue
            }
            seen[row.number] = line
            rows.append(row)
        }
        try table.throwIssues()
        guard let depot = rows.first(where: { $0.number == 0 }) else {
            throw Self.error("", nil, rows.isEmpty
                ? "the CUSTOMER section has no rows; expected the depot (CUST NO. 0) and the customers"
                : "the CUSTOMER section has no depot row (CUST NO. 0)")
        }
        let customers = rows.filter { $0.number != 0 }
        for customer in customers {
            checkServiceHours(customer, depot: depot)
        }
        try table.throwIssues()
        return SolomonInstance(name: name, vehicles: vehicles, capacity: capacity, vehicleLine: vehicleLine,
                               depot: depot, customers: customers)
    }

    // MARK: - Values

    /// NUMBER and CAPACITY.
    private func vehicleValues(_ read: TextTable.Numbers, line: Int) throws(InputError) -> (Int, Double) {
        let path = TextTable.path(line)
        var found = read.messages.map { Self.issue(path, nil, $0) }
        guard found.isEmpty, read.values.count == 2 else { throw InputError(issues: found) }
        let (count, capacity) = (read.values[0], read.values[1])
        if count != count.rounded() || count < 1 || count > Double(Self.maximumVehicles) {
            found.append(Self.issue(path, nil,
                                    "NUMBER must be a whole number from 1 to \(Self.maximumVehicles), got \(TextTable.format(count))"))
        }
        found += TextTable.negativeProblems(["CAPACITY"], [capacity]).map { Self.issue(path, nil, $0) }
        guard found.isEmpty else { throw InputError(issues: found) }
        return (Int(count), capacity)
    }

    /// Parses one CUSTOMER row; records its issues and returns nil when it is broken.
    private mutating func row(_ text: Substring, line: Int) -> SolomonRow? {
        let fields = TextTable.fields(text)
        let path = TextTable.path(line)
        guard fields.count == Self.columns.count else {
            table.add(path, nil, TextTable.countProblem("numbers", columns: Self.columns, found: fields.count))
            return nil
        }
        let read = TextTable.numbers(fields, columns: Self.columns)
        let values = read.values
        // Name the customer when its number is readable.
        let number = TextTable.identifier(values[0])
        let entity = number.map { $0 == 0 ? "depot" : "customer \($0)" }
        for problem in read.messages { table.add(path, entity, problem) }
        guard read.messages.isEmpty else { return nil }

        var problems: [(entity: String?, message: String)] = []
        if number == nil { problems.append((nil, TextTable.identifierProblem("CUST NO.", values[0]))) }
        problems += TextTable.negativeProblems(Self.columns.dropFirst(), values.dropFirst()).map { (entity, $0) }
        let (ready, due) = (values[4], values[5])
        if let window = TextTable.windowProblem(start: ("READY TIME", ready), end: ("DUE DATE", due)) {
            problems.append((entity, window))
        }
        for problem in problems { table.add(path, problem.entity, problem.message) }
        guard problems.isEmpty, let number else { return nil }
        return SolomonRow(line: line, number: number, x: values[1], y: values[2], demand: values[3],
                          ready: ready, due: due, service: values[6])
    }

    /// A customer whose window misses the depot's hours can never be served.
    private mutating func checkServiceHours(_ customer: SolomonRow, depot: SolomonRow) {
        if customer.ready > depot.due || customer.due < depot.ready {
            table.add(TextTable.path(customer.line), customer.entity,
                      "the window \(TextTable.format(customer.ready))-\(TextTable.format(customer.due)) lies outside the depot's hours \(TextTable.format(depot.ready))-\(TextTable.format(depot.due)) (line \(depot.line))")
        }
    }
}
