import FieldService
import MIP

/// The exact compact MIP of a small day: arc variables per technician-day,
/// start-time variables with big-M sequencing, window choice, breaks, overtime,
/// shared depot stock, and a penalised slack per job.
///
/// Variables (per technician-day `v`): `x[v][a→b]` binary arcs between its start,
/// the jobs it may do and its end; `brk[v][j]` the break taken on arrival at `j`
/// (or at the end); `ret[v]` return time; `ot[v]` overtime. Per job: `t[i]` start,
/// `skip[i]` unplaced, `z[i][w]` the window used, `ref[i][k]` referred by option `k`.
/// Per part, technician and day: `depot[p][t][d]` drawn on the depot; per part and
/// supplier: `order[p][s]` units ordered now.
struct CompactModel {
    let instance: Instance
    private(set) var model = Model()

    /// `arcs[v]`: (from node, to node) -> variable. Nodes: job index, or `origin`/`sink`.
    private(set) var arcs: [[Arc: Variable]] = []
    private(set) var start: [Variable] = []
    private(set) var skip: [Variable] = []
    private(set) var windowChoice: [[Variable]] = []
    private(set) var breakAt: [[Int: Variable]] = []
    private(set) var returnTime: [Variable?] = []
    private(set) var overtime: [Variable?] = []
    /// `depotDraw[part][technician][day]`: units of the part (index into `instance.supply.partIDs`)
    /// the technician takes from the depot for that day's jobs.
    private(set) var depotDraw: [Int: [Int: [Int: Variable]]] = [:]
    /// `orders[part][supplier]`: units ordered now (integer).
    private(set) var orders: [Int: [Int: Variable]] = [:]
    /// `borrow[tool][vehicle]`: the technician-day borrows the tool (index into
    /// `instance.tools.toolIDs`) from the depot; only for tools the van lacks.
    private(set) var borrow: [Int: [Int: Variable]] = [:]
    /// `referral[job][k]`: the job goes to its `k`-th referral option.
    private(set) var referral: [[Variable]] = []
    /// `noBreak[v]`: the route is back before the latest break start and skips the break.
    private(set) var noBreak: [Int: Variable] = [:]

    static let origin = -1
    static let sink = -2

    struct Arc: Hashable, Sendable {
        var from: Int
        var to: Int
    }

    /// Earliest and latest start of each job over the vehicles that may do it.
    private(set) var lo: [Minutes] = []
    private(set) var hi: [Minutes] = []

    init(instance: Instance) throws {
        self.instance = instance
        try build()
    }

    // MARK: - Building

    private mutating func build() throws {
        let n = instance.jobCount
        let vehicles = instance.vehicles
        let jobs = instance.jobs
        let costs = CostModel(instance: instance)
        computeTimeBounds()

        // Job variables.
        for i in 0..<n {
            let pinned = jobs[i].pinned?.start
            start.append(try model.addVariable(name: "t_\(i)", lowerBound: pinned ?? lo[i], upperBound: pinned ?? hi[i]))
            let mandatory = instance.ineligibleReason[i] != nil && instance.referralOptions[i].isEmpty
            referral.append(try instance.referralOptions[i].enumerated().map { k, option in
                try model.addVariable(name: "ref_\(i)_\(k)", kind: .binary, objective: option.cost)
            })
            skip.append(try model.addVariable(name: "skip_\(i)", kind: .binary, lowerBound: mandatory ? 1 : 0,
                                              objective: costs.penalty(i)))
        }

        // Arcs per vehicle, pruned by time.
        for v in vehicles {
            var vArcs: [Arc: Variable] = [:]
            let members = (0..<n).filter { instance.eligible[$0][v.index] }
            func add(_ a: Int, _ b: Int, cost: Double) throws {
                vArcs[Arc(from: a, to: b)] = try model.addVariable(name: "x_\(v.index)_\(a)_\(b)", kind: .binary, objective: cost)
            }
            for j in members {
                try add(Self.origin, j, cost: instance.arcCost(v.startNode, j, vehicle: v) + instance.serviceCost(job: j, vehicle: v))
                try add(j, Self.sink, cost: instance.arcCost(j, v.endNode, vehicle: v))
                for i in members where i != j && lo[i] + instance.step(i, j) <= hi[j] + 1e-9 {
                    try add(i, j, cost: instance.arcCost(i, j, vehicle: v) + instance.serviceCost(job: j, vehicle: v))
                }
            }
            arcs.append(vArcs)
            if members.isEmpty {
                returnTime.append(nil)
                overtime.append(nil)
                breakAt.append([:])
                continue
            }
            returnTime.append(try model.addVariable(name: "ret_\(v.index)", lowerBound: v.shiftStart, upperBound: v.latestReturn))
            if v.latestReturn > v.shiftEnd {
                overtime.append(try model.addVariable(name: "ot_\(v.index)", lowerBound: 0,
                                                      upperBound: v.latestReturn - v.shiftEnd,
                                                      objective: v.overtimeCostPerMinute))
            } else {
                overtime.append(nil)
            }
            var breaks: [Int: Variable] = [:]
            if v.needsBreakCheck {
                noBreak[v.index] = try model.addVariable(name: "nobrk_\(v.index)", kind: .binary)
                for j in members + [Self.sink] {
                    breaks[j] = try model.addVariable(name: "brk_\(v.index)_\(j)", kind: .binary)
                }
            }
            breakAt.append(breaks)
        }

        try addAssignmentAndFlow()
        try addTiming()
        try addWindows()
        try addBreaks()
        try addParts()
        try addTools()
        try addCapacity()
    }

