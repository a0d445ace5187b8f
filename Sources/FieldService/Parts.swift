/// A part in the catalogue.
public struct Part: Sendable, Hashable, Codable {
    /// Unique id, referenced by jobs, vans, the depot and suppliers.
    public var id: String
    /// Human name for job sheets and orders.
    public var name: String
    /// Internal unit cost (for reporting).
    public var unitCost: Double?

    public init(id: String, name: String, unitCost: Double? = nil) {
        self.id = id
        self.name = name
        self.unitCost = unitCost
    }
}

/// The company's depot: technicians load parts here before the shift and borrow
/// tools for the day.
public struct Depot: Sendable, Hashable, Codable {
    /// Where it is.
    public var location: Location?
    /// Part id to quantity on the shelves, shared by all technicians.
    public var stock: [String: Int]
    /// Tool id to the number of units technicians can borrow; a unit is on one van at
    /// a time per day.
    public var tools: [String: Int]
    /// Pick-up stops during the day (needs ``location``); nil: the depot's parts and
    /// tools are loaded before the shift at no cost.
    public var pickup: DepotPickup?

    public init(location: Location? = nil, stock: [String: Int] = [:], tools: [String: Int] = [:], pickup: DepotPickup? = nil) {
        self.location = location
        self.stock = stock
        self.tools = tools
        self.pickup = pickup
    }
}

extension Depot {
    enum CodingKeys: String, CodingKey, CaseIterable { case location, stock, tools, pickup }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        location = try c.decodeIfPresent(Location.self, forKey: .location)
        stock = try c.decodeWholeNumberMapIfPresent(forKey: .stock) ?? [:]
        tools = try c.decodeWholeNumberMapIfPresent(forKey: .tools) ?? [:]
        pickup = try c.decodeIfPresent(DepotPickup.self, forKey: .pickup)
    }

    /// Encodes the input format; `tools` only when the depot lends some.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encode(stock, forKey: .stock)
        if !tools.isEmpty { try c.encode(tools, forKey: .tools) }
        try c.encodeIfPresent(pickup, forKey: .pickup)
    }
}

/// One part a supplier sells, at a price.
public struct SupplierOffer: Sendable, Hashable, Codable {
    /// Part id.
    public var part: String
    /// Price per unit.
    public var unitCost: Double

    public init(part: String, unitCost: Double) {
        self.part = part
        self.unitCost = unitCost
    }
}

/// A parts supplier.
public struct Supplier: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// Company name.
    public var name: String
    /// What it sells.
    public var offers: [SupplierOffer]
    /// Whole days from order to delivery at the depot.
    public var leadTimeDays: Int
    /// Orders placed after this clock time (minutes after midnight) count as next day's.
    public var orderCutoff: Minutes?
    /// How to send it orders.
    public var contact: Contact
    /// A trade counter where technicians can buy its parts during the day (with depot
    /// pick-ups on); nil when it only delivers to the depot.
    public var counter: SupplierCounter?

    public init(id: String, name: String, offers: [SupplierOffer], leadTimeDays: Int,
                orderCutoff: Minutes? = nil, contact: Contact = Contact(), counter: SupplierCounter? = nil) {
        self.counter = counter
        self.id = id
        self.name = name
        self.offers = offers
        self.leadTimeDays = leadTimeDays
        self.orderCutoff = orderCutoff
        self.contact = contact
    }
}

extension Supplier: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, offers = "parts", leadTimeDays, orderCutoff, contact, counter }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        offers = try c.decodeIfPresent([SupplierOffer].self, forKey: .offers) ?? []
        leadTimeDays = try c.decodeWholeNumber(forKey: .leadTimeDays)
        orderCutoff = try c.decodeClockTimeIfPresent(forKey: .orderCutoff)
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
        counter = try c.decodeIfPresent(SupplierCounter.self, forKey: .counter)
    }

    /// Encodes the order cut-off as `"HH:MM"`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(offers, forKey: .offers)
        try c.encode(leadTimeDays, forKey: .leadTimeDays)
        if let orderCutoff { try c.encodeClockTime(orderCutoff, forKey: .orderCutoff) }
        try c.encode(contact, forKey: .contact)
        try c.encodeIfPresent(counter, forKey: .counter)
    }
}

/// A circle around a point where a partner provider works.
public struct ServiceArea: Sendable, Hashable, Codable {
    /// Centre of the area.
    public var center: Location
    /// Radius in kilometres (great-circle).
    public var radiusKm: Double

    public init(center: Location, radiusKm: Double) {
        self.center = center
        self.radiusKm = radiusKm
    }
}

/// A partner company that can take referred jobs.
public struct Provider: Sendable, Hashable {
    /// Unique id.
    public var id: String
    /// Company name.
    public var name: String
    /// Skill name to level they cover.
    public var skills: [String: Int]
    /// Where they work; everywhere when nil.
    public var serviceArea: ServiceArea?
    /// Price per referred job.
    public var costPerJob: Double
    /// Most jobs per day they accept.
    public var jobsPerDay: Int
    /// Customer rating, e.g. 4.6 of 5.
    public var rating: Double?
    /// How to hand a job over.
    public var contact: Contact

    public init(id: String, name: String, skills: [String: Int], serviceArea: ServiceArea? = nil,
                costPerJob: Double, jobsPerDay: Int, rating: Double? = nil, contact: Contact = Contact()) {
        self.id = id
        self.name = name
        self.skills = skills
        self.serviceArea = serviceArea
        self.costPerJob = costPerJob
        self.jobsPerDay = jobsPerDay
        self.rating = rating
        self.contact = contact
    }
}

extension Provider: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, skills, serviceArea, costPerJob, jobsPerDay, rating, contact }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        skills = try c.decodeWholeNumberMapIfPresent(forKey: .skills) ?? [:]
        serviceArea = try c.decodeIfPresent(ServiceArea.self, forKey: .serviceArea)
        costPerJob = try c.decode(Double.self, forKey: .costPerJob)
        jobsPerDay = try c.decodeWholeNumber(forKey: .jobsPerDay)
        rating = try c.decodeIfPresent(Double.self, forKey: .rating)
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
    }
}

extension Part {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, unitCost }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        unitCost = try c.decodeIfPresent(Double.self, forKey: .unitCost)
    }
}

extension SupplierOffer {
    enum CodingKeys: String, CodingKey, CaseIterable { case part, unitCost }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        part = try c.decode(String.self, forKey: .part)
        unitCost = try c.decode(Double.self, forKey: .unitCost)
    }
}

extension ServiceArea {
    enum CodingKeys: String, CodingKey, CaseIterable { case center, radiusKm }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        center = try c.decode(Location.self, forKey: .center)
        radiusKm = try c.decode(Double.self, forKey: .radiusKm)
    }
}
