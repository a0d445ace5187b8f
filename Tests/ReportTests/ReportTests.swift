import FieldService
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Report
import Schedule
import Testing

/// Collects XML parse errors.
final class XMLCheck: NSObject, XMLParserDelegate {
    var errors: [String] = []
    var elements = 0

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        errors.append("line \(parser.lineNumber): \(parseError)")
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements += 1
    }

    /// Parse errors of `html` read as XML (the doctype line is dropped first); empty when well-formed.
    static func errors(in html: String) -> [String] {
        var text = html
        if text.hasPrefix("<!DOCTYPE html>\n") { text = String(text.dropFirst("<!DOCTYPE html>\n".count)) }
        let parser = XMLParser(data: Data(text.utf8))
        let check = XMLCheck()
        parser.delegate = check
        let ok = parser.parse()
        if !ok, check.errors.isEmpty { check.errors.append("parse failed: \(String(describing: parser.parserError))") }
        if check.elements == 0 { check.errors.append("no elements") }
        return check.errors
    }
}

func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

@Suite("HTML plan report")
struct ReportTests {
    let single = PlanReport(title: "Week <48> & more",
                            entries: [PlanReport.Entry(title: "Base", problem: Fixture.problem, schedule: Fixture.schedule())])

    @Test("the document is well-formed XHTML-compatible markup")
    func wellFormed() {
        let html = single.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
    }

    @Test("the well-formedness check itself rejects broken markup")
    func checkerRejects() {
        #expect(!XMLCheck.errors(in: "<html><body><p>open</body></html>").isEmpty)
        #expect(!XMLCheck.errors(in: "<html><p title=x>unquoted</p></html>").isEmpty)
        #expect(!XMLCheck.errors(in: "<html><p>a & b</p></html>").isEmpty)
        #expect(XMLCheck.errors(in: "<!DOCTYPE html>\n<html><p>a &amp; b</p></html>").isEmpty)
    }

