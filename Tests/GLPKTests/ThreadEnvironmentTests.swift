#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import CGLPK
@testable import GLPK

/// GLPK's per-thread environment must be freed when a thread that solved something exits,
/// or a long-running process that cycles worker threads leaks memory.
@Suite("Per-thread GLPK environment")
struct ThreadEnvironmentTests {
    /// Runs `body` on a new POSIX thread and joins it, so the thread's key destructors have
    /// run when this returns.
    private func runOnExitingThread(_ body: @escaping @Sendable () -> Void) throws {
        final class Box: @unchecked Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let created = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, context)
        try #require(created == 0)
        #if canImport(Glibc)
        #expect(pthread_join(thread, nil) == 0)
        #else
        #expect(pthread_join(thread!, nil) == 0)
        #endif
    }

    @Test("a thread that solved a problem frees its GLPK environment when it exits")
    func freedOnExit() throws {
        let before = GLPKThreadEnvironment.released.load(ordering: .relaxed)
        let rounds = 5
        for _ in 0..<rounds {
            try runOnExitingThread {
                let objective = try? GLPKProblem.withProblem { problem in
                    try Fixtures.smallLP(problem)
                    return try problem.simplex().objective
                }
                #expect(objective == 16)
                // The environment exists while the thread runs.
                var count: Int32 = 0, peak: Int32 = 0
                var total = 0, totalPeak = 0
                glp_mem_usage(&count, &peak, &total, &totalPeak)
                #expect(totalPeak > 0)
            }
        }
        // Other suites may free environments concurrently, so count at least ours.
        #expect(GLPKThreadEnvironment.released.load(ordering: .relaxed) - before >= rounds)
    }

    @Test("a problem still alive when its thread exits is freed with the environment, and its later release elsewhere is safe")
    func problemOutlivesThread() throws {
        nonisolated(unsafe) var kept: GLPKProblem?
        try runOnExitingThread {
            let problem = GLPKProblem()
            _ = try? problem.addColumns(4)
            kept = problem
        }
        #expect(kept?.columnCount == 4)
        // Later threads often get the dead thread's pthread_t back; they must still be
        // refused, because the problem's memory went with the old thread's environment.
        for _ in 0..<20 {
            try runOnExitingThread {
                var refused = false
                do throws(GLPKError) { try kept?.addRows(1) } catch { refused = error == .wrongThread }
                #expect(refused)
            }
        }
        #expect(kept?.rowCount == 0)
        // Released on this (foreign) thread: deinit must not touch the freed memory.
        kept = nil
        #expect(kept == nil)
    }

    @Test("a thread that never used GLPK is left alone")
    func untouchedThread() throws {
        try runOnExitingThread {
            // Nothing here calls GLPK: no environment, nothing to free, no crash.
            let values = (0..<10).map { $0 * $0 }
            #expect(values.last == 81)
        }
    }
}
