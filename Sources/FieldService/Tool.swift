/// A tool in the catalogue: equipment a job needs on site and that is not used up
/// (a pipe threader, a refrigerant recovery unit, a ladder for two storeys).
///
/// A technician can do a job only with each of its ``Job/requiredTools`` on board: on
/// the van (``Technician/tools``) or borrowed from the depot for the day
/// (``Depot/tools``; one depot unit is on one van at a time per day).
public struct Tool: Sendable, Hashable, Codable {
    /// Unique id, referenced by jobs, vans and the depot.
    public var id: String
    /// Human name for loading lists and job sheets.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

extension Tool {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
    }
}
