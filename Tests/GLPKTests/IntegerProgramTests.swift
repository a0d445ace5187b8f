import Testing
import GLPK

@Suite("Solving mixed-integer programs with intopt")
struct IntegerProgramTests {
    @Test("a knapsack reaches its known optimum with and without presolve")
    func knapsackOptimum() throws {
        for presolve in [true, false] {
            try GLPKProblem.withProblem { problem in
                try Fixtures.knapsack(problem)
                let result = try problem.intopt(GLPKIntoptOptions(presolve: presolve))
                #expect(result.termination == .completed)
                #expect(result.status == .optimal)
                #expect(result.objective == 90)
                #expect(result.bestBound == 90)
                #expect(result.relativeGap == 0)
                #expect(result.incumbentOutcome == nil)
                #expect(problem.mipValues() == [0, 1, 0, 1])
                #expect(try problem.mipValue(3) == 1)
                #expect(problem.mipObjective == 90)
                #expect(problem.mipStatus == .optimal)
            }
        }
    }

    @Test("the objective constant is included in objective and bound")
    func objectiveConstant() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            try problem.setObjectiveConstant(100)
            let result = try problem.intopt()
            #expect(result.objective == 190)
            #expect(result.bestBound == 190)
        }
    }

    @Test("an integer-infeasible model with a feasible relaxation has no feasible solution")
    func integerInfeasible() throws {
        for presolve in [true, false] {
            try GLPKProblem.withProblem { problem in
                try problem.addColumns(1)
                try problem.setColumnKind(0, .binary)
                try problem.addRows(1)
                try problem.setRowBounds(0, .fixed(1))
                try problem.setRow(0, columns: [0], values: [2])
                let result = try problem.intopt(GLPKIntoptOptions(presolve: presolve))
                #expect(result.status == .noFeasibleSolution)
                #expect(!result.hasSolution)
                #expect(result.objective == nil)
            }
        }
    }

    @Test("an infeasible relaxation is reported the same way with and without presolve")
    func infeasibleRelaxation() throws {
        for presolve in [true, false] {
            try GLPKProblem.withProblem { problem in
                try problem.addColumns(1)
                try problem.setColumnKind(0, .integer)
                try problem.setColumnBounds(0, .double(0, 5))
                try problem.addRows(1)
                try problem.setRowBounds(0, .lower(10))
                try problem.setRow(0, columns: [0], values: [1])
                let result = try problem.intopt(GLPKIntoptOptions(presolve: presolve))
                #expect(result.termination == .noPrimalFeasibleSolution)
                #expect(result.status == .noFeasibleSolution)
            }
        }
    }

    @Test("an unbounded relaxation is reported as no dual feasible solution")
    func unboundedRelaxation() throws {
        for presolve in [true, false] {
            try GLPKProblem.withProblem { problem in
                try problem.addColumns(1)
                try problem.setColumnKind(0, .integer)
                try problem.setColumnBounds(0, .lower(0))
                try problem.setObjectiveCoefficient(0, 1)
                problem.direction = .maximize
                let result = try problem.intopt(GLPKIntoptOptions(presolve: presolve))
                #expect(result.termination == .noDualFeasibleSolution)
                #expect(!result.hasSolution)
            }
        }
    }

    @Test("a time limit of zero returns a time-limit termination without crashing")
    func zeroTimeLimit() throws {
        for presolve in [true, false] {
            try GLPKProblem.withProblem { problem in
                try Fixtures.hardKnapsack(problem)
                let result = try problem.intopt(GLPKIntoptOptions(presolve: presolve, timeLimit: 0))
                #expect(result.termination == .timeLimit)
                #expect(!result.hasSolution)
            }
        }
    }

    @Test("an incumbent passed to intopt survives a zero time limit once the root LP is solved")
    func incumbentUnderZeroTimeLimit() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            // With an optimal basis in place the root simplex needs no time, so the search
            // starts, takes the incumbent at its first callback and stops on the time limit.
            _ = try problem.simplex()
            let result = try problem.intopt(GLPKIntoptOptions(timeLimit: 0), incumbent: [1, 1, 0, 0])
            #expect(result.termination == .timeLimit)
            #expect(result.status == .feasible)
            #expect(result.objective == 50)
            #expect(result.incumbentOutcome == .accepted)
            #expect(problem.mipValues() == [1, 1, 0, 0])
            let bound = try #require(result.bestBound)
            #expect(bound >= 90)
        }
    }

    @Test("an incumbent is reported as not offered when the root LP runs out of time")
    func incumbentNotOffered() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.hardKnapsack(problem)
            let result = try problem.intopt(
                GLPKIntoptOptions(timeLimit: 0), incumbent: Array(repeating: 0, count: problem.columnCount))
            #expect(result.termination == .timeLimit)
            #expect(result.incumbentOutcome == .notOffered || result.incumbentOutcome == .accepted)
        }
    }

    @Test("an infeasible incumbent is checked and never handed to GLPK")
    func infeasibleIncumbent() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            let result = try problem.intopt(GLPKIntoptOptions(timeLimit: 0), incumbent: [1, 1, 1, 1])
            #expect(result.incumbentOutcome == .infeasible(.rowBound(row: 0, activity: 18, lower: nil, upper: 10)))
            #expect(!result.hasSolution)
            #expect(try problem.violation(of: [1, 1, 0, 0.5]) == .integrality(column: 3, value: 0.5))
            #expect(try problem.violation(of: [0, 1, 0, 1.0000000001]) == nil)
        }
    }

    @Test("a relative gap and feasibility pump and cuts are accepted")
    func optionsRun() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.hardKnapsack(problem, items: 20)
            let result = try problem.intopt(GLPKIntoptOptions(
                relativeGap: 0.5, branching: .mostFractional, backtracking: .depthFirst,
                cuts: .all, feasibilityPump: true))
            #expect(result.hasSolution)
            #expect(result.termination == .completed || result.termination == .relativeGapReached)
        }
    }
}
