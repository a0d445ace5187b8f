import Foundation
import FieldService
import MIP
import Schedule

/// The exact planner for small days (up to about 15 jobs): the compact MIP of
/// the whole problem, solved by GLPK, warm-started with a greedy plan so that
/// a time limit always leaves a plan.
///
/// It is also the oracle that faster engines are tested against.
public struct CompactMIPPlanner: Sendable {
    /// Above this many arc variables the MIP is not attempted and the greedy plan is returned.
    public static let maximumArcs = 60_000

    public var options: PlanOptions
    let solver: any MIPSolver

    public init(options: PlanOptions = PlanOptions()) {
        self.options = options
        self.solver = GLPKSolver()
    }

    /// Plans a validated problem.
    ///
    /// - Throws: `PlannerError` when the solver fails in a way that leaves no plan
    ///   (it never throws for a hard day: jobs that do not fit are unplaced with a reason),
    ///   and `PlannerError.unsupported` for depot pick-ups (`depot.pickup`) and crews
    ///   (`crewSize` above 1), which only the engine plans.
    public func plan(_ problem: Problem) throws -> Schedule {
        let clock = ContinuousClock()
        let began = clock.now
        if problem.depot.pickup != nil, problem.depot.location != nil {
            throw PlannerError.unsupported("the exact planner does not plan depot pick-ups (depot.pickup); use the engine")
        }
        if let crew = problem.jobs.first(where: \.needsCrew) {
            throw PlannerError.unsupported("the exact planner does not plan crews (job \(crew.id) has crewSize \(crew.crewSize)); use the engine")
        }
        let instance = Instance(problem: problem)
        var greedy = GreedyInsertion(instance: instance).solve()
        greedy.referUnrouted(instance)
        let costs = CostModel(instance: instance)

        var best = greedy
        var proof = ScheduleBuilder.Proof(lowerBound: nil, provenOptimal: false, stoppedByTimeLimit: false)
        let arcEstimate = instance.vehicles.reduce(0) { total, v in
            let k = (0..<instance.jobCount).filter { instance.eligible[$0][v.index] }.count
            return total + k * (k + 1)
        }
        if arcEstimate <= Self.maximumArcs {
            let model = try CompactModel(instance: instance)
            let elapsed = (clock.now - began).seconds
            let limits = SolveLimits(timeLimit: max(0, options.timeLimit - elapsed), relativeGap: options.relativeGap,
                                     presolve: false)
            let result: MIP.Solution
            do {
                result = try solver.solve(model.model, limits: limits, warmStart: model.assignment(of: greedy))
            } catch {
                throw PlannerError.solver("\(error)")
            }
            if result.hasSolution {
                var decoded = decode(model.sequences(from: result.values), instance: instance)
                let routed = decoded.placed
                decoded.referrals = model.referrals(from: result.values).filter { !routed.contains($0.key) }
                if costs.cost(of: decoded) <= costs.cost(of: greedy) + 1e-6 { best = decoded }
            }
            proof.lowerBound = result.bestBound
            proof.provenOptimal = result.status == .optimal
            proof.stoppedByTimeLimit = result.status != .optimal
            if instance.jobCount == 0 { proof = .init(lowerBound: 0, provenOptimal: true, stoppedByTimeLimit: false) }
        }
        let seconds = (clock.now - began).seconds
        return ScheduleBuilder(instance: instance).build(best, proof: proof, seconds: seconds)
    }

    /// Times each vehicle's sequence; a sequence that cannot be timed (numerical
    /// edge) loses jobs from its end until it can.
    private func decode(_ sequences: [[Int]], instance: Instance) -> PlanSolution {
        let timing = RouteTiming(instance: instance)
        var solution = PlanSolution(instance: instance)
        for v in instance.vehicles {
            var sequence = sequences[v.index]
            while !sequence.isEmpty {
                if let route = timing.schedule(vehicle: v, jobs: sequence) {
                    solution.sequences[v.index] = sequence
                    solution.routes[v.index] = route
                    break
                }
                sequence.removeLast()
            }
        }
        return solution
    }
}

/// A failure inside the planner (not a property of the input).
public enum PlannerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The MIP solver failed.
    case solver(String)
    /// The planner does not model a feature the input uses (named in the message).
    case unsupported(String)

    public var description: String {
        switch self {
        case let .solver(message): "the MIP solver failed: \(message)"
        case let .unsupported(message): message
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}
