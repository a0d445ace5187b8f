import Testing
import FieldService

@Suite("Calendar dates")
struct CivilDateTests {
    @Test("Leap years follow the Gregorian rules")
    func leapYears() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
    }

    @Test("Impossible dates are refused")
    func impossibleDates() {
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
    }

    @Test("Parsing accepts only YYYY-MM-DD", arguments: ["2026-11-23", "2024-02-29"])
    func parsingGood(text: String) {
        #expect(CivilDate(parsing: Substring(text))?.description == text)
    }

    @Test("Parsing refuses other spellings", arguments: ["2026-11-3", "26-11-23", "2026/11/23", "2026-11-23T08:00", "2026-02-30", ""])
    func parsingBad(text: String) {
        #expect(CivilDate(parsing: Substring(text)) == nil)
    }

    @Test("Day numbers count from 1 January 1970")
    func dayNumbers() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CivilDate(year: 1969, month: 12, day: 31)?.dayNumber == -1)
        #expect(CivilDate(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(CivilDate(year: 2026, month: 11, day: 23)?.dayNumber == 20_780)
    }

    @Test("Adding days and reading the day number back round-trips from year 1 to 9999")
    func roundTrip() throws {
        let epoch = try #require(CivilDate(year: 1970, month: 1, day: 1))
        for n in stride(from: -719_162, through: 2_932_896, by: 997) {
            let date = epoch.adding(days: n)
            #expect(date.dayNumber == n)
            #expect(CivilDate(parsing: Substring(date.description)) == date)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
        }
        #expect(epoch.adding(days: -719_162).description == "0001-01-01")
        #expect(epoch.adding(days: 2_932_896).description == "9999-12-31")
    }

    @Test("Adding days crosses month ends, leap days and year ends")
    func adding() throws {
        let date = try #require(CivilDate(year: 2024, month: 2, day: 28))
        #expect(date.adding(days: 1).description == "2024-02-29")
        #expect(date.adding(days: 2).description == "2024-03-01")
        #expect(try #require(CivilDate(year: 2026, month: 12, day: 31)).adding(days: 1).description == "2027-01-01")
        #expect(try #require(CivilDate(year: 2027, month: 1, day: 1)).adding(days: -1).description == "2026-12-31")
        #expect(try #require(CivilDate(year: 2026, month: 11, day: 23)) < date.adding(days: 1000))
    }
}
