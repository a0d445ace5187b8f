import Foundation
import FieldService
import Testing

/// Inputs built to exhaust time or memory end in a typed error, quickly.
@Suite("Oversized inputs")
struct LargeInputTests {
    static func document(jobs: String = "[]", technicians: String? = nil, extra: String = "") -> Data {
        let tech = technicians ?? #"[{"id":"t","shifts":[{"start":"08:00","end":"16:00"}],"start":{"lat":0,"lon":0}}]"#
        return Data(#"{"technicians":\#(tech),"jobs":\#(jobs)\#(extra)}"#.utf8)
    }

    @Test("a jobs array of a million numbers is a type error at its first element")
    func millionNumbers() {
        let jobs = "[" + String(repeating: "0,", count: 999_999) + "0]"
        #expect(throws: InputError.self) { try Problem.load(json: Self.document(jobs: jobs)) }
        do {
            _ = try Problem.load(json: Self.document(jobs: jobs))
        } catch {
            #expect(error.issues.first?.path == "jobs[0]")
            #expect(error.issues.first?.kind == .wrongType)
        }
    }

    @Test("a job with ten thousand time windows is refused by size")
    func millionWindows() throws {
        let window = #"{"start":"09:00","end":"10:00"},"#
        let windows = "[" + String(repeating: window, count: 9_999) + #"{"start":"09:00","end":"10:00"}]"#
        let jobs = #"[{"id":"j","customer":{"name":"c"},"location":{"lat":0,"lon":0},"duration":30,"timeWindows":"# + windows + "}]"
        do {
            _ = try Problem.load(json: Self.document(jobs: jobs))
            Issue.record("expected an error")
        } catch {
            #expect(error.issues.map(\.description) == ["jobs[0].timeWindows (job j): 10000 time windows; at most 100 per job"])
        }
    }

    @Test("more jobs or technicians than one run can plan are refused before anything else")
    func tooManyEntities() {
        let tech = Technician(id: "t", name: "T", skills: [:], shifts: [Shift(day: 1, start: 480, end: 960)],
                              start: Location(latitude: 0, longitude: 0))
        let job = Job(id: "j", customer: Customer(name: "c"), location: Location(latitude: 0, longitude: 0), duration: 30)
        let problem = Problem(technicians: Array(repeating: tech, count: 1001),
                              jobs: Array(repeating: job, count: 5001))
        #expect(problem.validate().map(\.description) == [
            "jobs: 5001 jobs; at most 5000 can be planned in one run",
            "technicians: 1001 technicians; at most 1000 can be planned in one run",
        ])
    }

    @Test("a skills catalogue of a million names loads without trouble")
    func millionSkills() throws {
        let names = (0..<1_000_000).map { "\"s\($0)\"" }.joined(separator: ",")
        let problem = try Problem.load(json: Self.document(extra: #","skills":["# + names + "]"))
        #expect(problem.skills?.count == 1_000_000)
    }
}
