/// Writes reproducible TRSP instances in the text format that
/// ``Problem/loadTRSP(text:name:)`` reads (the format of Pillac, Guéret and
/// Medaglia's instances), so that results can be reported on instances anyone
/// can make again from the same settings.
///
/// What a generated instance contains, on a 100 x 100 plane (whole coordinates):
/// - the central depot at (50, 50), open from 0 to 1000;
/// - `technicians` technicians with homes anywhere on the plane, working the
///   depot's hours (their rows repeat the window), each with 1 to `skills`
///   skills, 0 to `tools` tools and 0 to `parts` spare part types on the van,
///   2 to 5 units of each;
/// - `requests` requests anywhere on the plane with 10-30 minutes of service
///   and a window of 60-240 minutes for the start of service, opening between
///   145 and 580: any technician can reach it from home in time and be back
///   by 1000 (the plane's diagonal is under 142); each needs 1 or 2 skills
///   that one technician, drawn at random, has all of (so every request has a
///   qualified technician), 0 to 2 tools and 0 to 2 spare part types, 1 unit each.
///
/// Request IDs follow the technicians (K + 1, K + 2, ...), as in the published
/// instances; the name line is `GEN<seed>.<requests>_<technicians>-<skills>-<tools>-<parts>`.
/// The same settings and seed give the same text on every platform: the
/// generator uses its own SplitMix64 random numbers and integer arithmetic only.
/// The crew is drawn from its own stream, so it does not change when only the
/// number of requests does.
///
/// ```swift
/// let text = TRSPGenerator(requests: 100, technicians: 25, skills: 5, tools: 5, parts: 5, seed: 1).make()
/// let problem = try Problem.loadTRSP(text: text)
/// ```
public struct TRSPGenerator: Sendable {
    /// Number of requests, at least 0.
    public var requests: Int
    /// Number of technicians, at least 1.
    public var technicians: Int
    /// Number of skill types, at least 0.
    public var skills: Int
    /// Number of tool types, at least 0.
    public var tools: Int
    /// Number of spare part types, at least 0.
    public var parts: Int
    /// Random seed: the same settings and seed give the same text.
    public var seed: UInt64

    /// The central depot's hours: every technician works them.
    public static let horizon = 1000

    /// - Parameters:
    ///   - requests: number of requests (less than 0 is raised to 0).
    ///   - technicians: number of technicians (less than 1 is raised to 1).
    ///   - skills: number of skill types (less than 0 is raised to 0).
    ///   - tools: number of tool types (less than 0 is raised to 0).
    ///   - parts: number of spare part types (less than 0 is raised to 0).
    ///   - seed: the random seed.
    public init(requests: Int, technicians: Int, skills: Int, tools: Int, parts: Int, seed: UInt64) {
        self.requests = max(0, requests)
        self.technicians = max(1, technicians)
        self.skills = max(0, skills)
        self.tools = max(0, tools)
        self.parts = max(0, parts)
        self.seed = seed
    }

    /// The instance as TRSP text (LF line ends, ending in a newline).
    public func make() -> String {
        let requests = max(0, self.requests), technicians = max(1, self.technicians)
        let skills = max(0, self.skills), tools = max(0, self.tools), parts = max(0, self.parts)
        var crewRandom = TRSPRandom(seed: seed, salt: "crew")
        var requestRandom = TRSPRandom(seed: seed, salt: "requests")

        var rows: [[String]] = []
        rows.append(["0", "50", "50", "0", String(Self.horizon), "0", "[]", "[]", "[]"])

        var crewSkills: [[Int]] = []
        for k in 1...technicians {
            let x = crewRandom.int(0...100), y = crewRandom.int(0...100)
            let skillSet = skills == 0 ? [] : crewRandom.subset(of: skills, size: crewRandom.int(1...skills))
            let toolSet = crewRandom.subset(of: tools, size: crewRandom.int(0...tools))
            var stock = Array(repeating: 0, count: parts)
            for part in crewRandom.subset(of: parts, size: crewRandom.int(0...parts)) {
                stock[part] = crewRandom.int(2...5)
            }
            crewSkills.append(skillSet)
            rows.append([String(k), String(x), String(y), "0", String(Self.horizon), "0",
                         Self.list(skillSet), Self.list(toolSet), Self.list(stock)])
        }

        for r in stride(from: 1, through: requests, by: 1) {
            let x = requestRandom.int(0...100), y = requestRandom.int(0...100)
            let service = requestRandom.int(10...30)
            let ready = requestRandom.int(145...580)
            let due = ready + requestRandom.int(60...240)
            var skillSet: [Int] = []
            if skills > 0 {
                // A subset of one technician's skills: someone is qualified.
                let offered = crewSkills[requestRandom.int(0...(technicians - 1))]
                let picked = requestRandom.subset(of: offered.count, size: requestRandom.int(1...min(2, offered.count)))
                skillSet = picked.map { offered[$0] }.sorted()
            }
            let toolSet = requestRandom.subset(of: tools, size: requestRandom.int(0...min(2, tools)))
            var need = Array(repeating: 0, count: parts)
            for part in requestRandom.subset(of: parts, size: requestRandom.int(0...min(2, parts))) {
                need[part] = 1
            }
            rows.append([String(technicians + r), String(x), String(y), String(ready), String(due), String(service),
                         Self.list(skillSet), Self.list(toolSet), Self.list(need)])
        }

        var text = "GEN\(seed).\(requests)_\(technicians)-\(skills)-\(tools)-\(parts)\n\n"
        text += "INFO\n"
        text += Self.line(["CREW COUNT", "SKILLS", "TOOLS", "SPARE PARTS"], widths: [12, 8, 8, 11])
        text += Self.line([String(technicians), String(skills), String(tools), String(parts)], widths: [12, 8, 8, 11])
        text += "\nDEPOT TECHNICIANS AND REQUESTS\n"
        let widths = [6, 6, 6, 7, 7, 7, max(9, 2 * skills + 3), max(9, 2 * tools + 3), 0]
        text += Self.line(["ID", "X", "Y", "TWS", "TWE", "Serv", "SKILLS", "TOOLS", "SPARE PARTS"], widths: widths)
        for row in rows { text += Self.line(row, widths: widths) }
        return text
    }

    /// `[0,2,3]`.
    private static func list(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// The fields left-aligned in columns of `widths` (at least one space apart), without trailing spaces.
    private static func line(_ fields: [String], widths: [Int]) -> String {
        var text = ""
        for (index, field) in fields.enumerated() {
            text += field
            if index < fields.count - 1 {
                let width = index < widths.count ? widths[index] : 0
                text += String(repeating: " ", count: max(1, width - field.count))
            }
        }
        return text + "\n"
    }
}

/// The generator's own random numbers (SplitMix64): the same seed gives the same
/// numbers on every platform and Swift version.
private struct TRSPRandom {
    private var state: UInt64

    /// A stream for one part of the instance, named by `salt`.
    init(seed: UInt64, salt: String) {
        var mixed = seed ^ 0x6A09_E667_F3BC_C908
        for byte in salt.utf8 {
            mixed = (mixed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3  // FNV-1a step
        }
        state = mixed
        _ = next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range` (the modulo bias is negligible for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// `size` distinct values of `0..<count`, sorted (a partial Fisher-Yates shuffle).
    mutating func subset(of count: Int, size: Int) -> [Int] {
        var items = Array(0..<max(0, count))
        let size = min(max(0, size), items.count)
        for i in 0..<size {
            items.swapAt(i, int(i...(items.count - 1)))
        }
        return items.prefix(size).sorted()
    }
}
