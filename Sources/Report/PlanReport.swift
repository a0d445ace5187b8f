import FieldService
import Schedule

/// A self-contained HTML report of one or more plans: key figures, a route map, a
/// Gantt chart and the lists of unplaced jobs, referrals and purchase orders.
///
/// The document needs no network and no scripts (inline CSS and inline SVG), is
/// XHTML-compatible markup (every element closed, attributes quoted) and is
/// deterministic: the same entries give the same bytes.
///
/// ```swift
/// let report = PlanReport(title: "Monday", entries: [.init(title: "Monday", problem: problem, schedule: schedule)])
/// try Data(report.html.utf8).write(to: url)
/// ```
public struct PlanReport: Sendable {
    /// One plan in the report: a title (e.g. a scenario name), its problem and schedule.
    public struct Entry: Sendable {
        /// The heading of the plan's section (and its column in the comparison table).
        public var title: String
        /// The problem the schedule plans (names, locations, travel model).
        public var problem: Problem
        /// The plan.
        public var schedule: Schedule

        /// An entry titled `title` for `schedule`, a plan of `problem`.
        public init(title: String, problem: Problem, schedule: Schedule) {
            self.title = title
            self.problem = problem
            self.schedule = schedule
        }
    }

    /// The document's title.
    public var title: String
    /// The plans, in order; with several, the first is the base of the comparison.
    public var entries: [Entry]

    /// A report titled `title` over `entries`.
    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }

    /// A complete, self-contained HTML5 document (no network: inline CSS and inline SVG,
    /// no scripts needed).
    public var html: String {
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
            + "<meta charset=\"utf-8\"/>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<title>\(Markup.escape(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        out += "<h1>\(Markup.escape(title))</h1>\n"
        if entries.isEmpty {
            out += "<p class=\"none\">No plans.</p>\n"
        }
        if entries.count > 1 {
            out += "<section class=\"comparison\" id=\"comparison\">\n<h2>Comparison</h2>\n"
            out += "<p class=\"note\">Differences are to the first plan, "
                + "<strong>\(Markup.escape(entries[0].title))</strong>.</p>\n"
            out += KPITable.comparison(entries)
            out += "</section>\n"
        }
        // A single plan titled like the document needs no second heading.
        let repeatsTitle = entries.count == 1 && entries[0].title == title
        for (i, entry) in entries.enumerated() {
            out += Self.section(entry, number: i + 1, heading: !repeatsTitle)
        }
        out += "</body>\n</html>\n"
        return out
    }

    private static func section(_ entry: Entry, number: Int, heading: Bool) -> String {
        let index = PlanIndex(problem: entry.problem, schedule: entry.schedule)
        let horizon = entry.problem.horizon
        var out = "<section class=\"plan\" id=\"plan-\(number)\">\n"
        if heading { out += "<h2>\(Markup.escape(entry.title))</h2>\n" }
        var facts: [String] = []
        if let name = entry.schedule.name ?? entry.problem.name, name != entry.title {
            facts.append(Markup.escape(name))
        }
        if let start = horizon.startDate {
            facts.append(horizon.days > 1 ? "\(start) to \(start.adding(days: max(1, min(horizon.days, 100_000)) - 1))" : "\(start)")
        } else {
            facts.append(horizon.days == 1 ? "1 day" : "\(horizon.days) days")
        }
        facts.append("\(entry.problem.technicians.count) technicians, \(entry.problem.jobs.count) jobs, "
            + "\(index.routesWithVisits.count) routes with visits")
        out += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n"
        out += "<div class=\"top\">\n<div class=\"figures\">\n<h3>Key figures</h3>\n"
        out += KPITable.html(problem: entry.problem, schedule: entry.schedule)
        out += "</div>\n<div class=\"mapbox\">\n<h3>Route map</h3>\n"
        out += RouteMap.html(index)
        out += "</div>\n</div>\n<h3>Timeline</h3>\n"
        out += Gantt.html(index)
        out += Lists.html(index)
        out += "</section>\n"
        return out
    }

    static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px; color: #222; }
    h1 { font-size: 1.6em; margin-bottom: 0.2em; }
    h2 { font-size: 1.3em; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 1.6em; }
    h3 { font-size: 1.05em; margin: 1em 0 0.4em; }
    p.facts, p.note, p.none { color: #555; }
    table { border-collapse: collapse; font-size: 0.9em; }
    th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
    thead th { background: #f2f2f2; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.sub th { font-weight: normal; padding-left: 18px; color: #444; }
    span.base { font-weight: normal; color: #777; }
    span.delta { color: #666; font-size: 0.9em; }
    span.delta.up { color: #a33; }
    span.delta.down { color: #2a7; }
    div.top { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
    figure { margin: 0; }
    svg { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
    svg text { font-size: 11px; fill: #333; }
    svg text.bar { fill: #fff; font-size: 10px; }
    ul.legend { list-style: none; padding: 0; margin: 6px 0; font-size: 0.85em; columns: 2; }
    ul.legend li { margin: 2px 0; }
    ul.legend li.symbols { color: #555; }
    span.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: middle; }
    code { font-size: 0.95em; }

    """
}
