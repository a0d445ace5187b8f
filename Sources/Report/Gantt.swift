import Foundation
import FieldService
import Schedule

/// The Gantt chart: an inline SVG with one row per technician-day with visits, on a
/// clock-time axis over the span of those days (times are shown within each row's day).
enum Gantt {
    static let width = 960.0
    static let labelWidth = 200.0
    static let rightMargin = 16.0
    static let top = 28.0
    static let rowHeight = 24.0
    static let barHeight = 14.0
    static let legendHeight = 30.0

    static let travelColour = "#9ecae1"
    static let waitColour = "#fdd49e"
    static let workColour = "#31a354"
    static let breakColour = "#bdbdbd"
    static let homeColour = "#6baed6"
    static let pickupColour = "#8c6bb1"

    static func html(_ index: PlanIndex) -> String {
        let rows = index.routesWithVisits
        let chartHeight = top + Double(max(rows.count, 1)) * rowHeight + legendHeight
        // Clock-time span over all rows, whole hours.
        var earliest = Double.infinity, latest = -Double.infinity
        for route in rows {
            let offset = dayOffset(route)
            for t in [route.departure, route.returnTime] + route.visits.flatMap({ [$0.arrival, $0.end] })
            where t.isFinite {
                earliest = min(earliest, t - offset)
                latest = max(latest, t - offset)
            }
        }
        if !earliest.isFinite || !latest.isFinite {
            earliest = 8 * 60
            latest = 17 * 60
        }
        // Keep absurd spans bounded (at most a week of hours on the axis).
        latest = min(latest, earliest + 7 * minutesPerDay)
        let axisStart = (earliest / 60).rounded(.down) * 60
        let axisEnd = max(axisStart + 60, (latest / 60).rounded(.up) * 60)
        let plotWidth = width - labelWidth - rightMargin
        let perMinute = plotWidth / (axisEnd - axisStart)
        func x(_ clock: Double) -> Double {
            labelWidth + (min(max(clock, axisStart), axisEnd) - axisStart) * perMinute
        }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"\(Int(width))\" "
            + "height=\"\(Int(chartHeight))\" viewBox=\"0 0 \(Int(width)) \(Int(chartHeight))\" role=\"img\" "
            + "aria-label=\"Gantt chart\">\n"

        // Hour ticks (every hour, or every few hours on long spans).
        let hours = Int(((axisEnd - axisStart) / 60).rounded())
        let step = max(1, Int((Double(hours) / 16).rounded(.up)))
        let axisBottom = top + Double(max(rows.count, 1)) * rowHeight
        var hour = 0
        while hour <= hours {
            let clock = axisStart + Double(hour) * 60
            let tx = Markup.coordinate(x(clock))
            svg += "<line class=\"tick\" x1=\"\(tx)\" y1=\"\(Markup.coordinate(top - 4))\" x2=\"\(tx)\" "
                + "y2=\"\(Markup.coordinate(axisBottom))\" stroke=\"#e0e0e0\"/>"
                + "<text class=\"tick\" x=\"\(tx)\" y=\"\(Markup.coordinate(top - 8))\" text-anchor=\"middle\">"
                + "\(Markup.clock(clock))</text>\n"
            hour += step
        }
        if rows.isEmpty {
            svg += "<text x=\"\(Int(labelWidth))\" y=\"\(Markup.coordinate(top + rowHeight * 0.65))\">No routes with visits</text>\n"
        }

        for (r, route) in rows.enumerated() {
            let offset = dayOffset(route)
            let y = top + Double(r) * rowHeight
            let barY = y + (rowHeight - barHeight) / 2
            if r % 2 == 1 {
                svg += "<rect x=\"0\" y=\"\(Markup.coordinate(y))\" width=\"\(Int(width))\" height=\"\(Markup.coordinate(rowHeight))\" "
                    + "fill=\"#f6f6f6\"/>\n"
            }
            svg += "<text class=\"row\" x=\"6\" y=\"\(Markup.coordinate(y + rowHeight * 0.68))\">"
                + "<tspan fill=\"\(PlanIndex.colour(r))\">■</tspan> \(Markup.escape(index.routeLabel(route)))</text>\n"

            func bar(_ kind: String, _ from: Double, _ to: Double, _ fill: String, label: String? = nil,
                     title: String) {
                guard from.isFinite, to.isFinite, to > from else { return }
                let x0 = x(from - offset), x1 = x(to - offset)
                guard x1 - x0 > 0.05 else { return }
                svg += "<rect class=\"\(kind)\" x=\"\(Markup.coordinate(x0))\" y=\"\(Markup.coordinate(barY))\" "
                    + "width=\"\(Markup.coordinate(max(x1 - x0, 0.5)))\" height=\"\(Markup.coordinate(barHeight))\" "
                    + "fill=\"\(fill)\"><title>\(Markup.escape(title)) \(Markup.clock(from - offset))–"
                    + "\(Markup.clock(to - offset))</title></rect>\n"
                if let label, x1 - x0 >= Double(label.count) * 6.5 + 4 {
                    svg += "<text class=\"bar\" x=\"\(Markup.coordinate((x0 + x1) / 2))\" "
                        + "y=\"\(Markup.coordinate(barY + barHeight - 3.5))\" text-anchor=\"middle\">"
                        + "\(Markup.escape(label))</text>\n"
                }
            }

            var previousEnd = route.departure
            for visit in route.visits {
                if visit.isPickup {
                    bar("travel", previousEnd, visit.arrival, travelColour, title: "travel to the depot")
                    bar("wait", visit.arrival, visit.start, waitColour, title: "waiting at the depot")
                    bar("pickup", visit.start, visit.end, pickupColour, label: "depot", title: pickupTitle(visit))
                } else {
                    bar("travel", previousEnd, visit.arrival, travelColour, title: "travel to \(visit.job)")
                    bar("wait", visit.arrival, visit.start, waitColour, title: "waiting at \(visit.job)")
                    if visit.crew.count > 1 {
                        // A crew job is on every member's row, marked as such.
                        bar("work crew", visit.start, visit.end, workColour, label: "\(visit.job) (crew)",
                            title: crewTitle(visit, technicians: index.technicians))
                    } else {
                        bar("work", visit.start, visit.end, workColour, label: visit.job, title: visit.job)
                    }
                }
                previousEnd = visit.end
            }
            bar("home", previousEnd, route.returnTime, homeColour, title: "drive home")
            for period in route.breaks {
                bar("break", period.start, period.end, breakColour, title: "break")
            }
        }

        // Legend.
        var lx = labelWidth
        let ly = axisBottom + 10
        // The pick-up swatch shows only on plans with depot pick-ups.
        let pickupLegend = rows.contains { !$0.pickups.isEmpty } ? [("depot pick-up", pickupColour)] : []
        for (name, colour) in [("travel", travelColour), ("waiting", waitColour), ("work", workColour)] + pickupLegend
            + [("break", breakColour), ("drive home", homeColour)] {
            svg += "<rect x=\"\(Markup.coordinate(lx))\" y=\"\(Markup.coordinate(ly))\" width=\"12\" height=\"12\" "
                + "fill=\"\(colour)\"/><text class=\"legend\" x=\"\(Markup.coordinate(lx + 16))\" "
                + "y=\"\(Markup.coordinate(ly + 10))\">\(name)</text>\n"
            lx += 28 + Double(name.count) * 7
        }
        svg += "</svg>\n"
        return "<figure class=\"gantt\">\n" + svg + "</figure>\n"
    }

    /// The tooltip of a crew visit: `c: crew Tom (lead), Ulla` (names where known).
    static func crewTitle(_ visit: Visit, technicians: [String: Technician]) -> String {
        "\(visit.job): crew " + visit.crew.enumerated().map { member in
            (technicians[member.element]?.name ?? member.element) + (member.offset == 0 ? " (lead)" : "")
        }.joined(separator: ", ")
    }

    /// The tooltip of a depot pick-up: what is collected and borrowed there.
    static func pickupTitle(_ visit: Visit) -> String {
        let what = visit.items.map { "\($0.quantity) x \($0.part)" } + visit.tools.map { "borrow \($0.tool)" }
        let place = visit.supplier.map { "counter pick-up at \($0)" } ?? "depot pick-up"
        return what.isEmpty ? place : place + ": " + what.joined(separator: ", ")
    }

    /// Minutes from the horizon start to the start of the route's day.
    private static func dayOffset(_ route: Route) -> Double {
        (Double(route.day) - 1) * minutesPerDay
    }
}
