import FieldService
import Foundation
@testable import Notify
import Schedule
import Testing

/// A strict reader of the iCalendar subset the job sheets use (RFC 5545): CRLF line
/// ends, folded lines of at most 75 octets, BEGIN/END nesting, required properties,
/// date-time formats and TEXT escapes.
enum ICSReader {
    struct Event { var properties: [String: String] }

    enum Failure: Error, CustomStringConvertible {
        case problem(String)
        var description: String { if case let .problem(text) = self { return text }; return "" }
    }

    static func parse(_ text: String) throws -> [Event] {
        guard text.hasSuffix("\r\n") else { throw Failure.problem("the file does not end with CRLF") }
        let physical = text.components(separatedBy: "\r\n").dropLast()
        var logical: [String] = []
        for line in physical {
            if line.contains("\n") || line.contains("\r") { throw Failure.problem("a bare LF or CR in \(line)") }
            if line.utf8.count > 75 { throw Failure.problem("a line of \(line.utf8.count) octets: \(line)") }
            if line.hasPrefix(" ") {
                guard !logical.isEmpty else { throw Failure.problem("a continuation line first") }
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        var stack: [String] = []
        var events: [Event] = []
        var current: [String: String]?
        for line in logical {
            guard let colon = line.firstIndex(of: ":") else { throw Failure.problem("no colon in \(line)") }
            let name = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            switch name {
            case "BEGIN":
                stack.append(value)
                if value == "VEVENT" { current = [:] }
            case "END":
                guard stack.popLast() == value else { throw Failure.problem("END:\(value) does not close the open component") }
                if value == "VEVENT", let properties = current {
                    for required in ["UID", "DTSTAMP", "DTSTART"] where properties[required] == nil {
                        throw Failure.problem("a VEVENT without \(required)")
                    }
                    events.append(Event(properties: properties))
                    current = nil
                }
            default:
                if ["DTSTART", "DTEND"].contains(name), value.range(of: #"^\d{8}T\d{6}$"#, options: .regularExpression) == nil {
                    throw Failure.problem("\(name) \(value) is not a local date-time")
                }
                if name == "DTSTAMP", value.range(of: #"^\d{8}T\d{6}Z$"#, options: .regularExpression) == nil {
                    throw Failure.problem("DTSTAMP \(value) is not UTC")
                }
                if ["SUMMARY", "DESCRIPTION", "LOCATION"].contains(name) {
                    var escaped = false
                    for ch in value {
                        if escaped {
                            guard "\\;,nN".contains(ch) else { throw Failure.problem("bad escape \\\(ch) in \(name)") }
                            escaped = false
                        } else if ch == "\\" {
                            escaped = true
                        } else if ch == ";" || ch == "," {
                            throw Failure.problem("an unescaped \(ch) in \(name): \(value)")
                        }
                    }
                }
                current?[name] = value
            }
        }
        guard stack.isEmpty else { throw Failure.problem("unclosed \(stack)") }
        return events
    }
}

@Suite("iCalendar job sheets")
struct ICalendarTests {
    @Test("the job sheet's calendar parses, with one event per visit at the visit's times")
    func jobSheetCalendar() throws {
        let messages = try Notifier(problem: Fixture.problem).notifications(for: Fixture.schedule)
        let sheet = try #require(messages.first { $0.kind == "job_sheet" && $0.recipient == "t1" })
        let file = try #require(sheet.attachments.first)
        #expect(file.filename == "t1-2026-11-23.ics" && file.mediaType == "text/calendar")
        let events = try ICSReader.parse(file.content)
        #expect(events.count == 2)
        #expect(events[0].properties["DTSTART"] == "20261123T090000" && events[0].properties["DTEND"] == "20261123T100000")
        #expect(events[1].properties["SUMMARY"] == "j2: Dan Evans")
        #expect(events[1].properties["DESCRIPTION"]?.hasPrefix("Thermostat\\, Wi-Fi\\; pair with app\\n") == true)
        #expect(events[0].properties["DTSTAMP"] == "20261122T000000Z")
    }

    @Test("per-technician calendars cover every day; long and non-ASCII lines fold at 75 octets")
    func calendarsAndFolding() throws {
        var problem = Fixture.problem
        problem.jobs[4].description = String(repeating: "Gasventil prüfen, Druck messen; ", count: 8)
        let calendars = try Notifier(problem: problem).calendars(for: Fixture.schedule)
        #expect(calendars.keys.sorted() == ["t1.ics", "t2.ics"])
        let events = try ICSReader.parse(try #require(calendars["t2.ics"]))
        #expect(events.count == 1)
        #expect(events[0].properties["DTSTART"] == "20261124T090000")
        #expect(events[0].properties["DESCRIPTION"]?.contains("Gasventil prüfen\\, Druck messen\\; ") == true)
        let folded = ICalendar.fold(String(repeating: "ü", count: 60))
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == String(repeating: "ü", count: 60))
    }

    @Test("without a start date there is no calendar")
    func noDates() throws {
        var problem = Fixture.problem
        problem.horizon.startDate = nil
        let notifier = try Notifier(problem: problem)
        #expect(notifier.calendars(for: Fixture.schedule).isEmpty)
        let sheet = try #require(notifier.notifications(for: Fixture.schedule).first { $0.kind == "job_sheet" })
        #expect(sheet.attachments.isEmpty && sheet.subject.hasPrefix("Job sheet day 1"))
    }
}
