import FieldService

/// The tools of a problem by index: which technician carries which on the van, how
/// many units the depot lends per day, and which tools each job needs.
///
/// Tools are indexed by `toolIDs` (the catalogue and every tool named elsewhere,
/// sorted). A technician-day *borrows* every tool its jobs need that the van does not
/// carry; one depot unit is on one van at a time per day.
struct ToolSupply: Sendable {
    let toolIDs: [String]
    /// `onVan[technician][tool]`.
    let onVan: [[Bool]]
    /// `depot[tool]`: units to borrow per day.
    let depot: [Int]
    /// `jobTools[job]`: tool indices the job needs, ascending.
    private(set) var jobTools: [[Int]]
    private let index: [String: Int]

    /// `jobs`: the planner's jobs (the problem's, then pick-up stops and crew copies).
    init(problem: Problem, jobs: [Job]) {
        var ids = Set(problem.tools.map(\.id))
        for job in problem.jobs { ids.formUnion(job.requiredTools) }
        for technician in problem.technicians { ids.formUnion(technician.tools) }
        let sorted = ids.sorted()
        toolIDs = sorted
        let index = Dictionary(sorted.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.index = index
        onVan = problem.technicians.map { t in
            var row = Array(repeating: false, count: sorted.count)
            for id in t.tools { if let k = index[id] { row[k] = true } }
            return row
        }
        depot = sorted.map { max(0, problem.depot.tools[$0] ?? 0) }
        jobTools = jobs.map { Self.tools(of: $0, index: index) }
    }

    private static func tools(of job: Job, index: [String: Int]) -> [Int] {
        Array(Set(job.requiredTools.compactMap { index[$0] })).sorted()
    }

    /// Whether any job needs a tool.
    var isUsed: Bool { jobTools.contains { !$0.isEmpty } }

    /// Puts `job`'s tools in the place of job `i` (tools outside the index are ignored:
    /// validation has rejected them).
    mutating func setJob(_ i: Int, _ job: Job) {
        jobTools[i] = Self.tools(of: job, index: index)
    }

    /// Whether `technician` can have tool `k` on board: on the van or from the depot.
    func canCarry(_ technician: Int, _ k: Int) -> Bool {
        onVan[technician][k] || depot[k] > 0
    }

    /// The tools `technician` must borrow to do `jobs`, ascending.
    func borrowed(technician: Int, jobs: some Sequence<Int>) -> [Int] {
        var needed = Set<Int>()
        for j in jobs { for k in jobTools[j] where !onVan[technician][k] { needed.insert(k) } }
        return needed.sorted()
    }
}

/// Which tools each technician-day of a plan borrows from the depot, and whether the
/// depot has enough units for every day.
struct ToolsAllocation: Sendable {
    /// Tool indices borrowed per vehicle, ascending.
    let borrowed: [[Int]]
    /// Days and tools the depot lends more units of than it has.
    let overdrawn: [(tool: Int, day: Int, borrowers: Int)]
    var isFeasible: Bool { overdrawn.isEmpty }

    init(instance: Instance, sequences: [[Int]]) {
        let tools = instance.tools
        var borrowed = Array(repeating: [Int](), count: instance.vehicles.count)
        var count: [Int: [Int: Int]] = [:]
        if tools.isUsed {
            for v in instance.vehicles where v.index < sequences.count && !sequences[v.index].isEmpty {
                let list = tools.borrowed(technician: v.technician, jobs: sequences[v.index])
                borrowed[v.index] = list
                for k in list { count[k, default: [:]][v.day, default: 0] += 1 }
            }
        }
        var overdrawn: [(tool: Int, day: Int, borrowers: Int)] = []
        for k in count.keys.sorted() {
            for (day, n) in (count[k] ?? [:]).sorted(by: { $0.key < $1.key }) where n > tools.depot[k] {
                overdrawn.append((k, day, n))
            }
        }
        self.borrowed = borrowed
        self.overdrawn = overdrawn
    }
}
