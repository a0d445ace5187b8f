/// One broken rule found in a schedule.
///
/// `entity` names what is wrong in the words a dispatcher uses
/// (`"job j4"`, `"technician t2 day 1"`, `"part filter day 2"`, `"plan"`);
/// `message` says what was expected and what the schedule has.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// The rule that is broken.
    public var rule: Rule
    /// What the rule is broken for, e.g. `"job j4"` or `"technician t2 day 1"`.
    public var entity: String
    /// One sentence with the figures involved.
    public var message: String

    /// Creates a violation.
    public init(rule: Rule, entity: String, message: String) {
        self.rule = rule
        self.entity = entity
        self.message = message
    }

    /// `rule_code: entity: message`.
    public var description: String { "\(rule.rawValue): \(entity): \(message)" }
}

/// The rules a schedule must keep. Raw values are stable snake_case codes.
public enum Rule: String, Sendable, Hashable, CaseIterable {
    // MARK: References

    /// A visit, referral, unassigned entry or purchase order names a job the problem does not have.
    case unknownJob = "unknown_job"
    /// A route belongs to a technician the problem does not have.
    case unknownTechnician = "unknown_technician"
    /// A referral names a provider the problem does not have.
    case unknownProvider = "unknown_provider"
    /// A purchase order names a supplier the problem does not have.
    case unknownSupplier = "unknown_supplier"
    /// A purchase order names a part that is not in the catalogue.
    case unknownPart = "unknown_part"

    // MARK: Coverage

    /// A job appears more than once across visits, referrals and unassigned entries (a
    /// crew job's visits by its members count as one placement).
    case duplicateJob = "duplicate_job"
    /// A job appears nowhere: not visited, not referred, not reported unassigned.
    case missingJob = "missing_job"

    // MARK: Assignment

    /// The technician lacks a required skill, or has it below the required level (for a
    /// job done alone; a crew's skills are `crew_skills_unmet`).
    case missingSkill = "missing_skill"
    /// The job went to a technician it excludes.
    case excludedTechnician = "excluded_technician"
    /// A pinned job is not with its technician, on its day, at its start.
    case pinnedMoved = "pinned_moved"
    /// A job is done (or referred) on a day outside `earliestDay...latestDay`.
    case jobDayOutOfRange = "job_day_out_of_range"

    // MARK: Crews

    /// A crew job (`crewSize` > 1) is visited by fewer or more routes than its crew size,
    /// or its visits' `crew` lists differ from each other or from the technicians
    /// visiting; or a job done alone has a visit with a non-empty `crew`.
    case crewIncomplete = "crew_incomplete"
    /// The crew members' visits do not start at the same time on the same day.
    case crewStartMismatch = "crew_start_mismatch"
    /// A technician is listed twice in a crew, or visits the same crew job twice.
    case crewSameTechnician = "crew_same_technician"
    /// The lead lacks member 0's skills (`Job.memberSkills(0)`), or the other members'
    /// skills cannot be given one to one to the other technicians of the crew.
    case crewSkillsUnmet = "crew_skills_unmet"

    // MARK: Referrals

    /// The provider lacks a required skill or level.
    case providerMissingSkill = "provider_missing_skill"
    /// The job lies outside the provider's service area.
    case outsideServiceArea = "outside_service_area"
    /// A provider gets more jobs on one day than it accepts.
    case providerOverCapacity = "provider_over_capacity"
    /// A referral's reported cost is not the provider's price per job.
    case referralCostMismatch = "referral_cost_mismatch"
    /// The job went to a provider it excludes.
    case excludedProvider = "excluded_provider"
    /// The referrals cost more than the problem's `referralBudget`.
    case referralBudgetExceeded = "referral_budget_exceeded"

    // MARK: Shifts

    /// A route on a day the technician has no shift.
    case noShift = "no_shift"
    /// A second route for the same technician and day.
    case duplicateRoute = "duplicate_route"
    /// Routes are not listed by day, then by the technicians' order in the problem.
    case routeOrder = "route_order"
    /// The technician leaves before the shift starts.
    case departureBeforeShift = "departure_before_shift"
    /// The technician is back after the shift end plus the overtime allowance.
    case returnAfterShift = "return_after_shift"
    /// A visit starts before the shift or ends after the shift end plus overtime.
    case visitOutsideShift = "visit_outside_shift"

    // MARK: Timing

