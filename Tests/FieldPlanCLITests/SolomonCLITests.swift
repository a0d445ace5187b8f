import Foundation
import Testing

/// A temporary folder with a small Solomon instance (5 customers, vans large enough for all).
final class SolomonFolder {
    let url: URL

    static let tiny = """
        TINY5

        VEHICLE
        NUMBER     CAPACITY
          3         100

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME

            0      40         50          0          0        300          0
            1      45         60         10         10        150         10
            2      30         50         20          0        200         10
            3      40         30         15         50        250         10
            4      55         50         10          0        280         10
            5      40         70          5         20        220         10

        """

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-solomon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // Solomon files have CRLF line ends.
        try write("tiny5.txt", Self.tiny.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file into the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    var tiny: String { url.appendingPathComponent("tiny5.txt").path }
}

@Suite("fieldplan with Solomon files", .serialized)
struct SolomonCLITests {
    @Test("optimize --input-format solomon plans every customer, ids are the customer numbers")
    func optimizeSolomon() throws {
        let folder = try SolomonFolder()
        let result = try CLI.run(["optimize", folder.tiny, "--input-format", "solomon", "--format", "json", "--seconds", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "TINY5")
        let routes = try #require(json["routes"] as? [[String: Any]])
        let jobs = routes.flatMap { ($0["visits"] as? [[String: Any]] ?? []).compactMap { $0["job"] as? String } }
        #expect(jobs.sorted() == ["1", "2", "3", "4", "5"])
        #expect((json["unassigned"] as? [Any])?.isEmpty == true)
        let kpis = try #require(json["kpis"] as? [String: Any])
        let distance = try #require(kpis["distance"] as? Double)
        let cost = try #require(kpis["cost"] as? Double)
        #expect(distance > 0)
        #expect(abs(cost - distance) < 1e-6, "the cost of a full Solomon plan is its distance")
    }

    @Test("optimize --customers keeps the first customers")
    func optimizeFirstCustomers() throws {
        let folder = try SolomonFolder()
        let result = try CLI.run(["optimize", folder.tiny, "--input-format", "solomon", "--customers", "3",
                                  "--format", "json", "--seconds", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kpis = try #require(json["kpis"] as? [String: Any])
        #expect(kpis["jobsPlaced"] as? Int == 3)
    }

    @Test("validate --input-format solomon accepts a good file and reports a bad one by line")
    func validateSolomon() throws {
        let folder = try SolomonFolder()
        let good = try CLI.run(["validate", folder.tiny, "--input-format", "solomon"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("valid (3 technicians, 5 jobs, 1 day)"))

        let bad = try folder.write("bad.txt", SolomonFolder.tiny.replacingOccurrences(of: "20          0        200", with: "20          0"))
        let result = try CLI.run(["optimize", bad, "--input-format", "solomon"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: line 12: expected 7 numbers (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME), found 6\n")
    }

    @Test("a JSON file read as Solomon is bad input, not a crash")
    func jsonAsSolomon() throws {
        let folder = try SolomonFolder()
        let json = try folder.write("day.json", "{\n  \"technicians\": []\n}\n")
        let result = try CLI.run(["validate", json, "--input-format", "solomon"])
        #expect(result.status == 2)
        #expect(result.stderr == #"error: line 2: expected the VEHICLE section, found ""technicians": []""# + "\n")
    }

    @Test("--customers is for Solomon files, and a Solomon run needs a file")
    func usageErrors() throws {
        let json = try CLI.run(["optimize", "Scenarios/tomorrow.json", "--customers", "3"])
        #expect(json.status == 64)
        #expect(json.stderr.contains("--customers applies to --input-format solomon only"))
        let noFile = try CLI.run(["optimize", "--input-format", "solomon"])
        #expect(noFile.status == 64)
        #expect(noFile.stderr.contains("needs a FILE"))
        let noFiles = try CLI.run(["bench"])
        #expect(noFiles.status == 64)
    }

    @Test("bench prints one CSV row per seed and a summary on standard error")
    func bench() throws {
        let folder = try SolomonFolder()
        let result = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "instance,seed,vehicles,distance,seconds,unassigned,lower_bound,gap")
        #expect(lines.count == 3)
        for (seed, line) in zip(1..., lines.dropFirst()) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 8, "\(line)")
            guard fields.count == 8 else { continue }
            #expect(fields[0] == "TINY5")
            #expect(fields[1] == String(seed))
            #expect((Int(fields[2]) ?? 0) >= 1)
            let distance = try #require(Double(fields[3]))
            #expect(distance > 0 && fields[3].split(separator: ".").last?.count == 2)
            #expect(Double(fields[4]) != nil)
            #expect(fields[5] == "0")
        }
        #expect(result.stderr.contains("TINY5  median"))
        #expect(result.stderr.contains("no best-known distance"))
        #expect(result.stderr.contains("instances with unassigned jobs: 0"))
    }

    @Test("bench --bks compares the median with the best-known distance")
    func benchWithBestKnown() throws {
        let folder = try SolomonFolder()
        let bks = try folder.write("bks.csv", "instance,vehicles,distance,source\nTINY5,1,50.00,\"made up, for a test\"\nOTHER,2,10,x\n")
        let result = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--bks", bks])
        #expect(result.status == 0, "\(result.stderr)")
        let row = result.stdout.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let distance = try #require(Double(row.split(separator: ",")[3]))
        // The CSV rounds the distance to 2 decimals; the summary works with the exact one.
        let marker = "best known 50.00  gap "
        let shown = try #require(result.stderr.range(of: marker).map { result.stderr[$0.upperBound...].prefix { $0 != "%" } })
        let gap = try #require(Double(shown))
        #expect(abs(gap - (distance - 50) / 50 * 100) <= 0.02, "\(result.stderr)")
        #expect(result.stderr.contains("mean gap \(shown)%, median gap \(shown)% over 1 instance"))

        // Per customer count: a `customers` column.
        let byCount = try folder.write("by-count.csv", "instance,customers,vehicles,distance\nTINY5,3,1,40\nTINY5,5,1,50\n")
        let three = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--customers", "3", "--bks", byCount])
        #expect(three.status == 0, "\(three.stderr)")
        #expect(three.stderr.contains("best known 40.00"))
    }

    @Test("bench --fleet-from-bks takes the fleet size from the table's vehicles column")
    func benchFleetFromBestKnown() throws {
        let folder = try SolomonFolder()
        // Five customers with windows that one van can serve in a row; the file has 3 vans.
        let byCount = try folder.write("fleet.csv", "instance,customers,vehicles,distance\nTINY5,5,1,50\n")
        let result = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--no-bound",
                                  "--fleet-from-bks", "--bks", byCount])
        #expect(result.status == 0, "\(result.stderr)")
        let row = result.stdout.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let fields = row.split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields.count == 8)
        #expect(fields.count > 2 && fields[2] == "1", "one van only: \(row)")

        // No row for 3 customers: a warning, and the file's fleet.
        let missing = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--no-bound", "--customers", "3",
                                   "--fleet-from-bks", "--bks", byCount])
        #expect(missing.status == 0, "\(missing.stderr)")
        #expect(missing.stderr.contains("warning: \(folder.tiny): the best-known table has no vehicles for TINY5 on 3 customers; keeping the file's fleet"))

        let both = try CLI.run(["bench", folder.tiny, "--fleet-from-bks", "--vehicles", "2", "--bks", byCount])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--fleet-from-bks and --vehicles exclude each other"))
        #expect(both.stdout.isEmpty)
    }

    @Test("bench rejects a missing best-known file and bad instance files with exit 2, naming them")
    func benchBadInput() throws {
        let folder = try SolomonFolder()
        let missing = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--bks", "/nonexistent/bks.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: --bks: cannot read /nonexistent/bks.csv"))
        #expect(missing.stdout.isEmpty)

        let bad = try folder.write("bad.txt", "BAD\n\nCUSTOMER\n")
        let result = try CLI.run(["bench", folder.tiny, bad, "--seconds", "1", "--seeds", "1"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: \(bad): line 3: expected the VEHICLE section, found \"CUSTOMER\"\n")
        #expect(result.stdout.isEmpty)

        let tooMany = try CLI.run(["bench", folder.tiny, "--seconds", "1", "--seeds", "1", "--customers", "6"])
        #expect(tooMany.status == 2)
        #expect(tooMany.stderr == "error: \(folder.tiny): customers: 6 requested, but the file has only 5 customers\n")
    }
}
