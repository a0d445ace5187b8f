import ArgumentParser
import FieldPlan
import Foundation
import Records

/// `fieldplan report --from DATE --to DATE [--db PATH] [--format table|json]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise the service records of a period per technician and per job type.",
        discussion: """
            Visits, jobs, time on site, travel, labour and parts cost, first-time-fix rate, mean satisfaction \
            and complaints of the records from --from to --to (both included). See README, "Records".
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: ArgumentHelp("First day, YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(help: ArgumentHelp("Last day (included), YYYY-MM-DD.", valueName: "date"))
    var to: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    func validate() throws {
        let first = try civilDate(from, option: "--from"), last = try civilDate(to, option: "--to")
        guard first <= last else { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        let first = try civilDate(from, option: "--from"), last = try civilDate(to, option: "--to")
        let store = try database.open(mustExist: true)
        let report: ServiceReport
        do {
            report = try store.report(from: first, to: last)
        } catch {
            throw fail(error)
        }
        switch format {
        case .json: print(try prettyJSON(report), terminator: "")
        case .table: print(Self.table(report), terminator: "")
        }
    }

    /// The report as two tables (by technician, by job type), each ending in the total.
    static func table(_ report: ServiceReport) -> String {
        var out = ["Service report \(report.from) to \(report.to)", ""]
        guard report.total.visits > 0 else {
            return (out + ["No service records in this period."]).joined(separator: "\n") + "\n"
        }
        let header = ["visits", "jobs", "on site", "travel", "km", "labour", "parts", "first-time fix", "satisfaction",
                      "complaints"]
        for (title, column, rows) in [("By technician", "technician", report.technicians),
                                      ("By job type", "job type", report.jobTypes)] {
            out.append(title)
            out += TextTable.render([[column] + header] + (rows + [report.total]).map(cells), indent: "  ")
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func cells(_ row: ServiceReportRow) -> [String] {
        let ftf = row.firstTimeFixRate.map { fixed($0 * 100, 1) + " % (\(row.firstTimeFixes)/\(row.jobs))" } ?? "-"
        let satisfaction = row.meanSatisfaction.map { fixed($0, 2) + " (\(row.satisfactionAnswers))" } ?? "-"
        return [row.name, "\(row.visits)", "\(row.jobs)", minutes(row.minutesOnSite), minutes(row.travelMinutes),
                fixed(row.travelKm, 1), fixed(row.labourCost, 2), fixed(row.partsCost, 2), ftf, satisfaction,
                "\(row.complaints)"]
    }

    static func minutes(_ value: Double) -> String {
        let total = Int(value.rounded())
        return "\(total / 60)h" + (total % 60 < 10 ? "0" : "") + "\(total % 60)"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
