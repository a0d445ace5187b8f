import GLPK

/// Small problems with hand-computed answers, shared by the wrapper tests.
enum Fixtures {
    /// maximise 3x + 2y + z + 5
    /// subject to  c0: x + y + z <= 4,  c1: x + 3y <= 9,  c2: x <= 3,  x, y, z >= 0.
    ///
    /// Optimum x = 3, y = 1, z = 0, objective 16. Binding rows c0 and c2:
    /// duals solve pi0 * (1, 1) + pi2 * (1, 0) = (3, 2), so pi0 = 2, pi2 = 1, pi1 = 0.
    /// Reduced costs: x: 3 - 2 - 1 = 0, y: 2 - 2 = 0, z: 1 - 2 = -1.
    static func smallLP(_ problem: GLPKProblem) throws {
        try problem.addColumns(names: ["x", "y", "z"])
        try problem.setColumnBounds([.lower(0), .lower(0), .lower(0)])
        try problem.setObjectiveCoefficients([3, 2, 1])
        try problem.setObjectiveConstant(5)
        problem.direction = .maximize
        try problem.addRows(names: ["c0", "c1", "c2"])
        try problem.setRowBounds([.upper(4), .upper(9), .upper(3)])
        try problem.loadMatrix(
            rows: [0, 0, 0, 1, 1, 2],
            columns: [0, 1, 2, 0, 1, 0],
            values: [1, 1, 1, 1, 3, 1])
    }

    /// 0/1 knapsack: values 10, 40, 30, 50; weights 5, 4, 6, 3; capacity 10.
    /// Optimum: items 1 and 3 (0-based), value 90.
    static func knapsack(_ problem: GLPKProblem) throws {
        let values: [Double] = [10, 40, 30, 50]
        let weights: [Double] = [5, 4, 6, 3]
        try problem.addColumns(values.count)
        try problem.setColumnKinds(Array(repeating: .binary, count: values.count))
        try problem.setObjectiveCoefficients(values)
        problem.direction = .maximize
        try problem.addRows(1)
        try problem.setRowBounds(0, .upper(10))
        try problem.setRow(0, columns: [0, 1, 2, 3], values: weights)
    }

    /// A knapsack large enough that branch-and-bound needs many nodes with presolve off.
    static func hardKnapsack(_ problem: GLPKProblem, items: Int = 40) throws {
        try problem.addColumns(items)
        try problem.setColumnKinds(Array(repeating: .binary, count: items))
        var weights: [Double] = []
        var values: [Double] = []
        var seed: UInt64 = 12345
        for _ in 0..<items {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let w = Double(20 + Int(seed >> 33) % 80)
            weights.append(w)
            values.append(w + Double(Int(seed >> 40) % 10))
        }
        try problem.setObjectiveCoefficients(values)
        problem.direction = .maximize
        try problem.addRows(1)
        try problem.setRowBounds(0, .upper(weights.reduce(0, +) / 2 + 0.5))
        try problem.setRow(0, columns: Array(0..<items), values: weights)
    }
}
