import Testing
import Dispatch
import MIP

@Suite("Solving from several threads at once")
struct ConcurrencyTests {
    /// Four different knapsacks and their optima, solved one after another first.
    private static func models() throws -> [(Model, Double)] {
        let solver = GLPKSolver()
        return try (0..<4).map { k in
            let (model, _) = try Fixtures.randomKnapsack(items: 25 + 5 * k, seed: UInt64(100 + k))
            let objective = try #require(try solver.solve(model).objective)
            return (model, objective)
        }
    }

    @Test("four models solved concurrently on threads give their distinct optima, 20 rounds")
    func concurrentPerform() throws {
        let cases = try Self.models()
        #expect(Set(cases.map(\.1)).count == cases.count)
        for _ in 0..<20 {
            let results = ResultBox(count: cases.count)
            DispatchQueue.concurrentPerform(iterations: cases.count) { k in
                let solution = try? GLPKSolver().solve(cases[k].0)
                results.set(k, solution?.objective)
            }
            #expect(results.values == cases.map(\.1))
        }
    }

    @Test("covering relaxations solved concurrently match their sequential optima and duals, 20 rounds")
    func concurrentRelaxations() throws {
        let models = try (0..<4).map { try Fixtures.randomCovering(rows: 60, columns: 400, seed: UInt64(7 + $0)) }
        let expected = try models.map { try GLPKSolver().solveRelaxation($0) }
        #expect(expected.allSatisfy { $0.status == .optimal && $0.duals.count == 60 })
        #expect(Set(expected.compactMap(\.objective)).count == models.count)
        for _ in 0..<20 {
            let results = ResultBox(count: models.count)
            let duals = DualBox(count: models.count)
            DispatchQueue.concurrentPerform(iterations: models.count) { k in
                let solution = try? GLPKSolver().solveRelaxation(models[k])
                results.set(k, solution?.objective)
                duals.set(k, solution?.duals ?? [])
            }
            for k in models.indices {
                #expect(abs((results.values[k] ?? .nan) - (expected[k].objective ?? .nan)) < 1e-7)
                #expect(zip(duals.values[k], expected[k].duals).allSatisfy { abs($0 - $1) < 1e-7 })
            }
        }
    }

    @Test("a task group solving MIPs and relaxations concurrently gives the sequential answers, 20 rounds")
    func taskGroup() async throws {
        let cases = try Self.models()
        let relaxations = try cases.map { try #require(try GLPKSolver().solveRelaxation($0.0).objective) }
        for _ in 0..<20 {
            let results = try await withThrowingTaskGroup(of: (Int, Double?, Double?).self) { group in
                for (k, (model, _)) in cases.enumerated() {
                    group.addTask {
                        // Each solve is one synchronous call: build, solve, read, delete.
                        let solver = GLPKSolver()
                        return (k, try solver.solve(model).objective, try solver.solveRelaxation(model).objective)
                    }
                }
                var collected = Array(repeating: (Double?.none, Double?.none), count: cases.count)
                for try await (k, mip, lp) in group { collected[k] = (mip, lp) }
                return collected
            }
            #expect(results.map(\.0) == cases.map(\.1))
            #expect(zip(results.map(\.1), relaxations).allSatisfy { abs(($0 ?? .nan) - $1) < 1e-7 })
        }
    }
}

/// A lock-protected array the concurrent iterations write into.
private final class ResultBox: @unchecked Sendable {
    private let lock = DispatchQueue(label: "ResultBox")
    private var storage: [Double?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Double?) { lock.sync { storage[index] = value } }

    var values: [Double?] { lock.sync { storage } }
}

/// A lock-protected array of dual vectors.
private final class DualBox: @unchecked Sendable {
    private let lock = DispatchQueue(label: "DualBox")
    private var storage: [[Double]]

    init(count: Int) { storage = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Double]) { lock.sync { storage[index] = value } }

    var values: [[Double]] { lock.sync { storage } }
}