    /// Van capacity per technician-day.
    private mutating func addCapacity() throws {
        for v in instance.vehicles where !arcs[v.index].isEmpty {
            guard let capacity = instance.problem.technicians[v.technician].capacity else { continue }
            let load = (0..<instance.jobCount).filter { instance.eligible[$0][v.index] && instance.jobs[$0].demand > 0 }
                .map { instance.jobs[$0].demand * inflow(v.index, $0) }
            guard !load.isEmpty else { continue }
            try model.addConstraint(LinearExpression.sum(load) <= capacity, name: "load_\(v.index)")
        }
    }

    /// Bounds on each job's start from its windows and the shifts of its vehicles.
    private mutating func computeTimeBounds() {
        let n = instance.jobCount
        lo = Array(repeating: 0, count: n)
        hi = Array(repeating: 0, count: n)
        var metric = true
        if case .matrix = instance.problem.travel { metric = false }
        for i in 0..<n {
            var low = Minutes.infinity, high = -Minutes.infinity
            let s = instance.jobs[i].duration
            for v in instance.vehicles where instance.eligible[i][v.index] {
                // Travel to and from the job only tightens the bounds when travel
                // obeys the triangle inequality (not guaranteed for a given matrix).
                let earliest = v.shiftStart + (metric ? instance.duration[v.startNode][i] : 0)
                let latest = v.latestReturn - s - (metric ? instance.duration[i][v.endNode] : 0)
                for w in instance.windows[i] where max(w.start, earliest) <= min(w.end, latest) {
                    low = min(low, max(w.start, earliest))
                    high = max(high, min(w.end, latest))
                }
            }
            if let pin = instance.jobs[i].pinned?.start {
                low = pin
                high = pin
            }
            if low > high { // no vehicle: any value, the job is skipped
                low = instance.windows[i].first?.start ?? 0
                high = low
            }
            lo[i] = low
            hi[i] = high
        }
    }

    /// Arcs into `j` on vehicle `v`, in variable order (never dictionary order, so models are reproducible).
    private func inflow(_ v: Int, _ j: Int) -> LinearExpression {
        LinearExpression.sum(arcs[v].filter { $0.key.to == j }.map(\.value).sorted { $0.index < $1.index }.map { LinearExpression($0) })
    }

    private func outflow(_ v: Int, _ i: Int) -> LinearExpression {
        LinearExpression.sum(arcs[v].filter { $0.key.from == i }.map(\.value).sorted { $0.index < $1.index }.map { LinearExpression($0) })
    }

