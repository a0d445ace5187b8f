import Foundation
import FieldService

/// One drive as the checker computes it.
struct Leg: Sendable, Hashable {
    /// Minutes driving.
    var duration: Minutes
    /// Kilometres (or plane units, or matrix distance units).
    var distance: Double

    static let zero = Leg(duration: 0, distance: 0)
}

/// The outcome of asking for the drive between two places.
enum LegResult: Sendable, Hashable {
    /// The drive, recomputed.
    case computed(Leg)
    /// One end is unknown (an unknown job or technician): the schedule's figures are taken as given.
    case unknownEndpoint
    /// Both ends are known but the travel model has no figure for them (a location without a matrix entry).
    case undefined

    /// The recomputed leg, when there is one.
    var leg: Leg? {
        if case let .computed(leg) = self { return leg }
        return nil
    }
}

/// The checker's own travel computation.
///
/// Deliberately independent of `TravelModel.distance` / `duration`: it reads the
/// model's parameters and recomputes great-circle, plane and matrix travel
/// itself, so a bug in the planner's travel code cannot hide in the oracle.
struct TravelOracle: Sendable {
    let model: TravelModel

    /// Mean Earth radius in km (the radius the travel model is specified with).
    static let earthRadiusKm = 6371.0088

    /// The drive from `a` to `b`; `.unknownEndpoint` when either is nil.
    func leg(from a: Location?, to b: Location?) -> LegResult {
        guard let a, let b else { return .unknownEndpoint }
        switch model {
        case let .haversine(roadFactor, speedKmh):
            let km = TravelOracle.greatCircleKm(a, b) * roadFactor
            return .computed(Leg(duration: km / speedKmh * 60, distance: km))
        case let .euclidean(speed):
            let dx = b.longitude - a.longitude
            let dy = b.latitude - a.latitude
            let units = (dx * dx + dy * dy).squareRoot()
            return .computed(Leg(duration: units / speed, distance: units))
        case let .matrix(matrix):
            guard let i = a.matrixIndex, let j = b.matrixIndex,
                  let minutes = TravelOracle.entry(matrix.durations, i, j) else { return .undefined }
            guard let distances = matrix.distances else {
                // No distance matrix: distance is unknown and counts as zero.
                return .computed(Leg(duration: minutes, distance: 0))
            }
            guard let km = TravelOracle.entry(distances, i, j) else { return .undefined }
            return .computed(Leg(duration: minutes, distance: km))
        }
    }

    /// Great-circle distance in km (haversine formula, atan2 form).
    static func greatCircleKm(_ a: Location, _ b: Location) -> Double {
        let toRadians = Double.pi / 180
        let lat1 = a.latitude * toRadians
        let lat2 = b.latitude * toRadians
        let halfDLat = (lat2 - lat1) / 2
        let halfDLon = (b.longitude - a.longitude) * toRadians / 2
        let s1 = sin(halfDLat)
        let s2 = sin(halfDLon)
        let h = min(1, max(0, s1 * s1 + cos(lat1) * cos(lat2) * s2 * s2))
        return earthRadiusKm * 2 * atan2(h.squareRoot(), (1 - h).squareRoot())
    }

    private static func entry(_ rows: [[Double]], _ i: Int, _ j: Int) -> Double? {
        guard rows.indices.contains(i), rows[i].indices.contains(j) else { return nil }
        return rows[i][j]
    }
}
