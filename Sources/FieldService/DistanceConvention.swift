/// How distances of plane (`euclidean`) travel are rounded.
public enum DistanceConvention: String, Sendable, Hashable, CaseIterable {
    /// Double-precision straight-line distance (the default).
    case exact
    /// Each arc's distance truncated to one decimal, travel time likewise: the convention
    /// of the published optimal values of the Solomon instances (exact methods since
    /// Desrochers, Desrosiers & Solomon 1992).
    case truncate1
}

extension Problem {
    /// The problem with its travel model rounded by `convention`.
    ///
    /// With ``DistanceConvention/truncate1`` and `euclidean` travel, the travel becomes an
    /// explicit matrix over every distinct place (jobs, technicians' starts and ends),
    /// whose entries are the straight-line distances truncated to one decimal, and travel
    /// times those distances divided by the speed. Other travel models and
    /// ``DistanceConvention/exact`` leave the problem unchanged.
    public func applying(_ convention: DistanceConvention) -> Problem {
        guard convention == .truncate1, case let .euclidean(speed) = travel, speed > 0 else { return self }
        var places: [Location] = []
        var index: [Location: Int] = [:]
        func register(_ location: Location) -> Location {
            var key = location
            key.matrixIndex = nil
            if let i = index[key] {
                key.matrixIndex = i
                return key
            }
            let i = places.count
            index[key] = i
            places.append(key)
            key.matrixIndex = i
            return key
        }
        var result = self
        for j in result.jobs.indices { result.jobs[j].location = register(result.jobs[j].location) }
        for t in result.technicians.indices {
            result.technicians[t].start = register(result.technicians[t].start)
            if let end = result.technicians[t].end { result.technicians[t].end = register(end) }
        }
        if let depot = result.depot.location { result.depot.location = register(depot) }
        var distances: [[Double]] = []
        for a in places {
            distances.append(places.map { b in
                let dx = a.longitude - b.longitude, dy = a.latitude - b.latitude
                // The small epsilon keeps 0.3 from becoming 0.2 through binary rounding.
                return ((dx * dx + dy * dy).squareRoot() * 10 + 1e-9).rounded(.down) / 10
            })
        }
        result.travel = .matrix(TravelMatrix(durations: distances.map { $0.map { $0 / speed } }, distances: distances))
        return result
    }
}
