/// The labels already extended at one node, sorted by cost.
///
/// Labels leave the heap in order of time, so every label that reaches a node later has
/// a time no earlier than these: one of them dominates it exactly when its cost, load and
/// (for ng-routes) memory are no larger. Only the labels of lower cost need a look.
struct ParetoLabels {
    private var cost: [Double] = []
    private var load: [Double] = []
    private var mask: [UInt32] = []

    var count: Int { cost.count }

    mutating func removeAll() {
        cost.removeAll(keepingCapacity: true)
        load.removeAll(keepingCapacity: true)
        mask.removeAll(keepingCapacity: true)
    }

    /// Whether a kept label dominates one with this cost, load and memory (`compareMemory`
    /// false: memories are ignored, as heuristic pricing does).
    @inline(__always)
    func dominates(cost c: Double, load l: Double, mask m: UInt32, compareMemory: Bool) -> Bool {
        let limit = c + 1e-9
        var i = 0
        let end = cost.count
        if compareMemory {
            while i < end, cost[i] <= limit {
                if load[i] <= l + 1e-9, mask[i] & ~m == 0 { return true }
                i &+= 1
            }
        } else {
            while i < end, cost[i] <= limit {
                if load[i] <= l + 1e-9 { return true }
                i &+= 1
            }
        }
        return false
    }

    /// Keeps a label (one that no kept label dominates).
    mutating func insert(cost c: Double, load l: Double, mask m: UInt32) {
        var low = 0, high = cost.count
        while low < high {
            let mid = (low + high) / 2
            if cost[mid] <= c { low = mid + 1 } else { high = mid }
        }
        cost.insert(c, at: low)
        load.insert(l, at: low)
        mask.insert(m, at: low)
    }
}
