import Foundation
import Testing

/// `fieldplan generate --format trsp`, then `validate` and `optimize` with `--input-format trsp`.
@Suite("fieldplan with TRSP files", .serialized)
struct TRSPCLITests {
    /// A scratch folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-trsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("generate --format trsp writes a file that validate and optimize read")
    func generateValidateOptimize() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gen.txt").path
        let generated = try CLI.run(["generate", "--format", "trsp", "--jobs", "12", "--technicians", "3", "--seed", "5",
                                     "--output", file])
        #expect(generated.status == 0, "\(generated.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("GEN5.12_3-5-5-5\n\nINFO\n"))

        // The same options give the same text, on standard output too.
        let again = try CLI.run(["generate", "--format", "trsp", "--jobs", "12", "--technicians", "3", "--seed", "5"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == text)

        let valid = try CLI.run(["validate", file, "--input-format", "trsp"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("valid (3 technicians, 12 jobs, 1 day)"), "\(valid.stdout)")

        let planned = try CLI.run(["optimize", file, "--input-format", "trsp", "--seconds", "5", "--iterations", "100",
                                   "--no-bound", "--quiet", "--format", "json"])
        #expect(planned.status == 0, "\(planned.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(planned.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "GEN5.12_3-5-5-5")
        #expect(json["routes"] is [Any])
    }

    @Test("a broken TRSP file is exit 2, naming the line; usage errors are exit 64")
    func badInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data("BAD\n\nINFO\nCREW COUNT SKILLS TOOLS SPARE PARTS\n1 0 0 x\n".utf8).write(to: bad)
        let result = try CLI.run(["validate", bad.path, "--input-format", "trsp"])
        #expect(result.status == 2)
        #expect(result.stderr == #"error: line 5: SPARE PARTS "x" is not a number"# + "\n")

        let noFile = try CLI.run(["optimize", "--input-format", "trsp"])
        #expect(noFile.status == 64)
        #expect(noFile.stderr.contains("--input-format trsp needs a FILE"))
        let customers = try CLI.run(["validate", bad.path, "--input-format", "trsp", "--customers", "3"])
        #expect(customers.status == 64)
        #expect(customers.stderr.contains("--customers applies to --input-format solomon only"))
        let skillsWithJSON = try CLI.run(["generate", "--jobs", "3", "--technicians", "1", "--seed", "1", "--skills", "2"])
        #expect(skillsWithJSON.status == 64)
        #expect(skillsWithJSON.stderr.contains("--skills applies to --format trsp only"))
        let days = try CLI.run(["generate", "--format", "trsp", "--jobs", "3", "--technicians", "1", "--seed", "1",
                                "--days", "2"])
        #expect(days.status == 64)
        #expect(days.stderr.contains("--days applies to --format json only"))
    }
}