    private mutating func addAssignmentAndFlow() throws {
        let n = instance.jobCount
        var into: [[LinearExpression]] = Array(repeating: [], count: n)
        for v in instance.vehicles.indices where !arcs[v].isEmpty {
            for j in 0..<n where instance.eligible[j][v] {
                let inV = inflow(v, j)
                into[j].append(inV)
                try model.addConstraint(inV - outflow(v, j) == 0, name: "flow_\(v)_\(j)")
            }
            let leave = outflow(v, Self.origin)
            try model.addConstraint(leave <= 1, name: "once_\(v)")
            try model.addConstraint(inflow(v, Self.sink) - leave == 0, name: "back_\(v)")
        }
        for j in 0..<n {
            let referred = referral[j].map { LinearExpression($0) }
            try model.addConstraint(LinearExpression.sum(into[j] + referred) + LinearExpression(skip[j]) == 1, name: "cover_\(j)")
        }
        try addReferralLimits()
    }

    /// Providers' daily limits and the referral budget.
    private mutating func addReferralLimits() throws {
        var perProviderDay: [Int: [LinearExpression]] = [:]
        var spend: [LinearExpression] = []
        for (j, options) in instance.referralOptions.enumerated() {
            for (k, option) in options.enumerated() {
                perProviderDay[option.providerDay, default: []].append(LinearExpression(referral[j][k]))
                if option.price != 0 { spend.append(option.price * LinearExpression(referral[j][k])) }
            }
        }
        for key in perProviderDay.keys.sorted() {
            try model.addConstraint(LinearExpression.sum(perProviderDay[key] ?? []) <= Double(instance.providerDayLimits[key]),
                                    name: "provider_day_\(key)")
        }
        if let budget = instance.problem.referralBudget, !spend.isEmpty {
            try model.addConstraint(LinearExpression.sum(spend) <= budget, name: "referral_budget")
        }
    }

