import ArgumentParser
import FieldPlan
import Foundation
import Report
import WhatIf

/// `fieldplan whatif BASE SCENARIO...`: plans the base and each what-if scenario side
/// by side and shows what changes.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Plan a base day and what-if scenarios side by side, and show what changes.",
        discussion: """
            Each SCENARIO is a scenario file (JSON, or YAML when it ends in .yaml or .yml: a name, an optional
            description and base, and a list of edits), or a folder whose .json, .yaml and .yml files are all run. The base and every scenario are planned with
            the same options and seed, several at once (one per core).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "The base problem (JSON input).")
    var base: String

    @Argument(help: "Scenario files, or folders of them.")
    var scenarios: [String] = []

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Most plans made at once (default: the number of cores).")
    var parallel: Int?

    @Option(help: "Arrival window in minutes: a visit whose arrival leaves the window its customer was told counts as moved.")
    var arrivalWindow: Double = 120

    @Option(help: "Write a self-contained HTML report (comparison table, and per plan a route map, a Gantt chart and key figures).")
    var html: String?

    @OptionGroup var planning: PlanningOptions

    func validate() throws {
        guard !scenarios.isEmpty else { throw ValidationError("give at least one scenario file or folder") }
        if let parallel, parallel < 1 { throw ValidationError("--parallel must be at least 1, got \(parallel)") }
        guard arrivalWindow.isFinite, arrivalWindow >= 0 else {
            throw ValidationError("--arrival-window must be 0 or more, got \(arrivalWindow)")
        }
    }

    func run() throws {
        let problem = try loadProblem(base)
        var items: [WhatIfRunner.Item] = []
        var bad = false
        for path in try Self.scenarioFiles(scenarios) {
            do {
                let scenario = try WhatIfScenario.load(contentsOf: URL(fileURLWithPath: path), for: problem)
                items.append(WhatIfRunner.Item(scenario: scenario, file: path))
            } catch {
                printError("error: \(error)")
                bad = true
            }
        }
        if bad { throw ExitStatus.badInput }
        var options = planning.planOptions()
        options.progress = nil
        let runner = WhatIfRunner(options: options, notify: NotifyOptions(arrivalWindowMinutes: arrivalWindow),
                                  parallelism: parallel ?? ProcessInfo.processInfo.activeProcessorCount)
        let quiet = planning.quiet
        let started = ContinuousClock.now
        let outcome: (report: WhatIfReport, plans: [(String, Problem, Schedule)])
        do {
            outcome = try runner.run(base: problem, baseName: URL(fileURLWithPath: base).lastPathComponent, items: items) { name, done, total in
                if !quiet { printError("planned \(done) of \(total): \(name)") }
            }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.badInput
        }
        for (name, plannedProblem, schedule) in outcome.plans {
            let violations = FieldPlan.check(schedule, for: plannedProblem)
            if !violations.isEmpty {
                printError("error: the independent checker rejects the plan of \(name) (a planner bug):\n"
                    + violations.prefix(10).map { "  \($0)" }.joined(separator: "\n"))
                throw ExitStatus.failure
            }
        }
        if !quiet { printError("done in \(Bench.fixed(Bench.seconds(ContinuousClock.now - started), 1)) s") }
        if let html {
            let entries = outcome.plans.map { PlanReport.Entry(title: $0.0, problem: $0.1, schedule: $0.2) }
            let report = PlanReport(title: "What if: \(URL(fileURLWithPath: base).lastPathComponent)", entries: entries)
            do {
                try Data(report.html.utf8).write(to: URL(fileURLWithPath: html))
            } catch {
                printError("error: cannot write the report to \(html): \(error.localizedDescription)")
                throw ExitStatus.failure
            }
        }
        switch format {
        case .table:
            print(WhatIfTable.render(outcome.report), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var report = outcome.report
            // Wall times vary from run to run; the JSON report is the same every time.
            for i in report.scenarios.indices { report.scenarios[i].seconds = 0 }
            guard let data = try? encoder.encode(report) else {
                printError("error: cannot encode the report")
                throw ExitStatus.failure
            }
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// The files named, with each folder's `.json`, `.yaml` and `.yml` files in name order.
    static func scenarioFiles(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                printError("error: no scenario file or folder at \(path)")
                throw ExitStatus.badInput
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                // Paths as the user gave them (relative stays relative), for reports that read the same anywhere.
                let folder = path.hasSuffix("/") ? path : path + "/"
                files += names.filter { $0.lowercased().hasSuffix(".json") || WhatIfScenario.isYAML($0) }.sorted().map { folder + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }
}

/// The side-by-side table and the per-scenario changes.
enum WhatIfTable {
    static func render(_ report: WhatIfReport) -> String {
        let b = report.baseFigures
        func money(_ x: Double) -> String { String(format: "%.2f", x) }
        func signed(_ x: Double, _ digits: Int) -> String { String(format: "%+.\(digits)f", x) }
        let rows: [(String, (KeyFigures) -> String, String?)] = [
            ("cost", { money($0.cost) }, "cost"),
            ("travel time (min)", { String(format: "%.0f", $0.travelTime) }, "travelTime"),
            ("distance (km)", { String(format: "%.1f", $0.distance) }, "distance"),
            ("overtime (min)", { String(format: "%.0f", $0.overtime) }, "overtime"),
            ("jobs placed", { "\($0.jobsPlaced)" }, "jobsPlaced"),
            ("  emergency/high/normal/low", { f in ["emergency", "high", "normal", "low"].map { "\(f.placedByUrgency[$0] ?? 0)" }.joined(separator: "/") }, nil),
            ("unplaced", { "\($0.jobsUnassigned)" }, "jobsUnassigned"),
            ("referred", { "\($0.jobsReferred)" }, "jobsReferred"),
            ("purchase orders", { "\($0.purchaseOrders)" }, "purchaseOrders"),
            ("lower bound", { $0.lowerBound.map(money) ?? "-" }, nil),
            ("gap", { $0.gap.map { String(format: "%.2f %%", $0 * 100) } ?? "-" }, nil),
        ]
        var table: [[String]] = [["", report.base] + report.scenarios.map(\.name)]
        for (label, value, key) in rows {
            var line = [label, value(b)]
            for s in report.scenarios {
                var cell = value(s.figures)
                if let key, let delta = s.deltas[key], abs(delta) > 1e-9 {
                    cell += " (" + signed(delta, key == "cost" ? 2 : key == "distance" ? 1 : 0) + ")"
                }
                line.append(cell)
            }
            table.append(line)
        }
        var out = layout(table)
        for s in report.scenarios {
            out.append("")
            out.append("\(s.name)\(s.file.map { " (\($0))" } ?? "")")
            if let description = s.description { out.append("  \(description)") }
            if !s.added.isEmpty { out.append("  added: \(s.added.joined(separator: ", "))") }
            if !s.cancelled.isEmpty { out.append("  cancelled: \(s.cancelled.joined(separator: ", "))") }
            out.append("  moved (\(s.moved.count)): " + (s.moved.isEmpty ? "none" : s.moved.map { m in
                "\(m.job) \(describe(m.from)) -> \(describe(m.to))"
            }.joined(separator: "; ")))
            out.append("  change notices (\(s.changeNotices.count)): " + (s.changeNotices.isEmpty ? "none" : s.changeNotices.joined(separator: ", ")))
            out.append("  newly unplaced (\(s.newlyUnplaced.count)): " + (s.newlyUnplaced.isEmpty ? "none" : ""))
            for u in s.newlyUnplaced { out.append("    \(u.job) \(u.reason.rawValue): \(u.message)") }
            if !s.newlyPlaced.isEmpty { out.append("  newly placed or referred: \(s.newlyPlaced.joined(separator: ", "))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func describe(_ p: Placement) -> String {
        if let provider = p.provider { return "\(provider) (partner) day \(p.day)" }
        return "\(p.technician == nil ? "?" : p.assignee) day \(p.day) \(p.arrival.map { formatClock($0) } ?? "")"
    }

    static func layout(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
