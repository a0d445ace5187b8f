import Foundation

extension Problem {
    /// Reads a technician routing and scheduling problem (TRSP) instance in the
    /// text format of Pillac, Guéret and Medaglia (2013, "A parallel matheuristic
    /// for the technician routing and scheduling problem", Optimization Letters 7)
    /// and validates it.
    ///
    /// The file has a name line, an `INFO` section (a header, then `CREW COUNT`
    /// K, and the numbers of `SKILLS`, `TOOLS` and `SPARE PARTS` types) and a
    /// `DEPOT TECHNICIANS AND REQUESTS` section with rows `ID X Y TWS TWE Serv
    /// SKILLS TOOLS SPARE PARTS`. Row 0 is the central depot, rows 1 to K the
    /// technicians' homes, the rows after them the requests. `SKILLS` and `TOOLS`
    /// are sets of 0-based indices (`[0,2,3]`); `SPARE PARTS` has one count per
    /// spare part type (`[0,3,0,2,4]`), or is `[]` for none. It becomes:
    ///
    /// - catalogues: skills `s1` ... `sS`, tools `tool1` ... `toolT`, parts
    ///   `part1` ... `partP` (index i in the file is number i + 1 here);
    /// - one technician per technician row, ids `t1` ... `tK`, starting and
    ///   ending at home (the row's X/Y), with one shift on day 1 from the row's
    ///   TWS to its TWE (the depot's TWS to TWE when the row's TWE is not after
    ///   its TWS, as in files that write `0 0` for "no window"), each skill it
    ///   has at level 1 (`["s1": 1, "s3": 1]`), its tools on the van
    ///   (`["tool1", ...]`), its spare parts as `vanStock` (positive counts only),
    ///   `costPerHour` 60 and no fixed cost, capacity, break or overtime;
    /// - one job per request, id = the request's ID as written (`"26"`), at
    ///   (`lon` = X, `lat` = Y), lasting `Serv`, with one time window [TWS, TWE]
    ///   for the *start* of service, the skills it needs at level 1, its tools as
    ///   `requiredTools`, its spare parts as `parts` (positive counts only),
    ///   urgency normal;
    /// - the depot at row 0's X/Y, with K units of every tool to borrow (one per
    ///   technician) and, of every part, the stock all requests together need:
    ///   the TRSP's central depot is unlimited; depot pick-ups (`depot.pickup`)
    ///   open from row 0's TWS to its TWE (at most 2880), handling row 0's `Serv`:
    ///   a technician who needs a tool or part the van lacks drives to the depot
    ///   during the route, before the first request that needs it;
    /// - travel `.euclidean(speed: 1)`: double-precision straight-line distance,
    ///   travel time = distance;
    /// - objective ``trspObjective``: 1 per minute a technician travels or works
    ///   (`costPerHour` 60), nothing per distance unit (`costPerKm` 0),
    ///   1,000,000 for each unplaced job, every other price 0; so among plans
    ///   placing every job the cost is the total travel time plus the total service time.
    ///
    /// What differs from the TRSP: its objective is the total duration of the
    /// routes, from leaving home to coming back, *waiting included*; FieldPlan
    /// does not charge waiting time, so it minimises travel + service only, and
    /// the two costs of a plan differ by the plan's waiting time. A route makes at
    /// most one depot pick-up.
    ///
    /// - Parameters:
    ///   - text: the file's contents (LF, CRLF or CR line ends).
    ///   - name: the problem's name; the file's first line when nil.
    /// - Throws: ``InputError`` with issues of kind ``InputIssue/Kind/malformedFile``
    ///   whose path names the line (`line 9: expected 9 fields (...), found 7`)
    ///   and whose entity names the depot, the technician (`technician t3`) or the
    ///   request (`request 42`) when known: missing sections or headers, INFO
    ///   values that are not whole numbers in range, rows with the wrong number
    ///   of fields, fields that are not numbers or lists, negative times, a TWE
    ///   before the TWS, skill or tool indices out of range or listed twice,
    ///   spare part lists of the wrong length or with negative counts, the depot
    ///   not first, technician rows out of order or fewer than `CREW COUNT`, a
    ///   request ID used twice or in 0 ... K, explicit distance matrices, or an
    ///   input larger than ``maximumInputBytes``. Rules of ``Problem/validate()``
    ///   that the mapped problem breaks are reported at the line they come from,
    ///   with their own kind.
    public static func loadTRSP(text: String, name: String? = nil) throws(InputError) -> Problem {
        guard text.utf8.count <= maximumInputBytes else {
            throw InputError(TRSPReader.issue(
                "", nil, "the input is \(text.utf8.count) bytes; the limit is \(maximumInputBytes)"))
        }
        var reader = TRSPReader(text: text)
        let instance = try reader.read()
        let problem = trspProblem(instance, name: name)
        let issues = problem.validate()
        guard issues.isEmpty else { throw InputError(issues: trspIssues(issues, instance)) }
        return problem
    }

    /// Reads a TRSP instance from the bytes of a file; see ``loadTRSP(text:name:)``.
    ///
    /// - Throws: ``InputError``: also when the bytes are not UTF-8 text or exceed ``maximumInputBytes``.
    public static func loadTRSP(data: Data, name: String? = nil) throws(InputError) -> Problem {
        guard data.count <= maximumInputBytes else {
            throw InputError(TRSPReader.issue("", nil, "the input is \(data.count) bytes; the limit is \(maximumInputBytes)"))
        }
        if let position = JSONDiagnosis.firstInvalidUTF8(data) {
            throw InputError(TRSPReader.issue(
                "", nil, "the input is not UTF-8 text (first bad byte at \(position)); save the file as plain text"))
        }
        return try loadTRSP(text: String(decoding: data, as: UTF8.self), name: name)
    }

