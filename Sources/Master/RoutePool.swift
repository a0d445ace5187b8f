/// The curated pool of columns the route search feeds and the master draws from.
///
/// Columns are identified by ``ColumnKey`` (vehicle and set of jobs): a pool holds at most
/// one column per key, the cheapest seen (with its visiting order). Columns keep their
/// insertion order (an improved column keeps its slot). ``add(_:)`` never drops anything;
/// call ``prune(keep:duals:)`` to bring the pool back to its capacity.
///
/// Rankings (for ``select(limit:keep:duals:)`` and ``prune(keep:duals:)``) score a column by
/// its reduced cost under the given duals, or by its cost per covered job without duals
/// (lower is better; a NaN score counts as worst), with ties broken by the key, so they
/// never depend on hashing or insertion history.
public struct RoutePool: Sendable {
    /// The number of columns ``prune(keep:duals:)`` brings the pool down to (>= 0).
    public let capacity: Int
    private var storage: [MasterColumn] = []
    /// `storage[k].key`, kept alongside to avoid recomputing keys when ranking.
    private var keys: [ColumnKey] = []
    private var positions: [ColumnKey: Int] = [:]

    /// An empty pool.
    /// - Parameter capacity: the size ``prune(keep:duals:)`` trims to (negative means 0).
    public init(capacity: Int = 5000) {
        self.capacity = max(0, capacity)
    }

    /// The columns, in insertion order.
    public var columns: [MasterColumn] { storage }
    /// The number of columns.
    public var count: Int { storage.count }

    /// Adds a column, or improves the stored column with the same vehicle and job set.
    ///
    /// - Returns: `true` when the column was added, or replaced a costlier one with the same
    ///   key (the new order, cost, group, usage and period are kept); `false` when an equally cheap
    ///   or cheaper column with that key is already stored, or the cost is not finite
    ///   (such a column is ignored).
    @discardableResult
    public mutating func add(_ column: MasterColumn) -> Bool {
        guard column.cost.isFinite else { return false }
        let key = column.key
        if let position = positions[key] {
            guard column.cost < storage[position].cost else { return false }
            storage[position] = column
            return true
        }
        positions[key] = storage.count
        storage.append(column)
        keys.append(key)
        return true
    }

    /// The position in ``columns`` of the column with the same vehicle and job set as
    /// `column` (its order, cost and usage are ignored); `nil` when absent.
    public func index(of column: MasterColumn) -> Int? { positions[column.key] }

    /// The columns for one master solve: every column of `keep` (the incumbent's routes,
    /// as given, first occurrence per key, in their order), then the best-ranked other pool
    /// columns until `limit` columns in all.
    ///
    /// - Parameters:
    ///   - limit: the total number wanted; `keep` is returned whole even if it is longer.
    ///   - keep: columns that must be present (they need not be in the pool).
    ///   - duals: rank by reduced cost under these duals; `nil` ranks by cost per job.
    public func select(limit: Int, keep: [MasterColumn], duals: MasterRelaxation?) -> [MasterColumn] {
        var result: [MasterColumn] = []
        var kept = Set<ColumnKey>()
        for column in keep where kept.insert(column.key).inserted { result.append(column) }
        let room = limit - result.count
        guard room > 0 else { return result }
        let ranked = ranking(excluding: kept, duals: duals)
        result.append(contentsOf: ranked.prefix(room).map { storage[$0] })
        return result
    }

    /// When over ``capacity``: drops the worst-ranked columns until the pool is back at
    /// capacity, never one with the key of a column of `keep` (so the pool may stay above
    /// capacity when `keep` is large). Survivors keep their order.
    /// - Parameters:
    ///   - keep: columns whose keys must stay (typically the incumbent's routes).
    ///   - duals: rank by reduced cost under these duals; `nil` ranks by cost per job.
    public mutating func prune(keep: [MasterColumn], duals: MasterRelaxation?) {
        guard storage.count > capacity else { return }
        let ranked = ranking(excluding: Set(keep.map(\.key)), duals: duals)
        let dropCount = min(storage.count - capacity, ranked.count)
        guard dropCount > 0 else { return }
        let dropped = Set(ranked.suffix(dropCount))
        let survivors = storage.indices.filter { !dropped.contains($0) }
        storage = survivors.map { storage[$0] }
        keys = survivors.map { keys[$0] }
        positions = [:]
        for (position, key) in keys.enumerated() { positions[key] = position }
    }

    /// Positions of the pool's columns whose key is not in `excluded`, best first.
    private func ranking(excluding excluded: Set<ColumnKey>, duals: MasterRelaxation?) -> [Int] {
        var entries: [(score: Double, key: ColumnKey, position: Int)] = []
        entries.reserveCapacity(storage.count)
        for (position, column) in storage.enumerated() {
            let key = keys[position]
            guard !excluded.contains(key) else { continue }
            let raw = duals.map { SetPartitioningMaster.reducedCost(of: column, duals: $0) } ?? column.costPerJob
            entries.append((raw.isNaN ? .infinity : raw, key, position))
        }
        entries.sort { $0.score != $1.score ? $0.score < $1.score : $0.key < $1.key }
        return entries.map(\.position)
    }
}
