/// The labels already extended at one node, sorted by cost.
///
/// Labels leave the heap in order of time, so every label that reaches a node later has
/// a time no earlier than these: one of them dominates it exactly when its cost, load and
/// (for ng-routes) memory are no larger. Only the labels of lower cost need a look.
struct ParetoLabels {
    private var cost: [Double] = []
    private var load: [Double] = []
    private var mask: [UInt32] = []
    private var cuts: [UInt64] = []

    var count: Int { cost.count }

    mutating func removeAll() {
        cost.removeAll(keepingCapacity: true)
        load.removeAll(keepingCapacity: true)
        mask.removeAll(keepingCapacity: true)
        cuts.removeAll(keepingCapacity: true)
    }

    /// Whether a kept label dominates one with this cost, load, memory and subset-row
    /// state (`compareMemory` false: memories are ignored, as heuristic pricing does). A
    /// kept label that is odd on a cut where this one is even may pay that cut's
    /// `penalty` later when this one does not, so it must be cheaper by that much.
    @inline(__always)
    func dominates(cost c: Double, load l: Double, mask m: UInt32, cuts s: UInt64, penalty: [Double],
                   compareMemory: Bool) -> Bool {
        let limit = c + 1e-9
        var i = 0
        let end = cost.count
        while i < end, cost[i] <= limit {
            if load[i] <= l + 1e-9, !compareMemory || mask[i] & ~m == 0 {
                let extra = cuts[i] & ~s
                if extra == 0 || cost[i] + Self.penalty(of: extra, penalty) <= limit { return true }
            }
            i &+= 1
        }
        return false
    }

    /// The sum of `penalty` over the cuts whose bits are set in `bits`.
    @inline(__always)
    static func penalty(of bits: UInt64, _ penalty: [Double]) -> Double {
        var total = 0.0
        var b = bits
        while b != 0 {
            total += penalty[b.trailingZeroBitCount]
            b &= b - 1
        }
        return total
    }

    /// Keeps a label (one that no kept label dominates).
    mutating func insert(cost c: Double, load l: Double, mask m: UInt32, cuts s: UInt64) {
        var low = 0, high = cost.count
        while low < high {
            let mid = (low + high) / 2
            if cost[mid] <= c { low = mid + 1 } else { high = mid }
        }
        cost.insert(c, at: low)
        load.insert(l, at: low)
        mask.insert(m, at: low)
        cuts.insert(s, at: low)
    }
}
