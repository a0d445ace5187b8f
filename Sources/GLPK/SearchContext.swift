import CGLPK

/// State shared between `intopt` and the C trampoline for one `glp_intopt` call. Passed to
/// GLPK unretained through `cb_info`; `intopt` keeps it alive for the call's duration.
final class SearchContext {
    let search: GLPKSearch
    let callback: ((GLPKSearch) throws -> Void)?
    /// A checked, rounded incumbent to hand to GLPK at the first callback.
    var pendingIncumbent: [Double]?
    var incumbentOutcome: GLPKIncumbentOutcome?
    /// The best active node's bound, as last sampled.
    var lastBound: Double?
    /// When `lastBound` was sampled (sampling scans the whole active list, so it is
    /// throttled for large trees; an older bound is still a valid, if weaker, bound).
    private var lastSample: ContinuousClock.Instant?
    /// The first error thrown by `callback`.
    var error: (any Error)?

    init(search: GLPKSearch, callback: ((GLPKSearch) throws -> Void)?,
         pendingIncumbent: [Double]?, incumbentOutcome: GLPKIncumbentOutcome?) {
        self.search = search
        self.callback = callback
        self.pendingIncumbent = pendingIncumbent
        self.incumbentOutcome = incumbentOutcome
    }

    /// Records the best bound when the tree is small or 50 ms have passed since the last
    /// sample.
    private func sampleBound() {
        let now = ContinuousClock.now
        if search.activeNodeCount > 256, let lastSample, now - lastSample < .milliseconds(50) { return }
        lastSample = now
        if let bound = search.bestBound { lastBound = bound }
    }

    func handle(_ tree: OpaquePointer) {
        search.activate(tree)
        defer { search.invalidate() }
        sampleBound()
        if let incumbent = pendingIncumbent {
            pendingIncumbent = nil
            incumbentOutcome = search.submit(incumbent)
        }
        guard let callback, error == nil else { return }
        do {
            try callback(search)
        } catch {
            self.error = error
            glp_ios_terminate(tree)
        }
    }
}

/// The `@convention(c)` callback given to `glp_intopt`; `info` is the unretained
/// ``SearchContext``. Nothing may throw or unwind through here.
func glpkSearchTrampoline(_ tree: OpaquePointer?, _ info: UnsafeMutableRawPointer?) {
    guard let tree, let info else { return }
    Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
}
