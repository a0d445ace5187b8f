import Testing
import MIP

@Suite("Solving mixed-integer models")
struct IntegerSolveTests {
    @Test("a knapsack model reaches its known optimum")
    func knapsack() throws {
        let (model, items) = try Fixtures.smallKnapsack()
        for presolve in [true, false] {
            let solution = try GLPKSolver().solve(model, limits: SolveLimits(presolve: presolve))
            #expect(solution.status == .optimal)
            #expect(solution.objective == 90)
            #expect(solution.bestBound == 90)
            #expect(solution.gap == 0)
            #expect(items.map { solution.value($0) } == [0, 1, 0, 1])
            #expect(solution.duals.isEmpty && solution.reducedCosts.isEmpty)
        }
    }

    @Test("the objective constant is part of objective and bound")
    func objectiveConstant() throws {
        var (model, items) = try Fixtures.smallKnapsack()
        try model.setObjective(LinearExpression.sum(zip([10.0, 40, 30, 50], items).map { $0 * $1 }) - 100, .maximize)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.objective == -10)
        #expect(solution.bestBound == -10)
    }

    @Test("a warm start is accepted and returned under a zero time limit")
    func warmStartZeroTimeLimit() throws {
        let (model, _) = try Fixtures.randomKnapsack(items: 40, seed: 7)
        var warmStart = Array(repeating: 0.0, count: model.variableCount)
        for k in stride(from: 0, to: warmStart.count, by: 4) { warmStart[k] = 1 }
        let expected = model.value(of: model.objective, in: warmStart)
        for limit in [0.0, 0.001] {
            let solution = try GLPKSolver().solve(model, limits: SolveLimits(timeLimit: limit), warmStart: warmStart)
            #expect(solution.status == .feasible)
            #expect(solution.values == warmStart)
            #expect(solution.objective == expected)
        }
    }

    @Test("a warm start leads to the optimum when time allows")
    func warmStartThenOptimum() throws {
        let (model, items) = try Fixtures.smallKnapsack()
        let solution = try GLPKSolver().solve(model, limits: SolveLimits(), warmStart: [1, 1, 0, 0])
        #expect(solution.status == .optimal)
        #expect(solution.objective == 90)
        #expect(items.map { solution.value($0) } == [0, 1, 0, 1])
    }

    @Test("an infeasible warm start is ignored")
    func infeasibleWarmStart() throws {
        let (model, _) = try Fixtures.randomKnapsack(items: 40, seed: 7)
        let everything = Array(repeating: 1.0, count: model.variableCount)
        let stopped = try GLPKSolver().solve(model, limits: SolveLimits(timeLimit: 0), warmStart: everything)
        #expect(stopped.status == .noSolutionFound)
        #expect(!stopped.hasSolution && stopped.values.isEmpty && stopped.objective == nil)
        let (small, _) = try Fixtures.smallKnapsack()
        let solved = try GLPKSolver().solve(small, limits: SolveLimits(), warmStart: [1, 1, 1, 1])
        #expect(solved.status == .optimal && solved.objective == 90)
    }

    @Test("a malformed warm start throws a MIPError")
    func malformedWarmStart() throws {
        let (model, _) = try Fixtures.smallKnapsack()
        #expect(throws: MIPError.warmStartLengthMismatch(expected: 4, actual: 3)) {
            try GLPKSolver().solve(model, limits: SolveLimits(), warmStart: [0, 0, 0])
        }
        #expect(throws: MIPError.nonFiniteWarmStartValue(variable: "item2", index: 2, value: .infinity)) {
            try GLPKSolver().solve(model, limits: SolveLimits(), warmStart: [0, 0, .infinity, 0])
        }
    }

    @Test("without a warm start a zero time limit finds no solution")
    func zeroTimeLimit() throws {
        let (model, _) = try Fixtures.randomKnapsack(items: 40, seed: 7)
        for presolve in [true, false] {
            let solution = try GLPKSolver().solve(model, limits: SolveLimits(timeLimit: 0, presolve: presolve))
            #expect(solution.status == .noSolutionFound)
        }
    }

    @Test("a relative gap limit returns a solution within the gap")
    func gapLimit() throws {
        let (model, _) = try Fixtures.randomKnapsack(items: 30, seed: 3)
        let solution = try GLPKSolver().solve(model, limits: SolveLimits(relativeGap: 0.2))
        #expect(solution.hasSolution)
        let gap = try #require(solution.gap)
        #expect(gap <= 0.2)
    }

    @Test("infeasible and unbounded MIPs get those statuses")
    func infeasibleAndUnbounded() throws {
        var parity = Model()
        let b = try parity.addVariable(kind: .binary)
        try parity.addConstraint(2 * b == 1)
        var fractional = Model()
        try fractional.addVariable(kind: .integer, lowerBound: 0.2, upperBound: 0.8)
        var unbounded = Model()
        let n = try unbounded.addVariable(kind: .integer, objective: 1)
        try unbounded.addConstraint(n >= 1)
        try unbounded.setObjective(1 * n, .maximize)
        for presolve in [true, false] {
            let limits = SolveLimits(presolve: presolve)
            #expect(try GLPKSolver().solve(parity, limits: limits).status == .infeasible)
            #expect(try GLPKSolver().solve(fractional, limits: limits).status == .infeasible)
            #expect(try GLPKSolver().solve(unbounded, limits: limits).status == .unbounded)
        }
        #expect(try GLPKSolver().solveRelaxation(fractional).status == .optimal)
    }
}

@Suite("Node limit")
struct NodeLimitTests {
    @Test("a node limit stops the search with the best solution and is reproducible")
    func nodeLimitIsDeterministic() throws {
        // A knapsack with many near-equal items needs branching.
        var model = Model()
        var weights: [LinearExpression] = []
        var values: [LinearExpression] = []
        for i in 0..<40 {
            let x = try model.addVariable(name: "x\(i)", kind: .binary)
            weights.append(Double(31 + (i * 17) % 23) * LinearExpression(x))
            values.append(Double(40 + (i * 13) % 29) * LinearExpression(x))
        }
        try model.addConstraint(LinearExpression.sum(weights) <= 400.5)
        try model.setObjective(LinearExpression.sum(values), .maximize)
        let limits = SolveLimits(nodeLimit: 5)
        let first = try GLPKSolver().solve(model, limits: limits, warmStart: nil)
        let second = try GLPKSolver().solve(model, limits: limits, warmStart: nil)
        #expect(first.hasSolution == second.hasSolution)
        #expect(first.values == second.values)
        #expect(throws: MIPError.invalidNodeLimit(0)) {
            try GLPKSolver().solve(model, limits: SolveLimits(nodeLimit: 0), warmStart: nil)
        }
    }
}
