/// Units of a ``SharedResource`` that can be bought on top of its shared stock, for
/// example a supplier's order of a part.
///
/// Any whole number of units `q >= 0` may be bought at ``unitCost`` each; they add to the
/// shared stock for columns of period ``period`` and later (see ``MasterColumn/period``).
/// The master chooses how many (see ``MasterSolution/replenished``).
public struct Replenishment: Sendable, Hashable {
    /// Its name, for messages (for example the supplier).
    public var name: String
    /// The first period in which the bought units are available. Any integer.
    public var period: Int
    /// The cost of one unit (finite, >= 0).
    public var unitCost: Double

    /// Creates a replenishment.
    /// - Parameters:
    ///   - name: for messages.
    ///   - period: from which period on the units are available.
    ///   - unitCost: the cost per unit bought.
    public init(name: String, period: Int, unitCost: Double) {
        self.name = name
        self.period = period
        self.unitCost = unitCost
    }
}
