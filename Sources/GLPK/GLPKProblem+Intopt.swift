import CGLPK

extension GLPKProblem {
    /// Solves the MIP with GLPK's branch-and-cut (`glp_intopt`).
    ///
    /// - Parameters:
    ///   - options: presolve, time limit, gap, heuristics, output.
    ///   - incumbent: an optional starting solution (one value per column). It is checked
    ///     against the problem (bounds, rows, integrality, within
    ///     ``GLPKIntoptOptions/incumbentTolerance``), integer columns are rounded exactly,
    ///     and if feasible it is handed to GLPK (`glp_ios_heur_sol`) at the first callback,
    ///     so a time limit leaves at least that solution. Passing one turns presolve off.
    ///     ``GLPKIntoptResult/incumbentOutcome`` tells what happened to it.
    ///   - callback: called at every branch-and-cut hook with a ``GLPKSearch`` (valid only
    ///     during the call) to read bounds, offer incumbents or terminate. Errors it throws
    ///     cannot cross GLPK's C frames: the wrapper catches the first one, terminates the
    ///     search and rethrows it from `intopt` once GLPK has returned (the problem's MIP
    ///     accessors still show what was found). With presolve on, the callback cannot use
    ///     column indices (see ``GLPKIntoptOptions/presolve``).
    ///
    /// With presolve off the wrapper first solves the root LP with the simplex, warm from
    /// the current basis (GLPK demands an optimal basis, else `GLP_EROOT`). If that LP is
    /// infeasible the result is ``GLPKTermination/noPrimalFeasibleSolution`` with status
    /// ``GLPKSolutionStatus/noFeasibleSolution``; if unbounded,
    /// ``GLPKTermination/noDualFeasibleSolution`` (as GLPK's presolver would report); if a
    /// limit stops it, that limit, with an undefined status.
    ///
    /// - Throws: ``GLPKError`` for invalid options, an incumbent of the wrong length or
    ///   with non-finite values, an integer column with a non-integral bound, or a foreign
    ///   thread; or whatever `callback` threw.
    public func intopt(
        _ options: GLPKIntoptOptions = .init(),
        incumbent: [Double]? = nil,
        callback: ((GLPKSearch) throws -> Void)? = nil
    ) throws -> GLPKIntoptResult {
        try checkThread()
        let start = ContinuousClock.now
        _ = try Validate.timeLimit(options.timeLimit)
        try Validate.relativeGap(options.relativeGap)
        try Validate.tolerance(options.incumbentTolerance)
        if let incumbent { try validateSolutionVector(incumbent, argument: "incumbent") }
        try validateIntegerBounds()

        let presolve = options.presolve && incumbent == nil
        applyTerminalOutput(options.messageLevel)

        var rootBound: Double?
        if !presolve {
            let root = try simplex(GLPKSimplexOptions(
                presolve: false, timeLimit: remaining(options.timeLimit, since: start),
                messageLevel: options.messageLevel))
            guard root.status == .optimal else {
                return rootFailure(root, incumbent: incumbent, tolerance: options.incumbentTolerance)
            }
            rootBound = root.objective
        }

        // Offered incumbents are checked against the problem as it is now (during the search
        // GLPK tightens bounds per node and adds cuts). Column indices mean nothing with
        // presolve on, so no snapshot is needed then.
        let snapshot = !presolve && (callback != nil || incumbent != nil)
            ? ProblemSnapshot(handle, rows: rowCount, columns: columnCount) : nil
        var pending: [Double]?
        var outcome: GLPKIncumbentOutcome?
        if let incumbent, let snapshot {
            let rounded = snapshot.roundingIntegers(incumbent, tolerance: options.incumbentTolerance)
            if let violation = snapshot.violation(of: rounded, tolerance: options.incumbentTolerance) {
                outcome = .infeasible(violation)
            } else {
                pending = rounded
                outcome = .notOffered
            }
        }

        let context = SearchContext(
            search: GLPKSearch(presolve: presolve, snapshot: snapshot, tolerance: options.incumbentTolerance),
            callback: callback, pendingIncumbent: pending, incumbentOutcome: outcome)

        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = glpkMessageLevel(options.messageLevel)
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.mip_gap = options.relativeGap
        parameters.tm_lim = try Validate.timeLimit(remaining(options.timeLimit, since: start))
        parameters.br_tech = Self.branchingCode(options.branching)
        parameters.bt_tech = Self.backtrackingCode(options.backtracking)
        parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.cb_func = glpkSearchTrampoline
        parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()

        let code = withExtendedLifetime(context) { glp_intopt(handle, &parameters) }
        context.search.invalidate()
        if let error = context.error { throw error }

        let status = GLPKSolutionStatus(code: glp_mip_status(handle))
        let objective = status.hasSolution ? glp_mip_obj_val(handle) : nil
        var bound: Double?
        switch status {
        case .optimal:
            bound = objective
        case .noFeasibleSolution:
            bound = nil
        default:
            bound = context.lastBound ?? rootBound
            if let b = bound, let objective {
                bound = direction == .minimize ? min(b, objective) : max(b, objective)
            }
        }
        return GLPKIntoptResult(
            termination: GLPKTermination(code: code),
            status: status,
            objective: objective,
            bestBound: bound,
            relativeGap: Self.gap(objective: objective, bound: bound),
            incumbentOutcome: context.incumbentOutcome)
    }

