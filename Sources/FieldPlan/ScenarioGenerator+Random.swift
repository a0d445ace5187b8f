/// The generator's own random numbers: SplitMix64 and the few draws built on it.
///
/// Everything here is integer arithmetic or exact floating-point scaling, so a
/// seed gives the same numbers on every platform and Swift version (the standard
/// library's `random(in:using:)` and `shuffle(using:)` make no such promise).
struct ScenarioRandom {
    private var state: UInt64

    /// A stream for one aspect of the scenario (`salt` names it), so that, for
    /// example, the crew does not change when only the number of jobs does.
    init(seed: UInt64, salt: String) {
        var mixed = seed ^ 0x9E37_79B9_7F4A_7C15
        for byte in salt.utf8 {
            mixed = (mixed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3   // FNV-1a step
        }
        state = mixed
        _ = next()
    }

    /// The next 64 random bits (SplitMix64).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in `range` (the modulo bias is below 2^-50 for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// Uniform in `[low, high)`.
    mutating func double(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element, uniformly; nil for an empty array.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[int(0...(items.count - 1))]
    }

    /// An index drawn with the given non-negative weights; nil when they sum to zero.
    mutating func index(weights: [Double]) -> Int? {
        let total = weights.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else { return nil }
        var target = unit() * total
        for (i, w) in weights.enumerated() where w > 0 {
            target -= w
            if target < 0 { return i }
        }
        return weights.lastIndex { $0 > 0 }
    }

    /// One element drawn with weights given by `weight`.
    mutating func pick<T>(_ items: [T], weight: (T) -> Double) -> T? {
        index(weights: items.map(weight)).map { items[$0] }
    }

    /// Fisher-Yates shuffle.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }
}
