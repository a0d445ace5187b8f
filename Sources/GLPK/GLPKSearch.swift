import CGLPK

/// The branch-and-cut search as seen from a ``GLPKProblem/intopt(_:incumbent:callback:)``
/// callback (a `glp_tree`).
///
/// It is valid only while the callback runs: afterwards the properties return `nil` and
/// the throwing methods throw ``GLPKError/searchNotActive``. Do not keep it. Column
/// indices are the problem's 0-based ones and are only available with presolve off.
public final class GLPKSearch {
    private var tree: OpaquePointer?
    private let presolve: Bool
    private let snapshot: ProblemSnapshot?
    private let tolerance: Double

    /// Why GLPK called back this time.
    public private(set) var reason: GLPKCallbackReason = .other(0)

    init(presolve: Bool, snapshot: ProblemSnapshot?, tolerance: Double) {
        self.presolve = presolve
        self.snapshot = snapshot
        self.tolerance = tolerance
    }

    func activate(_ tree: OpaquePointer) {
        self.tree = tree
        reason = GLPKCallbackReason(code: glp_ios_reason(tree))
    }

    func invalidate() { tree = nil }

    /// The best local bound among active nodes (`glp_ios_best_node` /
    /// `glp_ios_node_bound`, objective constant included): no integer solution can beat
    /// it. `nil` outside the callback, when no node is active, or while the best node's
    /// LP is still unsolved (GLPK reports ±DBL_MAX then).
    public var bestBound: Double? {
        guard let tree else { return nil }
        let node = glp_ios_best_node(tree)
        guard node != 0 else { return nil }
        let bound = glp_ios_node_bound(tree, node)
        return abs(bound) < Double.greatestFiniteMagnitude ? bound : nil
    }

    /// Objective value of the incumbent (`glp_mip_obj_val` on the search's problem), `nil`
    /// when none has been found yet.
    public var incumbentObjective: Double? {
        guard let tree, let problem = glp_ios_get_prob(tree) else { return nil }
        let status = glp_mip_status(problem)
        return status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
    }

    /// Relative gap between incumbent and best bound (`glp_ios_mip_gap`), `nil` unless both
    /// exist.
    public var relativeGap: Double? {
        guard let tree, incumbentObjective != nil, bestBound != nil else { return nil }
        return glp_ios_mip_gap(tree)
    }

    /// Number of active (unexplored) nodes.
    public var activeNodeCount: Int {
        guard let tree else { return 0 }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        return Int(active)
    }

    /// Number of nodes created so far (including removed ones).
    public var createdNodeCount: Int {
        guard let tree else { return 0 }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        return Int(total)
    }

    /// Primal values of all columns in the current subproblem's LP relaxation (meaningful
    /// when the LP has just been solved: reasons ``GLPKCallbackReason/rowGeneration``,
    /// ``GLPKCallbackReason/heuristic``, ``GLPKCallbackReason/cutGeneration``,
    /// ``GLPKCallbackReason/branch``).
    /// - Throws: ``GLPKError/presolveActive`` with presolve on,
    ///   ``GLPKError/searchNotActive`` outside the callback.
    public func relaxationValues() throws(GLPKError) -> [Double] {
        guard let tree else { throw .searchNotActive }
        guard !presolve, let snapshot, let problem = glp_ios_get_prob(tree) else { throw .presolveActive }
        return (0..<snapshot.columnCount).map { glp_get_col_prim(problem, Int32($0 + 1)) }
    }

    /// Offers GLPK an integer feasible solution found by a heuristic (`glp_ios_heur_sol`).
    ///
    /// GLPK itself only checks integrality and then trusts the solution; the wrapper first
    /// checks it against the problem as it was when `intopt` started (column bounds, rows,
    /// integrality, within the options' `incumbentTolerance`) and rounds integer columns.
    /// GLPK intends this for ``GLPKCallbackReason/heuristic`` but accepts it at any reason.
    ///
    /// - Parameter values: one value per column, in the problem's 0-based column order.
    /// - Returns: ``GLPKIncumbentOutcome/accepted``, ``GLPKIncumbentOutcome/notImproving``
    ///   or ``GLPKIncumbentOutcome/infeasible(_:)``.
    /// - Throws: ``GLPKError/presolveActive`` with presolve on,
    ///   ``GLPKError/searchNotActive`` outside the callback, ``GLPKError/lengthMismatch``
    ///   or ``GLPKError/nonFiniteValue`` for a malformed vector.
    @discardableResult
    public func offerIncumbent(_ values: [Double]) throws(GLPKError) -> GLPKIncumbentOutcome {
        guard tree != nil else { throw .searchNotActive }
        guard !presolve, let snapshot else { throw .presolveActive }
        guard values.count == snapshot.columnCount else {
            throw .lengthMismatch(argument: "values", expected: snapshot.columnCount, actual: values.count)
        }
        for (k, value) in values.enumerated() {
            try Validate.finite(value, argument: "values", index: k)
        }
        let rounded = snapshot.roundingIntegers(values, tolerance: tolerance)
        if let violation = snapshot.violation(of: rounded, tolerance: tolerance) {
            return .infeasible(violation)
        }
        return submit(rounded)
    }

    /// Hands an already checked solution to GLPK.
    func submit(_ values: [Double]) -> GLPKIncumbentOutcome {
        guard let tree else { return .notOffered }
        var x = [Double](repeating: 0, count: values.count + 1)
        for k in values.indices { x[k + 1] = values[k] }
        return glp_ios_heur_sol(tree, x) == 0 ? .accepted : .notImproving
    }

    /// Asks GLPK to stop the search (`glp_ios_terminate`); `intopt` then returns
    /// ``GLPKTermination/stoppedByCallback`` with whatever incumbent exists. Does nothing
    /// outside the callback.
    public func terminate() {
        guard let tree else { return }
        glp_ios_terminate(tree)
    }
}

@available(*, unavailable, message: "GLPKSearch is only valid inside its callback, on the solving thread")
extension GLPKSearch: Sendable {}
