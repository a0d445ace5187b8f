import FieldService
import Schedule

/// Referred jobs: the provider covers the skills and the place, on an allowed
/// day, within its daily capacity, at its price, is not excluded by the job, and
/// all referrals together stay within the referral budget.
extension FeasibilityChecker {
    func referralViolations(_ schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        struct ProviderDay: Hashable { let provider: String; let day: Int }
        var load: [ProviderDay: Int] = [:]
        var loadOrder: [ProviderDay] = []
        for referral in schedule.referrals {
            guard let provider = providersByID[referral.provider] else { continue }
            let key = ProviderDay(provider: provider.id, day: referral.day)
            if load[key] == nil { loadOrder.append(key) }
            load[key, default: 0] += 1
            if !Tolerance.sameAmount(referral.cost, provider.costPerJob) {
                found.append(Violation(rule: .referralCostMismatch, entity: Self.entity(ofJob: referral.job),
                                       message: "referral cost is \(Text.number(referral.cost)), provider \(provider.id) charges \(Text.number(provider.costPerJob)) per job"))
            }
            guard let job = jobsByID[referral.job] else { continue }
            let name = Self.entity(ofJob: job.id)
            if job.excludedProviders.contains(provider.id) {
                found.append(Violation(rule: .excludedProvider, entity: name,
                                       message: "is referred to provider \(provider.id), which the job excludes"))
            }
            let gaps = Self.skillGaps(required: job.requiredSkills, available: provider.skills)
            if !gaps.isEmpty {
                found.append(Violation(rule: .providerMissingSkill, entity: name,
                                       message: "provider \(provider.id) \(gaps.joined(separator: "; "))"))
            }
            if let area = provider.serviceArea, let km = serviceDistanceKm(area.center, job.location), km > area.radiusKm + Tolerance.absolute {
                found.append(Violation(rule: .outsideServiceArea, entity: name,
                                       message: "lies \(Text.number(km)) km from the centre of provider \(provider.id)'s area, radius \(Text.number(area.radiusKm)) km"))
            }
            if let violation = dayViolation(job, day: referral.day, doneBy: "referred to \(provider.id)") {
                found.append(violation)
            }
        }
        for key in loadOrder {
            guard let provider = providersByID[key.provider], let count = load[key], count > provider.jobsPerDay else { continue }
            found.append(Violation(rule: .providerOverCapacity, entity: "provider \(provider.id) day \(key.day)",
                                   message: "gets \(count) referred jobs, accepts at most \(provider.jobsPerDay) per day"))
        }
        if let budget = problem.referralBudget {
            let spent = schedule.referrals.reduce(0) { $0 + $1.cost }
            if spent > budget + Tolerance.absolute {
                found.append(Violation(rule: .referralBudgetExceeded, entity: "referrals",
                                       message: "cost \(Text.number(spent)) in total, the referral budget is \(Text.number(budget))"))
            }
        }
        return found
    }

    /// Great-circle km between two places, or nil under the euclidean model
    /// (plane coordinates have no kilometres).
    func serviceDistanceKm(_ a: Location, _ b: Location) -> Double? {
        if case .euclidean = problem.travel { return nil }
        return TravelOracle.greatCircleKm(a, b)
    }
}
