import CGLPK

extension GLPKProblem {
    /// Solves the LP relaxation with the simplex method (`glp_simplex`), ignoring column
    /// kinds.
    ///
    /// Without presolve the solve starts from the current basis (a warm start after
    /// changes). Should that basis be invalid, singular or ill-conditioned the wrapper
    /// resets it to the standard basis and tries once more.
    ///
    /// - Returns: why it stopped and the status of the basic solution; read the values
    ///   with ``primalValues()``, ``rowDuals()`` and ``reducedCosts()``.
    /// - Throws: ``GLPKError`` for an invalid time or iteration limit, or a foreign thread.
    public func simplex(_ options: GLPKSimplexOptions = .init()) throws(GLPKError) -> GLPKSimplexResult {
        try checkThread()
        let start = ContinuousClock.now
        let timeLimit = try Validate.timeLimit(options.timeLimit)
        if let limit = options.iterationLimit, limit < 0 { throw .invalidIterationLimit(limit) }
        applyTerminalOutput(options.messageLevel)

        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = glpkMessageLevel(options.messageLevel)
        switch options.method {
        case .primal: parameters.meth = GLP_PRIMAL
        case .dualThenPrimal: parameters.meth = GLP_DUALP
        case .dual: parameters.meth = GLP_DUAL
        }
        parameters.presolve = options.presolve ? GLP_ON : GLP_OFF
        if let limit = options.iterationLimit {
            parameters.it_lim = limit >= Int(Int32.max) ? Int32.max : Int32(limit)
        }
        parameters.tm_lim = timeLimit
        var code = glp_simplex(handle, &parameters)
        if !options.presolve, code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND {
            glp_std_basis(handle)
            parameters.tm_lim = try Validate.timeLimit(remaining(options.timeLimit, since: start))
            code = glp_simplex(handle, &parameters)
        }
        let status = GLPKSolutionStatus(code: glp_get_status(handle))
        return GLPKSimplexResult(
            termination: GLPKTermination(code: code),
            status: status,
            primalStatus: GLPKSolutionStatus(code: glp_get_prim_stat(handle)),
            dualStatus: GLPKSolutionStatus(code: glp_get_dual_stat(handle)),
            objective: status.hasSolution ? glp_get_obj_val(handle) : nil,
            iterationCount: Int(glp_get_it_cnt(handle)))
    }

    // MARK: Basic (LP) solution

    /// Status of the current basic solution (`glp_get_status`).
    public var lpStatus: GLPKSolutionStatus { GLPKSolutionStatus(code: glp_get_status(handle)) }

    /// Objective value of the current basic solution, including the constant term.
    public var lpObjective: Double { glp_get_obj_val(handle) }

    /// Primal value of one column in the basic solution.
    public func primalValue(_ column: Int) throws(GLPKError) -> Double {
        glp_get_col_prim(handle, try glpkColumn(column))
    }

    /// Primal values of all columns in the basic solution.
    public func primalValues() -> [Double] {
        (0..<columnCount).map { glp_get_col_prim(handle, Int32($0 + 1)) }
    }

    /// Activities (`sum_j a_ij x_j`) of all rows in the basic solution.
    public func rowActivities() -> [Double] {
        (0..<rowCount).map { glp_get_row_prim(handle, Int32($0 + 1)) }
    }

    /// Dual value (shadow price) of one row: the rate of change of the objective per unit
    /// increase of the row's active bound (GLPK's sign convention).
    public func rowDual(_ row: Int) throws(GLPKError) -> Double {
        glp_get_row_dual(handle, try glpkRow(row))
    }

    /// Dual values of all rows (see ``rowDual(_:)``).
    public func rowDuals() -> [Double] {
        (0..<rowCount).map { glp_get_row_dual(handle, Int32($0 + 1)) }
    }

    /// Reduced cost of one column: `c_j - sum_i a_ij * dual_i`.
    public func reducedCost(_ column: Int) throws(GLPKError) -> Double {
        glp_get_col_dual(handle, try glpkColumn(column))
    }

    /// Reduced costs of all columns (see ``reducedCost(_:)``).
    public func reducedCosts() -> [Double] {
        (0..<columnCount).map { glp_get_col_dual(handle, Int32($0 + 1)) }
    }

    // MARK: Integer (MIP) solution

    /// Status of the integer solution of the last `glp_intopt` (`glp_mip_status`).
    public var mipStatus: GLPKSolutionStatus { GLPKSolutionStatus(code: glp_mip_status(handle)) }

    /// Objective value of the integer solution, including the constant term.
    public var mipObjective: Double { glp_mip_obj_val(handle) }

    /// Value of one column in the integer solution.
    public func mipValue(_ column: Int) throws(GLPKError) -> Double {
        glp_mip_col_val(handle, try glpkColumn(column))
    }

    /// Values of all columns in the integer solution.
    public func mipValues() -> [Double] {
        (0..<columnCount).map { glp_mip_col_val(handle, Int32($0 + 1)) }
    }

    /// Activities of all rows in the integer solution.
    public func mipRowActivities() -> [Double] {
        (0..<rowCount).map { glp_mip_row_val(handle, Int32($0 + 1)) }
    }

    // MARK: Feasibility

    /// The first way in which `values` (one per column) violates the problem as it is now
    /// (column bounds, integrality of integer columns, row bounds), or `nil` when it is
    /// feasible. A bound `b` is respected within `tolerance * max(1, |b|)`; integer columns
    /// must be within `tolerance` of an integer.
    public func violation(of values: [Double], tolerance: Double = 1e-6) throws(GLPKError) -> GLPKViolation? {
        try checkThread()
        try Validate.tolerance(tolerance)
        try validateSolutionVector(values, argument: "values")
        let snapshot = ProblemSnapshot(handle, rows: rowCount, columns: columnCount)
        return snapshot.violation(of: snapshot.roundingIntegers(values, tolerance: tolerance), tolerance: tolerance)
    }

    func validateSolutionVector(_ values: [Double], argument: String) throws(GLPKError) {
        guard values.count == columnCount else {
            throw .lengthMismatch(argument: argument, expected: columnCount, actual: values.count)
        }
        for (k, value) in values.enumerated() {
            try Validate.finite(value, argument: argument, index: k)
        }
    }
}
