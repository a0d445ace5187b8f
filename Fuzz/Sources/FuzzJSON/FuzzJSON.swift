// libFuzzer entry point: arbitrary bytes as a FieldPlan JSON document.
//
// Every input goes through Problem.load(json:) (decode + validate). Throwing
// InputError is the expected outcome for bad input; anything else (a trap, a
// sanitizer report, a hang) is a finding. When the problem validates and is
// small (<= 30 jobs, <= 8 technicians) it is planned briefly by the engine and
// the schedule must pass the independent checker and account for every job
// exactly once (in a route, in `unassigned` or in `referrals`).
import FieldPlan
import FuzzSupport
import Foundation

let maxJobs = 30
let maxTechnicians = 8

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let problem: Problem
    do {
        problem = try Problem.load(json: bytes)
    } catch {
        return 0 // rejected input: fine, as long as it did not crash
    }
    guard problem.jobs.count <= maxJobs, problem.technicians.count <= maxTechnicians else { return 0 }
    let planner = EnginePlanner(options: PlanOptions(timeLimit: 1, seed: 1, iterations: 30))
    let schedule = planner.plan(problem)
    verify(schedule, for: problem)
    return 0
}

// MARK: - Entry point
//
// SwiftPM links every executable target with `--defsym main=FuzzJSON_main` (so that
// tests can link it), which leaves libFuzzer's own `main` unused and fails the
// link under -parse-as-library. This defines `FuzzJSON_main` and hands control to
// libFuzzer's documented driver entry, so the binary takes the usual libFuzzer
// flags and corpus directories.
@_cdecl("FuzzJSON_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzz)
}
