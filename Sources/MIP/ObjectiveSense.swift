/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: Sendable, Hashable {
    /// Minimise the objective.
    case minimize
    /// Maximise the objective.
    case maximize
}
