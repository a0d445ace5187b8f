import Foundation

/// Best-known distances per benchmark instance, read from a CSV file such as
/// `../shared/benchmarks/solomon/bks_distance_only.csv`.
///
/// The file needs a header with the columns `instance` and `distance` (any
/// order, other columns ignored; an optional `vehicles` column gives the fleet of the
/// best-known plan, used by `bench --fleet-from-bks`). With a `customers` column (as in
/// `optimal_25_50.csv`) a row applies to runs on that many customers; without
/// one, a row applies to runs on the whole file.
struct BestKnownTable {
    struct Key: Hashable {
        var instance: String
        /// Nil: the whole instance.
        var customers: Int?
    }

    private(set) var distances: [Key: Double] = [:]
    /// Vehicles of the best-known plan, when the file has a `vehicles` column.
    private(set) var fleets: [Key: Int] = [:]
    /// Whether the rows are per customer count.
    private(set) var byCustomers = false

    /// Reads the table; the error message names the file and the line.
    init(contentsOf url: URL) throws(BestKnownTableError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw BestKnownTableError("cannot read \(url.path): \(error.localizedDescription)")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .filter { !$0.element.allSatisfy(\.isWhitespace) }.makeIterator()
        guard let header = lines.next() else { throw BestKnownTableError("\(url.path) is empty") }
        let columns = Self.fields(header.element).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let instanceColumn = columns.firstIndex(of: "instance"),
              let distanceColumn = columns.firstIndex(of: "distance") else {
            throw BestKnownTableError("\(url.path) line \(header.offset + 1): the header needs the columns instance and distance, found \(columns.joined(separator: ","))")
        }
        let customersColumn = columns.firstIndex(of: "customers")
        let vehiclesColumn = columns.firstIndex(of: "vehicles")
        byCustomers = customersColumn != nil
        while let (offset, line) = lines.next() {
            let fields = Self.fields(line).map { $0.trimmingCharacters(in: .whitespaces) }
            let place = "\(url.path) line \(offset + 1)"
            guard fields.count == columns.count else {
                throw BestKnownTableError("\(place): expected \(columns.count) fields, found \(fields.count)")
            }
            guard let distance = Double(fields[distanceColumn]), distance.isFinite, distance > 0 else {
                throw BestKnownTableError("\(place): distance \"\(fields[distanceColumn])\" is not a positive number")
            }
            var customers: Int?
            if let customersColumn {
                guard let count = Int(fields[customersColumn]), count >= 0 else {
                    throw BestKnownTableError("\(place): customers \"\(fields[customersColumn])\" is not a whole number")
                }
                customers = count
            }
            let key = Key(instance: fields[instanceColumn], customers: customers)
            distances[key] = distance
            if let vehiclesColumn {
                guard let count = Int(fields[vehiclesColumn]), count >= 1 else {
                    throw BestKnownTableError("\(place): vehicles \"\(fields[vehiclesColumn])\" is not a positive whole number")
                }
                fleets[key] = count
            }
        }
    }

    /// The best-known distance of `instance` run on `customers` of its `available` customers.
    func distance(instance: String, customers: Int, available: Int) -> Double? {
        if byCustomers { return distances[Key(instance: instance, customers: customers)] }
        return customers == available ? distances[Key(instance: instance, customers: nil)] : nil
    }

    /// Vehicles of the best-known plan of `instance` on `customers` of its `available`
    /// customers, when the table has them.
    func vehicles(instance: String, customers: Int, available: Int) -> Int? {
        if byCustomers { return fleets[Key(instance: instance, customers: customers)] }
        return customers == available ? fleets[Key(instance: instance, customers: nil)] : nil
    }

    /// The fields of one CSV line; double quotes protect commas (`""` inside quotes is a quote).
    static func fields(_ line: Substring) -> [String] {
        let characters = Array(line)
        var fields: [String] = []
        var current = ""
        var quoted = false
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted, c == "\"" {
                if index + 1 < characters.count, characters[index + 1] == "\"" {
                    current.append("\"")
                    index += 1
                } else {
                    quoted = false
                }
            } else if quoted {
                current.append(c)
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
            index += 1
        }
        fields.append(current)
        return fields
    }
}

/// A best-known table that cannot be used: the message names the file and the line.
struct BestKnownTableError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
