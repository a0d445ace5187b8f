import ArgumentParser
import FieldPlan
import Foundation

extension DistanceConvention: ExpressibleByArgument {}

/// The input file formats the commands read.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// The FieldPlan JSON format (README, "Input format").
    case json
    /// A Solomon VRPTW text file (the classic benchmark).
    case solomon
    /// A TRSP text file (the technician routing and scheduling instances of Pillac et al. 2013).
    case trsp
}

/// `--input-format json|solomon|trsp` and `--customers N`, shared by `optimize` and `validate`.
struct InputOptions: ParsableArguments {
    @Option(help: "Input format: json (the FieldPlan format), solomon (a Solomon VRPTW text file) or trsp (a TRSP text file of Pillac et al.).")
    var inputFormat: InputFormat = .json

    @Option(help: "Solomon only: keep the first N customers (e.g. 25 or 50 for the classic smaller variants).")
    var customers: Int?

    @Option(help: "Plane distances: exact, or truncate1 (each arc truncated to one decimal, the convention of the published Solomon optima).")
    var distanceConvention: DistanceConvention = .exact

    func validate() throws {
        if let customers {
            guard inputFormat == .solomon else {
                throw ValidationError("--customers applies to --input-format solomon only")
            }
            guard customers >= 0 else {
                throw ValidationError("--customers must be at least 0, got \(customers)")
            }
        }
    }

    /// Loads `path` in the chosen format; the bundled JSON day when `path` is nil (JSON only).
    /// Bad input is printed (one `error:` line per issue) and exits 2.
    func load(_ path: String?) throws -> Problem {
        switch inputFormat {
        case .json:
            return try loadProblem(path).applying(distanceConvention)
        case .solomon:
            guard let path else {
                printError("error: --input-format solomon needs a FILE")
                throw ExitStatus.badInput
            }
            return try loadSolomonProblem(path, customers: customers, namingFile: false).applying(distanceConvention)
        case .trsp:
            guard let path else {
                printError("error: --input-format trsp needs a FILE")
                throw ExitStatus.badInput
            }
            return try loadTRSPProblem(path).applying(distanceConvention)
        }
    }
}

/// Loads a TRSP file. Bad input is printed, one `error:` line per issue, and exits 2.
func loadTRSPProblem(_ path: String) throws -> Problem {
    do {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(InputIssue(path: "", kind: .malformedFile,
                                        message: "cannot read \(path): \(error.localizedDescription)"))
        }
        return try Problem.loadTRSP(data: data)
    } catch let error as InputError {
        printError(error.issues.map { "error: " + $0.description }.joined(separator: "\n"))
        throw ExitStatus.badInput
    }
}

/// Loads a Solomon file. Bad input is printed, one `error:` line per issue
/// (after the file's path when `namingFile`, for commands that read several), and exits 2.
func loadSolomonProblem(_ path: String, customers: Int?, namingFile: Bool) throws -> Problem {
    do {
        return try FieldPlan.loadSolomon(contentsOf: URL(fileURLWithPath: path), customers: customers)
    } catch {
        let prefix = namingFile ? "error: \(path): " : "error: "
        printError(error.issues.map { prefix + $0.description }.joined(separator: "\n"))
        throw ExitStatus.badInput
    }
}
