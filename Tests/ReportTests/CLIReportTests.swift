import Foundation
import Testing
import TestSupport

/// Runs the built `fieldplan` executable (as FieldPlanCLITests does).
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [besideTests, besideTests.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("fieldplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/fieldplan")
    }

    /// Exit status and standard error (standard output is discarded).
    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = try ChildProcess.run(process)
        return (output.status, output.stderrText)
    }
}

@Suite("fieldplan optimize --html", .serialized)
struct CLIReportTests {
    @Test("writes a report that parses")
    func writesReport() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-report-\(ProcessInfo.processInfo.processIdentifier).html")
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "5", "--iterations", "100",
                                  "--quiet", "--html", path.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: path, encoding: .utf8)
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(html.contains("Northside Home Services, Grand Rapids"))
        #expect(count("<svg", in: html) == 2)
        #expect(html.contains("<polyline"))
    }

    @Test("an unwritable path is exit 1 with a message")
    func unwritable() throws {
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "5", "--iterations", "100",
                                  "--quiet", "--html", "/nonexistent-dir/for/sure/report.html"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write the report"))
    }
}
