import Foundation
import Testing
import TestSupport

/// Headless Chromium (Debian's `chromium` package), when the machine has it.
enum Chromium {
    /// `FIELDPLAN_CHROMIUM`, else the first of the usual Debian paths that exists.
    static let executable: URL? = {
        let environment = ProcessInfo.processInfo.environment["FIELDPLAN_CHROMIUM"].map { [$0] } ?? []
        for path in environment + ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }()

    /// Runs the browser headless on `arguments` plus `page`, with its own profile folder,
    /// and returns standard output; stops it after `timeout` seconds.
    static func run(_ arguments: [String], page: URL, timeout: Double = 90) throws -> (status: Int32, stdout: String) {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-chromium-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString]
        let output = try ChildProcess.run(process, timeout: timeout)
        return (output.status, output.stdoutText)
    }
}

/// The what-if HTML report opened in a real browser: it parses as XML (served as XHTML,
/// where any markup error shows as a `parsererror` page), keeps its SVG drawings, and
/// renders to a screenshot.
@Suite("HTML report in headless Chromium", .serialized, .enabled(if: Chromium.executable != nil, "needs Debian's chromium"))
struct BrowserRenderTests {
    /// A what-if report of the small day with one scenario (a technician off).
    static func whatIfReport(in folder: URL) throws -> URL {
        let scenario = folder.appendingPathComponent("luis-off.json")
        try Data(#"{"name": "Luis off", "edits": [{"edit": "technician_absent", "technician": "t-luis"}]}"#.utf8)
            .write(to: scenario)
        let report = folder.appendingPathComponent("report.html")
        let result = try CLI.run(["whatif", "Scenarios/small.json", scenario.path, "--seconds", "20", "--iterations", "100",
                                  "--no-bound", "--quiet", "--parallel", "1", "--html", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        return report
    }

    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-browser-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("Chromium parses the report as XHTML without errors and keeps every drawing")
    func parsesAsXHTML() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.whatIfReport(in: folder)
        let html = try String(contentsOf: report, encoding: .utf8)
        // The .xhtml name makes Chromium use its strict XML parser.
        let strict = folder.appendingPathComponent("report.xhtml")
        try FileManager.default.copyItem(at: report, to: strict)
        let dom = try Chromium.run(["--dump-dom"], page: strict)
        #expect(dom.status == 0)
        #expect(!dom.stdout.contains("parsererror"), "Chromium's XML parser reports errors")
        #expect(dom.stdout.contains("Luis off") && dom.stdout.contains("Comparison"))
        // Base and scenario: a route map and a Gantt chart each.
        #expect(count("<svg", in: html) == 4)
        #expect(count("<svg", in: dom.stdout) == count("<svg", in: html))
        #expect(count("<polyline", in: dom.stdout) == count("<polyline", in: html))
    }

    @Test("Chromium renders the report to a non-blank screenshot")
    func screenshot() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.whatIfReport(in: folder)
        let png = folder.appendingPathComponent("report.png")
        let result = try Chromium.run(["--screenshot=\(png.path)", "--window-size=1400,2400", "--hide-scrollbars"], page: report)
        #expect(result.status == 0)
        let data = try Data(contentsOf: png)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG file")
        // IHDR: width and height, big-endian, at bytes 16...23.
        let bytes = Array(data)
        #expect(bytes.count > 24)
        if bytes.count > 24 {
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1400 && height == 2400)
        }
        // A blank 1400 x 2400 page compresses to a few kilobytes; text, tables, maps
        // and charts take far more.
        #expect(data.count > 60_000, "screenshot of \(data.count) bytes looks blank")
    }
}
