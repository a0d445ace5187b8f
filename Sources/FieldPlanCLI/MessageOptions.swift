import ArgumentParser
import FieldPlan
import Foundation

extension DateLocale: ExpressibleByArgument {}

/// How notifications are written: shared by `optimize` and `publish`.
struct MessageOptions: ParsableArguments {
    @Option(help: "Language of the messages: en or de (or another one your --templates folder has).")
    var language: String = "en"

    @Option(help: "How dates and times are written: en-US, en-GB or de-DE (default: the language's usual one).")
    var dateLocale: DateLocale?

    @Option(help: "Width of the arrival window told to customers, in minutes.")
    var arrivalWindow: Double = 120

    @Option(help: "A folder of Mustache templates (<kind>.mustache or <language>/<kind>.mustache) that replace the shipped ones.")
    var templates: String?

    @Option(help: "Company name in messages (default: the problem's name up to the first ':' or ',').")
    var company: String?

    func validate() throws {
        guard arrivalWindow.isFinite, arrivalWindow >= 0, arrivalWindow <= 24 * 60 else {
            throw ValidationError("--arrival-window must be between 0 and 1440 minutes, got \(arrivalWindow)")
        }
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--templates \(templates) is not a folder")
            }
        }
    }

    var notifyOptions: NotifyOptions {
        NotifyOptions(arrivalWindowMinutes: arrivalWindow, language: language, dateLocale: dateLocale,
                      templatesDirectory: templates.map { URL(fileURLWithPath: $0, isDirectory: true) }, company: company)
    }

    /// The notifier for `problem`, or exit 2 when a template is missing or broken.
    func notifier(for problem: Problem) throws -> Notifier {
        do {
            return try Notifier(problem: problem, options: notifyOptions)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.badInput
        }
    }
}
