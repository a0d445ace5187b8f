import Foundation

extension FieldPlan {
    /// Reads and validates a Solomon VRPTW text file (see
    /// `Problem.loadSolomon(text:name:customers:)` for how it maps to a problem).
    ///
    /// - Parameter url: the Solomon text file to read.
    /// - Parameter customers: keep only the first `customers` customers (the 25- and 50-customer variants).
    /// - Throws: `InputError` naming the line and the customer of every problem, or that the file cannot be read.
    public static func loadSolomon(contentsOf url: URL, customers: Int? = nil) throws(InputError) -> Problem {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(InputIssue(path: "", kind: .malformedFile,
                                        message: "cannot read \(url.path): \(error.localizedDescription)"))
        }
        return try Problem.loadSolomon(data: data, customers: customers)
    }
}
