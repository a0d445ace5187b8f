/// Options for ``GLPKProblem/intopt(_:incumbent:callback:)``.
public struct GLPKIntoptOptions: Sendable, Hashable {
    /// How the branch-and-bound chooses the variable to branch on (`br_tech`).
    public enum Branching: Sendable, Hashable {
        /// First fractional variable (`GLP_BR_FFV`).
        case firstFractional
        /// Last fractional variable (`GLP_BR_LFV`).
        case lastFractional
        /// Most fractional variable (`GLP_BR_MFV`).
        case mostFractional
        /// Driebeck–Tomlin heuristic (`GLP_BR_DTH`, GLPK's default).
        case driebeckTomlin
        /// Hybrid pseudo-cost heuristic (`GLP_BR_PCH`).
        case pseudoCost
    }

    /// How the branch-and-bound picks the next node (`bt_tech`).
    public enum Backtracking: Sendable, Hashable {
        /// Depth-first search (`GLP_BT_DFS`).
        case depthFirst
        /// Breadth-first search (`GLP_BT_BFS`).
        case breadthFirst
        /// Best local bound (`GLP_BT_BLB`).
        case bestBound
        /// Best projection heuristic (`GLP_BT_BPH`, GLPK's default).
        case bestProjection
    }

    /// GLPK's built-in cut generators.
    public struct Cuts: OptionSet, Sendable, Hashable {
        /// The raw bit mask.
        public let rawValue: Int
        /// Creates a set from its bit mask.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Gomory's mixed-integer cuts.
        public static let gomory = Cuts(rawValue: 1 << 0)
        /// Mixed-integer rounding cuts.
        public static let mixedIntegerRounding = Cuts(rawValue: 1 << 1)
        /// Mixed cover cuts.
        public static let cover = Cuts(rawValue: 1 << 2)
        /// Clique cuts.
        public static let clique = Cuts(rawValue: 1 << 3)
        /// All of them.
        public static let all: Cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
    }

    /// Use GLPK's MIP presolver (on by default).
    ///
    /// With presolve on, the search runs on a presolved copy whose columns differ from
    /// yours, so a callback cannot use column indices: ``GLPKSearch/offerIncumbent(_:)``
    /// and ``GLPKSearch/relaxationValues()`` throw ``GLPKError/presolveActive``. Passing an
    /// `incumbent` to `intopt` turns presolve off for that solve. With presolve off the
    /// wrapper first solves the root LP with the simplex (GLPK requires an optimal basis,
    /// else `GLP_EROOT`); that time counts against ``timeLimit``.
    public var presolve: Bool
    /// Time limit in seconds for the whole call (`nil` = none). Must be finite and
    /// `>= 0`; `0` returns promptly with ``GLPKTermination/timeLimit``.
    public var timeLimit: Double?
    /// Relative MIP gap at which to stop (`mip_gap`), in `[0, 1)`; `0` (default) proves
    /// optimality.
    public var relativeGap: Double
    /// Branching rule; GLPK's default is ``Branching/driebeckTomlin``.
    public var branching: Branching
    /// Node selection rule; GLPK's default is ``Backtracking/bestProjection``.
    public var backtracking: Backtracking
    /// Cut generators to enable (none by default).
    public var cuts: Cuts
    /// Run the feasibility pump heuristic at the root.
    public var feasibilityPump: Bool
    /// Terminal output; ``GLPKMessageLevel/off`` by default.
    public var messageLevel: GLPKMessageLevel
    /// Tolerance used when checking an offered incumbent (the `incumbent` argument or
    /// ``GLPKSearch/offerIncumbent(_:)``): a bound `b` counts as respected within
    /// `tolerance * max(1, |b|)`, and integer columns within `tolerance` of an integer are
    /// rounded to it (GLPK itself insists on exact integers and checks nothing else).
    /// Must be finite and in `[0, 1)`; `1e-6` by default.
    public var incumbentTolerance: Double

    /// Creates MIP options; every argument has GLPK's quiet default (presolve on).
    public init(
        presolve: Bool = true,
        timeLimit: Double? = nil,
        relativeGap: Double = 0,
        branching: Branching = .driebeckTomlin,
        backtracking: Backtracking = .bestProjection,
        cuts: Cuts = [],
        feasibilityPump: Bool = false,
        messageLevel: GLPKMessageLevel = .off,
        incumbentTolerance: Double = 1e-6
    ) {
        self.presolve = presolve
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.branching = branching
        self.backtracking = backtracking
        self.cuts = cuts
        self.feasibilityPump = feasibilityPump
        self.messageLevel = messageLevel
        self.incumbentTolerance = incumbentTolerance
    }
}
