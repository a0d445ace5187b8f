import Foundation
import FieldService

/// A plan for the horizon: the public output of FieldPlan.
///
/// JSON keys (`routes`, `unassigned`, `referrals`, `purchaseOrders`,
/// `loadingLists`, `notifications`, `kpis`) are public API.
public struct Schedule: Sendable, Hashable, Codable {
    /// The problem's name.
    public var name: String?
    /// Routes of technicians who work, ordered by day then technician order in the input.
    public var routes: [Route]
    /// Jobs not placed, each with a reason.
    public var unassigned: [UnassignedJob]
    /// Jobs handed to partners.
    public var referrals: [Referral]
    /// Orders the plan depends on.
    public var purchaseOrders: [PurchaseOrder]
    /// What each technician picks up at the depot before each day's shift.
    public var loadingLists: [LoadingList]
    /// Messages to send.
    public var notifications: [Notification]
    /// Key figures.
    public var kpis: KPIs

    public init(name: String? = nil, routes: [Route], unassigned: [UnassignedJob], referrals: [Referral] = [],
                purchaseOrders: [PurchaseOrder] = [], loadingLists: [LoadingList] = [], notifications: [Notification] = [],
                kpis: KPIs) {
        self.name = name
        self.routes = routes
        self.unassigned = unassigned
        self.referrals = referrals
        self.purchaseOrders = purchaseOrders
        self.loadingLists = loadingLists
        self.notifications = notifications
        self.kpis = kpis
    }

    enum CodingKeys: String, CodingKey {
        case name, routes, unassigned, referrals, purchaseOrders, loadingLists, notifications, kpis
    }

    /// Decodes a schedule; `loadingLists` may be absent (schedules written before it existed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        routes = try c.decode([Route].self, forKey: .routes)
        unassigned = try c.decode([UnassignedJob].self, forKey: .unassigned)
        referrals = try c.decodeIfPresent([Referral].self, forKey: .referrals) ?? []
        purchaseOrders = try c.decodeIfPresent([PurchaseOrder].self, forKey: .purchaseOrders) ?? []
        loadingLists = try c.decodeIfPresent([LoadingList].self, forKey: .loadingLists) ?? []
        notifications = try c.decodeIfPresent([Notification].self, forKey: .notifications) ?? []
        kpis = try c.decode(KPIs.self, forKey: .kpis)
    }

    /// Pretty-printed JSON with sorted keys (stable for diffs).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
