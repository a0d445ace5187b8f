import Foundation

/// An explicit travel matrix: entry `[i][j]` is the trip from location
/// `matrixIndex == i` to location `matrixIndex == j`.
public struct TravelMatrix: Sendable, Hashable, Codable {
    /// Minutes.
    public var durations: [[Double]]
    /// Kilometres; when nil, distance is not known and counts as zero cost.
    public var distances: [[Double]]?

    public init(durations: [[Double]], distances: [[Double]]? = nil) {
        self.durations = durations
        self.distances = distances
    }
}

/// How travel time and distance between two locations are computed.
public enum TravelModel: Sendable, Hashable {
    /// Great-circle distance times `roadFactor`, driven at `speedKmh`.
    case haversine(roadFactor: Double, speedKmh: Double)
    /// Plane coordinates (`lon` = x, `lat` = y), straight-line distance,
    /// time = distance / `speed` (distance units per minute). Used for Solomon instances.
    case euclidean(speed: Double)
    /// Given durations and distances.
    case matrix(TravelMatrix)

    /// The default: 1.3 x great-circle distance at 45 km/h.
    public static let standard = TravelModel.haversine(roadFactor: 1.3, speedKmh: 45)

    /// Mean Earth radius used for great-circle distances, in km.
    public static let earthRadiusKm = 6371.0088

    /// Great-circle distance in km between two coordinates.
    public static func greatCircleKm(_ a: Location, _ b: Location) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad
        let dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }

    /// Road distance in km (or plane units) from `a` to `b`.
    /// Locations must have a valid `matrixIndex` under `.matrix` (validation ensures it).
    public func distance(from a: Location, to b: Location) -> Double {
        switch self {
        case let .haversine(roadFactor, _):
            return TravelModel.greatCircleKm(a, b) * roadFactor
        case .euclidean:
            return hypot(a.longitude - b.longitude, a.latitude - b.latitude)
        case let .matrix(m):
            guard let i = a.matrixIndex, let j = b.matrixIndex, let rows = m.distances,
                  rows.indices.contains(i), rows[i].indices.contains(j) else { return 0 }
            return rows[i][j]
        }
    }

    /// Driving time in minutes from `a` to `b`.
    public func duration(from a: Location, to b: Location) -> Minutes {
        switch self {
        case let .haversine(_, speed):
            return distance(from: a, to: b) / speed * 60
        case let .euclidean(speed):
            return distance(from: a, to: b) / speed
        case let .matrix(m):
            guard let i = a.matrixIndex, let j = b.matrixIndex,
                  m.durations.indices.contains(i), m.durations[i].indices.contains(j) else { return 0 }
            return m.durations[i][j]
        }
    }
}

extension TravelModel: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case model, roadFactor, speedKmh, speed, durations, distances }

    /// Decodes `{"model": "haversine", "roadFactor": 1.3, "speedKmh": 45}`,
    /// `{"model": "euclidean", "speed": 1}` or `{"model": "matrix", "durations": [[...]], "distances": [[...]]}`.
    /// `model` may be left out: a `durations` key means a matrix, otherwise haversine.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let model = try c.decodeIfPresent(String.self, forKey: .model) ?? (c.contains(.durations) ? "matrix" : "haversine")
        switch model {
        case "haversine":
            self = .haversine(roadFactor: try c.decodeIfPresent(Double.self, forKey: .roadFactor) ?? 1.3,
                              speedKmh: try c.decodeIfPresent(Double.self, forKey: .speedKmh) ?? 45)
        case "euclidean":
            self = .euclidean(speed: try c.decodeIfPresent(Double.self, forKey: .speed) ?? 1)
        case "matrix":
            self = .matrix(TravelMatrix(durations: try c.decode([[Double]].self, forKey: .durations),
                                        distances: try c.decodeIfPresent([[Double]].self, forKey: .distances)))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .model, in: c,
                debugDescription: "unknown travel model \"\(model)\": use haversine, euclidean or matrix")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .haversine(roadFactor, speedKmh):
            try c.encode("haversine", forKey: .model)
            try c.encode(roadFactor, forKey: .roadFactor)
            try c.encode(speedKmh, forKey: .speedKmh)
        case let .euclidean(speed):
            try c.encode("euclidean", forKey: .model)
            try c.encode(speed, forKey: .speed)
        case let .matrix(m):
            try c.encode("matrix", forKey: .model)
            try c.encode(m.durations, forKey: .durations)
            try c.encodeIfPresent(m.distances, forKey: .distances)
        }
    }
}
