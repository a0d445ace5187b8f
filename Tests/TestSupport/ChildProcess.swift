import Foundation

/// A temporary file that takes one output stream of a child process.
///
/// Tests run programs with their output in files rather than pipes: on Linux,
/// Foundation's pipe reads (`readDataToEndOfFile`, `availableData`) trap when a read is
/// interrupted by a signal (EINTR), which a loaded machine hits now and then. A file is
/// read after the fact, or polled, and never blocks the child.
public final class OutputFile: @unchecked Sendable {
    /// Where the output goes.
    public let url: URL
    /// The handle to give the child (`process.standardOutput = file.handle`).
    public let handle: FileHandle

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).out")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Everything written so far.
    public func data() -> Data { (try? Data(contentsOf: url)) ?? Data() }

    /// Everything written so far, as UTF-8 text.
    public func text() -> String { String(decoding: data(), as: UTF8.self) }
}

/// What a finished child process left: its exit status and its two output streams.
public struct ChildOutput: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

public enum ChildProcess {
    /// Runs `process` (executable, arguments, directory and environment set) to its end
    /// with both output streams in temporary files. `whileRunning` is called once the
    /// child has started (to interrupt it, say); a `timeout` terminates it.
    public static func run(_ process: Process, timeout: TimeInterval? = nil,
                           whileRunning: (Process) -> Void = { _ in }) throws -> ChildOutput {
        let out = try OutputFile(), err = try OutputFile()
        process.standardOutput = out.handle
        process.standardError = err.handle
        try process.run()
        whileRunning(process)
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
        return ChildOutput(status: process.terminationStatus, stdout: out.data(), stderr: err.data())
    }
}
