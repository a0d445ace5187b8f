import FieldService
import Foundation
import Testing
@testable import Records

@Suite("Service report")
struct ReportTests {
    static let d22 = Fixture.date(2026, 11, 22), d23 = Fixture.date(2026, 11, 23)
    static let d24 = Fixture.date(2026, 11, 24), d25 = Fixture.date(2026, 11, 25), d26 = Fixture.date(2026, 11, 26)

    /// Plan 1 has j1 (plumbing), j2 (electrical+hvac), j3, j5 (no skills); plan 2, published
    /// later, drops j1 and gives j2 the skill gas. j4 is in no plan.
    static func store() throws -> RecordStore {
        let store = try RecordStore.inMemory()
        _ = try store.publish(Fixture.schedule(), problem: Fixture.problem(), notifications: [], at: Fixture.instant())
        var second = Fixture.problem()
        second.jobs.removeAll { $0.id == "j1" }
        if let k = second.jobs.firstIndex(where: { $0.id == "j2" }) { second.jobs[k].requiredSkills = ["gas": 1] }
        _ = try store.publish(Fixture.schedule(shift: 10), problem: second, notifications: [], at: Fixture.instant(60))
        _ = try store.importRecords([
            // Before the period: j2's earlier visit does not count.
            Fixture.visit("j2", d22, "t2", checkIn: "08:00", checkOut: "09:00", outcome: .needsReturn),
            Fixture.visit("j1", d23, "t1", checkIn: "09:00", checkOut: "10:00", travelMinutes: 20, travelKm: 10, labour: 50,
                          parts: 10, outcome: .needsReturn),
            Fixture.visit("j1", d24, "t2", checkIn: "08:30", checkOut: "09:15", travelMinutes: 30, travelKm: 15, labour: 40,
                          parts: 25, outcome: .fixed, satisfaction: 4),
            Fixture.visit("j2", d23, "t1", checkIn: "13:00", checkOut: "14:30", travelMinutes: 15, travelKm: 7.5, labour: 75,
                          outcome: .fixed, satisfaction: 2, complaint: "Left a mess"),
            Fixture.visit("j3", d25, "t2", travelMinutes: 10, travelKm: 5, outcome: .notHome, jobType: "inspection"),
            Fixture.visit("j4", d25, "t1", checkIn: "10:00", checkOut: "10:30", travelMinutes: 5, travelKm: 2.5, labour: 25,
                          parts: 5, outcome: .fixed, satisfaction: 5),
            Fixture.visit("j5", d24, "t1", checkIn: "11:00", checkOut: "11:20", labour: 10, outcome: .fixed, complaint: "   "),
            // After the period.
            Fixture.visit("j1", d26, "t1", checkIn: "09:00", checkOut: "12:00", labour: 500, outcome: .fixed, complaint: "Late"),
        ])
        return store
    }

    static func row(_ name: String, visits: Int, jobs: Int, onSite: Double, travel: Double, km: Double, labour: Double,
                    parts: Double, fixes: Int, answers: [Int], complaints: Int) -> ServiceReportRow {
        ServiceReportRow(
            name: name, visits: visits, jobs: jobs, minutesOnSite: onSite, travelMinutes: travel, travelKm: km,
            labourCost: labour, partsCost: parts, firstTimeFixes: fixes,
            firstTimeFixRate: jobs == 0 ? nil : Double(fixes) / Double(jobs), satisfactionAnswers: answers.count,
            meanSatisfaction: answers.isEmpty ? nil : Double(answers.reduce(0, +)) / Double(answers.count),
            complaints: complaints)
    }

    @Test("figures per technician, per job type and in total, worked out by hand")
    func figures() throws {
        let report = try Self.store().report(from: Self.d23, to: Self.d25)
        #expect(report.from == Self.d23 && report.to == Self.d25)
        #expect(report.technicians == [
            Self.row("t1", visits: 4, jobs: 4, onSite: 200, travel: 40, km: 20, labour: 160, parts: 15, fixes: 3,
                     answers: [2, 5], complaints: 1),
            Self.row("t2", visits: 2, jobs: 2, onSite: 45, travel: 40, km: 20, labour: 40, parts: 25, fixes: 0,
                     answers: [4], complaints: 0),
        ])
        #expect(report.jobTypes == [
            Self.row("gas", visits: 1, jobs: 1, onSite: 90, travel: 15, km: 7.5, labour: 75, parts: 0, fixes: 1,
                     answers: [2], complaints: 1),
            Self.row("inspection", visits: 1, jobs: 1, onSite: 0, travel: 10, km: 5, labour: 0, parts: 0, fixes: 0,
                     answers: [], complaints: 0),
            Self.row("none", visits: 1, jobs: 1, onSite: 20, travel: 0, km: 0, labour: 10, parts: 0, fixes: 1,
                     answers: [], complaints: 0),
            Self.row("plumbing", visits: 2, jobs: 1, onSite: 105, travel: 50, km: 25, labour: 90, parts: 35, fixes: 0,
                     answers: [4], complaints: 0),
            Self.row("unknown", visits: 1, jobs: 1, onSite: 30, travel: 5, km: 2.5, labour: 25, parts: 5, fixes: 1,
                     answers: [5], complaints: 0),
        ])
        #expect(report.total == Self.row("total", visits: 6, jobs: 5, onSite: 245, travel: 80, km: 40, labour: 200, parts: 40,
                                         fixes: 3, answers: [4, 2, 5], complaints: 1))
        #expect(report.total.firstTimeFixRate == 0.6)
        #expect(report.technicians.first?.firstTimeFixRate == 0.75)
        #expect(report.technicians.first?.meanSatisfaction == 3.5)
    }

    @Test("a period without records gives empty rows and an undefined rate")
    func emptyPeriod() throws {
        let report = try Self.store().report(from: Fixture.date(2027, 1, 1), to: Fixture.date(2027, 1, 31))
        #expect(report.technicians.isEmpty && report.jobTypes.isEmpty)
        #expect(report.total.visits == 0 && report.total.firstTimeFixRate == nil && report.total.meanSatisfaction == nil)
    }

    @Test("the report's JSON has dates as text and every key")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(try Self.store().report(from: Self.d23, to: Self.d23))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["from"] as? String == "2026-11-23")
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["visits"] as? Int == 2)
        #expect(total.keys.contains("meanSatisfaction"))
    }
}
