import Foundation
import FieldService

/// A plan for the horizon: the public output of FieldPlan.
///
/// JSON keys (`routes`, `unassigned`, `referrals`, `purchaseOrders`,
/// `notifications`, `kpis`) are public API.
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
    /// Messages to send.
    public var notifications: [Notification]
    /// Key figures.
    public var kpis: KPIs

    public init(name: String? = nil, routes: [Route], unassigned: [UnassignedJob], referrals: [Referral] = [],
                purchaseOrders: [PurchaseOrder] = [], notifications: [Notification] = [], kpis: KPIs) {
        self.name = name
        self.routes = routes
        self.unassigned = unassigned
        self.referrals = referrals
        self.purchaseOrders = purchaseOrders
        self.notifications = notifications
        self.kpis = kpis
    }

    /// Pretty-printed JSON with sorted keys (stable for diffs).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
