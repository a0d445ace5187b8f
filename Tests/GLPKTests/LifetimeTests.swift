import Testing
import Foundation
import CGLPK
import GLPK

@Suite("Problem lifetime and threads")
struct LifetimeTests {
    /// Bytes GLPK has allocated on the calling thread.
    private func allocatedBytes() -> Int64 {
        var count: Int32 = 0, peak: Int32 = 0
        var total: Int = 0, totalPeak: Int = 0
        glp_mem_usage(&count, &peak, &total, &totalPeak)
        return Int64(total)
    }

    @Test("deinit frees every problem created in a loop")
    func deinitFrees() throws {
        let before = allocatedBytes()
        for round in 0..<2000 {
            let problem = GLPKProblem()
            try Fixtures.smallLP(problem)
            if round.isMultiple(of: 10) { _ = try problem.simplex() }
        }
        #expect(allocatedBytes() == before)
    }

    @Test("withProblem deletes its problem when the body returns or throws")
    func withProblemDeletes() throws {
        struct Failure: Error {}
        let before = allocatedBytes()
        let objective = try GLPKProblem.withProblem { problem in
            try Fixtures.smallLP(problem)
            return try problem.simplex().objective
        }
        #expect(objective == 16)
        #expect(throws: Failure.self) {
            try GLPKProblem.withProblem { problem throws(Failure) in
                _ = try? problem.addColumns(10)
                throw Failure()
            }
        }
        #expect(allocatedBytes() == before)
    }

    @Test("using a problem from another thread throws instead of corrupting GLPK's memory")
    func wrongThread() throws {
        let problem = GLPKProblem()
        try problem.addColumns(1)
        nonisolated(unsafe) let shared = problem
        nonisolated(unsafe) var caught: GLPKError?
        let done = DispatchSemaphore(value: 0)
        Thread {
            do throws(GLPKError) { try shared.addRows(1) } catch { caught = error }
            done.signal()
        }.start()
        done.wait()
        #expect(caught == .wrongThread)
        #expect(problem.rowCount == 0)
        try problem.addRows(1)
        #expect(problem.rowCount == 1)
    }

    @Test("releasing the last reference on another thread leaks the problem instead of aborting")
    func foreignDeinit() throws {
        nonisolated(unsafe) var problem: GLPKProblem? = GLPKProblem()
        try problem?.addColumns(3)
        let done = DispatchSemaphore(value: 0)
        Thread {
            problem = nil
            done.signal()
        }.start()
        done.wait()
        #expect(problem == nil)
    }
}
