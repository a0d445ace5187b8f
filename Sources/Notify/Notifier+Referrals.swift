import FieldService
import Schedule

/// Hand-offs to partner providers and notices to their customers, and follow-ups.
extension Notifier {
    func referralMessages(_ schedule: Schedule) -> [Message] {
        var result: [Message] = []
        for referral in schedule.referrals {
            guard let job = jobsByID[referral.job] else { continue }
            let provider = problem.providers.first { $0.id == referral.provider }
            var data = customerData(job)
            data["provider"] = .string(referral.provider)
            data["providerName"] = .string(provider?.name ?? referral.provider)
            data["date"] = .string(dateText(referral.day))
            data["day"] = .number(Double(referral.day))
            data["price"] = .string(Self.money(referral.cost))
            data["skills"] = .string(Self.skillsText(job.requiredSkills))
            data["urgency"] = .string(job.urgency.rawValue)
            if let phone = job.customer.phone { data["customerPhone"] = .string(phone) }
            if let phone = provider?.contact.phone { data["providerPhone"] = .string(phone) }
            let windows = job.timeWindows.filter { Minutes(referral.day - 1) * minutesPerDay <= $0.end
                && $0.start < Minutes(referral.day) * minutesPerDay }
            data["windows"] = .list(windows.map { .string("\(clock($0.start, day: referral.day))-\(clock($0.end, day: referral.day))") })
            result.append(message("referral_handoff", entity: "\(referral.provider)-\(job.id)", recipient: referral.provider,
                                  channel: channel(for: provider?.contact ?? Contact(), textable: false), data: data))
            result.append(message("referral_notice", entity: job.id, recipient: job.id, channel: channel(for: job.customer),
                                  data: data))
        }
        return result
    }

    /// A satisfaction question to each visited customer, sent the day after the visit
    /// (none for depot pick-ups); one per job, a crew job's naming the crew.
    func followUps(_ schedule: Schedule) -> [Message] {
        var result: [Message] = []
        for (route, visit) in Self.answeringVisits(schedule) {
            guard let job = jobsByID[visit.job] else { continue }
            var data = customerData(job)
            data["date"] = .string(dateText(route.day))
            data["day"] = .number(Double(route.day))
            data["technicianFirstName"] = .string(Self.firstName(techniciansByID[route.technician]?.name ?? route.technician))
            if visit.crew.count > 1 {
                data["crew"] = .bool(true)
                data["crewNames"] = .string(crewNames(visit.crew))
            }
            result.append(message("satisfaction_followup", entity: job.id, recipient: job.id,
                                  channel: channel(for: job.customer), sendDay: route.day + 1, data: data))
        }
        return result
    }
}
