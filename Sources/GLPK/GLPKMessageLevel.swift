/// How much GLPK writes to the terminal during a solve.
///
/// Anything but ``off`` also switches GLPK's per-thread terminal output on for the
/// calling thread; ``off`` switches it off (some GLPK messages, e.g. from cut generators,
/// ignore the message level and are only silenced that way).
public enum GLPKMessageLevel: Sendable, Hashable {
    /// No output at all (`GLP_MSG_OFF`); the default.
    case off
    /// Warnings and errors only (`GLP_MSG_ERR`).
    case errors
    /// Normal progress output (`GLP_MSG_ON`).
    case normal
    /// Full output (`GLP_MSG_ALL`).
    case all
    /// Debug output (`GLP_MSG_DBG`).
    case debug
}
