import GLPK

/// The GLPK backend.
///
/// Every call builds a fresh `GLPKProblem`, solves and reads it inside one synchronous
/// call on the calling thread (GLPK's state is per thread), so a `GLPKSolver` can be used
/// from any thread or task, concurrently. Problems are built in bulk: one `glp_add_cols`,
/// one `glp_add_rows` and one `glp_load_matrix` per solve.
///
/// Integer and binary variables get their bounds rounded inwards for the MIP (a variable
/// whose rounded bounds cross makes the model infeasible). A warm start turns GLPK's
/// presolver off (it would renumber the columns) and is handed to GLPK as the first
/// incumbent after the root LP.
public struct GLPKSolver: MIPSolver {
    /// Creates the backend (it has no state).
    public init() {}

    /// Solves the MIP; see ``MIPSolver/solve(_:limits:warmStart:)``.
    /// - Throws: ``MIPError`` for invalid limits or warm start, or when GLPK fails.
    public func solve(_ model: Model, limits: SolveLimits, warmStart: [Double]?) throws -> Solution {
        try limits.validate()
        if let warmStart { try Self.validate(warmStart, for: model) }
        if model.variableCount == 0 { return Self.trivialSolution(model, relaxation: false) }
        do {
            return try GLPKProblem.withProblem { problem throws -> Solution in
                guard try Self.load(model, into: problem, integer: true) else {
                    return Solution(status: .infeasible, objective: nil)
                }
                // A node limit is enforced from the callback (GLPK has none of its own).
                var callback: ((GLPKSearch) throws -> Void)?
                if let nodeLimit = limits.nodeLimit {
                    callback = { search in
                        if search.reason == .select, search.createdNodeCount > nodeLimit { search.terminate() }
                    }
                }
                let result = try problem.intopt(
                    GLPKIntoptOptions(
                        presolve: limits.presolve && limits.nodeLimit == nil, timeLimit: limits.timeLimit,
                        relativeGap: limits.relativeGap ?? 0),
                    incumbent: warmStart, callback: callback)
                return try Self.mipSolution(result, problem: problem, model: model, warmStart: warmStart)
            }
        } catch let error as GLPKError {
            throw MIPError.solver(error.description)
        }
    }

    /// Solves the LP relaxation; see ``MIPSolver/solveRelaxation(_:limits:)``.
    /// - Throws: ``MIPError`` for invalid limits, or when GLPK fails.
    public func solveRelaxation(_ model: Model, limits: SolveLimits) throws -> Solution {
        try limits.validate()
        if model.variableCount == 0 { return Self.trivialSolution(model, relaxation: true) }
        do {
            return try GLPKProblem.withProblem { problem throws -> Solution in
                _ = try Self.load(model, into: problem, integer: false)
                let result = try problem.simplex(
                    GLPKSimplexOptions(presolve: limits.presolve, timeLimit: limits.timeLimit))
                return try Self.lpSolution(result, problem: problem)
            }
        } catch let error as GLPKError {
            throw MIPError.solver(error.description)
        }
    }

    // MARK: Building

    /// Loads `model` into an empty problem. Returns `false` when (for the MIP) an integer
    /// variable's rounded bounds cross, i.e. the model is infeasible.
    static func load(_ model: Model, into problem: GLPKProblem, integer: Bool) throws(GLPKError) -> Bool {
        let variables = model.variables
        try problem.addColumns(variables.count)
        var bounds: [GLPKBounds] = []
        bounds.reserveCapacity(variables.count)
        for variable in variables {
            var lower = variable.lowerBound, upper = variable.upperBound
            if integer, variable.kind != .continuous {
                lower = lower.map { roundedInward($0, up: true) }
                upper = upper.map { roundedInward($0, up: false) }
                if let l = lower, let u = upper, l > u { return false }
            }
            bounds.append(GLPKBounds(lower: lower, upper: upper))
        }
        try problem.setColumnBounds(bounds)
        if integer {
            for (index, variable) in variables.enumerated() where variable.kind != .continuous {
                try problem.setColumnKind(index, .integer)
            }
        }
        try problem.setObjectiveCoefficients(variables.map(\.objective))
        try problem.setObjectiveConstant(model.objectiveConstant)
        problem.direction = model.objectiveSense == .maximize ? .maximize : .minimize

        let constraints = model.constraints
        try problem.addRows(constraints.count)
        try problem.setRowBounds(constraints.map { constraint in
            switch constraint.sense {
            case .lessOrEqual: return .upper(constraint.rightHandSide)
            case .greaterOrEqual: return .lower(constraint.rightHandSide)
            case .equal: return .fixed(constraint.rightHandSide)
            }
        })
        let nonZeros = constraints.reduce(0) { $0 + $1.terms.count }
        var rows: [Int] = [], columns: [Int] = [], values: [Double] = []
        rows.reserveCapacity(nonZeros); columns.reserveCapacity(nonZeros); values.reserveCapacity(nonZeros)
        for (row, constraint) in constraints.enumerated() {
            for term in constraint.terms {
                rows.append(row)
                columns.append(term.variable.index)
                values.append(term.coefficient)
            }
        }
        try problem.loadMatrix(rows: rows, columns: columns, values: values)
        return true
    }

