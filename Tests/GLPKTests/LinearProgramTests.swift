import Testing
import GLPK

@Suite("Solving linear programs with the simplex")
struct LinearProgramTests {
    @Test("a small LP reaches its hand-computed optimum, duals and reduced costs")
    func smallLPOptimum() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.smallLP(problem)
            let result = try problem.simplex()
            #expect(result.termination == .completed)
            #expect(result.status == .optimal)
            #expect(result.hasSolution)
            let objective = try #require(result.objective)
            #expect(abs(objective - 16) < 1e-9)
            #expect(abs(problem.lpObjective - 16) < 1e-9)
            let x = problem.primalValues()
            #expect(zip(x, [3.0, 1, 0]).allSatisfy { abs($0 - $1) < 1e-9 })
            let duals = problem.rowDuals()
            #expect(zip(duals, [2.0, 0, 1]).allSatisfy { abs($0 - $1) < 1e-9 })
            let reducedCosts = problem.reducedCosts()
            #expect(zip(reducedCosts, [0.0, 0, -1]).allSatisfy { abs($0 - $1) < 1e-9 })
            #expect(abs(try problem.rowDual(0) - 2) < 1e-9)
            #expect(abs(try problem.reducedCost(2) + 1) < 1e-9)
            #expect(zip(problem.rowActivities(), [4.0, 6, 3]).allSatisfy { abs($0 - $1) < 1e-9 })
        }
    }

    @Test("the same LP solves with presolve and with the dual simplex")
    func presolveAndDual() throws {
        for options in [GLPKSimplexOptions(presolve: true), GLPKSimplexOptions(method: .dualThenPrimal)] {
            try GLPKProblem.withProblem { problem in
                try Fixtures.smallLP(problem)
                let result = try problem.simplex(options)
                #expect(result.status == .optimal)
                #expect(abs((result.objective ?? .nan) - 16) < 1e-9)
                #expect(abs(try problem.rowDual(0) - 2) < 1e-9)
            }
        }
    }

    @Test("an infeasible LP is reported as having no feasible solution")
    func infeasible() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(1)
            try problem.setColumnBounds(0, .lower(0))
            try problem.addRows(1)
            try problem.setRowBounds(0, .upper(-1))
            try problem.setRow(0, columns: [0], values: [1])
            let result = try problem.simplex()
            #expect(result.termination == .completed)
            #expect(result.status == .noFeasibleSolution)
            #expect(!result.hasSolution)
            #expect(result.objective == nil)

            let presolved = try problem.simplex(GLPKSimplexOptions(presolve: true))
            #expect(presolved.termination == .noPrimalFeasibleSolution)
            #expect(presolved.status == .undefined)
        }
    }

    @Test("an unbounded LP is reported as unbounded")
    func unbounded() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(2)
            try problem.setColumnBounds([.lower(0), .lower(0)])
            try problem.setObjectiveCoefficients([1, 0])
            problem.direction = .maximize
            try problem.addRows(1)
            try problem.setRowBounds(0, .upper(1))
            try problem.setRow(0, columns: [0, 1], values: [1, -1])
            let result = try problem.simplex()
            #expect(result.termination == .completed)
            #expect(result.status == .unbounded)
        }
    }

    @Test("a time limit of zero returns without crashing")
    func zeroTimeLimit() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.smallLP(problem)
            let result = try problem.simplex(GLPKSimplexOptions(timeLimit: 0))
            #expect(result.termination == .timeLimit || result.termination == .completed)
        }
    }

    @Test("an empty problem solves to its objective constant")
    func emptyProblem() throws {
        try GLPKProblem.withProblem { problem in
            try problem.setObjectiveConstant(7)
            let result = try problem.simplex()
            #expect(result.status == .optimal)
            #expect(result.objective == 7)
            #expect(problem.primalValues().isEmpty)
        }
    }

    @Test("names, bounds, kinds and matrix rows read back as they were set")
    func readBack() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.smallLP(problem)
            #expect(problem.rowCount == 3)
            #expect(problem.columnCount == 3)
            #expect(try problem.columnName(1) == "y")
            #expect(try problem.rowName(2) == "c2")
            #expect(try problem.rowBounds(1) == .upper(9))
            try problem.setColumnBounds(0, .double(2, 2))
            #expect(try problem.columnBounds(0) == .fixed(2))
            try problem.setColumnKind(1, .binary)
            #expect(try problem.columnKind(1) == .binary)
            #expect(try problem.columnBounds(1) == .double(0, 1))
            #expect(try problem.objectiveCoefficient(0) == 3)
            #expect(problem.objectiveConstant == 5)
            #expect(problem.nonZeroCount == 6)
            let row = try problem.row(1)
            #expect(Dictionary(uniqueKeysWithValues: zip(row.columns, row.values)) == [0: 1, 1: 3])
            let column = try problem.column(0)
            #expect(Set(column.rows) == [0, 1, 2])
            try problem.setColumn(2, rows: [1], values: [4])
            #expect(try problem.column(2).rows == [1])
            #expect(try problem.row(0).columns.sorted() == [0, 1])
        }
    }
}
