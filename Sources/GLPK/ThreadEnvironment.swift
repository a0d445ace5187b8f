#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CGLPK
import Synchronization

/// Frees GLPK's per-thread environment when a thread that used GLPK exits.
///
/// GLPK allocates an environment (memory pools, terminal hooks) the first time a thread
/// calls it, and only `glp_free_env()` on that same thread releases it. Worker threads of
/// libdispatch and of the Swift concurrency pool retire when idle, so without this a
/// long-running process (a dispatch front end re-planning all day) would leak one
/// environment, plus any GLPK memory still held in it, per retired thread.
///
/// ``register()`` is called by ``GLPKProblem/init()`` before any GLPK call; it stores a
/// marker in a pthread key whose destructor runs `glp_free_env()` on the exiting thread.
/// The main thread's environment is left to the process exit.
enum GLPKThreadEnvironment {
    /// The pthread key whose destructor frees the exiting thread's environment.
    private static let key: pthread_key_t? = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { _ in
            if glp_free_env() == 0 {
                GLPKThreadEnvironment.released.add(1, ordering: .relaxed)
            }
        }
        return status == 0 ? key : nil
    }()

    /// Number of environments freed by thread exit so far (for tests and diagnostics).
    static let released = Atomic<Int>(0)

    /// Source of environment tokens; 0 is never handed out.
    private static let lastToken = Atomic<Int>(0)

    /// Marks the calling thread so that its GLPK environment is freed when it exits, and
    /// returns a token for that environment, unique for the life of the process (a new
    /// thread that happens to get a dead thread's `pthread_t` gets a new token). Cheap after
    /// the first call on a thread (one `pthread_getspecific`).
    @discardableResult
    static func register() -> Int {
        // If the process ran out of pthread keys, the environment simply stays allocated
        // (the behaviour of plain GLPK) and every thread shares token 0.
        guard let key else { return 0 }
        if let marker = pthread_getspecific(key) {
            return Int(bitPattern: marker)
        }
        let token = lastToken.add(1, ordering: .relaxed).newValue
        _ = pthread_setspecific(key, UnsafeRawPointer(bitPattern: token))
        return token
    }
}
