import FieldService
import Schedule

/// One line of the key-figure tables.
struct KPIRow: Sendable {
    /// Row label (plain text, escaped when rendered).
    var label: String
    /// The value; nil when unknown (no lower bound, say).
    var value: Double?
    /// Decimals to print (0 for counts).
    var digits: Int
    /// Text printed after the value (e.g. " %").
    var suffix: String = ""

    /// The value as text, or an em dash when unknown.
    var text: String {
        guard let value else { return "—" }
        return Markup.fixed(value, digits) + suffix
    }

    /// The difference to `base`'s value, signed, or nil when either is unknown.
    func delta(from base: KPIRow) -> String? {
        guard let value, let baseValue = base.value else { return nil }
        return Markup.signed(value - baseValue, digits) + suffix
    }
}

enum KPITable {
    /// The key figures of one plan, in a fixed order (the same rows for every plan, so
    /// plans can be compared row by row).
    static func rows(problem: Problem, schedule: Schedule) -> [KPIRow] {
        let k = schedule.kpis
        let unit = distanceUnit(problem.travel)
        var rows: [KPIRow] = [
            KPIRow(label: "Cost", value: k.cost, digits: 2),
            KPIRow(label: "· travel", value: k.costs.travel, digits: 2),
            KPIRow(label: "· labour", value: k.costs.labour, digits: 2),
            KPIRow(label: "· overtime", value: k.costs.overtime, digits: 2),
            KPIRow(label: "· unplaced penalties", value: k.costs.unassigned, digits: 2),
            KPIRow(label: "· referrals", value: k.costs.referral, digits: 2),
            KPIRow(label: "· parts", value: k.costs.parts, digits: 2),
            KPIRow(label: "· lateness", value: k.costs.lateness, digits: 2),
            KPIRow(label: "· preference", value: k.costs.preference, digits: 2),
            KPIRow(label: "· fixed day cost", value: k.costs.fixed, digits: 2),
            KPIRow(label: "Travel time (min)", value: k.travelTime, digits: 1),
            KPIRow(label: "Distance (\(unit))", value: k.distance, digits: 1),
            KPIRow(label: "Overtime (min)", value: k.overtime, digits: 1),
            KPIRow(label: "Jobs placed", value: Double(k.jobsPlaced), digits: 0),
        ]
        for urgency in Urgency.allCases {
            rows.append(KPIRow(label: "· \(urgency.rawValue)", value: Double(k.placedByUrgency[urgency.rawValue] ?? 0),
                               digits: 0))
        }
        rows += [
            KPIRow(label: "Jobs referred", value: Double(k.jobsReferred), digits: 0),
            KPIRow(label: "Jobs unplaced", value: Double(k.jobsUnassigned), digits: 0),
            KPIRow(label: "Purchase orders", value: Double(schedule.purchaseOrders.count), digits: 0),
            KPIRow(label: "Lower bound", value: k.lowerBound, digits: 2),
            KPIRow(label: "Gap", value: k.gap.map { $0 * 100 }, digits: 2, suffix: " %"),
        ]
        return rows
    }

    /// `km` for road models, `units` for plane coordinates.
    static func distanceUnit(_ model: TravelModel) -> String {
        if case .euclidean = model { return "units" }
        return "km"
    }

    /// The table of one plan's figures.
    static func html(problem: Problem, schedule: Schedule) -> String {
        var out = "<table class=\"kpi\">\n<thead><tr><th>Key figure</th><th>Value</th></tr></thead>\n<tbody>\n"
        for row in rows(problem: problem, schedule: schedule) {
            out += "<tr\(rowClass(row))><th>\(Markup.escape(row.label))</th><td class=\"num\">\(Markup.escape(row.text))</td></tr>\n"
        }
        if schedule.kpis.provenOptimal {
            out += "<tr><th>Proven optimal</th><td class=\"num\">yes</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// One column per entry, one row per figure, with the difference to the first entry.
    static func comparison(_ entries: [PlanReport.Entry]) -> String {
        let tables = entries.map { rows(problem: $0.problem, schedule: $0.schedule) }
        guard let base = tables.first else { return "" }
        var out = "<table class=\"kpi comparison\">\n<thead><tr><th>Key figure</th>"
        for (i, entry) in entries.enumerated() {
            out += "<th>\(Markup.escape(entry.title))\(i == 0 ? " <span class=\"base\">(base)</span>" : "")</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (r, baseRow) in base.enumerated() {
            out += "<tr\(rowClass(baseRow))><th>\(Markup.escape(baseRow.label))</th>"
            for (i, table) in tables.enumerated() {
                guard r < table.count else {
                    out += "<td class=\"num\">—</td>"
                    continue
                }
                let row = table[r]
                out += "<td class=\"num\">\(Markup.escape(row.text))"
                if i > 0, let delta = row.delta(from: baseRow) {
                    let tone = deltaTone(row, baseRow)
                    out += " <span class=\"delta\(tone)\">(\(Markup.escape(delta)))</span>"
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    private static func rowClass(_ row: KPIRow) -> String {
        row.label.hasPrefix("·") ? " class=\"sub\"" : ""
    }

    /// ` up` or ` down` when the value moved (a styling hint only), else empty.
    private static func deltaTone(_ row: KPIRow, _ base: KPIRow) -> String {
        guard let value = row.value, let baseValue = base.value else { return "" }
        let d = Markup.fixed(value - baseValue, row.digits)
        if d.allSatisfy({ $0 == "0" || $0 == "." }) { return "" }
        return value > baseValue ? " up" : " down"
    }
}
