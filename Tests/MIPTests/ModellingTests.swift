import Testing
import MIP

@Suite("Building models with expressions and constraints")
struct ModellingTests {
    @Test("operators build the right coefficients and constants")
    func operators() throws {
        var model = Model()
        let x = try model.addVariable(name: "x")
        let y = try model.addVariable(name: "y")
        let z = try model.addVariable(name: "z")

        let e = 2 * x + 3 * y - z + 4
        #expect(e.coefficients == [x: 2, y: 3, z: -1])
        #expect(e.constant == 4)

        let f = -(x - 2 * y) * 3 + (5 - z) + y * 0.5
        #expect(f.coefficients == [x: -3, y: 6.5, z: -1])
        #expect(f.constant == 5)

        var g = LinearExpression()
        g += x
        g += 2 * y
        g -= z
        g += 1.5
        g *= 2
        #expect(g.coefficients == [x: 2, y: 4, z: -2])
        #expect(g.constant == 3)

        let h = x + y
        let k = 1 - x - y + 2
        #expect(h.coefficients == [x: 1, y: 1])
        #expect(k.coefficients == [x: -1, y: -1])
        #expect(k.constant == 3)
        #expect((-x).coefficients == [x: -1])
        #expect((x - y).coefficients == [x: 1, y: -1])

        let literal = LinearExpression(constant: 3)
        #expect(literal.constant == 3 && literal.terms.isEmpty)
        #expect(LinearExpression.sum([x, y, z]).coefficients == [x: 1, y: 1, z: 1])
        #expect(LinearExpression.sum([2 * x, 3 * y, 4 + z]).coefficients == [x: 2, y: 3, z: 1])
        #expect(LinearExpression.sum([2 * x, 3 * y, 4 + z]).constant == 4)
        #expect(e.value(in: [1, 1, 1]) == 8)
        #expect(model.value(of: e, in: [1, 2, 3]) == 9)
        #expect(e.value(in: [1]).isNaN)
    }

    @Test("comparisons move variables left and constants right")
    func constraints() throws {
        var model = Model()
        let x = try model.addVariable(name: "x")
        let y = try model.addVariable(name: "y")

        let c1 = 2 * x + 3 <= y + 10
        #expect(c1.sense == .lessOrEqual)
        #expect(c1.rightHandSide == 7)
        #expect(c1.expression.coefficients == [x: 2, y: -1])
        #expect(c1.expression.constant == 0)

        let c2 = 5 >= x
        #expect(c2.sense == .lessOrEqual && c2.rightHandSide == 5)
        let c3 = x + y == 4
        #expect(c3.sense == .equal && c3.rightHandSide == 4)
        let c4 = x >= y
        #expect(c4.sense == .greaterOrEqual && c4.rightHandSide == 0 && c4.expression.coefficients == [x: 1, y: -1])
        let c5 = 2 * x + 1 >= 3 * y - 2
        #expect(c5.rightHandSide == -3 && c5.expression.coefficients == [x: 2, y: -3])
        let c6 = x <= 2 * y
        #expect(c6.expression.coefficients == [x: 1, y: -2])
        let c7 = 1 <= x + y
        #expect(c7.sense == .greaterOrEqual && c7.rightHandSide == 1)

        let ref = try model.addConstraint(c1, name: "cap")
        #expect(ref.index == 0)
        #expect(model.constraintCount == 1)
        let stored = model.constraints[0]
        #expect(stored.name == "cap")
        #expect(stored.terms == [LinearTerm(2, x), LinearTerm(-1, y)])
        #expect(stored.rightHandSide == 7)
    }

    @Test("duplicate variables in an expression merge when added to the model")
    func duplicatesMerge() throws {
        var model = Model()
        let x = try model.addVariable()
        let y = try model.addVariable()
        let expression = x + x + 2 * x - y + y + 3 * y - 3 * y
        #expect(expression.terms.count == 7)
        #expect(expression.merged().terms == [LinearTerm(4, x)])
        #expect(expression.coefficient(of: x) == 4)
        let ref = try model.addConstraint(expression <= 8)
        #expect(model.constraints[ref.index].terms == [LinearTerm(4, x)])
        #expect(model.constraints[ref.index].coefficient(of: y) == 0)

        try model.setObjective(x + y + x + 1, .maximize)
        #expect(model.variables.map(\.objective) == [2, 1])
        #expect(model.objectiveConstant == 1)
        #expect(model.objectiveSense == .maximize)
        #expect(model.objective.coefficients == [x: 2, y: 1])
    }

