import Foundation
import Testing
import TestSupport

/// Runs the built `fieldplan` executable and captures what it prints.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle (any scratch path), else `.build/debug/fieldplan`.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [besideTests, besideTests.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("fieldplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/fieldplan")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        let output = try ChildProcess.run(process)
        return Result(status: output.status, stdout: output.stdoutText, stderr: output.stderrText)
    }

    static func fixture(_ path: String) -> String {
        root.appendingPathComponent("Tests/FieldServiceTests/Fixtures").appendingPathComponent(path).path
    }
}

@Suite("fieldplan command line", .serialized)
struct CLITests {
    @Test("optimize with no file plans the bundled day as a table")
    func optimizeBundledDay() throws {
        let result = try CLI.run(["optimize", "--seconds", "20", "--iterations", "300"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Northside Home Services"))
        #expect(result.stdout.contains("Key figures"))
        #expect(result.stdout.contains("jobs placed"))
        #expect(result.stderr.isEmpty)
    }

    @Test("optimize --format json writes the public output keys")
    func optimizeJSON() throws {
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--format", "json", "--seconds", "20", "--seed", "7"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let json = try #require(object)
        for key in ["routes", "unassigned", "referrals", "purchaseOrders", "notifications", "kpis"] {
            #expect(json[key] != nil, "missing key \(key)")
        }
        let kpis = try #require(json["kpis"] as? [String: Any])
        for key in ["cost", "travelTime", "distance", "overtime", "lowerBound", "gap"] {
            #expect(kpis[key] != nil, "missing kpi \(key)")
        }
        let routes = try #require(json["routes"] as? [[String: Any]])
        let visit = try #require((routes.first?["visits"] as? [[String: Any]])?.first)
        for key in ["job", "arrival", "start", "end"] { #expect(visit[key] != nil) }
    }

    @Test("optimize --output writes the plan to a file")
    func optimizeToFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--format", "json", "--seconds", "20", "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    @Test("optimize --planner exact proves the small day optimal")
    func exactPlanner() throws {
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--planner", "exact", "--seconds", "300", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kpis = try #require(json["kpis"] as? [String: Any])
        #expect(kpis["provenOptimal"] as? Bool == true)
        #expect(kpis["gap"] as? Double == 0)
    }

    @Test("the same seed and iteration budget give the same plan")
    func reproducible() throws {
        let arguments = ["optimize", "Scenarios/tomorrow.json", "--format", "json", "--seconds", "600", "--iterations", "400", "--seed", "3"]
        let first = try CLI.run(arguments), second = try CLI.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        func withoutTiming(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("solveSeconds") }.joined(separator: "\n")
        }
        #expect(withoutTiming(first.stdout) == withoutTiming(second.stdout))
    }

    @Test("Ctrl-C prints the best plan so far and exits 130")
    func interrupt() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["optimize", "Scenarios/tomorrow.json", "--seconds", "120", "--iterations", "0", "--quiet", "--format", "json"]
        process.currentDirectoryURL = CLI.root
        let output = try ChildProcess.run(process) { child in
            Thread.sleep(forTimeInterval: 3)
            child.interrupt()
        }
        let data = output.stdout
        let errText = output.stderrText
        #expect(output.status == 130, "\(errText)")
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((json?["routes"] as? [Any])?.isEmpty == false)
        #expect(errText.contains("interrupted"))
    }

    @Test("validate accepts a valid file with exit 0")
    func validateValid() throws {
        let result = try CLI.run(["validate", "Scenarios/tomorrow.json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("valid"))
    }

    @Test("validate reports every problem with its path and exits 2")
    func validateInvalid() throws {
        let dir = CLI.fixture("invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 30)
        for file in files {
            let expected = try String(contentsOfFile: dir + "/" + file.replacingOccurrences(of: ".json", with: ".expected"),
                                      encoding: .utf8)
            let result = try CLI.run(["validate", dir + "/" + file])
            #expect(result.status == 2, "\(file)")
            let lines = expected.split(separator: "\n").map { "error: \($0)" }
            #expect(result.stderr.split(separator: "\n").map(String.init) == lines, "\(file)")
            #expect(!result.stderr.contains("Fatal error"), "\(file)")
        }
    }

    @Test("optimize on bad input exits 2 without a trap")
    func optimizeBadInput() throws {
        let result = try CLI.run(["optimize", CLI.fixture("invalid/negative-duration.json")])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: jobs["))
    }

    @Test("a missing file is bad input")
    func missingFile() throws {
        let result = try CLI.run(["validate", "/nonexistent/day.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read"))
    }

    @Test("a negative time budget is a usage error")
    func negativeSeconds() throws {
        let result = try CLI.run(["optimize", "--seconds", "-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--seconds"))
    }
}
