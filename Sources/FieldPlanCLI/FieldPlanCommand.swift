import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan`: plans field-service technicians' days.
@main
struct FieldPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldplan",
        abstract: "Plans the day of field-service technicians with a MIP solved by GLPK.",
        discussion: "Exit codes: 0 success, 1 internal or solver failure, 2 bad input.",
        subcommands: [Optimize.self, Validate.self, Bench.self, Generate.self, WhatIfCommand.self, Publish.self,
                      OutboxCommand.self, RecordCommand.self, ReportCommand.self, ReopenCommand.self, BookCommand.self, ReplanCommand.self,
                      ServeCommand.self]
    )
}

/// Exit codes, documented in the README.
enum ExitStatus {
    static let failure = ExitCode(1)
    static let badInput = ExitCode(InputError.exitCode)
}

/// Writes one message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Loads an input file, or the bundled default day when `path` is nil.
func loadProblem(_ path: String?) throws -> Problem {
    let url: URL
    if let path {
        url = URL(fileURLWithPath: path)
    } else if let bundled = DefaultScenario.locate() {
        url = bundled
    } else {
        printError("error: no FILE given and the bundled Scenarios/tomorrow.json was not found; run from the repository or pass a file")
        throw ExitStatus.badInput
    }
    do {
        return try FieldPlan.load(contentsOf: url)
    } catch {
        printError(error.issues.map { "error: \($0)" }.joined(separator: "\n"))
        throw ExitStatus.badInput
    }
}

/// Finds `Scenarios/tomorrow.json`: in the working directory or above, or above the executable.
enum DefaultScenario {
    static let relativePath = "Scenarios/tomorrow.json"

    static func locate() -> URL? {
        let fm = FileManager.default
        var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        if let exe = Bundle.main.executableURL { starts.append(exe.deletingLastPathComponent()) }
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent(relativePath)
                if fm.fileExists(atPath: candidate.path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}

/// Reads a plan written by `optimize --format json`; exits 2 with a message when it is not one.
func loadPlan(_ path: String) throws -> Schedule {
    do {
        return try JSONDecoder().decode(Schedule.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        printError("error: \(path) is not a plan written by `fieldplan optimize --format json`: \(error.localizedDescription)")
        throw ExitStatus.badInput
    }
}
