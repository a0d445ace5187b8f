import Foundation
import Testing
import TestSupport

/// The sample front end `Examples/DispatchExample` (`swift run DispatchExample`) builds,
/// runs and prints its progress, routes and notifications.
@Suite("Dispatch example")
struct DispatchExampleTests {
    /// The executable next to the test bundle (any scratch path), else `.build/debug`.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [besideTests, besideTests.deletingLastPathComponent(), CLI.root.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("DispatchExample")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return CLI.root.appendingPathComponent(".build/debug/DispatchExample")
    }

    @Test("the example plans its day, passes the checker and prints the notifications")
    func runs() throws {
        let executable = Self.executable
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "DispatchExample is not built at \(executable.path)")
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = CLI.root
        let output = try ChildProcess.run(process)
        let text = output.stdoutText

        #expect(output.status == 0, "\(text)")
        #expect(text.contains("Planning 8 jobs for 3 technicians"))
        // Progress: at least the final update, with the bound of a small day.
        let final = try #require(text.split(separator: "\n").first { $0.hasSuffix("(final)") }, "\(text)")
        #expect(final.contains("bound"))
        #expect(text.contains("\nRoutes\n"))
        #expect(text.contains("The independent checker accepts the plan."))
        #expect(text.contains("\nNotifications ("))
        #expect(text.contains("[appointment_confirmation] to J-101"))
        #expect(text.contains("[job_sheet] to t-"))
        #expect(text.contains("\nSlots for J-109\n"))
        #expect(text.contains("Booked J-109 with "))
        #expect(text.contains("Re-planned at 11:00"))
    }
}
