/// A place on the map.
///
/// With the default haversine travel model only `latitude` and `longitude`
/// matter. With an explicit travel matrix every location must also carry
/// `matrixIndex`, the row/column of the matrix that belongs to it.
public struct Location: Sendable, Hashable {
    /// Degrees north, in [-90, 90].
    public var latitude: Double
    /// Degrees east, in [-180, 180].
    public var longitude: Double
    /// Street address for messages and job sheets.
    public var address: String?
    /// Row/column of this place in an explicit travel matrix.
    public var matrixIndex: Int?

    public init(latitude: Double, longitude: Double, address: String? = nil, matrixIndex: Int? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.address = address
        self.matrixIndex = matrixIndex
    }
}

extension Location: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case latitude = "lat", longitude = "lon", address, matrixIndex
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        latitude = try c.decode(Double.self, forKey: .latitude)
        longitude = try c.decode(Double.self, forKey: .longitude)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        matrixIndex = try c.decodeWholeNumberIfPresent(forKey: .matrixIndex)
    }
}
