import FieldService

/// A partner provider that may take a job on one day: its skills cover the job,
/// its service area holds the place, the job does not exclude it, and the day is
/// one the job may be done on.
struct ReferralOption: Sendable, Hashable {
    /// Index into `Problem.providers`.
    var provider: Int
    /// Day of the horizon (1-based).
    var day: Int
    /// Index of (provider, day) among all provider-days: `provider * days + day - 1`.
    var providerDay: Int
    /// The provider's price (what the referral reports and the budget counts).
    var price: Double
    /// Its cost in the objective: price x referral weight + lateness per day after the
    /// job's earliest day.
    var cost: Double
}

extension Instance {
    /// Referral options per job, cheapest first (then earliest day, then provider order).
    /// Pinned jobs are confirmed visits of a technician and are never referred.
    static func referralOptions(_ problem: Problem) -> [[ReferralOption]] {
        let days = problem.horizon.days
        let weights = problem.objective
        let greatCircle: Bool
        if case .euclidean = problem.travel { greatCircle = false } else { greatCircle = true }
        return problem.jobs.map { job in
            guard job.pinned == nil else { return [] }
            let first = max(1, job.earliestDay ?? 1), last = min(days, job.latestDay ?? days)
            guard first <= last else { return [] }
            var options: [ReferralOption] = []
            for (p, provider) in problem.providers.enumerated() where provider.jobsPerDay > 0 {
                guard !job.excludedProviders.contains(provider.id),
                      job.requiredSkills.allSatisfy({ (provider.skills[$0.key] ?? Int.min) >= $0.value }) else { continue }
                if greatCircle, let area = provider.serviceArea,
                   TravelModel.greatCircleKm(area.center, job.location) > area.radiusKm + 1e-9 { continue }
                for day in first...last where Self.hasWindow(job, onDay: day) {
                    let late = Double(day - (job.earliestDay ?? 1))
                    options.append(ReferralOption(
                        provider: p, day: day, providerDay: p * days + day - 1, price: provider.costPerJob,
                        cost: provider.costPerJob * weights.referralWeight + max(0, late) * weights.lateness(for: job)))
                }
            }
            return options.sorted { ($0.cost, $0.day, $0.provider) < ($1.cost, $1.day, $1.provider) }
        }
    }

    /// Whether the job may be done on `day`: it has no windows, or one of them touches the day.
    static func hasWindow(_ job: Job, onDay day: Int) -> Bool {
        guard !job.timeWindows.isEmpty else { return true }
        let start = Minutes(day - 1) * minutesPerDay, end = start + minutesPerDay
        return job.timeWindows.contains { $0.start < end && $0.end >= start }
    }
}
