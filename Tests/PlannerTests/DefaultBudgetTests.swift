@testable import Planner
import Testing

/// The default iteration budget and the bound's work limit: both follow from the options
/// alone, so that a default run ends by work and repeats.
@Suite("Default budgets")
struct DefaultBudgetTests {
    @Test("the default iteration budget is the size-based one, cut to what the search's time allows")
    func iterations() {
        // Plenty of time: 2,000 + 250 per job.
        #expect(EnginePlanner.defaultIterations(jobs: 63, searchSeconds: 600) == 2_000 + 250 * 63)
        #expect(EnginePlanner.defaultIterations(jobs: 0, searchSeconds: 600) == 2_000)
        // 3 s for 63 jobs: 3 / (1.5 x (125 + 1.2 x 63) µs), about 9,970.
        let short = EnginePlanner.defaultIterations(jobs: 63, searchSeconds: 3)
        #expect(short > 9_500 && short < 10_500, "\(short)")
        #expect(EnginePlanner.defaultIterations(jobs: 63, searchSeconds: 0) == 0)
        #expect(EnginePlanner.defaultIterations(jobs: 63, searchSeconds: -1) == 0)
        #expect(EnginePlanner.defaultIterations(jobs: 63, searchSeconds: .infinity) == 2_000 + 250 * 63)
        // More time never means fewer iterations; more jobs at the same time never more.
        var previous = 0
        for seconds in stride(from: 0.0, through: 20, by: 0.5) {
            let budget = EnginePlanner.defaultIterations(jobs: 200, searchSeconds: seconds)
            #expect(budget >= previous)
            previous = budget
        }
        #expect(EnginePlanner.defaultIterations(jobs: 500, searchSeconds: 5) < EnginePlanner.defaultIterations(jobs: 50, searchSeconds: 5))
    }

    @Test("the bound's work limit is its share of the time limit at 120,000 units a second")
    func boundWork() {
        #expect(EnginePlanner.boundWorkLimit(timeLimit: 10, searchShare: 0.6) == 480_000)
        #expect(EnginePlanner.boundWorkLimit(timeLimit: 5, searchShare: 1) == 0)
        #expect(EnginePlanner.boundWorkLimit(timeLimit: .infinity, searchShare: 0.3) > 0)
        #expect(EnginePlanner.boundWorkLimit(timeLimit: -3, searchShare: 0.6) == 0)
    }
}