    /// The objective of a TRSP instance: 1 per minute of travel or work (through
    /// each technician's `costPerHour` of 60), nothing per distance, unplaced jobs
    /// priced out of reach, every other price 0.
    public static let trspObjective = ObjectiveWeights(
        costPerKm: 0,
        unassignedPenalty: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, 1_000_000) }),
        priorityPenalty: 0, overtimeWeight: 0, referralWeight: 0,
        latenessPerDay: Dictionary(uniqueKeysWithValues: Urgency.allCases.map { ($0, 0) }),
        nonPreferredTechnician: 0)

    /// Skill `index` (0-based in the file) as named in the problem: `s1` for 0.
    static func trspSkill(_ index: Int) -> String { "s\(index + 1)" }
    /// Tool `index` (0-based in the file): `tool1` for 0.
    static func trspTool(_ index: Int) -> String { "tool\(index + 1)" }
    /// Spare part type `index` (0-based in the file): `part1` for 0.
    static func trspPart(_ index: Int) -> String { "part\(index + 1)" }

    private static func trspProblem(_ instance: TRSPInstance, name: String?) -> Problem {
        let depotRow = instance.depot
        func location(_ row: TRSPRow) -> Location { Location(latitude: row.y, longitude: row.x) }
        func skills(_ row: TRSPRow) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: row.skills.map { (trspSkill($0), 1) })
        }
        func parts(_ row: TRSPRow) -> [String: Int] {
            var result: [String: Int] = [:]
            for (index, count) in row.spareParts.enumerated() where count > 0 { result[trspPart(index)] = count }
            return result
        }

        let technicians = instance.technicians.enumerated().map { offset, row in
            let k = offset + 1
            let (start, end) = row.windowEnd > row.windowStart
                ? (row.windowStart, row.windowEnd) : (depotRow.windowStart, depotRow.windowEnd)
            let home = location(row)
            return Technician(id: "t\(k)", name: "Technician \(k)", skills: skills(row),
                              shifts: [Shift(day: 1, start: start, end: end)], start: home, end: home,
                              costPerHour: 60, vanStock: parts(row), fixedCost: 0,
                              tools: row.tools.sorted().map(trspTool))
        }
        let jobs = instance.requests.map { row in
            Job(id: String(row.id), customer: Customer(name: "Request \(row.id)"), location: location(row),
                duration: row.service, requiredSkills: skills(row),
                timeWindows: [TimeWindow(start: row.windowStart, end: row.windowEnd)], urgency: .normal,
                parts: parts(row), requiredTools: row.tools.sorted().map(trspTool))
        }
        var stock: [String: Int] = [:]
        for index in 0..<instance.partCount {
            stock[trspPart(index)] = instance.requests.reduce(0) { total, row in
                total + (row.spareParts.indices.contains(index) ? row.spareParts[index] : 0)
            }
        }
        let depotTools = Dictionary(uniqueKeysWithValues: (0..<instance.toolCount).map { (trspTool($0), instance.technicianCount) })
        return Problem(
            name: name ?? instance.name, horizon: Horizon(days: 1),
            skills: (0..<instance.skillCount).map(trspSkill),
            parts: (0..<instance.partCount).map { Part(id: trspPart($0), name: "Spare part \($0 + 1)") },
            depot: Depot(location: location(depotRow), stock: stock, tools: depotTools,
                         pickup: DepotPickup(handlingMinutes: depotRow.service, opens: depotRow.windowStart,
                                             closes: min(2880, max(depotRow.windowEnd, depotRow.windowStart + depotRow.service)))),
            technicians: technicians, jobs: jobs, travel: .euclidean(speed: 1), objective: trspObjective,
            tools: (0..<instance.toolCount).map { Tool(id: trspTool($0), name: "Tool \($0 + 1)") })
    }

    /// Validation issues of the mapped problem, moved to the line they come
    /// from: `jobs[i]` to the request's row, `technicians[i]` to the technician's
    /// row, the depot to row 0, the catalogues to the INFO values.
    private static func trspIssues(_ issues: [InputIssue], _ instance: TRSPInstance) -> [InputIssue] {
        var result: [InputIssue] = []
        var seen = Set<String>()
        for issue in issues {
            var moved = issue
            if let index = trspIndex(in: issue.path, section: "jobs"), instance.requests.indices.contains(index) {
                let row = instance.requests[index]
                moved.path = "line \(row.line)"
                moved.entity = "request \(row.id)"
            } else if let index = trspIndex(in: issue.path, section: "technicians"),
                      instance.technicians.indices.contains(index) {
                moved.path = "line \(instance.technicians[index].line)"
                moved.entity = "technician t\(index + 1)"
            } else if issue.path.hasPrefix("depot") {
                moved.path = "line \(instance.depot.line)"
                moved.entity = "depot"
            } else if ["skills", "parts", "tools"].contains(where: { issue.path.hasPrefix($0) }) {
                moved.path = "line \(instance.countsLine)"
            }
            if seen.insert(moved.description).inserted { result.append(moved) }
        }
        return result
    }

    /// `3` for `jobs[3].duration` and section `jobs`.
    private static func trspIndex(in path: String, section: String) -> Int? {
        guard path.hasPrefix(section + "[") else { return nil }
        let digits = path.dropFirst(section.count + 1).prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
