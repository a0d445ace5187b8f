import Foundation
import Testing

/// `fieldplan book` and `fieldplan replan` on the small bundled day.
@Suite("fieldplan book and replan", .serialized)
struct BookReplanCLITests {
    /// A scratch folder with the small day's plan (`optimize --format json`).
    static func planned() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-book-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plan.json")
        let result = try CLI.run(["optimize", "Scenarios/small.json", "--seconds", "30", "--iterations", "200", "--no-bound",
                                  "--quiet", "--format", "json", "--output", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test("book offers ranked slots, as a table and as JSON, and writes the booked plan")
    func book() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = folder.appendingPathComponent("request.json")
        try Data(#"""
            {"id": "NEW-1", "customer": {"name": "Nina Hartmann"}, "location": {"lat": 42.95, "lon": -85.66},
             "duration": 45, "skills": {"plumbing": 1}, "timeWindows": [{"day": 1, "start": "09:00", "end": "16:00"}]}
            """#.utf8).write(to: request)
        let plan = folder.appendingPathComponent("plan.json").path
        let table = try CLI.run(["book", plan, request.path, "--problem", "Scenarios/small.json", "--count", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Options for NEW-1 (Nina Hartmann):") && table.stdout.contains("1. "), "\(table.stdout)")

        let booked = folder.appendingPathComponent("booked.json")
        let json = try CLI.run(["book", plan, request.path, "--problem", "Scenarios/small.json", "--format", "json",
                                "--output", booked.path])
        #expect(json.status == 0, "\(json.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(answer["request"] as? String == "NEW-1")
        let options = try #require(answer["options"] as? [[String: Any]])
        #expect(!options.isEmpty)
        let costs = options.compactMap { $0["addedCost"] as? Double }
        #expect(costs == costs.sorted())
        for key in ["technician", "day", "window", "windowStart", "windowEnd", "arrival", "start", "shiftedVisits"] {
            #expect(options[0][key] != nil, "\(key)")
        }
        let plan2 = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: booked)) as? [String: Any])
        let routes = try #require(plan2["routes"] as? [[String: Any]])
        #expect(routes.contains { ($0["visits"] as? [[String: Any]])?.contains { $0["job"] as? String == "NEW-1" } == true })

        // A taken id is exit 2, naming the field.
        try Data(#"{"id": "J-1001", "customer": {"name": "x"}, "location": {"lat": 42.95, "lon": -85.66}, "duration": 30}"#.utf8)
            .write(to: request)
        let taken = try CLI.run(["book", plan, request.path, "--problem", "Scenarios/small.json"])
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("request.id"), "\(taken.stderr)")
    }

    @Test("book's quick local repair: an option that moves one visit, named in the table and the JSON; --no-repair has none")
    func bookRepair() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let schedule = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
        let input = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "Scenarios/small.json")))
            as? [String: Any])
        let technicians = try #require(input["technicians"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let jobs = try #require(input["jobs"] as? [[String: Any]])
        let request = folder.appendingPathComponent("request.json")
        var repaired = 0
        // For each busy route: a copy of its second visit that only this technician may do, within 30 minutes of it.
        for route in try #require(schedule["routes"] as? [[String: Any]]) {
            guard let visits = route["visits"] as? [[String: Any]], visits.count >= 2, let technician = route["technician"] as? String,
                  let jobID = visits[1]["job"] as? String, let start = visits[1]["start"] as? Double,
                  var job = jobs.first(where: { $0["id"] as? String == jobID }) else { continue }
            func clock(_ m: Double) -> String { String(format: "%02d:%02d", Int(m) / 60, Int(m) % 60) }
            job["id"] = "NEW-R"
            job["pinned"] = nil
            job["preferredTechnicians"] = nil
            job["excludedTechnicians"] = technicians.filter { $0 != technician }
            job["timeWindows"] = [["start": clock(start), "end": clock(start + 30)]]
            try JSONSerialization.data(withJSONObject: job).write(to: request)
            let base = ["book", plan, request.path, "--problem", "Scenarios/small.json", "--max-shift", "20"]
            let json = try CLI.run(base + ["--format", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let options = try #require(answer["options"] as? [[String: Any]])
            let moves = options.compactMap { $0["moved"] as? [String: Any] }
            guard let moved = moves.first else { continue }
            repaired += 1
            #expect(moved["fromTechnician"] as? String == technician && moved["technician"] as? String != technician)
            for key in ["job", "fromDay", "previousStart", "technicianName", "day", "arrival", "start", "window", "windowStart", "windowEnd"] {
                #expect(moved[key] != nil, "\(key)")
            }
            let previous = try #require(moved["previousStart"] as? Double), now = try #require(moved["start"] as? Double)
            #expect(abs(now - previous) <= 20 + 1e-9, "--max-shift holds for the moved visit")
            let table = try CLI.run(base)
            #expect(table.status == 0 && table.stdout.contains("; moves \(moved["job"] as? String ?? "?") to "), "\(table.stdout)")
            let plain = try CLI.run(base + ["--format", "json", "--no-repair"])
            #expect(plain.status == 0 && !plain.stdout.contains("\"moved\""), "\(plain.stdout)")
            // The booked plan, with the move, passes the checker inside book (exit 0).
            let booked = folder.appendingPathComponent("booked-repair.json")
            let write = try CLI.run(base + ["--output", booked.path])
            #expect(write.status == 0, "\(write.stderr)")
        }
        #expect(repaired > 0, "some busy route makes room by moving a visit")
    }

    @Test("replan freezes what started, lists changed appointments, and refuses a slowdown")
    func replan() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let changes = folder.appendingPathComponent("changes.yaml")
        try Data("now: {day: 1, time: \"10:00\"}\nedits:\n  - edit: technician_late\n    technician: t-ben\n    minutes: 60\n".utf8)
            .write(to: changes)
        let table = try CLI.run(["replan", plan, changes.path, "--problem", "Scenarios/small.json", "--seconds", "30",
                                 "--iterations", "200", "--no-bound", "--quiet"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Re-planned at day 1 10:00") && table.stdout.contains("frozen"), "\(table.stdout)")

        let json = try CLI.run(["replan", plan, changes.path, "--problem", "Scenarios/small.json", "--now", "11:00", "--seconds", "30",
                                "--iterations", "200", "--no-bound", "--quiet", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(answer["now"] as? Double == 660, "--now wins over the file")
        for key in ["frozen", "changes", "windowPassed", "unplaced", "kpis", "notifications", "plan"] { #expect(answer[key] != nil, "\(key)") }

        try Data(#"{"edits": [{"edit": "travel_slowdown", "factor": 1.3}]}"#.utf8).write(to: folder.appendingPathComponent("slow.json"))
        let slow = try CLI.run(["replan", plan, folder.appendingPathComponent("slow.json").path, "--problem", "Scenarios/small.json",
                                "--now", "10:00", "--quiet"])
        #expect(slow.status == 2)
        #expect(slow.stderr.contains("travel_slowdown"), "\(slow.stderr)")
    }
}

extension BookReplanCLITests {
    @Test("without --problem, book and replan read the bundled day, as optimize does")
    func bundledDay() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-bundled-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        let planned = try CLI.run(["optimize", "--seconds", "60", "--iterations", "200", "--no-bound", "--quiet",
                                   "--format", "json", "--output", plan.path])
        #expect(planned.status == 0, "\(planned.stderr)")
        let changes = folder.appendingPathComponent("changes.json")
        try Data(#"{"edits": [{"edit": "technician_late", "technician": "t-hannah", "minutes": 45}]}"#.utf8).write(to: changes)
        let replanned = try CLI.run(["replan", plan.path, changes.path, "--now", "10:30", "--seconds", "60", "--iterations", "200",
                                     "--no-bound", "--quiet"])
        #expect(replanned.status == 0, "\(replanned.stderr)")
        #expect(replanned.stdout.contains("Re-planned at day 1 10:30"))
    }
}
