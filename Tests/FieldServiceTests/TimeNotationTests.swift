import Foundation
import Testing
import FieldService

@Suite("Time notations")
struct TimeNotationTests {
    /// The first window of the only job in a document with `window`.
    func window(_ window: String, horizon: String = #"{"start": "2026-11-23", "days": 3}"#) throws -> TimeWindow {
        let problem = try load(document(horizon: horizon, window: window))
        return problem.jobs[0].timeWindows[0]
    }

    @Test("A number is minutes from the start of the horizon")
    func number() throws {
        #expect(try window(#"{"start": 540, "end": 660.5}"#) == TimeWindow(start: 540, end: 660.5))
    }

    @Test("A clock time falls on day 1 unless the window names another day")
    func clockOnDay() throws {
        #expect(try window(#"{"start": "09:00", "end": "11:30"}"#) == TimeWindow(start: 540, end: 690))
        #expect(try window(#"{"day": 2, "start": "09:00", "end": "11:30"}"#) == TimeWindow(start: 1980, end: 2130))
        #expect(try window(#"{"start": "9:05", "end": "11:30"}"#).start == 545)
    }

    @Test("A clock time may run past 24 hours for a night shift")
    func clockPastMidnight() throws {
        let json = document(shift: #"{"day": 1, "start": "22:00", "end": "30:00"}"#,
                            window: #"{"start": "23:00", "end": "26:30"}"#)
        let problem = try load(json)
        #expect(problem.technicians[0].shifts[0] == Shift(day: 1, start: 1320, end: 1800))
        #expect(problem.jobs[0].timeWindows[0] == TimeWindow(start: 1380, end: 1590))
    }

    @Test("An ISO date-time counts from the horizon's start date")
    func isoDateTime() throws {
        #expect(try window(#"{"start": "2026-11-24T09:15", "end": "2026-11-24T10:00"}"#)
            == TimeWindow(start: 1440 + 555, end: 1440 + 600))
        #expect(try window(#"{"start": "2026-11-23T00:00", "end": "2026-11-23T23:59"}"#)
            == TimeWindow(start: 0, end: 1439))
    }

    @Test("Seconds are allowed in ISO date-times and count as fractions of a minute")
    func seconds() throws {
        #expect(try window(#"{"start": "2026-11-23T09:15:30", "end": "2026-11-23T10:00:45"}"#)
            == TimeWindow(start: 555.5, end: 600.75))
    }

    @Test("A date-time across a month end and a leap day lands on the right day")
    func isoAcrossMonths() throws {
        let shift = #"{"start": "2028-03-01T08:00", "end": "2028-03-01T16:00"}"#
        let json = document(horizon: #"{"start": "2028-02-28", "days": 3}"#, shift: shift,
                            window: #"{"start": "2028-03-01T09:00", "end": "2028-03-01T10:00"}"#)
        let problem = try load(json)
        // 2028 is a leap year: 28 Feb is day 1, 29 Feb day 2, 1 March day 3.
        #expect(problem.technicians[0].shifts[0].day == 3)
        #expect(problem.jobs[0].timeWindows[0].start == 2 * 1440 + 540)
    }

    @Test("Malformed times are refused with the path of the field", arguments: [
        "25:99", "12:5", "48:00", "noon", "2026-11-23T24:00", "2026-11-23 09:00", "2026-13-01T09:00", "09:00:00", "",
    ])
    func malformed(text: String) {
        let found = issues(document(window: #"{"start": "\#(text)", "end": "11:00"}"#))
        #expect(found.count == 1)
        #expect(found.first?.path == "jobs[0].timeWindows[0].start")
        #expect(found.first?.entity == "job j1")
        #expect(found.first?.kind == .invalidValue)
        #expect(found.first?.message.contains("\"\(text)\"") == true)
    }

    @Test("Formatting shows the clock, and the day on request")
    func formatting() {
        #expect(formatClock(545) == "09:05")
        #expect(formatClock(1440 + 600, showDay: true) == "day 2 10:00")
        #expect(dayOf(0) == 1 && dayOf(1439.9) == 1 && dayOf(1440) == 2)
        #expect(absoluteTime(day: 3, clock: 60) == 2940)
        let horizon = Horizon(startDate: CivilDate(year: 2026, month: 11, day: 23), days: 2)
        #expect(horizon.localDateTime(1440 + 555) == "2026-11-24T09:15")
        #expect(Horizon(days: 1).localDateTime(10) == nil)
    }
}
