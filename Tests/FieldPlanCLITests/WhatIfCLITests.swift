import Foundation
import Testing

/// `fieldplan whatif`: the JSON report against a golden file, repeatability, the table,
/// YAML scenarios and their errors.
@Suite("fieldplan whatif", .serialized)
struct WhatIfCLITests {
    static let golden = CLI.root.appendingPathComponent("Tests/FieldPlanCLITests/Golden")

    /// The small day and the folder of golden scenarios (one JSON, one YAML), with the
    /// lower bound on: an iteration budget makes the search and the bound end by work,
    /// not by the clock, so the report is the same on every run.
    static let arguments = ["whatif", "Scenarios/small.json", "Tests/FieldPlanCLITests/Golden/whatif/",
                            "--seconds", "60", "--iterations", "200", "--parallel", "2", "--quiet"]

    @Test("the JSON report matches the golden file (FIELDPLAN_UPDATE_GOLDEN=1 rewrites it)")
    func goldenReport() throws {
        let result = try CLI.run(Self.arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = Self.golden.appendingPathComponent("whatif-small.json")
        if ProcessInfo.processInfo.environment["FIELDPLAN_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "the what-if report differs from \(file.lastPathComponent)")
        // The golden report is about what it should be about.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["Luis off", "Rush hour"])
        let baseFigures = try #require(report["baseFigures"] as? [String: Any])
        #expect(baseFigures["lowerBound"] is Double, "the bound is part of the report")
        #expect(scenarios.allSatisfy { ($0["seconds"] as? Double) == 0 }, "wall times are left out")
    }

    @Test("two runs print the same JSON report")
    func repeats() throws {
        let first = try CLI.run(Self.arguments + ["--format", "json"])
        let second = try CLI.run(Self.arguments + ["--format", "json", "--parallel", "1"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(first.stdout == second.stdout, "the same options and seed give the same report, however many run at once")
    }

    @Test("the table names every scenario and its changes")
    func table() throws {
        let result = try CLI.run(Self.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        for text in ["small.json", "Luis off", "Rush hour", "cost", "lower bound", "moved"] {
            #expect(result.stdout.contains(text), "\(text)")
        }
    }

    @Test("a YAML scenario with a mistake is exit 2, naming the file, the edit and the field")
    func yamlErrors() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-whatif-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("typo.yml")
        try Data("name: Typo\nedits:\n  - edit: job_urgency\n    job: J-1003\n    urgncy: high\n".utf8).write(to: typo)
        var result = try CLI.run(["whatif", "Scenarios/small.json", typo.path, "--seconds", "1", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("typo.yml") && result.stderr.contains("urgncy"), "\(result.stderr)")

        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("name: [unclosed\nedits: {\n".utf8).write(to: broken)
        result = try CLI.run(["whatif", "Scenarios/small.json", broken.path, "--seconds", "1", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml") && result.stderr.contains("not valid YAML"), "\(result.stderr)")

        let unknown = folder.appendingPathComponent("unknown.yaml")
        try Data("name: Ghost\nedits:\n  - edit: technician_absent\n    technician: t-ghost\n".utf8).write(to: unknown)
        result = try CLI.run(["whatif", "Scenarios/small.json", unknown.path, "--seconds", "1", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown.yaml") && result.stderr.contains("t-ghost"), "\(result.stderr)")
    }
}
