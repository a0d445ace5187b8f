// libFuzzer entry point: arbitrary bytes as a Solomon VRPTW text file.
//
// Bytes that are not UTF-8 are skipped. Every string goes through
// Problem.loadSolomon(text:). Throwing InputError is the expected outcome for
// bad input; anything else (a trap, a sanitizer report, a hang) is a finding.
// When the instance loads with <= 30 customers it is planned briefly by the
// engine and the schedule must pass the independent checker and account for
// every job exactly once (in a route, in `unassigned` or in `referrals`).
import FieldPlan
import FuzzSupport
import Foundation

let maxCustomers = 30

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: buffer, as: UTF8.self) else { return 0 }
    let problem: Problem
    do {
        problem = try Problem.loadSolomon(text: text)
    } catch {
        return 0 // rejected input: fine, as long as it did not crash
    }
    guard problem.jobs.count <= maxCustomers else { return 0 }
    let planner = EnginePlanner(options: PlanOptions(timeLimit: 1, seed: 1, iterations: 30))
    let schedule = planner.plan(problem)
    verify(schedule, for: problem)
    return 0
}

// MARK: - Entry point
//
// SwiftPM links every executable target with `--defsym main=FuzzSolomon_main` (so that
// tests can link it), which leaves libFuzzer's own `main` unused and fails the
// link under -parse-as-library. This defines `FuzzSolomon_main` and hands control to
// libFuzzer's documented driver entry, so the binary takes the usual libFuzzer
// flags and corpus directories.
@_cdecl("FuzzSolomon_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzz)
}
