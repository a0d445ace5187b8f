import Foundation
import FieldService
import Schedule

/// Renders a schedule as the readable plan a dispatcher scans: one block per
/// technician and day, then unplaced jobs with reasons, then the key figures.
public struct TableRenderer: Sendable {
    /// The problem the schedules belong to (names, customers, parts).
    public let problem: Problem

    /// A renderer for schedules of `problem`.
    public init(problem: Problem) {
        self.problem = problem
    }

    /// The schedule as text, as `fieldplan optimize` prints it.
    public func render(_ schedule: Schedule) -> String {
        var out: [String] = []
        let multiDay = problem.horizon.days > 1
        let title = schedule.name ?? problem.name ?? "Plan"
        out.append(title)
        if let date = problem.horizon.startDate {
            out.append(problem.horizon.days > 1
                ? "\(date) to \(date.adding(days: problem.horizon.days - 1))"
                : "\(date)")
        }
        out.append("")
        func clock(_ t: Minutes) -> String { formatClock(t) }

        for route in schedule.routes {
            let tech = problem.technician(route.technician)
            let name = tech?.name ?? route.technician
            let dayText = multiDay ? ", day \(route.day)" : ""
            out.append("\(name) (\(route.technician)\(dayText))  leaves \(clock(route.departure)), back \(clock(route.returnTime))"
                + "  \(fixed(route.distance, 1)) km, \(Int(route.travelTime.rounded())) min driving"
                + (route.overtime > 0.5 ? ", \(Int(route.overtime.rounded())) min overtime" : ""))
            var rows: [[String]] = [["#", "arrive", "start", "end", "job", "customer", "urgency", "what"]]
            var events: [(Minutes, [String])] = []
            for (k, visit) in route.visits.enumerated() {
                if visit.isPickup {
                    // A stop at the depot: what it collects in place of a customer.
                    let what = visit.items.map { "\($0.quantity) x \($0.part)" } + visit.tools.map { "borrow \($0.tool)" }
                    events.append((visit.start, [
                        "\(k + 1)", clock(visit.arrival), clock(visit.start), clock(visit.end), visit.job,
                        visit.supplier.map { "Counter: " + (problem.supplier($0)?.name ?? $0) } ?? "Depot pick-up", "",
                        short(what.joined(separator: ", ")),
                    ]))
                    continue
                }
                let job = problem.job(visit.job)
                // A crew job is on every member's block, tagged with the others and the lead.
                let what = crewTag(visit, technician: route.technician).map { $0 + " " + (job?.description ?? "") }
                    ?? job?.description ?? ""
                events.append((visit.start, [
                    "\(k + 1)", clock(visit.arrival), clock(visit.start), clock(visit.end), visit.job,
                    job?.customer.name ?? "", job?.urgency.rawValue ?? "", short(what),
                ]))
            }
            for b in route.breaks {
                events.append((b.start - 0.001, ["", "", clock(b.start), clock(b.end), "break", "", "", ""]))
            }
            rows += events.sorted { $0.0 < $1.0 }.map(\.1)
            out += table(rows).map { "  " + $0 }
            out.append("")
        }
        if schedule.routes.isEmpty {
            out.append("No routes.")
            out.append("")
        }
        if !schedule.referrals.isEmpty {
            out.append("Referred")
            for r in schedule.referrals {
                out.append("  \(r.job) -> \(r.provider) on day \(r.day) (\(fixed(r.cost, 2)), \(r.reason.rawValue))")
            }
            out.append("")
        }
        if !schedule.purchaseOrders.isEmpty {
            out.append("Purchase orders")
            for o in schedule.purchaseOrders {
                let name = problem.part(o.part)?.name ?? o.part
                if let buyer = o.counterTechnician {
                    out.append("  \(o.quantity) x \(name) at \(o.supplier)'s counter, bought by \(buyer) on day \(o.arrivalDay) "
                        + "(\(fixed(o.cost, 2))) for \(o.jobs.joined(separator: ", "))")
                    continue
                }
                out.append("  \(o.quantity) x \(name) from \(o.supplier), ordered day \(o.orderDay), arrives day \(o.arrivalDay) "
                    + "(\(fixed(o.cost, 2))) for \(o.jobs.joined(separator: ", "))")
            }
            out.append("")
        }
        if !schedule.loadingLists.isEmpty {
            out.append("Depot pick-ups")
            for list in schedule.loadingLists {
                let name = problem.technician(list.technician)?.name ?? list.technician
                let items = list.items.map { "\($0.quantity) x \($0.part)" } + list.tools.map { "borrow \($0.tool)" }
                out.append("  day \(list.day) \(name): \(items.joined(separator: ", "))")
            }
            out.append("")
        }
        if !schedule.unassigned.isEmpty {
            out.append("Unplaced")
            for u in schedule.unassigned {
                let urgency = problem.job(u.job)?.urgency.rawValue ?? ""
                out.append("  \(u.job) [\(urgency)] \(u.reason.rawValue): \(u.message)")
            }
            out.append("")
        }
        if !schedule.notifications.isEmpty {
            let counts = Dictionary(grouping: schedule.notifications, by: \.kind).mapValues(\.count)
            let order = ["appointment_confirmation", "appointment_change", "appointment_cancellation", "job_sheet",
                         "purchase_order", "delay_notice", "referral_handoff", "referral_notice", "satisfaction_followup"]
            let kinds = order.filter { counts[$0] != nil } + counts.keys.filter { !order.contains($0) }.sorted()
            out.append("Notifications to send (\(schedule.notifications.count))")
            out.append("  " + kinds.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", "))
            for kind in kinds.prefix(3) {
                guard let sample = schedule.notifications.first(where: { $0.kind == kind }) else { continue }
                let to = sample.address.map { " <\($0)>" } ?? ""
                out.append("  e.g. \(sample.channel) to \(sample.recipient)\(to): \(sample.subject)")
            }
            out.append("")
        }
        let k = schedule.kpis
        out.append("Key figures")
        let placed = Urgency.allCases.map { "\($0.rawValue) \(k.placedByUrgency[$0.rawValue] ?? 0)" }.joined(separator: ", ")
        // The fixed cost per working day shows only when some technician has one.
        let fixedCost: [[String]] = k.costs.fixed != 0 ? [["  fixed cost per working day", fixed(k.costs.fixed, 2)]] : []
        out += table([
            ["cost", fixed(k.cost, 2)],
            ["  travel / labour / overtime", "\(fixed(k.costs.travel, 2)) / \(fixed(k.costs.labour, 2)) / \(fixed(k.costs.overtime, 2))"],
        ] + fixedCost + [
            ["  unplaced penalties", fixed(k.costs.unassigned, 2)],
        ] + (k.costs.referral != 0 || k.costs.parts != 0 ? [
            ["  referrals / parts ordered", "\(fixed(k.costs.referral, 2)) / \(fixed(k.costs.parts, 2))"],
        ] : []) + [
            ["jobs placed", "\(k.jobsPlaced) of \(k.jobsPlaced + k.jobsReferred + k.jobsUnassigned) (\(placed))"
                + (k.jobsReferred > 0 ? ", \(k.jobsReferred) referred" : "")],
            ["driving", "\(Int(k.travelTime.rounded())) min, \(fixed(k.distance, 1)) km"],
            ["overtime", "\(Int(k.overtime.rounded())) min"],
            ["lower bound", k.lowerBound.map { fixed($0, 2) } ?? "no bound"],
            ["gap", k.gap.map { fixed($0 * 100, 2) + " %" + (k.provenOptimal ? " (proven optimal)" : "") } ?? "no bound"],
            ["planning time", fixed(k.solveSeconds, 2) + " s"],
        ]).map { "  " + $0 }
        return out.joined(separator: "\n") + "\n"
    }

    /// `[crew with Ben, lead Anna]` on Carl's row (`lead you` on the lead's own row);
    /// nil for a job done alone.
    func crewTag(_ visit: Visit, technician: String) -> String? {
        guard visit.crew.count > 1, let lead = visit.crew.first else { return nil }
        func first(_ id: String) -> String { (problem.technician(id)?.name ?? id).split(separator: " ").first.map(String.init) ?? id }
        let others = visit.crew.filter { $0 != technician }.map(first).joined(separator: ", ")
        return "[crew with \(others), lead \(lead == technician ? "you" : first(lead))]"
    }

    private func short(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    private func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    private func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