    @Test("one map and one Gantt per entry, a polyline per route with visits")
    func charts() {
        let html = single.html
        #expect(count("<svg", in: html) == 2)
        #expect(count("class=\"map\" width", in: html) == 1)
        #expect(count("class=\"gantt\" width", in: html) == 1)
        #expect(count("<polyline", in: html) == 2)  // the empty route of t1 on day 2 draws nothing
        #expect(count("<circle class=\"unplaced\"", in: html) == 1)
        #expect(count("<rect class=\"referred\"", in: html) == 1)
        #expect(count("<rect class=\"depot\"", in: html) == 1)
        #expect(count("<polygon class=\"start\"", in: html) == 2)
        #expect(count("<rect class=\"work\"", in: html) == 3)
        #expect(count("<rect class=\"wait\"", in: html) == 1)
        #expect(count("<rect class=\"break\"", in: html) == 1)
        #expect(count("<rect class=\"home\"", in: html) == 2)
        #expect(html.contains(">08:00</text>"))
        // Report order: day 1 (Anna) before day 2 (Ben), whatever the schedule's order.
        let anna = html.range(of: "Berger&gt;, day 1")
        let ben = html.range(of: "Ben O&#39;Kafor, day 2")
        #expect(anna != nil && ben != nil)
        if let anna, let ben { #expect(anna.lowerBound < ben.lowerBound) }
    }

    @Test("job ids, KPI values and the lists appear")
    func content() {
        let html = single.html
        for id in ["j1", "j2", "j4", "j5", "j6"] { #expect(html.contains(">\(id)"), "\(id)") }
        for value in ["1234.50", "700.95", "119.55", "25.2", "50.0", "1100.00", "10.89 %"] {
            #expect(html.contains(value), "\(value)")
        }
        #expect(html.contains("<code>capacity</code>"))
        #expect(html.contains("<code>no_skill</code>"))
        #expect(html.contains("Roofs Ltd"))
        #expect(html.contains("Gas valve 24 V"))
        #expect(html.contains("2 (2026-11-24)"))
        #expect(!html.contains("Comparison"))
    }

    @Test("special characters in names are escaped")
    func escaping() {
        let html = single.html
        #expect(html.contains("<title>Week &lt;48&gt; &amp; more</title>"))
        #expect(html.contains("Anna &quot;A&amp;B&quot; &lt;Berger&gt;"))
        #expect(html.contains("Cara &lt;Diaz&gt; &amp; Sons"))
        #expect(html.contains("20 min short &lt;sic&gt;"))
        #expect(html.contains("Northside &amp; Co &lt;week 48&gt;"))
        #expect(!html.contains("<Berger>"))
        #expect(!html.contains("<sic>"))
        #expect(!html.contains("<Diaz>"))
    }

    @Test("two entries get a comparison table with signed deltas to the first")
    func comparison() {
        let report = PlanReport(title: "What if", entries: [
            PlanReport.Entry(title: "Base", problem: Fixture.problem, schedule: Fixture.schedule(cost: 1234.5)),
            PlanReport.Entry(title: "More & less", problem: Fixture.problem, schedule: Fixture.schedule(cost: 1300)),
            PlanReport.Entry(title: "Cheaper", problem: Fixture.problem, schedule: Fixture.schedule(cost: 1200)),
        ])
        let html = report.html
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(count("<table class=\"kpi comparison\">", in: html) == 1)
        #expect(html.contains("More &amp; less"))
        #expect(html.contains("1300.00 <span class=\"delta up\">(+65.50)</span>"))
        #expect(html.contains("1200.00 <span class=\"delta down\">(-34.50)</span>"))
        #expect(html.contains("(0.00)"))  // an unchanged figure
        #expect(count("<svg", in: html) == 6)
        // The comparison comes before the first plan's section.
        if let table = html.range(of: "comparison\">"), let plan = html.range(of: "id=\"plan-1\"") {
            #expect(table.lowerBound < plan.lowerBound)
        }
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        let a = single.html
        let b = PlanReport(title: "Week <48> & more",
                           entries: [PlanReport.Entry(title: "Base", problem: Fixture.problem, schedule: Fixture.schedule())]).html
        #expect(a == b)
    }

    @Test("the euclidean (Solomon-like) model renders with raw plane coordinates")
    func euclidean() {
        let html = PlanReport(title: "C101", entries: [
            PlanReport.Entry(title: "C101", problem: Fixture.solomonProblem, schedule: Fixture.solomonSchedule),
        ]).html
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(count("<polyline", in: html) == 1)
        #expect(count("<svg", in: html) == 2)
        #expect(html.contains("Distance (units)"))
        #expect(html.contains("<code>time_limit</code>"))
        #expect(html.contains(">00:00</text>"))
    }

    @Test("empty and degenerate inputs still give a well-formed document")
    func degenerate() {
        #expect(XMLCheck.errors(in: PlanReport(title: "", entries: []).html).isEmpty)
        let lonely = Problem(technicians: [], jobs: [])
        let empty = Schedule(routes: [], unassigned: [], kpis: Fixture.kpis(cost: .nan))
        let html = PlanReport(title: "x", entries: [PlanReport.Entry(title: "\u{1}odd", problem: lonely, schedule: empty)]).html
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(html.contains("No routes with visits"))
    }

    @Test("absurd times, days and coordinates do not trap")
    func absurd() {
        var problem = Fixture.problem
        problem.horizon.days = Int.min
        problem.jobs[0].location = Location(latitude: .infinity, longitude: 1e300)
        var schedule = Fixture.schedule()
        schedule.routes[0].day = Int.max
        schedule.routes[0].departure = -1e300
        schedule.routes[1].visits[0].end = .nan
        schedule.referrals[0].day = Int.min
        schedule.purchaseOrders[0].arrivalDay = Int.max
        let html = PlanReport(title: "odd", entries: [PlanReport.Entry(title: "odd", problem: problem, schedule: schedule)]).html
        #expect(XMLCheck.errors(in: html).isEmpty, "\(XMLCheck.errors(in: html))")
        #expect(!html.contains("nan"))
    }
}