    private mutating func addTiming() throws {
        // Job to job, aggregated over vehicles (an arc is used by at most one).
        var pairUse: [Arc: [Variable]] = [:]
        for vArcs in arcs {
            for (arc, x) in vArcs where arc.from >= 0 && arc.to >= 0 { pairUse[arc, default: []].append(x) }
        }
        for (arc, xs) in pairUse.sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) {
            let i = arc.from, j = arc.to
            let gap = instance.step(i, j)
            let bigM = hi[i] + gap - lo[j]
            guard bigM > 0 else { continue }
            let used = LinearExpression.sum(xs.sorted { $0.index < $1.index }.map { LinearExpression($0) })
            try model.addConstraint(LinearExpression(start[j]) - LinearExpression(start[i]) - bigM * used >= gap - bigM,
                                    name: "seq_\(i)_\(j)")
        }
        for v in instance.vehicles where !arcs[v.index].isEmpty {
            guard let ret = returnTime[v.index] else { continue }
            for j in 0..<instance.jobCount where instance.eligible[j][v.index] {
                if let x = arcs[v.index][Arc(from: Self.origin, to: j)] {
                    let earliest = v.shiftStart + instance.duration[v.startNode][j]
                    let bigM = earliest - lo[j]
                    if bigM > 0 {
                        try model.addConstraint(LinearExpression(start[j]) - bigM * LinearExpression(x) >= earliest - bigM,
                                                name: "first_\(v.index)_\(j)")
                    }
                }
                if let x = arcs[v.index][Arc(from: j, to: Self.sink)] {
                    let tail = instance.jobs[j].duration + instance.duration[j][v.endNode]
                    let bigM = hi[j] + tail - v.shiftStart
                    if bigM > 0 {
                        try model.addConstraint(LinearExpression(ret) - LinearExpression(start[j]) - bigM * LinearExpression(x) >= tail - bigM,
                                                name: "last_\(v.index)_\(j)")
                    }
                }
            }
            if let ot = overtime[v.index] {
                try model.addConstraint(LinearExpression(ot) - LinearExpression(ret) >= -v.shiftEnd, name: "ot_\(v.index)")
            }
        }
    }

    private mutating func addWindows() throws {
        for i in 0..<instance.jobCount {
            let usable = instance.windows[i].filter { $0.end >= lo[i] && $0.start <= hi[i] }
            guard instance.jobs[i].pinned == nil, usable.count > 1 else {
                windowChoice.append([])
                continue
            }
            var choice: [Variable] = []
            for (k, w) in usable.enumerated() {
                let z = try model.addVariable(name: "z_\(i)_\(k)", kind: .binary)
                choice.append(z)
                if w.start > lo[i] {
                    let m = w.start - lo[i]
                    try model.addConstraint(LinearExpression(start[i]) - m * LinearExpression(z) >= w.start - m, name: "wlo_\(i)_\(k)")
                }
                if w.end < hi[i] {
                    let m = hi[i] - w.end
                    try model.addConstraint(LinearExpression(start[i]) + m * LinearExpression(z) <= w.end + m, name: "whi_\(i)_\(k)")
                }
            }
            // A window is chosen exactly when the job is on a route (not skipped, not referred).
            let outside = LinearExpression.sum([LinearExpression(skip[i])] + referral[i].map { LinearExpression($0) })
            try model.addConstraint(LinearExpression.sum(choice.map { LinearExpression($0) }) + outside == 1,
                                    name: "window_\(i)")
            windowChoice.append(choice)
        }
    }

    /// Break on arrival at `j` (or at the end): it starts at max(arrival, window
    /// start), ends inside the window, and work (or the return) waits for it.
    private mutating func addBreaks() throws {
        for v in instance.vehicles {
            let breaks = breakAt[v.index]
            guard let window = v.breakWindow, !breaks.isEmpty, let ret = returnTime[v.index] else { continue }
            let d = v.breakDuration
            var taken = LinearExpression.sum(breaks.values.sorted { $0.index < $1.index }.map { LinearExpression($0) })
            if let skipBreak = noBreak[v.index] {
                taken += skipBreak
                let m = v.latestReturn - v.latestBreakStart
                if m > 0 {
                    try model.addConstraint(LinearExpression(ret) + m * LinearExpression(skipBreak) <= v.latestBreakStart + m,
                                            name: "nobrk_\(v.index)")
                }
            }
            try model.addConstraint(taken - outflow(v.index, Self.origin) == 0, name: "break_\(v.index)")
            for (arc, x) in arcs[v.index].sorted(by: { ($0.key.from, $0.key.to) < ($1.key.from, $1.key.to) }) {
                guard let b = breaks[arc.to] else { continue }
                // Time the arc ends at the destination ("arrival") as an expression, and the target time variable.
                let arrival: LinearExpression
                let arrivalMax: Minutes
                let fromNode = arc.from >= 0 ? arc.from : v.startNode
                let toNode = arc.to >= 0 ? arc.to : v.endNode
                let travel = instance.duration[fromNode][toNode]
                if arc.from >= 0 {
                    let s = instance.jobs[arc.from].duration
                    arrival = LinearExpression(start[arc.from]) + (s + travel)
                    arrivalMax = hi[arc.from] + s + travel
                } else {
                    arrival = LinearExpression(constant: v.shiftStart + travel)
                    arrivalMax = v.shiftStart + travel
                }
                let target = arc.to >= 0 ? start[arc.to] : ret
                let targetLo = arc.to >= 0 ? lo[arc.to] : v.shiftStart
                let both = LinearExpression(x) + LinearExpression(b)
                // target >= arrival + d   when x = b = 1
                let m1 = max(0, arrivalMax + d - targetLo)
                try model.addConstraint(LinearExpression(target) - arrival - m1 * both >= d - 2 * m1, name: "bseq_\(v.index)_\(arc.from)_\(arc.to)")
                // arrival + d <= window end  when x = b = 1
                let m2 = max(0, arrivalMax + d - window.end)
                try model.addConstraint(arrival + m2 * both <= window.end - d + 2 * m2, name: "bend_\(v.index)_\(arc.from)_\(arc.to)")
                // b <= x summed over arcs into the node is implied by the next constraints
            }
            for (node, b) in breaks.sorted(by: { $0.key < $1.key }) {
                let target = node >= 0 ? start[node] : ret
                let targetLo = node >= 0 ? lo[node] : v.shiftStart
                let m = max(0, window.start + d - targetLo)
                if m > 0 {
                    try model.addConstraint(LinearExpression(target) - m * LinearExpression(b) >= window.start + d - m,
                                            name: "bopen_\(v.index)_\(node)")
                }
                try model.addConstraint(LinearExpression(b) - inflow(v.index, node) <= 0, name: "bon_\(v.index)_\(node)")
            }
        }
    }

    /// Van stock first, the rest from the depot, shared by all technicians; the depot's
    /// stock grows by what is ordered now from the day each order arrives.
    private mutating func addParts() throws {
        let supply = instance.supply
        let jobs = instance.jobs
        for (p, part) in supply.partIDs.enumerated() {
            var draws: [Int: [Int: Variable]] = [:]
            for ti in instance.problem.technicians.indices {
                var useByDay: [Int: [LinearExpression]] = [:]
                for v in instance.vehicles where v.technician == ti {
                    for (j, job) in jobs.enumerated() where instance.eligible[j][v.index] {
                        if let q = job.parts[part], q > 0 { useByDay[v.day, default: []].append(Double(q) * inflow(v.index, j)) }
                    }
                }
                guard !useByDay.isEmpty else { continue }
                var allUse: [LinearExpression] = []
                var allDraws: [LinearExpression] = []
                var perDay: [Int: Variable] = [:]
                for day in useByDay.keys.sorted() {
                    let use = LinearExpression.sum(useByDay[day] ?? [])
                    let draw = try model.addVariable(name: "depot_\(p)_\(ti)_\(day)", lowerBound: 0)
                    perDay[day] = draw
                    try model.addConstraint(LinearExpression(draw) - use <= 0, name: "draw_\(p)_\(ti)_\(day)")
                    allUse.append(use)
                    allDraws.append(LinearExpression(draw))
                }
                draws[ti] = perDay
                try model.addConstraint(LinearExpression.sum(allUse) - LinearExpression.sum(allDraws) <= Double(supply.vanStock[ti][p]),
                                        name: "van_\(p)_\(ti)")
            }
            guard !draws.isEmpty else { continue }
            depotDraw[p] = draws
            var bought: [Int: Variable] = [:]
            for offer in supply.offers[p] where offer.arrivalDay <= supply.days {
                bought[offer.supplier] = try model.addVariable(name: "order_\(p)_\(offer.supplier)", kind: .integer,
                                                               lowerBound: 0, objective: offer.unitCost)
            }
            orders[p] = bought
            // Cumulative: drawn by each day <= stock + arrived by that day.
            let days = Set(draws.values.flatMap(\.keys)).union(supply.offers[p].map(\.arrivalDay).filter { $0 <= supply.days }).sorted()
            for day in days {
                var terms: [LinearExpression] = []
                for ti in draws.keys.sorted() {
                    for (d, x) in (draws[ti] ?? [:]).sorted(by: { $0.key < $1.key }) where d <= day { terms.append(LinearExpression(x)) }
                }
                for offer in supply.offers[p] where offer.arrivalDay <= day {
                    if let q = bought[offer.supplier] { terms.append(-1 * LinearExpression(q)) }
                }
                guard !terms.isEmpty else { continue }
                try model.addConstraint(LinearExpression.sum(terms) <= Double(supply.depotStock[p]), name: "depot_\(p)_day\(day)")
            }
        }
    }

    /// A route that does a job needing a tool its van lacks borrows the tool; per day the
    /// depot lends at most its units: `inflow(v, j) <= borrow[k][v]`, `sum_v of day borrow[k][v] <= units`.
    private mutating func addTools() throws {
        let tools = instance.tools
        guard tools.isUsed else { return }
        for k in tools.toolIDs.indices {
            var byVehicle: [Int: Variable] = [:]
            var byDay: [Int: [LinearExpression]] = [:]
            for v in instance.vehicles where !tools.onVan[v.technician][k] {
                let users = (0..<instance.jobCount).filter { instance.eligible[$0][v.index] && tools.jobTools[$0].contains(k) }
                guard !users.isEmpty else { continue }
                let x = try model.addVariable(name: "borrow_\(k)_\(v.index)", kind: .binary)
                byVehicle[v.index] = x
                byDay[v.day, default: []].append(LinearExpression(x))
                for j in users {
                    try model.addConstraint(inflow(v.index, j) - LinearExpression(x) <= 0, name: "tool_\(k)_\(v.index)_\(j)")
                }
            }
            guard !byVehicle.isEmpty else { continue }
            borrow[k] = byVehicle
            for day in byDay.keys.sorted() {
                try model.addConstraint(LinearExpression.sum(byDay[day] ?? []) <= Double(tools.depot[k]), name: "tools_\(k)_day\(day)")
            }
        }
    }

    // MARK: - Warm start and decoding

    /// The variable values of a plan (a feasible point of the model).
    func assignment(of solution: PlanSolution) -> [Double] {
        var values = Array(repeating: 0.0, count: model.variableCount)
        let placed = solution.placed
        for i in 0..<instance.jobCount {
            values[skip[i].index] = placed.contains(i) ? 0 : 1
            values[start[i].index] = lo[i]
        }
        for v in instance.vehicles {
            guard let route = solution.routes[v.index] else {
                if let ret = returnTime[v.index] { values[ret.index] = v.shiftStart }
                continue
            }
            var previous = Self.origin
            for stop in route.stops {
                if let x = arcs[v.index][Arc(from: previous, to: stop.job)] { values[x.index] = 1 }
                values[start[stop.job].index] = stop.start
                previous = stop.job
            }
            if let x = arcs[v.index][Arc(from: previous, to: Self.sink)] { values[x.index] = 1 }
            // The model's return is measured with departure at the shift start.
            if let ret = returnTime[v.index] { values[ret.index] = route.returnTime }
            if let ot = overtime[v.index] { values[ot.index] = max(0, route.returnTime - v.shiftEnd) }
            if let gap = route.breakGap {
                let node = gap < route.stops.count ? route.stops[gap].job : Self.sink
                if let b = breakAt[v.index][node] { values[b.index] = 1 }
            } else if let skipBreak = noBreak[v.index] {
                values[skipBreak.index] = 1
            }
        }
        for i in 0..<instance.jobCount where placed.contains(i) && !windowChoice[i].isEmpty {
            let usable = instance.windows[i].filter { $0.end >= lo[i] && $0.start <= hi[i] }
            let t = values[start[i].index]
            if let k = usable.firstIndex(where: { $0.contains(t) }), k < windowChoice[i].count {
                values[windowChoice[i][k].index] = 1
            }
        }
        let allocation = PartsAllocation(instance: instance, sequences: solution.sequences)
        for load in allocation.loads {
            let v = instance.vehicles[load.vehicle]
            if let x = depotDraw[load.part]?[v.technician]?[v.day] { values[x.index] += Double(load.quantity) }
        }
        for order in allocation.orders {
            if let q = orders[order.part]?[order.supplier] { values[q.index] += Double(order.quantity) }
        }
        let tools = ToolsAllocation(instance: instance, sequences: solution.sequences)
        for v in instance.vehicles {
            for k in tools.borrowed[v.index] { if let x = borrow[k]?[v.index] { values[x.index] = 1 } }
        }
        for (j, option) in solution.referrals {
            if let k = instance.referralOptions[j].firstIndex(of: option) {
                values[referral[j][k].index] = 1
                values[skip[j].index] = 0
            }
        }
        return values
    }

    /// Referrals read from a MIP solution: job to its option.
    func referrals(from values: [Double]) -> [Int: ReferralOption] {
        var result: [Int: ReferralOption] = [:]
        for (j, vars) in referral.enumerated() {
            if let k = vars.firstIndex(where: { values[$0.index] > 0.5 }) { result[j] = instance.referralOptions[j][k] }
        }
        return result
    }

    /// Job sequences read from the arc values of a MIP solution.
    func sequences(from values: [Double]) -> [[Int]] {
        instance.vehicles.map { v in
            let chosen = arcs[v.index].filter { values[$0.value.index] > 0.5 }.map(\.key)
            var next: [Int: Int] = [:]
            for arc in chosen { next[arc.from] = arc.to }
            var sequence: [Int] = []
            var node = next[Self.origin]
            while let j = node, j >= 0, sequence.count < instance.jobCount {
                sequence.append(j)
                node = next[j]
            }
            return sequence
        }
    }
}
