import Testing
import MIP

@Suite("Solving LP relaxations")
struct RelaxationTests {
    @Test("solveRelaxation reports the hand-computed optimum, duals and reduced costs")
    func duals() throws {
        let (model, variables, constraints) = try Fixtures.smallLP()
        for presolve in [true, false] {
            let solution = try GLPKSolver().solveRelaxation(model, limits: SolveLimits(presolve: presolve))
            #expect(solution.status == .optimal)
            #expect(solution.hasSolution)
            #expect(abs((solution.objective ?? .nan) - 16) < 1e-9)
            #expect(abs((solution.bestBound ?? .nan) - 16) < 1e-9)
            #expect(solution.gap == 0)
            #expect(abs(solution.value(variables[0]) - 3) < 1e-9)
            #expect(abs(solution.value(variables[1]) - 1) < 1e-9)
            #expect(abs(solution.value(3 * variables[0] + 2 * variables[1] + 5) - 16) < 1e-9)
            #expect(abs(solution.dual(constraints[0]) - 2) < 1e-9)
            #expect(abs(solution.dual(constraints[1])) < 1e-9)
            #expect(abs(solution.dual(constraints[2]) - 1) < 1e-9)
            #expect(abs(solution.reducedCost(variables[2]) + 1) < 1e-9)
            #expect(solution.duals.count == 3)
            #expect(solution.reducedCosts.count == 3)
            #expect(solution.dual(ConstraintRef(index: 3)).isNaN)
        }
    }

    @Test("the relaxation of a knapsack ignores integrality and bounds the MIP")
    func relaxationBoundsMIP() throws {
        let (model, _) = try Fixtures.smallKnapsack()
        let relaxation = try GLPKSolver().solveRelaxation(model)
        let mip = try GLPKSolver().solve(model)
        let lp = try #require(relaxation.objective)
        let integer = try #require(mip.objective)
        #expect(lp > integer)
        #expect(abs(lp - (50 + 40 + 30 * 3.0 / 6)) < 1e-9)
    }

    @Test("infeasible and unbounded LPs get those statuses")
    func infeasibleAndUnbounded() throws {
        var infeasible = Model()
        let x = try infeasible.addVariable()
        try infeasible.addConstraint(x <= -1)
        var unbounded = Model()
        let y = try unbounded.addVariable()
        try unbounded.setObjective(1 * y, .maximize)
        for presolve in [true, false] {
            let limits = SolveLimits(presolve: presolve)
            let a = try GLPKSolver().solveRelaxation(infeasible, limits: limits)
            #expect(a.status == .infeasible)
            #expect(!a.hasSolution && a.objective == nil && a.values.isEmpty)
            #expect(a.value(x).isNaN)
            let b = try GLPKSolver().solveRelaxation(unbounded, limits: limits)
            #expect(b.status == .unbounded)
        }
    }

    @Test("an empty model is optimal at its objective constant")
    func emptyModel() throws {
        var model = Model()
        try model.setObjective(LinearExpression(constant: 4), .minimize)
        let lp = try GLPKSolver().solveRelaxation(model)
        #expect(lp.status == .optimal && lp.objective == 4 && lp.bestBound == 4)
        let mip = try GLPKSolver().solve(model)
        #expect(mip.status == .optimal && mip.objective == 4 && mip.values.isEmpty)

        var contradictory = Model()
        try contradictory.addConstraint(LinearExpression(constant: 2) <= 1)
        #expect(try GLPKSolver().solve(contradictory).status == .infeasible)
        #expect(try GLPKSolver().solveRelaxation(contradictory).status == .infeasible)
    }

    @Test("variables without constraints solve to their best bounds")
    func noConstraints() throws {
        var model = Model()
        let x = try model.addVariable(kind: .integer, lowerBound: 0, upperBound: 3.5, objective: 1)
        let y = try model.addVariable(lowerBound: -2, upperBound: 5, objective: -1)
        try model.setObjective(1 * x - y + 10, .maximize)
        let mip = try GLPKSolver().solve(model)
        #expect(mip.status == .optimal)
        #expect(mip.value(x) == 3 && mip.value(y) == -2)
        #expect(mip.objective == 15)
        let lp = try GLPKSolver().solveRelaxation(model)
        #expect(lp.objective == 15.5)
    }

    @Test("invalid limits throw a MIPError")
    func invalidLimits() throws {
        let (model, _, _) = try Fixtures.smallLP()
        #expect(throws: MIPError.invalidTimeLimit(-1)) { try GLPKSolver().solveRelaxation(model, limits: SolveLimits(timeLimit: -1)) }
        #expect(throws: MIPError.invalidRelativeGap(1.5)) { try GLPKSolver().solve(model, limits: SolveLimits(relativeGap: 1.5)) }
        #expect(throws: MIPError.self) { try GLPKSolver().solve(model, limits: SolveLimits(timeLimit: .nan)) }
    }
}
