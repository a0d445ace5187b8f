/// The channel a message is sent through.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case email
    case sms
    /// A phone-call task for the dispatcher.
    case phone

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = Channel(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "unknown channel \"\(text)\": use email, sms or phone")
        }
        self = value
    }
}

/// How to reach a person or a company.
public struct Contact: Codable, Sendable, Hashable {
    /// Phone number as written by the dispatcher (no normalisation).
    public var phone: String?
    /// E-mail address.
    public var email: String?

    public init(phone: String? = nil, email: String? = nil) {
        self.phone = phone
        self.email = email
    }
}

/// The customer who asked for a job.
public struct Customer: Codable, Sendable, Hashable {
    /// Name as it appears on messages.
    public var name: String
    /// Phone number.
    public var phone: String?
    /// E-mail address.
    public var email: String?
    /// The channel the customer prefers; messages fall back to whatever contact exists.
    public var preferredChannel: Channel?

    public init(name: String, phone: String? = nil, email: String? = nil, preferredChannel: Channel? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.preferredChannel = preferredChannel
    }
}

extension Contact {
    enum CodingKeys: String, CodingKey, CaseIterable { case phone, email }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        email = try c.decodeIfPresent(String.self, forKey: .email)
    }
}

extension Customer {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, phone, email, preferredChannel }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        preferredChannel = try c.decodeIfPresent(Channel.self, forKey: .preferredChannel)
    }
}
