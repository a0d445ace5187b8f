import Checker
import FieldService
import Schedule
import Testing

@Suite("Referred jobs")
struct ReferralTests {
    @Test("a provider without the required skill level is flagged")
    func providerLacksSkill() {
        var problem = Plane.problem
        problem.jobs[4].requiredSkills = ["roofing": 3]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.providerMissingSkill])
        #expect(violations.first?.entity == "job j5")
    }

    @Test("more referrals than a provider takes per day are flagged")
    func providerOverCapacity() {
        var problem = Plane.problem
        problem.providers[0].jobsPerDay = 0
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.providerOverCapacity])
        #expect(violations.first?.entity == "provider p1 day 1")
    }

    @Test("a referral priced differently from the provider is flagged")
    func referralCostMismatch() {
        var schedule = Plane.schedule
        schedule.referrals[0].cost = 100
        // The plan cost is recomputed from the provider's price, so it still matches.
        #expect(rules(Plane.check(schedule)) == [.referralCostMismatch])
    }

    @Test("a referral outside the job's days is flagged")
    func referralOnWrongDay() {
        var problem = Plane.problem
        problem.jobs[4].earliestDay = 2
        #expect(rules(Plane.check(Plane.schedule, problem: problem)) == [.jobDayOutOfRange])
    }

    @Test("a referral to a provider the job excludes is flagged")
    func excludedProvider() {
        var problem = Plane.problem
        problem.jobs[4].excludedProviders = ["p1"]
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.excludedProvider])
        #expect(violations.first?.entity == "job j5")
    }

    @Test("referrals over the referral budget are flagged; within it they pass")
    func referralBudget() {
        var problem = Plane.problem
        problem.referralBudget = 119.5
        let violations = Plane.check(Plane.schedule, problem: problem)
        #expect(rules(violations) == [.referralBudgetExceeded])
        #expect(violations.first?.message == "cost 120 in total, the referral budget is 119.5")
        problem.referralBudget = 120
        #expect(Plane.check(Plane.schedule, problem: problem).isEmpty)
    }

    @Test("the referral weight scales the provider's price")
    func referralWeight() {
        var problem = Plane.problem
        problem.objective.referralWeight = 1.5
        let cost = FeasibilityChecker(problem: problem).recomputedCost(of: Plane.schedule)
        #expect(cost.referral == 180)
    }
}
