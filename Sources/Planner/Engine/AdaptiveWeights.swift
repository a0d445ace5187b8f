/// Adaptive operator selection (Ropke & Pisinger 2006): operators that find
/// new best, better or accepted solutions earn scores; every `segment`
/// iterations the weights move towards the average score per use.
struct AdaptiveWeights: Sendable {
    private(set) var weights: [Double]
    private var scores: [Double]
    private var uses: [Int]
    let reaction: Double
    static let newBest = 33.0
    static let better = 9.0
    static let accepted = 13.0

    init(count: Int, reaction: Double = 0.1) {
        weights = Array(repeating: 1, count: count)
        scores = Array(repeating: 0, count: count)
        uses = Array(repeating: 0, count: count)
        self.reaction = reaction
    }

    /// Roulette-wheel choice.
    func pick(_ rng: inout SearchRandom) -> Int {
        let total = weights.reduce(0, +)
        var r = rng.unit() * total
        for (i, w) in weights.enumerated() {
            r -= w
            if r < 0 { return i }
        }
        return weights.count - 1
    }

    mutating func reward(_ operatorIndex: Int, _ score: Double) {
        scores[operatorIndex] += score
        uses[operatorIndex] += 1
    }

    /// Ends a segment: new weights from the scores, then reset.
    mutating func update() {
        for i in weights.indices where uses[i] > 0 {
            weights[i] = max(0.05, weights[i] * (1 - reaction) + reaction * scores[i] / Double(uses[i]))
        }
        scores = Array(repeating: 0, count: scores.count)
        uses = Array(repeating: 0, count: uses.count)
    }
}