    /// Rounds an integer variable's bound inwards, treating values within 1e-9 (relative)
    /// of an integer as that integer.
    static func roundedInward(_ bound: Double, up: Bool) -> Double {
        let nearest = bound.rounded()
        if abs(bound - nearest) <= 1e-9 * max(1, abs(bound)) { return nearest }
        return up ? bound.rounded(.up) : bound.rounded(.down)
    }

    // MARK: Reading results

    static func mipSolution(_ result: GLPKIntoptResult, problem: GLPKProblem, model: Model, warmStart: [Double]?) throws -> Solution {
        switch result.status {
        case .optimal, .feasible:
            return Solution(
                status: result.status == .optimal ? .optimal : .feasible,
                objective: result.objective, values: problem.mipValues(),
                bestBound: result.bestBound, gap: result.relativeGap)
        case .noFeasibleSolution:
            return Solution(status: .infeasible, objective: nil)
        case .infeasible, .unbounded, .undefined:
            break
        }
        switch result.termination {
        case .noPrimalFeasibleSolution:
            return Solution(status: .infeasible, objective: nil)
        case .noDualFeasibleSolution:
            return Solution(status: .unbounded, objective: nil)
        case .timeLimit, .iterationLimit, .stoppedByCallback, .relativeGapReached:
            // No solution of GLPK's own: fall back to a feasible warm start.
            if let warmStart, let outcome = result.incumbentOutcome, outcome.isFeasible {
                let values = roundedIntegers(warmStart, model: model)
                let objective = model.objective.value(in: values)
                return Solution(
                    status: .feasible, objective: objective, values: values,
                    bestBound: result.bestBound, gap: gap(objective: objective, bound: result.bestBound))
            }
            return Solution(status: .noSolutionFound, objective: nil, bestBound: result.bestBound)
        default:
            throw MIPError.solver("glp_intopt: \(result.termination), MIP status \(result.status)")
        }
    }

    static func lpSolution(_ result: GLPKSimplexResult, problem: GLPKProblem) throws -> Solution {
        switch (result.termination, result.status) {
        case (_, .optimal):
            let objective = problem.lpObjective
            return Solution(
                status: .optimal, objective: objective, values: problem.primalValues(),
                duals: problem.rowDuals(), reducedCosts: problem.reducedCosts(),
                bestBound: objective, gap: 0)
        case (.completed, .noFeasibleSolution), (.noPrimalFeasibleSolution, _):
            return Solution(status: .infeasible, objective: nil)
        case (.completed, .unbounded), (.noDualFeasibleSolution, _):
            return Solution(status: .unbounded, objective: nil)
        case (let termination, .feasible) where termination.isLimit:
            return Solution(status: .feasible, objective: problem.lpObjective, values: problem.primalValues())
        case (let termination, _) where termination.isLimit:
            return Solution(status: .noSolutionFound, objective: nil)
        default:
            throw MIPError.solver("glp_simplex: \(result.termination), status \(result.status)")
        }
    }

    // MARK: Helpers

    static func validate(_ warmStart: [Double], for model: Model) throws(MIPError) {
        guard warmStart.count == model.variableCount else {
            throw .warmStartLengthMismatch(expected: model.variableCount, actual: warmStart.count)
        }
        for (index, value) in warmStart.enumerated() where !value.isFinite {
            throw .nonFiniteWarmStartValue(variable: model.variables[index].name, index: index, value: value)
        }
    }

    /// The warm start with integer variables rounded as GLPK received them.
    static func roundedIntegers(_ values: [Double], model: Model) -> [Double] {
        var result = values
        for (index, variable) in model.variables.enumerated() where variable.kind != .continuous {
            let nearest = result[index].rounded()
            if abs(result[index] - nearest) <= 1e-6 { result[index] = nearest }
        }
        return result
    }

    static func gap(objective: Double, bound: Double?) -> Double? {
        bound.map { abs(objective - $0) / (abs(objective) + Double.ulpOfOne) }
    }

    /// A model without variables: every constraint reads `0 (sense) rhs`; the objective is
    /// its constant. Solved here because GLPK has nothing to do.
    static func trivialSolution(_ model: Model, relaxation: Bool) -> Solution {
        for constraint in model.constraints {
            let rhs = constraint.rightHandSide
            let tolerance = 1e-9 * max(1, abs(rhs))
            let satisfied: Bool
            switch constraint.sense {
            case .lessOrEqual: satisfied = 0 <= rhs + tolerance
            case .greaterOrEqual: satisfied = 0 >= rhs - tolerance
            case .equal: satisfied = abs(rhs) <= tolerance
            }
            if !satisfied { return Solution(status: .infeasible, objective: nil) }
        }
        return Solution(
            status: .optimal, objective: model.objectiveConstant, values: [],
            duals: relaxation ? Array(repeating: 0, count: model.constraintCount) : [],
            reducedCosts: [], bestBound: model.objectiveConstant, gap: 0)
    }
}

extension GLPKIncumbentOutcome {
    /// True when the offered solution passed the feasibility check.
    fileprivate var isFeasible: Bool {
        switch self {
        case .accepted, .notImproving, .notOffered: return true
        case .infeasible: return false
        }
    }
}
