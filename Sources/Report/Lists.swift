import FieldService
import Schedule

/// The tables of unplaced jobs, referrals and purchase orders.
enum Lists {
    static func html(_ index: PlanIndex) -> String {
        let schedule = index.schedule
        var out = "<h3>Unplaced jobs</h3>\n"
        if schedule.unassigned.isEmpty {
            out += "<p class=\"none\">None.</p>\n"
        } else {
            out += "<table class=\"list\">\n<thead><tr><th>Job</th><th>Customer</th><th>Reason</th><th>Message</th></tr></thead>\n<tbody>\n"
            for job in schedule.unassigned {
                out += "<tr><td>\(Markup.escape(job.job))</td><td>\(Markup.escape(customer(index, job.job)))</td>"
                    + "<td><code>\(Markup.escape(job.reason.rawValue))</code></td><td>\(Markup.escape(job.message))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        out += "<h3>Referrals</h3>\n"
        if schedule.referrals.isEmpty {
            out += "<p class=\"none\">None.</p>\n"
        } else {
            out += "<table class=\"list\">\n<thead><tr><th>Job</th><th>Customer</th><th>Provider</th><th>Day</th>"
                + "<th>Cost</th><th>Reason</th></tr></thead>\n<tbody>\n"
            for r in schedule.referrals {
                let provider = index.problem.providers.first { $0.id == r.provider }?.name ?? r.provider
                out += "<tr><td>\(Markup.escape(r.job))</td><td>\(Markup.escape(customer(index, r.job)))</td>"
                    + "<td>\(Markup.escape(provider))</td><td class=\"num\">\(day(index, r.day))</td>"
                    + "<td class=\"num\">\(Markup.fixed(r.cost, 2))</td><td><code>\(Markup.escape(r.reason.rawValue))</code></td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }

        out += "<h3>Purchase orders</h3>\n"
        if schedule.purchaseOrders.isEmpty {
            out += "<p class=\"none\">None.</p>\n"
        } else {
            out += "<table class=\"list\">\n<thead><tr><th>Supplier</th><th>Part</th><th>Quantity</th><th>Order day</th>"
                + "<th>Arrival day</th><th>Jobs</th><th>Cost</th></tr></thead>\n<tbody>\n"
            for order in schedule.purchaseOrders {
                let supplier = index.problem.supplier(order.supplier)?.name ?? order.supplier
                let part = index.problem.part(order.part)?.name ?? order.part
                out += "<tr><td>\(Markup.escape(supplier))</td><td>\(Markup.escape(part))</td>"
                    + "<td class=\"num\">\(order.quantity)</td><td class=\"num\">\(day(index, order.orderDay))</td>"
                    + "<td class=\"num\">\(day(index, order.arrivalDay))</td>"
                    + "<td>\(Markup.escape(order.jobs.joined(separator: ", ")))</td>"
                    + "<td class=\"num\">\(Markup.fixed(order.cost, 2))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    private static func customer(_ index: PlanIndex, _ job: String) -> String {
        index.jobs[job]?.customer.name ?? ""
    }

    /// `N` or `N (YYYY-MM-DD)` when the horizon's start date is known (days within a
    /// sane range only: the date arithmetic is not meant for absurd day numbers).
    static func day(_ index: PlanIndex, _ day: Int) -> String {
        guard (-100_000...100_000).contains(day), let date = index.problem.horizon.date(ofDay: day) else { return "\(day)" }
        return "\(day) (\(date))"
    }
}