    /// The travel between two locations cannot be computed (no matrix entry).
    case travelUndefined = "travel_undefined"
    /// A visit's arrival is earlier than leaving the previous place, driving and breaks allow.
    case arrivalTooEarly = "arrival_too_early"
    /// Work starts before the technician arrives.
    case startBeforeArrival = "start_before_arrival"
    /// The reported wait is not `start - arrival`.
    case waitMismatch = "wait_mismatch"
    /// A visit's end is not its start plus the job's duration.
    case durationMismatch = "duration_mismatch"
    /// Service starts outside every time window of the job.
    case outsideTimeWindow = "outside_time_window"
    /// A visit starts before the previous visit on the route ends.
    case overlappingVisits = "overlapping_visits"
    /// The return time is earlier than the last visit, the drive back and breaks allow.
    case returnTooEarly = "return_too_early"
    /// A visit's reported travel time or distance differs from the recomputed leg.
    case visitTravelMismatch = "visit_travel_mismatch"

    // MARK: Breaks

    /// A technician with a lunch break rule works a day with visits but takes no break.
    case missingBreak = "missing_break"
    /// More than one break on a route, or a break for a technician without a break rule.
    case unexpectedBreak = "unexpected_break"
    /// A break is shorter than the rule's duration.
    case breakTooShort = "break_too_short"
    /// A break does not lie inside the day's break window.
    case breakOutsideWindow = "break_outside_window"
    /// A break overlaps a visit's service.
    case breakOverlapsVisit = "break_overlaps_visit"
    /// A break is not between the route's departure and return.
    case breakOutsideRoute = "break_outside_route"

    // MARK: Parts

    /// The van and depot (with purchase orders arrived) cannot supply a part on a day.
    case partsShortfall = "parts_shortfall"
    /// A purchase order is impossible or mispriced (supplier does not sell the part,
    /// placed before today or before the supplier's cut-off allows, arrives before the
    /// lead time allows, non-positive quantity, wrong cost, names a job that is not
    /// placed or does not need the part).
    case invalidPurchaseOrder = "invalid_purchase_order"
    /// A technician-day's depot pick-up list does not match what its jobs need beyond
    /// the van's stock (van stock is used first, earliest days first).
    case loadingListMismatch = "loading_list_mismatch"

    // MARK: Tools

    /// A visit's job needs a tool that is neither on the technician's van nor borrowed
    /// for the day on the route's loading list.
    case missingTool = "missing_tool"
    /// More technicians borrow a tool on a day than the depot has units of it.
    case depotToolsExceeded = "depot_tools_exceeded"

    // MARK: Depot pick-ups

    /// A job needs something from the depot (a unit of a part beyond the van's stock
    /// for the day, or a tool the van lacks) with no depot pick-up before it on its route.
    case pickupMissing = "pickup_missing"
    /// A depot pick-up on a route whose jobs need nothing from the depot, or a second
    /// pick-up on a route.
    case pickupNotNeeded = "pickup_not_needed"
    /// A depot pick-up's items or tools differ from what the route draws from the depot
    /// (per part, the route's use beyond the van's stock) and borrows (tools the van lacks).
    case pickupItemsMismatch = "pickup_items_mismatch"
    /// A depot pick-up starts outside the depot's pick-up window of the day, or its
    /// handling is shorter than the problem's `handlingMinutes`.
    case pickupOutsideHours = "pickup_outside_hours"
    /// A depot pick-up when the problem has no pick-ups (no pick-up settings or no
    /// depot location), or at a place that is not the depot.
    case pickupWithoutDepot = "pickup_without_depot"

    // MARK: Capacity and budgets

    /// The visited jobs' demand on a route exceeds the technician's van capacity.
    case capacityExceeded = "capacity_exceeded"
    /// The routes' overtime, summed over all technicians and days, exceeds the problem's overtime budget.
    case overtimeBudgetExceeded = "overtime_budget_exceeded"

    // MARK: Reported figures

    /// A route's travelTime, distance, returnTravelTime or returnDistance differs from the recomputed value.
    case routeFiguresMismatch = "route_figures_mismatch"
    /// A route's overtime is not `max(0, returnTime - shift.end)`.
    case overtimeMismatch = "overtime_mismatch"
    /// A route's cost differs from the recomputed route cost.
    case routeCostMismatch = "route_cost_mismatch"
    /// `kpis.cost` differs from the recomputed plan cost.
    case planCostMismatch = "plan_cost_mismatch"
    /// A field of `kpis.costs` differs from the recomputed breakdown.
    case costBreakdownMismatch = "cost_breakdown_mismatch"
    /// A key figure (travel time, distance, overtime, job counts, gap) differs from the recomputed one.
    case kpiMismatch = "kpi_mismatch"
    /// The reported lower bound exceeds the plan's recomputed cost.
    case invalidLowerBound = "invalid_lower_bound"
}
