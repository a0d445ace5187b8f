import FieldService
import Schedule

/// Look-ups over one problem and schedule, built once per entry: routes in report
/// order (day, then the technicians' order in the input) with their colours.
struct PlanIndex {
    let problem: Problem
    let schedule: Schedule
    /// Routes sorted by day, then technician order, then their position in the schedule.
    let routes: [Route]
    /// Routes with at least one visit, in report order; the colour of `routesWithVisits[i]`
    /// is `PlanIndex.colour(i)`.
    let routesWithVisits: [Route]
    let jobs: [String: Job]
    let technicians: [String: Technician]
    private let technicianOrder: [String: Int]

    init(problem: Problem, schedule: Schedule) {
        self.problem = problem
        self.schedule = schedule
        var order: [String: Int] = [:]
        var technicians: [String: Technician] = [:]
        for (i, t) in problem.technicians.enumerated() where order[t.id] == nil {
            order[t.id] = i
            technicians[t.id] = t
        }
        var jobs: [String: Job] = [:]
        for job in problem.jobs where jobs[job.id] == nil { jobs[job.id] = job }
        self.jobs = jobs
        self.technicians = technicians
        self.technicianOrder = order
        let unknown = problem.technicians.count
        let sorted = schedule.routes.enumerated().sorted { a, b in
            let ka = (a.element.day, order[a.element.technician] ?? unknown, a.element.technician, a.offset)
            let kb = (b.element.day, order[b.element.technician] ?? unknown, b.element.technician, b.offset)
            return ka < kb
        }.map(\.element)
        routes = sorted
        routesWithVisits = sorted.filter { !$0.visits.isEmpty }
    }

    /// The technician's name (their id when unknown).
    func technicianName(_ id: String) -> String {
        technicians[id]?.name ?? id
    }

    /// "Name, day N" for a route.
    func routeLabel(_ route: Route) -> String {
        "\(technicianName(route.technician)), day \(route.day)"
    }

    /// A fixed palette of distinct colours, cycled.
    static let palette = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79",
        "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
    ]

    /// The colour of the `index`-th route with visits.
    static func colour(_ index: Int) -> String {
        palette[((index % palette.count) + palette.count) % palette.count]
    }
}
