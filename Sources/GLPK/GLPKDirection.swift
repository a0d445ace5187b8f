/// The optimisation direction of the objective.
public enum GLPKDirection: Sendable, Hashable {
    /// Minimise the objective (`GLP_MIN`, GLPK's default).
    case minimize
    /// Maximise the objective (`GLP_MAX`).
    case maximize
}
