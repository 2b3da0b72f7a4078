import Foundation
import SOPRuntime
import Testing

/// The calendar reader agrees with schema/calendar.schema.json on every value its patterns
/// decide and on its keys, read from the schema itself, so that drift on either side fails. The
/// rules that compare two values (an interval's start before its end, overlaps, a date listed
/// twice) are beyond a pattern; the last tests pin them to the reader alone.
@Suite struct CalendarSchemaAgreement {
    static let schema = "calendar"

    static func readError(_ yaml: String) -> SOPReadError? {
        do {
            _ = try WorkCalendar.read(yaml, file: "kalender.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// sopsh reads `template` with `value` in place of VALUE exactly when `pattern` accepts it.
    static func expectAgreement(_ pattern: String, _ value: String, in template: String) {
        SchemaFile.expectReading(value, in: template, accepted: SchemaAgreement.matches(pattern, value), by: readError)
    }

    static let intervals = [
        "07:30-12:00", "7:30-12:00", "07.30-12.00", "07:30 - 12:00", "07:30–12:00", "07:30—12:00", "00:00-24:00",
        "22:00-24:00", " 07:30-12:00 ", "07:30-24.00", "07:30\t-\t12:00", "0:00-1:00",
        "07:30-12", "7-12", "0730-1200", "24:00-24:00", "25:00-26:00", "07:60-08:00", "07:30-12:00-13:00", "07:30", "",
        "07:30/12:00", "07:3-12:00", "007:30-12:00", "07:30-24:01", "٠٧:٣٠-١٢:٠٠", "07:30 12:00", "07:30-12:00,13:00-16:00",
        "07h30-12h00", "-07:30-12:00"
    ]

    @Test("a working interval reads exactly when the schema's pattern accepts it", arguments: intervals)
    func intervalsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/interval")
        Self.expectAgreement(pattern, value, in: "jam_kerja:\n  senin: VALUE\n")
    }

    static let dates = [
        "2026-03-19", "2026-3-9", "2028-02-29", "2000-2-29", "0001-01-01", "2026-12-31",
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-01", "2026-01-00", "26-03-19",
        "02026-03-19", "2026-03-19T07:30", "2026/03/19", "", "0000-01-01", "2026-003-19", " 2026-03-19",
        "2026-03-19 ", "19-03-2026", "2026-III-19"
    ]

    @Test("a holiday's date (tanggal) reads exactly when the schema's pattern accepts it", arguments: dates)
    func datesAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/holiday/properties/tanggal")
        Self.expectAgreement(pattern, value, in: "jam_kerja: {senin: [\"07:30-12:00\"]}\nlibur:\n  - tanggal: VALUE\n")
    }

    static let flags = [
        "true", "false", "ya", "yes", "tidak", "no", "", "TRUE", "Ya", "Tidak", "tida\u{212A}",
        "kadang", "y", "1", "0", "on", " true", "benar", "true ", "null"
    ]

    @Test("sepanjang_waktu written as text reads exactly when the schema's pattern accepts it", arguments: flags)
    func flagsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/properties/sepanjang_waktu")
        Self.expectAgreement(pattern, value, in: "jam_kerja: {senin: [\"07:30-12:00\"]}\nsepanjang_waktu: VALUE\n")
    }

    static let mappings: [(pointer: String, yaml: String)] = [
        ("", "jam_kerja: {senin: [\"07:30-12:00\"]}\n\(SchemaFile.unknownKey): 1\n"),
        ("/properties/jam_kerja", "jam_kerja: {senin: [\"07:30-12:00\"], \(SchemaFile.unknownKey): []}\n"),
        ("/$defs/holiday", "jam_kerja: {senin: [\"07:30-12:00\"]}\nlibur: [{tanggal: 2026-03-19, \(SchemaFile.unknownKey): x}]\n")
    ]

    @Test("each mapping (the file, jam_kerja's weekdays, a holiday) has the keys the reader knows", arguments: mappings)
    func keysAgree(_ pointer: String, _ yaml: String) throws {
        let error = try #require(Self.readError(yaml), "an unknown key is refused")
        let keys = try SchemaFile.keys(Self.schema, pointer)
        #expect(SchemaFile.readerKeys(in: error.hint) == keys, "\(error)")
    }

    /// Calendars with and without working hours, round the clock or not.
    static let workingTimeCombinations: [String] = [
        "", "jam_kerja:\n", "jam_kerja: {}\n", "jam_kerja: {sabtu: []}\n",
        "jam_kerja: {senin: \"07:30-12:00\"}\n", "jam_kerja: {minggu: [\"07:30-12:00\"]}\n"
    ]
    .flatMap { hours in
        [
            "", "sepanjang_waktu: true\n", "sepanjang_waktu: false\n", "sepanjang_waktu: ya\n", "sepanjang_waktu: tidak\n",
            "sepanjang_waktu:\n"
        ].map { hours + $0 }
    }

    @Test("a calendar has working time: schema and reader agree on every combination of hours and round the clock")
    func workingTimeAgrees() throws {
        let verdicts = try CheckSchemaScript.verdicts(Self.workingTimeCombinations, schema: Self.schema)
        for (document, schemaAccepts) in zip(Self.workingTimeCombinations, verdicts) {
            let error = Self.readError(document)
            #expect(
                (error == nil) == schemaAccepts,
                "the schema \(schemaAccepts ? "accepts" : "refuses") it, sopsh \(error.map { "refuses it: \($0)" } ?? "accepts it"):\n\(document)"
            )
        }
    }

    @Test(
        "what the schema cannot compare, the reader refuses at its place",
        arguments: [
            ("jam_kerja:\n  senin: [\"12:00-07:30\"]\n", 2, "ends before it starts"),
            ("jam_kerja:\n  senin: [\"08:00-08:00\"]\n", 2, "ends before it starts"),
            ("jam_kerja:\n  senin: [\"07:30-12:00\", \"11:00-13:00\"]\n", 2, "overlaps"),
            ("jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - tanggal: 2026-03-19\n  - tanggal: 2026-3-19\n", 5, "listed twice")
        ])
    func comparisonsAreTheReaders(_ yaml: String, line: Int, message: String) throws {
        let error = try #require(Self.readError(yaml))
        #expect(error.location.line == line && error.message.contains(message), "\(error)")
    }
}
