/// A subset-row inequality on three customers (Jepsen, Petersen, Spoorendonk & Pisinger
/// 2008): routes that visit at least two of them add up to at most 1,
///
///     Σ_r ⌊ visits of r to S / 2 ⌋ λ_r <= 1,
///
/// valid for every integer plan (each customer is served once), but cutting off
/// fractional LP solutions where three routes each serve two of the three at 1/2.
public struct SubsetRowCut: Sendable, Hashable {
    /// The three customers, ascending.
    public let customers: [Int]

    public init(_ a: Int, _ b: Int, _ c: Int) {
        customers = [a, b, c].sorted()
    }

    /// The route's coefficient in the cut.
    public func coefficient(of sequence: [Int]) -> Int {
        var visits = 0
        for c in sequence where customers.contains(c) { visits += 1 }
        return visits / 2
    }

    /// The most violated cuts of the LP solution `values` over `columns` (violation at
    /// least `minimumViolation`), most violated first, at most `limit`, none of `existing`.
    static func separate(columns: [Column], values: [Double], customerCount n: Int, existing: Set<SubsetRowCut>,
                         limit: Int, minimumViolation: Double = 0.05) -> [SubsetRowCut] {
        guard n >= 3, limit > 0, n <= maximumCustomers else { return [] }
        // lhs[(a * n + b) * n + c] for a < b < c.
        var lhs = [Double](repeating: 0, count: n * n * n)
        @inline(__always) func add(_ x: Int, _ y: Int, _ z: Int, _ amount: Double) {
            var a = x, b = y, c = z
            if a > b { swap(&a, &b) }
            if b > c { swap(&b, &c) }
            if a > b { swap(&a, &b) }
            lhs[(a * n + b) * n + c] += amount
        }
        for (r, value) in values.enumerated() where value > 1e-6 {
            var count: [Int: Int] = [:]
            for c in columns[r].sequence { count[c, default: 0] += 1 }
            let members = count.keys.sorted()
            var isMember = [Bool](repeating: false, count: n)
            for m in members { isMember[m] = true }
            for (p, a) in members.enumerated() {
                let ca = count[a] ?? 0
                // One member visited twice or more, two outsiders.
                if ca >= 2 {
                    for x in 0..<n where !isMember[x] {
                        for y in (x + 1)..<n where !isMember[y] { add(a, x, y, value * Double(ca / 2)) }
                    }
                }
                for b in members[(p + 1)...] {
                    let cb = count[b] ?? 0
                    // Two members and an outsider.
                    let two = (ca + cb) / 2
                    if two > 0 {
                        for x in 0..<n where !isMember[x] { add(a, b, x, value * Double(two)) }
                    }
                }
            }
            // Three members.
            for i in 0..<members.count {
                for j in (i + 1)..<members.count {
                    for k in (j + 1)..<members.count {
                        let total = (count[members[i]] ?? 0) + (count[members[j]] ?? 0) + (count[members[k]] ?? 0)
                        add(members[i], members[j], members[k], value * Double(total / 2))
                    }
                }
            }
        }
        var violated: [(Double, SubsetRowCut)] = []
        for a in 0..<n {
            for b in (a + 1)..<n {
                for c in (b + 1)..<n {
                    let violation = lhs[(a * n + b) * n + c] - 1
                    if violation >= minimumViolation {
                        let cut = SubsetRowCut(a, b, c)
                        if !existing.contains(cut) { violated.append((violation, cut)) }
                    }
                }
            }
        }
        violated.sort { a, b in a.0 != b.0 ? a.0 > b.0 : a.1.customers.lexicographicallyPrecedes(b.1.customers) }
        return violated.prefix(limit).map(\.1)
    }

    /// Separation works on a dense n³ table; beyond this many customers it is skipped.
    static let maximumCustomers = 120
}

/// A subset-row cut with its dual (<= 0) in the current LP, for pricing.
public struct SubsetRowDual: Sendable, Hashable {
    public var cut: SubsetRowCut
    public var dual: Double

    public init(cut: SubsetRowCut, dual: Double) {
        self.cut = cut
        self.dual = dual
    }
}
