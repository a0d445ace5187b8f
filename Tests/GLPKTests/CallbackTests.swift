import Testing
import GLPK

private struct CallbackFailure: Error, Equatable {}

@Suite("Branch-and-cut callbacks")
struct CallbackTests {
    @Test("the callback is called with the search's reasons, bounds and incumbents")
    func receivesCalls() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.hardKnapsack(problem, items: 25)
            var reasons: [GLPKCallbackReason] = []
            var bounds: [Double] = []
            var incumbents: [Double] = []
            var sawRelaxation = false
            let result = try problem.intopt(GLPKIntoptOptions(presolve: false)) { search in
                reasons.append(search.reason)
                if let bound = search.bestBound { bounds.append(bound) }
                if search.reason == .newIncumbent, let objective = search.incumbentObjective {
                    incumbents.append(objective)
                }
                if search.reason == .heuristic {
                    let values = try search.relaxationValues()
                    sawRelaxation = values.count == 25
                }
                _ = search.activeNodeCount
            }
            #expect(result.status == .optimal)
            #expect(reasons.first == .select)
            #expect(reasons.contains(.preprocess))
            #expect(reasons.contains(.newIncumbent))
            #expect(reasons.contains(.branch))
            #expect(sawRelaxation)
            let objective = try #require(result.objective)
            #expect(incumbents.last == objective)
            // Every bound seen is a valid upper bound of the maximisation.
            #expect(bounds.allSatisfy { $0 >= objective - 1e-9 })
        }
    }

    @Test("the callback can hand GLPK an incumbent")
    func handsIncumbent() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            var outcomes: [GLPKIncumbentOutcome] = []
            let result = try problem.intopt(GLPKIntoptOptions(presolve: false)) { search in
                if outcomes.isEmpty {
                    // Infeasible (weight 18 > 10): checked and refused before GLPK sees it.
                    outcomes.append(try search.offerIncumbent([1, 1, 1, 1]))
                    outcomes.append(try search.offerIncumbent([1, 1, 0, 0]))
                    outcomes.append(try search.offerIncumbent([1, 0, 0, 0]))
                    #expect(search.incumbentObjective == 50)
                    #expect(throws: GLPKError.lengthMismatch(argument: "values", expected: 4, actual: 2)) {
                        try search.offerIncumbent([1, 1])
                    }
                }
            }
            #expect(outcomes == [
                .infeasible(.rowBound(row: 0, activity: 18, lower: nil, upper: 10)),
                .accepted,
                .notImproving,
            ])
            #expect(result.status == .optimal)
            #expect(result.objective == 90)
        }
    }

    @Test("the callback can terminate the search")
    func terminates() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.hardKnapsack(problem)
            var calls = 0
            let result = try problem.intopt(GLPKIntoptOptions(presolve: false)) { search in
                calls += 1
                if search.reason == .newIncumbent { search.terminate() }
            }
            #expect(result.termination == .stoppedByCallback)
            #expect(result.status == .feasible)
            #expect(calls > 0)
            let objective = try #require(result.objective)
            let bound = try #require(result.bestBound)
            #expect(bound >= objective)
            #expect(result.relativeGap != nil)
        }
    }

    @Test("an error thrown by the callback stops the search and is rethrown")
    func rethrowsErrors() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.hardKnapsack(problem)
            var calls = 0
            #expect(throws: CallbackFailure()) {
                try problem.intopt { _ in
                    calls += 1
                    throw CallbackFailure()
                }
            }
            #expect(calls == 1)
        }
    }

    @Test("column indices are refused while presolve is on, and the search expires after its callback")
    func presolveAndExpiry() throws {
        try GLPKProblem.withProblem { problem in
            try Fixtures.knapsack(problem)
            var kept: GLPKSearch?
            var errors: [GLPKError] = []
            _ = try problem.intopt(GLPKIntoptOptions(presolve: true)) { search in
                kept = search
                do throws(GLPKError) { try search.offerIncumbent([0, 1, 0, 1]) } catch { errors.append(error) }
                do throws(GLPKError) { _ = try search.relaxationValues() } catch { errors.append(error) }
            }
            #expect(errors.first == .presolveActive)
            #expect(errors.allSatisfy { $0 == .presolveActive })
            let search = try #require(kept)
            #expect(search.bestBound == nil)
            #expect(throws: GLPKError.searchNotActive) { try search.offerIncumbent([0, 1, 0, 1]) }
            search.terminate()
        }
    }
}
