import Testing
@testable import FieldService

/// The line, token and number handling the Solomon and TRSP readers share.
@Suite("TextTable")
struct TextTableTests {
    /// Every non-blank line with its 1-based number, until the end.
    private func numberedLines(_ text: String) -> [(Int, String)] {
        var table = TextTable(text: text)
        var lines: [(Int, String)] = []
        while let (line, content) = table.nextLine() { lines.append((line, String(content))) }
        return lines
    }

    @Test("LF, CRLF and CR each end one line; numbers count blank lines")
    func lineEnds() {
        let lines = numberedLines("a\nb\r\nc\rd\r\n\r\ne")
        #expect(lines.map(\.0) == [1, 2, 3, 4, 6])
        #expect(lines.map(\.1) == ["a", "b", "c", "d", "e"])
    }

    @Test("Blank and white-space-only lines are skipped; a byte order mark is dropped")
    func blankLines() {
        let lines = numberedLines("\u{FEFF}\n  \t\n NAME \n\n\r\n\tx 1\n   ")
        #expect(lines.map(\.0) == [3, 6])
        #expect(lines.map(\.1) == [" NAME ", "\tx 1"])
        #expect(numberedLines("").isEmpty)
        #expect(numberedLines("\n\r\n \r").isEmpty)
    }

    @Test("Fields, upper-cased words, trimming and excerpts")
    func tokens() {
        #expect(TextTable.fields("  12\t 3.5  x ") == ["12", "3.5", "x"])
        #expect(TextTable.words(" Vehicle\tnumber ") == ["VEHICLE", "NUMBER"])
        #expect(TextTable.trimmed(" \t C101 x \t") == "C101 x")
        #expect(TextTable.excerpt("a   b\tc") == "a b c")
        let long = TextTable.excerpt(Substring(String(repeating: "x", count: 70)))
        #expect(long == String(repeating: "x", count: 59) + "…")
    }

    @Test("Plain decimal numbers only")
    func numbers() {
        for (field, value) in [("12", 12.0), ("-3.5", -3.5), ("+1e3", 1000), (".5", 0.5), ("1E-2", 0.01)] {
            #expect((try? TextTable.number(Substring(field)).get()) == value, "\(field)")
        }
        for field in ["nan", "inf", "0x1p3", "1e", ".", "-", "1,5", "١٢"] {
            #expect((try? TextTable.number(Substring(field)).get()) == nil, "\(field)")
        }
    }

    @Test("Number problems read as the end of a sentence about the column")
    func numberProblems() {
        let read = TextTable.numbers(["4", "x1", "1e999", "7"], columns: ["A", "B", "C", "D"])
        #expect(read.values.count == 4)
        #expect(read.values[0] == 4 && read.values[3] == 7)
        #expect(read.values[1].isNaN && read.values[2].isNaN)
        #expect(read.problems == [nil, "B \"x1\" is not a number", "C 1e999 is too large", nil])
        #expect(read.messages == ["B \"x1\" is not a number", "C 1e999 is too large"])
        #expect(TextTable.countProblem("numbers", columns: ["NUMBER", "CAPACITY"], found: 3)
            == "expected 2 numbers (NUMBER, CAPACITY), found 3")
    }

    @Test("Row numbers, negative values and windows")
    func valueProblems() {
        #expect(TextTable.identifier(7) == 7)
        #expect(TextTable.identifier(0) == 0)
        #expect(TextTable.identifier(1.5) == nil)
        #expect(TextTable.identifier(-1) == nil)
        #expect(TextTable.identifier(.nan) == nil)
        #expect(TextTable.identifierProblem("ID", -2) == "ID must be at least 0, got -2")
        #expect(TextTable.identifierProblem("ID", 1.5) == "ID must be a whole number, got 1.5")
        #expect(TextTable.negativeProblems(["X", "Y", "Z"], [1, -2, -0.5])
            == ["Y must be at least 0, got -2", "Z must be at least 0, got -0.5"])
        #expect(TextTable.windowProblem(start: ("TWS", 9), end: ("TWE", 5)) == "TWE 5 is before TWS 9")
        #expect(TextTable.windowProblem(start: ("TWS", 5), end: ("TWE", 5)) == nil)
        #expect(TextTable.windowProblem(start: ("TWS", -1), end: ("TWE", -5)) == nil)
    }

    @Test("Sections and headers: the issue names the line, or the end of the file")
    func sections() throws {
        var table = TextTable(text: "\r\nvehicle\r\n\r\nNumber Capacity\r\nCUSTOMER")
        try table.expectSection(["VEHICLE"])
        try table.expectHeader(section: "VEHICLE", header: ["NUMBER", "CAPACITY"]) { $0 == ["NUMBER", "CAPACITY"] }
        #expect(throws: TextTable.error("line 5", nil, "expected the INFO section, found \"CUSTOMER\"")) {
            try table.expectSection(["INFO"])
        }
        #expect(throws: TextTable.error("", nil, "the file ends in the CUSTOMER section, before its header (CUST NO.)")) {
            try table.expectHeader(section: "CUSTOMER", header: ["CUST", "NO."]) { _ in true }
        }
        #expect(throws: TextTable.error("", nil, "the file ends before the INFO section")) {
            try table.expectSection(["INFO"])
        }
    }
}
