@_exported import struct WhatIf.Replanner
@_exported import struct WhatIf.ReplanPolicy
@_exported import enum WhatIf.ReplanChange
@_exported import struct WhatIf.ReplanResult
@_exported import struct WhatIf.AppointmentChange
@_exported import struct WhatIf.Placement
@_exported import enum WhatIf.ReplanError
@_exported import struct WhatIf.ReplanChanges
@_exported import enum WhatIf.ScenarioEdit
@_exported import enum WhatIf.WhatIfError

extension FieldPlan {
    /// Re-plans a published plan after `changes`, at `now` (horizon minutes), keeping
    /// what customers were told where it can (see ``Replanner``): visits started before
    /// `now` are frozen, confirmed appointments keep technician, day and told window unless
    /// one cannot be kept and leaving it unplaced costs more than the policy's change
    /// penalty. The result lists every changed appointment with its reason and the
    /// messages to send.
    /// - Throws: ``ReplanError``.
    public static func replan(_ published: Schedule, of problem: Problem, changes: [ReplanChange], now: Minutes,
                              options: PlanOptions = PlanOptions(), policy: ReplanPolicy = ReplanPolicy(),
                              notify: NotifyOptions = NotifyOptions()) throws(ReplanError) -> ReplanResult {
        try Replanner(options: options, policy: policy, notify: notify).replan(problem: problem, published: published,
                                                                                changes: changes, now: now)
    }
}
