/// The tools each technician-day of the search borrows from the depot, and how many
/// vans borrow each tool per day, kept in step with the routes so that a move's check
/// costs only the moved jobs' tools.
///
/// A route borrows a tool while at least one of its jobs needs it and the van does not
/// carry it; the depot lends at most its units of a tool per day.
struct ToolsUse: Sendable {
    /// Jobs that join (`adding`) or leave (`removing`) one technician-day.
    struct Change {
        var vehicle: Int
        var adding: [Int]
        var removing: [Int]
    }

    /// `needs[vehicle][tool]`: jobs of the route that need the tool, for tools the van lacks.
    private var needs: [[Int: Int]]
    /// `borrowers[tool][day]` (days `0...days`).
    private var borrowers: [[Int]]

    init(data: EngineData) {
        let instance = data.instance
        needs = Array(repeating: [:], count: instance.vehicles.count)
        let days = instance.vehicles.map(\.day).max() ?? 0
        borrowers = Array(repeating: Array(repeating: 0, count: days + 1), count: instance.tools.toolIDs.count)
    }

    /// How many jobs needing each borrowed tool `change` adds to its route (negative: removes).
    private static func counts(_ change: Change, data: EngineData) -> [Int: Int] {
        let tools = data.instance.tools
        let technician = data.instance.vehicles[change.vehicle].technician
        var counts: [Int: Int] = [:]
        for j in change.adding { for k in tools.jobTools[j] where !tools.onVan[technician][k] { counts[k, default: 0] += 1 } }
        for j in change.removing { for k in tools.jobTools[j] where !tools.onVan[technician][k] { counts[k, default: 0] -= 1 } }
        return counts
    }

    /// Whether the depot still has enough units of every tool per day after `changes`
    /// (on different technician-days).
    func fits(_ changes: [Change], data: EngineData) -> Bool {
        var extra: [Int: [Int: Int]] = [:]
        for change in changes {
            let day = data.instance.vehicles[change.vehicle].day
            for (k, d) in Self.counts(change, data: data) where d != 0 {
                let before = needs[change.vehicle][k] ?? 0
                if before == 0, before + d > 0 { extra[k, default: [:]][day, default: 0] += 1 }
                if before > 0, before + d <= 0 { extra[k, default: [:]][day, default: 0] -= 1 }
            }
        }
        let depot = data.instance.tools.depot
        for (k, perDay) in extra {
            for (day, d) in perDay where d > 0 && borrowers[k][day] + d > depot[k] { return false }
        }
        return true
    }

    /// Applies `change` (already checked with ``fits(_:data:)``).
    mutating func apply(_ change: Change, data: EngineData) {
        let day = data.instance.vehicles[change.vehicle].day
        for (k, d) in Self.counts(change, data: data) where d != 0 {
            let before = needs[change.vehicle][k] ?? 0
            let after = max(0, before + d)
            if before == 0, after > 0 { borrowers[k][day] += 1 }
            if before > 0, after == 0 { borrowers[k][day] -= 1 }
            needs[change.vehicle][k] = after == 0 ? nil : after
        }
    }

    /// Tools the route of `vehicle` borrows, ascending.
    func borrowed(by vehicle: Int) -> [Int] { needs[vehicle].keys.sorted() }
}
