import Foundation

extension Problem {
    /// Reads a Solomon VRPTW instance (the text format of the 56 classic
    /// benchmark files) and validates it.
    ///
    /// The file has a name line, a `VEHICLE` section (`NUMBER`, `CAPACITY`) and
    /// a `CUSTOMER` section with rows `CUST NO. XCOORD. YCOORD. DEMAND READY TIME
    /// DUE DATE SERVICE TIME`; row 0 is the depot. It becomes:
    ///
    /// - one technician per vehicle, ids `v1` ... `vK`, starting and ending at
    ///   the depot, with one shift on day 1 from the depot's ready time to its
    ///   due date, the van capacity from the header, and no hourly cost, fixed
    ///   cost, break or overtime;
    /// - one job per customer, id = the customer number (`"1"`, `"2"`, ...),
    ///   at (`lon` = x, `lat` = y), lasting the service time, needing its demand,
    ///   with one time window `[ready, due]` for the *start* of service, urgency normal;
    /// - travel `.euclidean(speed: 1)`: double-precision straight-line distance,
    ///   travel time = distance;
    /// - objective: 1 per unit of distance and 1,000,000 for each unplaced job
    ///   (so that among plans placing every job, distance alone is minimised);
    ///   every other price 0.
    ///
    /// - Parameters:
    ///   - text: the file's contents (LF, CRLF or CR line ends).
    ///   - name: the problem's name; the file's first line when nil.
    ///   - customers: keep only the first `customers` customers in file order
    ///     (the classic 25- and 50-customer variants); all when nil.
    /// - Throws: ``InputError`` with issues of kind ``InputIssue/Kind/malformedFile``
    ///   whose path names the line (`line 12: expected 7 numbers (...), found 5`)
    ///   and whose entity names the customer or the depot when known: missing
    ///   sections or headers, rows with the wrong number of fields, fields that
    ///   are not numbers, negative values, a due date before the ready time, a
    ///   customer number used twice, no depot row, a customer window outside the
    ///   depot's hours, or more `customers` than the file has. Rules of
    ///   ``Problem/validate()`` that the mapped problem breaks are reported at the
    ///   line they come from, with their own kind.
    public static func loadSolomon(text: String, name: String? = nil, customers: Int? = nil) throws(InputError) -> Problem {
        guard text.utf8.count <= maximumInputBytes else {
            throw InputError(SolomonReader.issue(
                "", nil, "the input is \(text.utf8.count) bytes; the limit is \(maximumInputBytes)"))
        }
        var reader = SolomonReader(text: text)
        let instance = try reader.read()
        var rows = instance.customers
        if let customers {
            guard customers >= 0 else {
                throw InputError(SolomonReader.issue("customers", nil, "must be at least 0, got \(customers)"))
            }
            guard customers <= rows.count else {
                throw InputError(SolomonReader.issue(
                    "customers", nil, "\(customers) requested, but the file has only \(rows.count) customers"))
            }
            rows = Array(rows.prefix(customers))
        }
        let problem = solomonProblem(instance, customers: rows, name: name)
        let issues = problem.validate()
        guard issues.isEmpty else { throw InputError(issues: solomonIssues(issues, instance, customers: rows)) }
        return problem
    }

    /// Reads a Solomon VRPTW instance from the bytes of a file; see ``loadSolomon(text:name:customers:)``.
    ///
    /// - Throws: ``InputError``: also when the bytes are not UTF-8 text or exceed ``maximumInputBytes``.
    public static func loadSolomon(data: Data, name: String? = nil, customers: Int? = nil) throws(InputError) -> Problem {
        guard data.count <= maximumInputBytes else {
            throw InputError(SolomonReader.issue("", nil, "the input is \(data.count) bytes; the limit is \(maximumInputBytes)"))
        }
        if let position = JSONDiagnosis.firstInvalidUTF8(data) {
            throw InputError(SolomonReader.issue(
                "", nil, "the input is not UTF-8 text (first bad byte at \(position)); save the file as plain text"))
        }
        return try loadSolomon(text: String(decoding: data, as: UTF8.self), name: name, customers: customers)
    }

    /// The objective of a Solomon instance: distance, with unplaced jobs priced out of reach.
    public static let solomonObjective = ObjectiveWeights(
        costPerKm: 1,
        unassignedPenalty: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, 1_000_000) }),
        priorityPenalty: 0, overtimeWeight: 0, referralWeight: 0,
        latenessPerDay: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, 0) }),
        nonPreferredTechnician: 0)

    private static func solomonProblem(_ instance: SolomonInstance, customers: [SolomonRow], name: String?) -> Problem {
        let depot = instance.depot
        let home = Location(latitude: depot.y, longitude: depot.x)
        let technicians = (1...max(1, instance.vehicles)).map { k in
            Technician(id: "v\(k)", name: "Vehicle \(k)", skills: [:],
                       shifts: [Shift(day: 1, start: depot.ready, end: depot.due)],
                       start: home, end: home, costPerHour: 0, capacity: instance.capacity, fixedCost: 0)
        }
        let jobs = customers.map { row in
            Job(id: String(row.number), customer: Customer(name: "Customer \(row.number)"),
                location: Location(latitude: row.y, longitude: row.x), duration: row.service,
                timeWindows: [TimeWindow(start: row.ready, end: row.due)], urgency: .normal, demand: row.demand)
        }
        return Problem(name: name ?? instance.name, horizon: Horizon(days: 1), depot: Depot(location: home),
                       technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1),
                       objective: solomonObjective)
    }

    /// Validation issues of the mapped problem, moved to the line they come
    /// from: `jobs[i]` to the customer's row, the technicians and the depot to
    /// the depot's row. Every vehicle is the same, so a rule broken by all is reported once.
    private static func solomonIssues(_ issues: [InputIssue], _ instance: SolomonInstance,
                                      customers: [SolomonRow]) -> [InputIssue] {
        var result: [InputIssue] = []
        var seen = Set<String>()
        for issue in issues {
            var moved = issue
            if let index = Self.index(in: issue.path, section: "jobs"), customers.indices.contains(index) {
                moved.path = "line \(customers[index].line)"
                moved.entity = customers[index].entity
            } else if Self.index(in: issue.path, section: "technicians") != nil || issue.path.hasPrefix("depot") {
                moved.path = "line \(instance.depot.line)"
                moved.entity = instance.depot.entity
            }
            if seen.insert(moved.description).inserted { result.append(moved) }
        }
        return result
    }

    /// `3` for `jobs[3].duration` and section `jobs`.
    private static func index(in path: String, section: String) -> Int? {
        guard path.hasPrefix(section + "[") else { return nil }
        let digits = path.dropFirst(section.count + 1).prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
