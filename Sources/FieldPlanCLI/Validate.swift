import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan validate FILE`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an input file and report every problem in it (exit 0 if none, 2 otherwise)."
    )

    @Argument(help: "Input file.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let problem = try input.load(file)
        print("\(file): valid (\(problem.technicians.count) technicians, \(problem.jobs.count) jobs, \(problem.horizon.days) day\(problem.horizon.days == 1 ? "" : "s"))")
    }
}
