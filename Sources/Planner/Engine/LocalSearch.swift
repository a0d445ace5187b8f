import FieldService

/// Local search over granular neighbourhoods: for each job `u` and each of its
/// nearest neighbours `w`, try relocate, swap, 2-opt*, or-opt and
/// cross-exchange moves between their routes; apply the first improving move;
/// repeat until no move improves. Inter-route moves are evaluated in O(1) from
/// the routes' prefix/suffix segments (plus exact timing where breaks or
/// several windows make the segments a relaxation).
struct LocalSearch {
    let data: EngineData
    /// Neighbours of each job that are tried.
    var granularity = 20
    /// Improvements smaller than this are ignored (avoids cycling on round-off).
    let epsilon = 1e-6

    /// Improves `state` to a local optimum (or until `deadline`). Returns the number of moves applied.
    ///
    /// Works from a queue of jobs: all placed jobs, or only those of `focus`
    /// routes (after a ruin-and-recreate step only the routes it changed need
    /// looking at). A move puts the jobs of both routes it touched back on the queue.
    @discardableResult
    func improve(_ state: inout SearchState, rng: inout SearchRandom, deadline: ContinuousClock.Instant,
                 stop: StopSignal? = nil, focus: [Int]? = nil) -> Int {
        var queue: [Int]
        if let focus {
            queue = focus.flatMap { state.routes[$0].jobs }
        } else {
            queue = (0..<data.instance.jobCount).filter { state.place[$0] >= 0 }
        }
        queue.shuffle(using: &rng)
        var queued = Array(repeating: false, count: data.instance.jobCount)
        for u in queue { queued[u] = true }
        var applied = 0
        var head = 0
        let clock = ContinuousClock()
        while head < queue.count {
            let u = queue[head]
            head += 1
            queued[u] = false
            guard state.place[u] >= 0 else { continue }
            if applied % 16 == 0, clock.now >= deadline || stop?.isStopped == true { return applied }
            let before = state.place[u]
            for w in data.neighbours[u].prefix(granularity) where state.place[w] >= 0 {
                let other = state.place[w]
                if tryMoves(u, w, &state) {
                    applied += 1
                    // Both routes, in a fixed order (a Set's order changes from run to run).
                    for v in before == other ? [before] : [before, other] {
                        for j in state.routes[v].jobs where !queued[j] {
                            queued[j] = true
                            queue.append(j)
                        }
                    }
                    if !queued[u], state.place[u] >= 0 {
                        queued[u] = true
                        queue.append(u)
                    }
                    break
                }
            }
            // Keep the queue from growing without bound: drop what was processed.
            if head > 4096, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        return applied
    }

    /// Tries every move type for the pair; applies the first that improves.
    private func tryMoves(_ u: Int, _ w: Int, _ state: inout SearchState) -> Bool {
        let a = state.place[u], b = state.place[w]
        guard let i = state.routes[a].jobs.firstIndex(of: u), let k = state.routes[b].jobs.firstIndex(of: w) else { return false }
        if a == b {
            return intraRoute(a, i, k, &state)
        }
        // Relocate u after w, and before w.
        if relocate(a, i, b, k + 1, &state) || relocate(a, i, b, k, &state) { return true }
        if swap(a, i, b, k, &state) { return true }
        // 2-opt*: u -> successor of w, w -> successor of u; and the mirror (predecessors).
        if twoOptStar(a, i + 1, b, k + 1, &state) || twoOptStar(a, i, b, k, &state) { return true }
        // Or-opt: move u and its followers (2 or 3) after w.
        for length in 2...3 where i + length <= state.routes[a].count {
            if moveSegment(a, i, length, b, k + 1, &state) { return true }
        }
        // Cross-exchange: swap strings starting at u and w (lengths 1-3, not both 1).
        for la in 1...3 where i + la <= state.routes[a].count {
            for lb in 1...3 where (la, lb) != (1, 1) && k + lb <= state.routes[b].count {
                if crossExchange(a, i, la, b, k, lb, &state) { return true }
            }
        }
        return false
    }

    // MARK: - Evaluation helpers

    private func assignment(_ jobs: ArraySlice<Int>, _ v: Int) -> Double {
        data.hasAssignmentCosts ? jobs.reduce(0) { $0 + data.assignmentCost[$1][v] } : 0
    }

    private func eligible(_ jobs: ArraySlice<Int>, _ v: Int) -> Bool {
        data.allEligible || jobs.allSatisfy { data.instance.eligible[$0][v] }
    }

    /// Evaluates route `v` made of `pieces` (the first starts at v's depot).
    private func evaluate(_ v: Int, _ pieces: [Segment?], count: Int, jobs: () -> [Int], assignment: Double) -> RouteEvaluation? {
        var full = pieces[0] ?? data.startSegment[v]
        for piece in pieces.dropFirst() {
            if let piece { full = data.join(full, piece) }
            if !full.isTimeFeasible { return nil }
        }
        full = data.join(full, data.endSegment[v])
        return RouteEvaluator(data: data).evaluate(vehicle: v, full: full, count: count, jobs: jobs, assignment: assignment)
    }

    /// Applies a two-route change if it improves by more than epsilon and keeps the shared limits.
    private func commit(_ a: Int, _ newA: [Int], _ ea: RouteEvaluation, _ b: Int, _ newB: [Int], _ eb: RouteEvaluation,
                        movedToB: ArraySlice<Int>, movedToA: ArraySlice<Int>, _ state: inout SearchState) -> Bool {
        let ra = state.routes[a], rb = state.routes[b]
        var delta = ea.cost + eb.cost - ra.cost - rb.cost
        if state.overtime - ra.overtime - rb.overtime + ea.overtime + eb.overtime > data.overtimeBudget + 1e-9 { return false }
        if data.hasParts {
            let va = data.instance.vehicles[a], vb = data.instance.vehicles[b]
            if data.instance.hasCounters {
                // Whole routes: one that buys at a counter takes nothing from the depot.
                let view = data.instance.depotView
                guard let partsDelta = state.parts.delta([
                    PartsUse.Change(technician: vb.technician, day: vb.day, adding: view(newB), removing: view(rb.jobs)),
                    PartsUse.Change(technician: va.technician, day: va.day, adding: view(newA), removing: view(ra.jobs)),
                ], data: data) else { return false }
                delta += partsDelta
            } else if va.technician != vb.technician || va.day != vb.day {
                guard let partsDelta = state.parts.delta([
                    PartsUse.Change(technician: vb.technician, day: vb.day, adding: Array(movedToB), removing: Array(movedToA)),
                    PartsUse.Change(technician: va.technician, day: va.day, adding: Array(movedToA), removing: Array(movedToB)),
                ], data: data) else { return false }
                delta += partsDelta
            }
        }
        guard delta < -epsilon else { return false }
        if data.instance.hasPickups {
            guard data.instance.keepsPickupRule(vehicle: a, jobs: newA),
                  data.instance.keepsPickupRule(vehicle: b, jobs: newB) else { return false }
        }
        if data.hasTools, movedToA.contains(where: data.needsTools) || movedToB.contains(where: data.needsTools) {
            guard state.tools.fits([ToolsUse.Change(vehicle: b, adding: Array(movedToB), removing: Array(movedToA)),
                                    ToolsUse.Change(vehicle: a, adding: Array(movedToA), removing: Array(movedToB))],
                                   data: data) else { return false }
        }
        state.setRoute(a, newA, data: data)
        state.setRoute(b, newB, data: data)
        return true
    }

    // MARK: - Moves

    /// Moves `routes[a].jobs[i]` to position `p` of route `b` (a != b).
    private func relocate(_ a: Int, _ i: Int, _ b: Int, _ p: Int, _ state: inout SearchState) -> Bool {
        let ra = state.routes[a], rb = state.routes[b]
        let u = ra.jobs[i]
        guard data.instance.eligible[u][b], rb.load + data.demand[u] <= data.capacity[b] + 1e-9 else { return false }
        let rest = i + 1 < ra.count ? ra.suffix[i + 1] : nil
        let newA = { var j = ra.jobs; j.remove(at: i); return j }
        guard let ea = evaluate(a, [ra.prefix[i], rest], count: ra.count - 1, jobs: newA,
                                assignment: ra.assignment - assignment(ra.jobs[i...i], a)) else { return false }
        let tail = p < rb.count ? rb.suffix[p] : nil
        let newB = { var j = rb.jobs; j.insert(u, at: p); return j }
        guard let eb = evaluate(b, [rb.prefix[p], data.jobSegment[u], tail], count: rb.count + 1, jobs: newB,
                                assignment: rb.assignment + assignment(ra.jobs[i...i], b)) else { return false }
        return commit(a, newA(), ea, b, newB(), eb, movedToB: ra.jobs[i...i], movedToA: [], &state)
    }

    /// Exchanges `routes[a].jobs[i]` and `routes[b].jobs[k]`.
    private func swap(_ a: Int, _ i: Int, _ b: Int, _ k: Int, _ state: inout SearchState) -> Bool {
        crossExchange(a, i, 1, b, k, 1, state: &state)
    }

    private func crossExchange(_ a: Int, _ i: Int, _ la: Int, _ b: Int, _ k: Int, _ lb: Int, _ state: inout SearchState) -> Bool {
        crossExchange(a, i, la, b, k, lb, state: &state)
    }

    /// Exchanges `routes[a].jobs[i..<i+la]` with `routes[b].jobs[k..<k+lb]`.
    private func crossExchange(_ a: Int, _ i: Int, _ la: Int, _ b: Int, _ k: Int, _ lb: Int, state: inout SearchState) -> Bool {
        let ra = state.routes[a], rb = state.routes[b]
        let pieceA = ra.jobs[i..<(i + la)], pieceB = rb.jobs[k..<(k + lb)]
        guard eligible(pieceA, b), eligible(pieceB, a) else { return false }
        guard let segA = ra.subsegment(i, i + la, data: data), let segB = rb.subsegment(k, k + lb, data: data) else { return false }
        guard ra.load - segA.load + segB.load <= data.capacity[a] + 1e-9,
              rb.load - segB.load + segA.load <= data.capacity[b] + 1e-9 else { return false }
        let newA = { Array(ra.jobs[..<i]) + pieceB + ra.jobs[(i + la)...] }
        let newB = { Array(rb.jobs[..<k]) + pieceA + rb.jobs[(k + lb)...] }
        let tailA = i + la < ra.count ? ra.suffix[i + la] : nil
        let tailB = k + lb < rb.count ? rb.suffix[k + lb] : nil
        let moveA = assignment(pieceA, a), moveB = assignment(pieceB, b)
        guard let ea = evaluate(a, [ra.prefix[i], segB, tailA], count: ra.count - la + lb, jobs: newA,
                                assignment: ra.assignment - moveA + assignment(pieceB, a)),
              let eb = evaluate(b, [rb.prefix[k], segA, tailB], count: rb.count - lb + la, jobs: newB,
                                assignment: rb.assignment - moveB + assignment(pieceA, b)) else { return false }
        return commit(a, newA(), ea, b, newB(), eb, movedToB: pieceA, movedToA: pieceB, &state)
    }

    /// Joins `routes[a].jobs[..<i]` with `routes[b].jobs[k...]` and `routes[b].jobs[..<k]` with `routes[a].jobs[i...]`.
    private func twoOptStar(_ a: Int, _ i: Int, _ b: Int, _ k: Int, _ state: inout SearchState) -> Bool {
        let ra = state.routes[a], rb = state.routes[b]
        guard !(i == 0 && k == 0), !(i == ra.count && k == rb.count) else { return false }
        let tailA = ra.jobs[i...], tailB = rb.jobs[k...]
        guard eligible(tailA, b), eligible(tailB, a) else { return false }
        let segA = i < ra.count ? ra.suffix[i] : nil, segB = k < rb.count ? rb.suffix[k] : nil
        let loadA = segA?.load ?? 0, loadB = segB?.load ?? 0
        guard ra.load - loadA + loadB <= data.capacity[a] + 1e-9, rb.load - loadB + loadA <= data.capacity[b] + 1e-9 else { return false }
        let newA = { Array(ra.jobs[..<i]) + tailB }
        let newB = { Array(rb.jobs[..<k]) + tailA }
        guard let ea = evaluate(a, [ra.prefix[i], segB], count: i + tailB.count, jobs: newA,
                                assignment: assignment(ra.jobs[..<i], a) + assignment(tailB, a)),
              let eb = evaluate(b, [rb.prefix[k], segA], count: k + tailA.count, jobs: newB,
                                assignment: assignment(rb.jobs[..<k], b) + assignment(tailA, b)) else { return false }
        return commit(a, newA(), ea, b, newB(), eb, movedToB: tailA, movedToA: tailB, &state)
    }

    /// Moves `routes[a].jobs[i..<i+length]` to position `p` of route `b` (a != b).
    private func moveSegment(_ a: Int, _ i: Int, _ length: Int, _ b: Int, _ p: Int, _ state: inout SearchState) -> Bool {
        let ra = state.routes[a], rb = state.routes[b]
        let piece = ra.jobs[i..<(i + length)]
        guard eligible(piece, b), let seg = ra.subsegment(i, i + length, data: data),
              rb.load + seg.load <= data.capacity[b] + 1e-9 else { return false }
        let rest = i + length < ra.count ? ra.suffix[i + length] : nil
        let tail = p < rb.count ? rb.suffix[p] : nil
        let newA = { Array(ra.jobs[..<i]) + ra.jobs[(i + length)...] }
        let newB = { Array(rb.jobs[..<p]) + piece + rb.jobs[p...] }
        guard let ea = evaluate(a, [ra.prefix[i], rest], count: ra.count - length, jobs: newA,
                                assignment: ra.assignment - assignment(piece, a)),
              let eb = evaluate(b, [rb.prefix[p], seg, tail], count: rb.count + length, jobs: newB,
                                assignment: rb.assignment + assignment(piece, b)) else { return false }
        return commit(a, newA(), ea, b, newB(), eb, movedToB: piece, movedToA: [], &state)
    }

    /// Within one route: relocate `u` next to `w`, swap them, move `u` and its
    /// follower next to `w` (or-opt), or reverse the stretch between them
    /// (2-opt); evaluated by re-timing the route (O(length)).
    private func intraRoute(_ v: Int, _ i: Int, _ k: Int, _ state: inout SearchState) -> Bool {
        let route = state.routes[v]
        var candidates: [[Int]] = []
        var jobs = route.jobs
        // Relocate u to just after w and to just before w.
        for target in [k + 1, k] {
            var moved = jobs
            let u = moved.remove(at: i)
            let t = target > i ? target - 1 : target
            if t != i, t >= 0, t <= moved.count {
                moved.insert(u, at: t)
                candidates.append(moved)
            }
        }
        jobs.swapAt(i, k)
        candidates.append(jobs)
        // Or-opt: u and its follower after w.
        if i + 1 < route.count, k != i + 1 {
            var moved = route.jobs
            let pair = Array(moved[i...(i + 1)])
            moved.removeSubrange(i...(i + 1))
            let anchor = k > i ? k - 2 : k
            if anchor + 1 <= moved.count {
                moved.insert(contentsOf: pair, at: anchor + 1)
                candidates.append(moved)
            }
        }
        // 2-opt: u -> w, reversing what lies between.
        let (lo, hi) = i < k ? (i + 1, k) : (k + 1, i)
        if hi > lo {
            var reversed = route.jobs
            reversed[lo...hi].reverse()
            candidates.append(reversed)
        }
        let evaluator = RouteEvaluator(data: data)
        for candidate in candidates where candidate != route.jobs {
            if data.instance.hasPickups, !data.instance.keepsPickupRule(vehicle: v, jobs: candidate) { continue }
            var full = data.startSegment[v]
            for j in candidate {
                full = data.join(full, data.jobSegment[j])
                if !full.isTimeFeasible { break }
            }
            guard full.isTimeFeasible else { continue }
            full = data.join(full, data.endSegment[v])
            guard let e = evaluator.evaluate(vehicle: v, full: full, count: candidate.count, jobs: { candidate },
                                             assignment: route.assignment) else { continue }
            if e.cost < route.cost - epsilon,
               state.overtime - route.overtime + e.overtime <= data.overtimeBudget + 1e-9 {
                state.setRoute(v, candidate, data: data)
                return true
            }
        }
        return false
    }
}
