import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `fieldplan serve` as a process: it says where it listens, answers, and stops on SIGTERM.
@Suite("fieldplan serve", .serialized)
struct ServeCLITests {
    @Test("serve --port 0 listens on the loopback address, answers /healthz and stops on SIGTERM with exit 0")
    func serves() async throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = CLI.root
        let err = try OutputFile(), out = try OutputFile()
        process.standardError = err.handle
        process.standardOutput = out.handle
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line on standard error says where it listens.
        var text = ""
        let started = Date()
        while !text.contains("\n"), process.isRunning, Date().timeIntervalSince(started) < 60 {
            try await Task.sleep(for: .milliseconds(50))
            text = err.text()
        }
        text = err.text()
        let prefix = "fieldplan serve: listening on http://127.0.0.1:"
        let line = try #require(text.split(separator: "\n").first.map(String.init), "\(text)")
        #expect(line.hasPrefix(prefix), "\(text)")
        let port = try #require(Int(line.dropFirst(prefix.count)), "\(line)")
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
        let (data, status) = try await get(url)
        #expect(status == 200)
        let health = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(health?["status"] as? String == "ok")

        process.terminate()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning)
        if !process.isRunning { #expect(process.terminationStatus == 0) }
    }

    @Test("a port out of range is a usage error")
    func badPort() throws {
        let result = try CLI.run(["serve", "--port", "70000"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--port"))
    }

    private func get(_ url: URL) async throws -> (Data, Int) {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Data, Int), any Error>) in
            URLSession.shared.dataTask(with: url) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else {
                    continuation.resume(returning: (data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0))
                }
            }.resume()
        }
    }
}
