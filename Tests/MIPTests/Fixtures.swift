import MIP

/// Models with known answers, shared by the modelling-layer tests.
enum Fixtures {
    /// maximise 3x + 2y + z + 5 s.t. c0: x + y + z <= 4, c1: x + 3y <= 9, c2: x <= 3.
    /// LP optimum 16 at (3, 1, 0); duals (2, 0, 1); reduced costs (0, 0, -1).
    static func smallLP() throws -> (Model, [Variable], [ConstraintRef]) {
        var model = Model()
        let x = try model.addVariable(name: "x")
        let y = try model.addVariable(name: "y")
        let z = try model.addVariable(name: "z")
        let c0 = try model.addConstraint(x + y + z <= 4, name: "c0")
        let c1 = try model.addConstraint(x + 3 * y <= 9, name: "c1")
        let c2 = try model.addConstraint(x <= 3, name: "c2")
        try model.setObjective(3 * x + 2 * y + z + 5, .maximize)
        return (model, [x, y, z], [c0, c1, c2])
    }

    /// A 0/1 knapsack maximising value under a weight capacity.
    static func knapsack(values: [Double], weights: [Double], capacity: Double) throws -> (Model, [Variable]) {
        var model = Model()
        let items = try values.indices.map { try model.addVariable(name: "item\($0)", kind: .binary, objective: values[$0]) }
        try model.addConstraint(LinearExpression.sum(items.indices.map { weights[$0] * items[$0] }) <= capacity, name: "capacity")
        try model.setObjective(LinearExpression.sum(items.indices.map { values[$0] * items[$0] }), .maximize)
        return (model, items)
    }

    /// The four-item knapsack with optimum 90 at items 1 and 3.
    static func smallKnapsack() throws -> (Model, [Variable]) {
        try knapsack(values: [10, 40, 30, 50], weights: [5, 4, 6, 3], capacity: 10)
    }

    /// A pseudo-random knapsack that takes GLPK a noticeable number of nodes.
    static func randomKnapsack(items: Int, seed: UInt64, capacityShare: Double = 0.5) throws -> (Model, [Variable]) {
        var state = seed
        var values: [Double] = [], weights: [Double] = []
        for _ in 0..<items {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let weight = Double(20 + Int(state >> 33) % 80)
            weights.append(weight)
            values.append(weight + Double(Int(state >> 40) % 10))
        }
        return try knapsack(values: values, weights: weights, capacity: (weights.reduce(0, +) * capacityShare).rounded() + 0.5)
    }

    /// A pseudo-random set-covering model (each column covers a few rows, every row must
    /// be covered), the shape of a column-generation master problem.
    static func randomCovering(rows: Int, columns: Int, seed: UInt64) throws -> Model {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var model = Model()
        var rowTerms = Array(repeating: LinearExpression(), count: rows)
        for column in 0..<columns {
            let variable = try model.addVariable(name: "route\(column)", upperBound: 1, objective: Double(10 + next() % 90))
            var covered = Set<Int>()
            for _ in 0..<8 where covered.insert(next() % rows).inserted {}
            for row in covered { rowTerms[row] += variable }
        }
        for (row, terms) in rowTerms.enumerated() {
            try model.addConstraint(terms >= 1, name: "job\(row)")
        }
        return model
    }
}
