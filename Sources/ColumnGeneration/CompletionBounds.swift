/// Lower bounds on the reduced cost of finishing a route, for pruning labels in pricing.
///
/// `bound(j, t)` is at most the least reduced cost of any path that starts service at
/// customer `j` at time `t` or later and goes on to the end depot, over a relaxation of
/// the pricing problem: load is ignored, and a path may revisit customers except that it
/// never goes straight back to the customer it came from when the ng-route memory would
/// forbid it. The values are computed backwards over a time grid whose step is at most
/// the shortest "service + travel" step of any arc, so each step moves to a later grid
/// point and the recursion needs no fixed point. A label at `j` with time `t` can be
/// dropped when its cost plus `bound(j, t)` is not negative.
///
/// The grid stores, per customer and grid point, the best value and the best value whose
/// next customer differs from the best one's (2-cycle elimination, Houck et al. 1980).
struct CompletionBounds {
    private let origin: Double
    private let width: Double
    private let points: Int
    /// `best[j * points + b]`: bound at customer j from grid point b on.
    private var best: [Double]
    /// The next customer of the best completion (-1: the depot or none).
    private var bestNext: [Int32]
    /// The best completion whose next customer is not `bestNext`.
    private var second: [Double]

    /// Grid points at most; a finer step than the shortest arc step costs time without
    /// changing the recursion's validity.
    static let maximumPoints = 256
    /// Grid points x arcs per call at most.
    static let workBudget = 6_000_000

    /// Nil when some arc's service + travel step is shorter than the grid step the work
    /// budget allows (0 in the extreme), or there is nothing to bound.
    init?(network net: PricingNetwork, vehicleClass k: Int, ngPosition: [Int8], successors: [[Int32]],
          filter: ArcFilter, reducedArc: (Int, Int) -> Double) {
        let n = net.customerCount
        let v = net.classes[k]
        guard n > 0 else { return nil }
        var step = Double.infinity
        var earliest = Double.infinity
        for i in 0..<n where !successors[i].isEmpty || filter.allowed(i, n) {
            earliest = min(earliest, net.customers[i].windows[0].start)
            for j in successors[i] {
                step = min(step, net.customers[i].service + net.travel(i, Int(j)))
            }
        }
        for j in successors[n] { earliest = min(earliest, net.customers[Int(j)].windows[0].start) }
        let horizon = v.latestReturn - earliest
        guard earliest.isFinite, horizon > 0 else { return nil }
        // Grid points: at most 256, fewer on large graphs (the work is points x arcs).
        let arcs = successors.reduce(0) { $0 + $1.count } + n
        let affordable = min(Self.maximumPoints, Self.workBudget / arcs)
        guard affordable >= 8 else { return nil }
        let finest = horizon / Double(affordable - 1)
        // The step must not exceed the shortest arc step, or the recursion would need a fixed point.
        guard !step.isFinite || finest <= step else { return nil }
        let width = finest
        let points = Int((horizon / width).rounded(.up)) + 1
        origin = earliest
        self.width = width
        self.points = points
        best = Array(repeating: .infinity, count: n * points)
        bestNext = Array(repeating: -1, count: n * points)
        second = Array(repeating: .infinity, count: n * points)

        // Arc costs once, not per grid point.
        var arcCost: [[Double]] = []
        arcCost.reserveCapacity(n)
        for i in 0..<n { arcCost.append(successors[i].map { reducedArc(i, Int($0)) }) }
        var closeCost = [Double](repeating: .infinity, count: n)
        for j in 0..<n where filter.allowed(j, n) {
            closeCost[j] = v.costPerKm * net.distance(j, v.endNode) + v.costPerMinute * net.travel(j, v.endNode)
        }

        for b in stride(from: points - 1, through: 0, by: -1) {
            let t = origin + Double(b) * width
            for j in 0..<n {
                let leave = t + net.customers[j].service
                var v1 = Double.infinity, next1: Int32 = -1, v2 = Double.infinity
                let end = leave + net.travel(j, v.endNode)
                if closeCost[j].isFinite, end <= v.latestReturn + 1e-9 {
                    v1 = closeCost[j] + v.overtimeCostPerMinute * max(0, end - v.shiftEnd)
                }
                let list = successors[j]
                for (index, k32) in list.enumerated() {
                    let m = Int(k32)
                    guard let start = net.serviceStart(m, arrival: leave + net.travel(j, m)) else { continue }
                    if start + net.customers[m].service + net.travel(m, v.endNode) > v.latestReturn + 1e-9 { continue }
                    var point = Int(((start - origin) / width - 1e-9).rounded(.down))
                    point = max(point, b + 1)
                    guard point < points else { continue }
                    let slot = m * points + point
                    // Going on to m and straight back to j is not an ng-route when j is in m's memory.
                    let back = bestNext[slot] == Int32(j) && ngPosition[m * n + j] >= 0
                    let rest = back ? second[slot] : best[slot]
                    guard rest.isFinite else { continue }
                    let value = arcCost[j][index] + rest
                    if value < v1 {
                        if next1 != k32 { v2 = v1 }
                        v1 = value
                        next1 = k32
                    } else if k32 != next1, value < v2 {
                        v2 = value
                    }
                }
                let slot = j * points + b
                best[slot] = v1
                bestNext[slot] = next1
                second[slot] = v2
            }
        }
    }

    /// A lower bound on the reduced cost of completing a route from customer `j`, service
    /// starting at `time`.
    @inline(__always)
    func bound(_ j: Int, _ time: Double) -> Double {
        let raw = (time - origin) / width - 1e-9
        // Times before the grid cannot happen (service never starts before a window);
        // clamp so that rounding noise never reads outside it.
        let point = raw <= 0 ? 0 : min(points - 1, Int(raw.rounded(.down)))
        return best[j * points + point]
    }
}