    @Test("coefficients can be added to existing constraints for column generation")
    func addCoefficient() throws {
        var model = Model()
        let x = try model.addVariable()
        let row = try model.addConstraint(2 * x >= 1, name: "cover")
        let y = try model.addVariable(objective: 1)
        try model.addCoefficient(3, of: y, to: row)
        try model.addCoefficient(1, of: x, to: row)
        #expect(model.constraints[0].terms == [LinearTerm(3, x), LinearTerm(3, y)])
        try model.addCoefficient(-3, of: y, to: row)
        #expect(model.constraints[0].terms == [LinearTerm(3, x)])
        #expect(throws: MIPError.unknownConstraint(index: 4, constraintCount: 1)) {
            try model.addCoefficient(1, of: x, to: ConstraintRef(index: 4))
        }
        #expect(throws: MIPError.unknownVariable(index: 9, variableCount: 2, context: "constraint 'cover' (#0)")) {
            try model.addCoefficient(1, of: Variable(index: 9), to: row)
        }
    }

    @Test("binary variables get bounds zero and one, others keep theirs")
    func bounds() throws {
        var model = Model()
        let b = try model.addVariable(name: "b", kind: .binary, lowerBound: -3, upperBound: 7)
        let i = try model.addVariable(name: "i", kind: .integer, lowerBound: nil, upperBound: 4)
        let c = try model.addVariable(name: "c")
        #expect(model.variables[b.index].lowerBound == 0)
        #expect(model.variables[b.index].upperBound == 1)
        #expect(model.variables[b.index].kind == .binary)
        #expect(model.variables[i.index].lowerBound == nil)
        #expect(model.variables[i.index].upperBound == 4)
        #expect(model.variables[c.index].lowerBound == 0)
        #expect(model.variables[c.index].upperBound == nil)
        try model.setBounds(of: b, lowerBound: 1, upperBound: nil)
        #expect(model.variables[b.index].lowerBound == 1 && model.variables[b.index].upperBound == 1)
        try model.setBounds(of: c, lowerBound: nil, upperBound: nil)
        #expect(model.variables[c.index].lowerBound == nil)
        #expect(model.variableCount == 3)
    }

    @Test("a foreign variable index is rejected with a MIPError")
    func foreignVariable() throws {
        var other = Model()
        try other.addVariable()
        try other.addVariable()
        let foreign = try other.addVariable()

        var model = Model()
        let x = try model.addVariable(name: "x")
        #expect(throws: MIPError.unknownVariable(index: 2, variableCount: 1, context: "constraint 'row' (#0)")) {
            try model.addConstraint(x + foreign <= 1, name: "row")
        }
        #expect(throws: MIPError.unknownVariable(index: 2, variableCount: 1, context: "objective")) {
            try model.setObjective(x + foreign, .minimize)
        }
        #expect(throws: MIPError.unknownVariable(index: -1, variableCount: 1, context: "bounds")) {
            try model.setBounds(of: Variable(index: -1), lowerBound: 0, upperBound: 1)
        }
        #expect(model.constraintCount == 0)
    }

    @Test("non-finite coefficients, bounds and crossed bounds are rejected with a MIPError")
    func nonFinite() throws {
        var model = Model()
        let x = try model.addVariable(name: "x")
        #expect(throws: MIPError.nonFiniteCoefficient(constraint: "c", constraintIndex: 0, variable: "x", variableIndex: 0, value: .infinity)) {
            try model.addConstraint(Double.infinity * x <= 1, name: "c")
        }
        #expect(throws: MIPError.self) { try model.addConstraint(Double.nan * x <= 1) }
        #expect(throws: MIPError.nonFiniteRightHandSide(constraint: "", constraintIndex: 0, value: .infinity)) {
            try model.addConstraint(x <= .infinity)
        }
        #expect(throws: MIPError.self) {
            try model.addConstraint(Double.greatestFiniteMagnitude * x + Double.greatestFiniteMagnitude * x <= 1)
        }
        #expect(throws: MIPError.nonFiniteBound(variable: "y", index: 1, value: .infinity)) {
            try model.addVariable(name: "y", upperBound: .infinity)
        }
        #expect(throws: MIPError.invalidBounds(variable: "y", index: 1, lower: 3, upper: 2)) {
            try model.addVariable(name: "y", lowerBound: 3, upperBound: 2)
        }
        // NaN never equals itself, so match the case instead of comparing errors.
        let nanError = #expect(throws: MIPError.self) { try model.addVariable(name: "y", objective: .nan) }
        if case let .nonFiniteObjectiveCoefficient(variable, index, value)? = nanError {
            #expect(variable == "y" && index == 1 && value.isNaN)
        } else {
            Issue.record("unexpected error \(String(describing: nanError))")
        }
        #expect(throws: MIPError.self) { try model.setObjective(Double.nan * x, .minimize) }
        #expect(throws: MIPError.nonFiniteObjectiveConstant(.infinity)) { try model.setObjective(x + .infinity, .minimize) }
        #expect(model.variableCount == 1)
        #expect(model.constraintCount == 0)
        let error = MIPError.nonFiniteCoefficient(constraint: "c", constraintIndex: 0, variable: "x", variableIndex: 0, value: .nan)
        #expect(error.description.contains("'x' (#0)"))
    }
}
