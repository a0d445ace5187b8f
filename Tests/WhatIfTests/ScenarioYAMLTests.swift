import FieldService
import Foundation
import Testing
import WhatIf

/// Scenario files in YAML read exactly like their JSON twins.
@Suite("What-if scenarios in YAML")
struct ScenarioYAMLTests {
    static let json = """
        { "name": "Busy Monday", "description": "Anna off on day 2; j2 urgent.", "base": "../base.json",
          "edits": [
            { "edit": "technician_absent", "technician": "anna", "days": [2] },
            { "edit": "job_urgency", "job": "j2", "urgency": "emergency" },
            { "edit": "job_window", "job": "j2", "timeWindows": [ { "day": 1, "start": "13:00", "end": "15:30" } ] },
            { "edit": "technician_hours", "technician": "ben", "day": 1, "start": "07:30", "end": "15:00" },
            { "edit": "objective", "set": { "overtimeWeight": 2, "unassignedPenalty": { "low": 500 } } }
          ] }
        """

    static let yaml = """
        # The same scenario as the JSON above.
        name: Busy Monday
        description: Anna off on day 2; j2 urgent.
        base: ../base.json
        edits:
          - edit: technician_absent
            technician: anna
            days: [2]
          - edit: job_urgency
            job: j2
            urgency: emergency
          - edit: job_window
            job: j2
            timeWindows:
              - { day: 1, start: "13:00", end: "15:30" }
          - edit: technician_hours
            technician: ben
            day: 1
            start: "07:30"
            end: "15:00"
          - edit: objective
            set:
              overtimeWeight: 2
              unassignedPenalty: { low: 500 }
        """

    @Test("a YAML file gives the same scenario, and the same edited problem, as its JSON twin")
    func sameAsJSON() throws {
        let base = ScenarioEditTests.base
        let fromJSON = try WhatIfScenario.load(json: Data(Self.json.utf8), for: base, file: "a.json")
        let fromYAML = try WhatIfScenario.load(yaml: Data(Self.yaml.utf8), for: base, file: "a.yaml")
        #expect(fromYAML == fromJSON)
        #expect(fromYAML.edits.count == 5)
        #expect(try fromYAML.applied(to: base) == fromJSON.applied(to: base))
    }

    @Test("the file name picks the format")
    func byExtension() throws {
        #expect(WhatIfScenario.isYAML("a/b.yaml") && WhatIfScenario.isYAML("B.YML"))
        #expect(!WhatIfScenario.isYAML("b.json") && !WhatIfScenario.isYAML("yaml"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("busy.yml")
        try Data(Self.yaml.utf8).write(to: file)
        #expect(try WhatIfScenario.load(contentsOf: file, for: ScenarioEditTests.base).name == "Busy Monday")
        #expect(throws: WhatIfError.self) { try WhatIfScenario.load(contentsOf: folder.appendingPathComponent("none.yaml"),
                                                                     for: ScenarioEditTests.base) }
    }

    @Test("YAML mistakes name the file, the edit and the field")
    func errors() {
        func message(_ text: String) -> String {
            do {
                _ = try WhatIfScenario.load(yaml: Data(text.utf8), for: ScenarioEditTests.base, file: "w.yaml")
                return "no error"
            } catch {
                return error.description
            }
        }
        let typo = message("name: x\nedits:\n  - edit: job_urgency\n    job: j2\n    urgancy: high\n")
        #expect(typo.contains("w.yaml") && typo.contains("edits[0].urgancy"), "\(typo)")
        let kind = message("name: x\nedits:\n  - edit: technician_absnt\n    technician: anna\n")
        #expect(kind.contains("technician_absnt") && kind.contains("technician_absent"), "\(kind)")
        let syntax = message("name: [x\n")
        #expect(syntax.contains("w.yaml") && syntax.contains("not valid YAML"), "\(syntax)")
        let unknownKind = message("name: x\nedits:\n  - edit: job_urgency\n    job: j2\n    urgency: urgentish\n")
        #expect(unknownKind.contains("w.yaml") && unknownKind.contains("urgency"), "\(unknownKind)")
    }

    @Test("scalars are read as written: an unquoted 7:30 is a clock time, not the number 450")
    func unquotedTimes() throws {
        let yaml = "name: x\nedits:\n  - edit: technician_hours\n    technician: ben\n    day: 1\n    start: 7:30\n    end: 15:00\n"
        let scenario = try WhatIfScenario.load(yaml: Data(yaml.utf8), for: ScenarioEditTests.base, file: "w.yaml")
        let problem = try scenario.applied(to: ScenarioEditTests.base)
        let ben = try #require(problem.technicians.first { $0.id == "ben" })
        #expect(ben.shifts.first { $0.day == 1 }.map { [$0.start, $0.end] } == [450, 900])
    }
}
