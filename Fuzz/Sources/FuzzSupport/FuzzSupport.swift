// Shared by the fuzz targets: the check every planned schedule must pass, and
// libFuzzer's driver entry (see the targets' `..._main` functions).
import FieldPlan

/// Reports a finding by crashing (only the fuzz harness does this).
public func verify(_ schedule: Schedule, for problem: Problem) {
    let violations = FieldPlan.check(schedule, for: problem)
    if !violations.isEmpty {
        fatalError("FUZZ FINDING: checker rejects the engine's plan: \(violations)")
    }
    var seen: [String: Int] = [:]
    for route in schedule.routes { for visit in route.visits { seen[visit.job, default: 0] += 1 } }
    for job in schedule.unassigned { seen[job.job, default: 0] += 1 }
    for referral in schedule.referrals { seen[referral.job, default: 0] += 1 }
    for job in problem.jobs where seen[job.id] != 1 {
        fatalError("FUZZ FINDING: job \(job.id) appears \(seen[job.id] ?? 0) times in routes/unassigned/referrals")
    }
    let known = Set(problem.jobs.map(\.id))
    for id in seen.keys where !known.contains(id) {
        fatalError("FUZZ FINDING: schedule mentions unknown job \(id)")
    }
}

/// libFuzzer's documented driver entry: runs the fuzzing loop with `callback`.
@_silgen_name("LLVMFuzzerRunDriver")
public func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
