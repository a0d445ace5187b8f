import Foundation
import Testing
import FieldService

/// Where the test inputs live.
enum Fixtures {
    /// The copied `Fixtures` folder inside the test bundle.
    static let root: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the test bundle has no Fixtures folder")
        }
        return url
    }()

    static let invalid = root.appendingPathComponent("invalid")
    static let valid = root.appendingPathComponent("valid")

    /// File names in `folder` (sorted), optionally only those with `suffix`.
    static func files(in folder: URL, suffix: String? = nil) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { suffix == nil || $0.hasSuffix(suffix!) }.sorted()
    }

    /// Inputs of the invalid fixtures: every file that is not an `.expected` file.
    static let invalidInputs: [String] = files(in: invalid).filter { !$0.hasSuffix(".expected") }

    /// Valid documents.
    static let validInputs: [String] = files(in: valid, suffix: ".json")

    static func data(_ folder: URL, _ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// `Scenarios/small.json` (the 14-job day these tests describe), found from this source file.
    static var tomorrow: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // FieldServiceTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Scenarios/small.json")
    }
}

/// Loads a JSON text (validated), for tests that write small documents inline.
func load(_ json: String) throws(InputError) -> Problem {
    try Problem.load(json: Data(json.utf8))
}

/// The issues of loading `json`, or an empty list when it loads.
func issues(_ json: String) -> [InputIssue] {
    do {
        _ = try load(json)
        return []
    } catch {
        return error.issues
    }
}

/// A one-technician, one-job document (three days, shifts on days 1 and 2) with parts spliced in.
func document(horizon: String = #"{"start": "2026-11-23", "days": 3}"#,
              shift: String = #"{"day": 1, "start": "08:00", "end": "16:00"}, {"day": 2, "start": "08:00", "end": "16:00"}"#,
              window: String = #"{"start": "09:00", "end": "11:00"}"#,
              travel: String = #"{"model": "haversine"}"#) -> String {
    """
    {
      "horizon": \(horizon),
      "technicians": [
        {"id": "t1", "shifts": [\(shift)], "start": {"lat": 42.96, "lon": -85.67}}
      ],
      "jobs": [
        {"id": "j1", "customer": {"name": "Ed Moore"}, "location": {"lat": 42.97, "lon": -85.66},
         "duration": 60, "timeWindows": [\(window)]}
      ],
      "travel": \(travel)
    }
    """
}
