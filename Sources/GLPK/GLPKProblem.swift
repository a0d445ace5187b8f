#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CGLPK

/// An LP/MIP problem owned by GLPK (`glp_prob`), with every argument validated in Swift.
///
/// **Indexing.** Rows and columns are **0-based** everywhere in this API (GLPK's own
/// 1-based indices never appear). Every index, count, array length, coefficient, bound,
/// name, limit and tolerance is checked before any C call, and violations throw a
/// ``GLPKError``; GLPK itself would `abort()` the process.
///
/// **Threads.** GLPK keeps its state (memory pools, terminal switch) per thread, and a
/// problem must be created, modified, solved and deleted on one thread. The class is
/// therefore not `Sendable`; mutating and solving methods throw ``GLPKError/wrongThread``
/// when called from another thread, and `deinit` on a foreign thread leaks the GLPK object
/// rather than crash. In async code never hold a problem across an `await` (the task may
/// resume on another thread): build, solve and read it inside one synchronous call, best
/// through ``withProblem(_:)``. Independent problems on different threads solve
/// concurrently.
///
/// **Output.** Each solve switches GLPK's terminal output for the calling thread according
/// to the options' message level, which is off by default.
public final class GLPKProblem {
    /// The `glp_prob*`.
    let handle: OpaquePointer
    /// The thread that created the problem (GLPK memory belongs to it).
    private let owner: pthread_t
    /// That thread's GLPK environment: a `pthread_t` is reused once its thread has exited
    /// (and GLPK's memory with it), the token is not.
    private let ownerEnvironment: Int

    /// Number of rows (constraints).
    public internal(set) var rowCount = 0
    /// Number of columns (structural variables).
    public internal(set) var columnCount = 0

    /// Creates an empty problem on the calling thread (`glp_create_prob`): no rows, no
    /// columns, minimisation, all columns continuous.
    public init() {
        ownerEnvironment = GLPKThreadEnvironment.register()
        guard let created = glp_create_prob() else {
            // GLPK aborts on allocation failure instead of returning NULL.
            preconditionFailure("glp_create_prob returned NULL")
        }
        handle = created
        owner = pthread_self()
    }

    deinit {
        // Deleting on another thread makes GLPK abort ("glp_free: memory allocation
        // error"); leaking is the only safe choice there.
        if isOwningThread {
            glp_delete_prob(handle)
        }
    }

    /// Creates a problem, passes it to `body` and deletes it when `body` returns, all
    /// synchronously on the current thread.
    ///
    /// This is the entry point for concurrent and async code: call it from any thread or
    /// task, and do everything (build, solve, read the values you need) inside `body`.
    /// Never let the problem escape `body`, and never `await` inside it.
    ///
    /// ```swift
    /// let optimum = try GLPKProblem.withProblem { problem in
    ///     try problem.addColumns(2)
    ///     // ...
    ///     return try problem.simplex().objective
    /// }
    /// ```
    public static func withProblem<T, E: Error>(_ body: (GLPKProblem) throws(E) -> T) throws(E) -> T {
        let problem = GLPKProblem()
        return try withExtendedLifetime(problem) { () throws(E) -> T in try body(problem) }
    }

    /// Whether the calling thread is the live thread that created the problem.
    private var isOwningThread: Bool {
        pthread_equal(owner, pthread_self()) != 0 && GLPKThreadEnvironment.register() == ownerEnvironment
    }

    /// Throws ``GLPKError/wrongThread`` unless called on the creating thread.
    @inline(__always)
    func checkThread() throws(GLPKError) {
        guard isOwningThread else { throw .wrongThread }
    }

    /// GLPK's 1-based row number for a validated 0-based row.
    @inline(__always)
    func glpkRow(_ row: Int, argument: @autoclosure () -> String = "row") throws(GLPKError) -> Int32 {
        try Validate.index(row, count: rowCount, argument: argument())
        return Int32(row + 1)
    }

    /// GLPK's 1-based column number for a validated 0-based column.
    @inline(__always)
    func glpkColumn(_ column: Int, argument: @autoclosure () -> String = "column") throws(GLPKError) -> Int32 {
        try Validate.index(column, count: columnCount, argument: argument())
        return Int32(column + 1)
    }
}

@available(*, unavailable, message: "GLPKProblem belongs to the thread that created it; use GLPKProblem.withProblem")
extension GLPKProblem: Sendable {}
