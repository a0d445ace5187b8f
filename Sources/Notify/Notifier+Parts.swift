import FieldService
import Schedule

/// Supplier orders and delay notices.
extension Notifier {
    /// One order message per supplier and order day, with every part line. Parts bought
    /// over a supplier's counter are no order: the technician buys them at the stop.
    func purchaseOrders(_ schedule: Schedule) -> [Message] {
        let groups = Dictionary(grouping: schedule.purchaseOrders.filter { $0.counterTechnician == nil }) { "\($0.supplier)#\($0.orderDay)" }
        return groups.keys.sorted().compactMap { key in
            guard let orders = groups[key], let first = orders.first else { return nil }
            let supplier = problem.supplier(first.supplier)
            let lines: [MessageValue] = orders.sorted { ($0.arrivalDay, $0.part) < ($1.arrivalDay, $1.part) }.map { order in
                let unit = order.quantity > 0 ? order.cost / Double(order.quantity) : 0
                return .object([
                    "part": .string(order.part), "name": .string(partName(order.part)),
                    "quantity": .number(Double(order.quantity)), "unitCost": .string(Self.money(unit)),
                    "cost": .string(Self.money(order.cost)), "neededBy": .string(dateText(order.arrivalDay)),
                ])
            }
            var data: [String: MessageValue] = [
                "supplier": .string(first.supplier),
                "supplierName": .string(supplier?.name ?? first.supplier),
                "orderDate": .string(first.orderDay == 0 ? (options.language.hasPrefix("de") ? "heute" : "today") : dateText(first.orderDay)),
                "lines": .list(lines),
                "total": .string(Self.money(orders.reduce(0) { $0 + $1.cost })),
                "neededBy": .string(dateText(orders.map(\.arrivalDay).min() ?? first.arrivalDay)),
            ]
            if let address = problem.depot.location?.address { data["deliverTo"] = .string(address) }
            return message("purchase_order", entity: "\(first.supplier)-day\(first.orderDay)", recipient: first.supplier,
                           channel: channel(for: supplier?.contact ?? Contact(), textable: false), data: data)
        }
    }

    /// Customers whose job is deferred: placed after its earliest day (waiting for a part
    /// or for room), or not placed for parts or capacity.
    func delayNotices(_ schedule: Schedule) -> [Message] {
        let german = options.language.hasPrefix("de")
        var byJob: [String: Message] = [:]
        let waitingForParts = Set(schedule.purchaseOrders.filter { $0.counterTechnician == nil }.flatMap(\.jobs))
        // One notice per job: a crew job by its lead's visit.
        for (route, visit) in Self.answeringVisits(schedule) {
            guard let job = jobsByID[visit.job], route.day > (job.earliestDay ?? 1) else { continue }
            let parts = waitingForParts.contains(job.id)
            var data = customerData(job)
            data["reason"] = .string(parts ? "parts" : "capacity")
            data["reasonText"] = .string(parts
                ? (german ? "ein benötigtes Ersatzteil erst geliefert werden muss" : "a part we need has to be delivered first")
                : (german ? "unsere Techniker an den früheren Tagen ausgebucht sind" : "our technicians are fully booked on the earlier days"))
            data["expectedDate"] = .string(dateText(route.day))
            data["expectedDay"] = .number(Double(route.day))
            byJob[job.id] = message("delay_notice", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                                    data: data)
        }
        for entry in schedule.unassigned where entry.reason == .partsUnavailable || entry.reason == .capacity {
            guard let job = jobsByID[entry.job], job.pinned == nil || entry.reason == .capacity else { continue }
            var data = customerData(job)
            let parts = entry.reason == .partsUnavailable
            data["reason"] = .string(parts ? "parts" : "capacity")
            data["reasonText"] = .string(parts
                ? (german ? "ein benötigtes Ersatzteil nicht rechtzeitig lieferbar ist" : "a part we need cannot be delivered in time")
                : (german ? "unsere Techniker in den geplanten Tagen ausgebucht sind" : "our technicians are fully booked on the planned days"))
            if parts, let day = entry.availableDay, day >= 1 {
                data["expectedDate"] = .string(dateText(day))
                data["expectedDay"] = .number(Double(day))
            }
            byJob[job.id] = message("delay_notice", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                                    data: data)
        }
        return problem.jobs.compactMap { byJob[$0.id] }
    }

    /// `1,234.50`-free plain money text: two decimals.
    static func money(_ value: Double) -> String {
        let cents = (value * 100).rounded()
        let whole = Int(cents / 100), rest = Int(abs(cents).truncatingRemainder(dividingBy: 100))
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
