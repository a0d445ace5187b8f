import Testing
import GLPK

/// Every one of these would make GLPK abort the test process if it reached the C library.
@Suite("Rejecting invalid arguments with typed errors instead of GLPK's abort")
struct ValidationTests {
    @Test("a row or column index out of range throws")
    func indexOutOfRange() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(2)
            try problem.addRows(1)
            #expect(throws: GLPKError.indexOutOfRange(argument: "column", index: 2, count: 2)) {
                try problem.setColumnBounds(2, .free)
            }
            #expect(throws: GLPKError.indexOutOfRange(argument: "row", index: -1, count: 1)) {
                try problem.setRowBounds(-1, .free)
            }
            #expect(throws: GLPKError.indexOutOfRange(argument: "columns[1]", index: 5, count: 2)) {
                try problem.loadMatrix(rows: [0, 0], columns: [0, 5], values: [1, 1])
            }
            #expect(throws: GLPKError.indexOutOfRange(argument: "rows[0]", index: 1, count: 1)) {
                try problem.loadMatrix(rows: [1], columns: [0], values: [1])
            }
            #expect(throws: GLPKError.indexOutOfRange(argument: "columns[0]", index: 3, count: 2)) {
                try problem.setRow(0, columns: [3], values: [1])
            }
            #expect(throws: GLPKError.indexOutOfRange(argument: "columns", index: 2, count: 2)) {
                try problem.setObjectiveCoefficients([1, 2], startingAt: 1)
            }
            #expect(throws: GLPKError.self) { try problem.primalValue(7) }
            #expect(throws: GLPKError.self) { try problem.rowDual(1) }
        }
    }

    @Test("a duplicate matrix entry throws, sorted or not")
    func duplicateEntry() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(3)
            try problem.addRows(2)
            #expect(throws: GLPKError.duplicateEntry(argument: "matrix", row: 1, column: 2, firstPosition: 0, secondPosition: 2)) {
                try problem.loadMatrix(rows: [1, 0, 1], columns: [2, 0, 2], values: [1, 1, 1])
            }
            #expect(throws: GLPKError.duplicateEntry(argument: "matrix", row: 0, column: 1, firstPosition: 0, secondPosition: 1)) {
                try problem.loadMatrix(rows: [0, 0], columns: [1, 1], values: [1, 2])
            }
            #expect(throws: GLPKError.duplicateEntry(argument: "columns", row: 0, column: 2, firstPosition: 0, secondPosition: 2)) {
                try problem.setRow(0, columns: [2, 0, 2], values: [1, 1, 1])
            }
            #expect(throws: GLPKError.duplicateEntry(argument: "rows", row: 1, column: 0, firstPosition: 0, secondPosition: 1)) {
                try problem.setColumn(0, rows: [1, 1], values: [1, 1])
            }
            // Unsorted but distinct entries are fine.
            try problem.loadMatrix(rows: [1, 0, 1, 0], columns: [0, 2, 2, 0], values: [1, 2, 3, 4])
            #expect(problem.nonZeroCount == 4)
        }
    }

    @Test("NaN and infinite coefficients and bounds throw")
    func nonFinite() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(2)
            try problem.addRows(1)
            #expect(throws: GLPKError.self) { try problem.loadMatrix(rows: [0], columns: [0], values: [.nan]) }
            #expect(throws: GLPKError.nonFiniteValue(argument: "values", index: 1, value: .infinity)) {
                try problem.setRow(0, columns: [0, 1], values: [1, .infinity])
            }
            #expect(throws: GLPKError.self) { try problem.setObjectiveCoefficient(0, .nan) }
            #expect(throws: GLPKError.nonFiniteValue(argument: "objective constant", index: nil, value: -.infinity)) {
                try problem.setObjectiveConstant(-.infinity)
            }
            #expect(throws: GLPKError.nonFiniteValue(argument: "column 1 upper bound", index: nil, value: .infinity)) {
                try problem.setColumnBounds(1, .double(0, .infinity))
            }
            #expect(throws: GLPKError.self) { try problem.setRowBounds(0, .lower(-.infinity)) }
        }
    }

    @Test("a lower bound above the upper bound throws")
    func crossedBounds() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(1)
            try problem.addRows(1)
            #expect(throws: GLPKError.invalidBounds(argument: "column", index: 0, lower: 2, upper: 1)) {
                try problem.setColumnBounds(0, .double(2, 1))
            }
            #expect(throws: GLPKError.invalidBounds(argument: "row", index: 0, lower: 5, upper: -5)) {
                try problem.setRowBounds([.double(5, -5)])
            }
        }
    }

    @Test("a bad gap, time limit, iteration limit or tolerance throws")
    func badOptions() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            #expect(throws: GLPKError.invalidRelativeGap(1)) { try problem.intopt(GLPKIntoptOptions(relativeGap: 1)) }
            #expect(throws: GLPKError.invalidRelativeGap(-0.1)) { try problem.intopt(GLPKIntoptOptions(relativeGap: -0.1)) }
            #expect(throws: GLPKError.self) { try problem.intopt(GLPKIntoptOptions(relativeGap: .nan)) }
            #expect(throws: GLPKError.invalidTimeLimit(-1)) { try problem.intopt(GLPKIntoptOptions(timeLimit: -1)) }
            #expect(throws: GLPKError.invalidTimeLimit(-1)) { try problem.simplex(GLPKSimplexOptions(timeLimit: -1)) }
            #expect(throws: GLPKError.invalidTimeLimit(.infinity)) { try problem.simplex(GLPKSimplexOptions(timeLimit: .infinity)) }
            #expect(throws: GLPKError.invalidIterationLimit(-3)) { try problem.simplex(GLPKSimplexOptions(iterationLimit: -3)) }
            #expect(throws: GLPKError.invalidTolerance(2)) { try problem.intopt(GLPKIntoptOptions(incumbentTolerance: 2)) }
        }
    }

    @Test("counts, lengths, names and incumbents are checked")
    func countsLengthsNames() throws {
        try GLPKProblem.withProblem { problem in
            #expect(throws: GLPKError.self) { try problem.addRows(-1) }
            #expect(throws: GLPKError.self) { try problem.addColumns(200_000_000) }
            try problem.addColumns(2)
            try problem.addRows(1)
            #expect(throws: GLPKError.lengthMismatch(argument: "rows", expected: 2, actual: 1)) {
                try problem.loadMatrix(rows: [0], columns: [0, 1], values: [1, 1])
            }
            #expect(throws: GLPKError.lengthMismatch(argument: "columns", expected: 1, actual: 2)) {
                try problem.setRow(0, columns: [0, 1], values: [1])
            }
            let long = String(repeating: "a", count: 256)
            #expect(throws: GLPKError.self) { try problem.setColumnName(0, long) }
            #expect(throws: GLPKError.self) { try problem.setRowName(0, "tab\there") }
            #expect(throws: GLPKError.self) { try problem.addRows(names: ["ok", "bad\n"]) }
            #expect(problem.rowCount == 1)
            try problem.setColumnName(0, String(repeating: "é", count: 127))
            #expect(throws: GLPKError.lengthMismatch(argument: "incumbent", expected: 2, actual: 1)) {
                try problem.intopt(incumbent: [0])
            }
            #expect(throws: GLPKError.nonFiniteValue(argument: "incumbent", index: 1, value: .infinity)) {
                try problem.intopt(incumbent: [0, .infinity])
            }
        }
    }

    @Test("an integer column with a fractional bound throws before glp_intopt")
    func nonIntegralBound() throws {
        try GLPKProblem.withProblem { problem in
            try problem.addColumns(1)
            try problem.setColumnKind(0, .integer)
            try problem.setColumnBounds(0, .double(0.5, 3))
            #expect(throws: GLPKError.nonIntegralBound(column: 0, value: 0.5)) { try problem.intopt() }
        }
    }
}