    /// Result when the presolve-free root LP did not reach an optimum.
    private func rootFailure(_ root: GLPKSimplexResult, incumbent: [Double]?, tolerance: Double) -> GLPKIntoptResult {
        let termination: GLPKTermination
        let status: GLPKSolutionStatus
        switch (root.termination, root.status) {
        case (.completed, .noFeasibleSolution):
            (termination, status) = (.noPrimalFeasibleSolution, .noFeasibleSolution)
        case (.completed, .unbounded):
            (termination, status) = (.noDualFeasibleSolution, .undefined)
        case (.completed, _):
            (termination, status) = (.rootLPNotOptimal, .undefined)
        default:
            (termination, status) = (root.termination, .undefined)
        }
        var outcome: GLPKIncumbentOutcome?
        if let incumbent {
            let snapshot = ProblemSnapshot(handle, rows: rowCount, columns: columnCount)
            let rounded = snapshot.roundingIntegers(incumbent, tolerance: tolerance)
            outcome = snapshot.violation(of: rounded, tolerance: tolerance).map { .infeasible($0) } ?? .notOffered
        }
        return GLPKIntoptResult(
            termination: termination, status: status, objective: nil, bestBound: nil,
            relativeGap: nil, incumbentOutcome: outcome)
    }

    /// Integer columns must have integral bounds, or GLPK answers `GLP_EBOUND`.
    private func validateIntegerBounds() throws(GLPKError) {
        for column in 0..<columnCount {
            let j = Int32(column + 1)
            guard glp_get_col_kind(handle, j) != GLP_CV else { continue }
            let type = glp_get_col_type(handle, j)
            if type == GLP_LO || type == GLP_DB || type == GLP_FX {
                let lb = glp_get_col_lb(handle, j)
                if lb != lb.rounded(.down) { throw .nonIntegralBound(column: column, value: lb) }
            }
            if type == GLP_UP || type == GLP_DB {
                let ub = glp_get_col_ub(handle, j)
                if ub != ub.rounded(.down) { throw .nonIntegralBound(column: column, value: ub) }
            }
        }
    }

    static func gap(objective: Double?, bound: Double?) -> Double? {
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
    }

    private static func branchingCode(_ branching: GLPKIntoptOptions.Branching) -> Int32 {
        switch branching {
        case .firstFractional: return GLP_BR_FFV
        case .lastFractional: return GLP_BR_LFV
        case .mostFractional: return GLP_BR_MFV
        case .driebeckTomlin: return GLP_BR_DTH
        case .pseudoCost: return GLP_BR_PCH
        }
    }

    private static func backtrackingCode(_ backtracking: GLPKIntoptOptions.Backtracking) -> Int32 {
        switch backtracking {
        case .depthFirst: return GLP_BT_DFS
        case .breadthFirst: return GLP_BT_BFS
        case .bestBound: return GLP_BT_BLB
        case .bestProjection: return GLP_BT_BPH
        }
    }
}
