import Foundation
import SOPRuntime
import Testing

/// The scenario reader agrees with schema/scenario.schema.json on every value its patterns and
/// bounds decide, and on its keys: the rules are read from the schema itself, so a change on
/// either side that is not made on the other fails here. Each value is written in double
/// quotes, so that it reaches the reader as the schema sees it (text, not a YAML number).
@Suite struct ScenarioSchemaAgreement {
    static let schema = "scenario"

    /// Why sopsh refuses `yaml` as a scenario; nil when it reads.
    static func readError(_ yaml: String) -> SOPReadError? {
        do {
            _ = try ScenarioFile.read(yaml, file: "skenario.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// sopsh reads `template` with `value` in place of VALUE exactly when `pattern` accepts it.
    static func expectAgreement(_ pattern: String, _ value: String, in template: String) {
        SchemaFile.expectReading(value, in: template, accepted: SchemaAgreement.matches(pattern, value), by: readError)
    }

    static let durations = [
        "8 jam", "40 jam", "2 hari", "1 jam 30 menit", "1h30m", "90m", "1.5h", "1,5 jam", "3 hari kerja", "8 jam kerja",
        "2 minggu", "6 bulan", "1 bulan 2 minggu 3 hari 4 jam 5 menit", "2 bln", "1 mgg", "3 hk", "2 hr", "5 mnt", "5 min",
        "1 JAM", "1 Jam Kerja", "40jam", "1jam30menit", "  40 jam  ", "40\tjam", "40\u{00A0}jam", "999999 jam", "0999999 jam",
        "999999.000 jam", "0,5 jam", "0 jam", "0 jam 0 menit", "0.0 menit",
        "40", "jam", "1-2 jam", "1 - 2 jam", "1 s.d. 2 jam", "Sesuai kebutuhan", "", "1000000 jam", "999999.5 jam",
        "1 menit 2 jam", "1 jam 1 jam", "1 jamx", "1 jam kerjaan", "1jamkerja", "40 jam kerja kerja", ".5 jam", "1. jam",
        "1.5.2 jam", "-1 jam", "+1 jam", "1e3 menit", "satu jam", "sejam", "1 jam 30", "1 hkerja", "٢ jam", "1 jam, 30 menit",
        "1/2 jam", "1 tahun", "1 mo 1 mo"
    ]

    @Test("an interval (selang) reads exactly when the schema's pattern accepts it", arguments: durations)
    func intervalsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/arrivals/properties/selang")
        Self.expectAgreement(pattern, value, in: "jumlah_kasus: 1\nkedatangan: {selang: VALUE}\n")
    }

    @Test("a horizon reads exactly when the schema's pattern accepts it", arguments: durations)
    func horizonsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/properties/horizon")
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\nhorizon: VALUE\n")
    }

    @Test("a step's time (durasi.langkah) reads exactly when the schema's pattern accepts it", arguments: durations)
    func stepTimesAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/durations/properties/langkah/additionalProperties")
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\ndurasi: {langkah: {\"1\": VALUE}}\n")
    }

    static let rates = [
        "20 per bulan", "2,4 per jam", "2.4 per jam", "20/month", "20 / bulan", "20/bulan", "3 PER HARI", "1 per minggu",
        "5 per week", "5 per day", "5 per hour", "  20 per bulan ", "20  per\tbulan", "0.5 per hari", "007 per jam",
        "20", "20 per", "per bulan", "20 per tahun", "20 perbulan", "20per bulan", "0 per bulan", "0,0 per jam", "-2 per jam",
        "+2 per jam", "1e3 per bulan", ".5 per jam", "5. per jam", "inf per jam", "nan per jam", "0x10 per jam",
        "20 per bulan per", "20 per/bulan", "20 tiap bulan", "٢٠ per bulan", "20 bulan", ""
    ]

    @Test("a rate (laju) reads exactly when the schema's pattern accepts it", arguments: rates)
    func ratesAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/arrivals/properties/laju")
        Self.expectAgreement(pattern, value, in: "jumlah_kasus: 1\nkedatangan: {laju: VALUE}\n")
    }

    static let arrivalPatterns = [
        "poisson", "tetap", "daftar", "sekaligus", "POISSON", "Tetap", "DaFtAr", "se\u{212A}aligus",
        "poison", "acak", " poisson", "poisson ", "", "random", "list"
    ]

    @Test("an arrival pattern (pola) is one exactly when the schema's pattern accepts it", arguments: arrivalPatterns)
    func arrivalPatternsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/arrivals/properties/pola")
        // What the pattern takes besides pola, as far as the reader can tell which one it is.
        let rest =
            switch value.lowercased() {
            case "daftar": ", waktu: [2026-03-02T07:30]"
            case "sekaligus": ""
            default: ", selang: 1 jam"
            }
        Self.expectAgreement(pattern, value, in: "jumlah_kasus: 1\nkedatangan: {pola: VALUE\(rest)}\n")
    }

    @Test("the schema offers the reader's four patterns for completion")
    func arrivalPatternExamplesRead() throws {
        let examples = try #require(SchemaFile.value(Self.schema, "/$defs/arrivals/properties/pola/examples") as? [String])
        #expect(Set(examples) == ["poisson", "tetap", "daftar", "sekaligus"])
    }

    static let distributions = [
        "tetap", "seragam", "segitiga", "eksponensial", "lognormal", "normal", "fixed", "uniform",
        "triangular", "exponential", "Eksponensial", "EXPONENTIAL", " normal ", "Normal\u{00A0}",
        "e\u{212A}sponensial", "gamma", "", "eksponen", "log-normal", "poisson", "tetap tetap"
    ]

    @Test("a distribution (sebaran) reads exactly when the schema's pattern accepts it", arguments: distributions)
    func distributionsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/durations/properties/sebaran")
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\ndurasi: {sebaran: VALUE}\n")
    }

    @Test("how a range is drawn (sebaran_rentang) reads exactly when the schema's pattern accepts it", arguments: distributions)
    func rangeDistributionsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/durations/properties/sebaran_rentang")
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\ndurasi: {sebaran_rentang: VALUE}\n")
    }

    static let moments = [
        "2026-03-02T07:30", "2026-03-02 07:30", "2026-03-02", "2026-3-2T7:30", "2026-03-02T00:00", "2026-03-02T23:59",
        "2028-02-29T08:00", "2000-02-29", "0001-01-01", "2026-12-31T16:00",
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "26-03-02",
        "02026-03-02", "2026-03-02T24:00", "2026-03-02T7:5", "2026-03-02T07:60", "2026-03-02T07:30:00", "2026-03-02t07:30",
        "2026-03-02  07:30", " 2026-03-02", "2026-03-02T", "+2026-03-02", "2026--03-02", "2026-03-002", "2026/03/02", "",
        "2026-03-02T07.30", "2026-03-02T007:30"
    ]

    @Test("a moment (mulai, waktu) reads exactly when the schema's pattern accepts it", arguments: moments)
    func momentsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/properties/mulai")
        #expect(try SchemaFile.pattern(Self.schema, "/$defs/arrivals/properties/waktu/items") == pattern)
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nmulai: VALUE\n")
    }

    static let probabilities = [
        "0.3", "0,3", "0", "1", "1.0", "0.999", "00.5", "30%", "30 %", "100%", "0%", "99.5%", "0.3 ",
        "1.3", "101%", "100.5%", "-0.1", ".5", "1e-1", "30%%", "%30", "abc", "", "1.", "0x1", "1/3"
    ]

    @Test("a probability written as text reads exactly when the schema's pattern accepts it", arguments: probabilities)
    func probabilitiesAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/decisions/additionalProperties/additionalProperties")
        Self.expectAgreement(pattern, value, in: "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nkeputusan: {\"3\": {ya: VALUE}}\n")
    }

    /// Each whole number the schema bounds, and the scenario that sets it.
    static let counts: [(pointer: String, template: String)] = [
        ("/properties/jumlah_kasus", "kedatangan: {selang: 1 jam}\njumlah_kasus: VALUE\n"),
        ("/properties/replikasi", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nreplikasi: VALUE\n"),
        ("/properties/batas_pengulangan", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nbatas_pengulangan: VALUE\n"),
        ("/properties/utas", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nutas: VALUE\n"),
        ("/$defs/staff/additionalProperties", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\npegawai: {tim: VALUE}\n")
    ]

    @Test("a count reads exactly when it lies within the schema's minimum and maximum", arguments: counts)
    func countsAgree(_ pointer: String, _ template: String) throws {
        let (least, most) = SchemaFile.bounds(Self.schema, pointer)
        let lowest = try #require(least, "no minimum at \(pointer)")
        var values = [lowest - 1, lowest, lowest + 1].map(String.init)
        if let most { values += ["\(most)", "\(most + 1)", "1000000000000", "100000000000000000000000"] }
        for value in values {
            let number = Decimal(string: value)!
            let within = number >= Decimal(lowest) && most.map { number <= Decimal($0) } ?? true
            SchemaFile.expectReading(value, in: template, accepted: within, quoted: false, by: Self.readError)
        }
    }

    /// Every combination of a pola, the keys it may take, a faktor_kedatangan (in the baseline
    /// or in a change) and a jumlah_kasus: the rules between keys that no single value decides.
    static let arrivalCombinations: [String] = [nil, "poisson", "tetap", "daftar", "sekaligus"].flatMap { pola in
        (0..<8).flatMap { keys in
            ["", "faktor_kedatangan: 2\n", "perubahan: [{nama: naik, faktor_kedatangan: 2}]\n"].flatMap { factor in
                ["", "jumlah_kasus: 5\n"].map { cases in
                    let arrivals = [
                        pola.map { "pola: \($0)" }, keys & 1 == 0 ? nil : "selang: 1 jam",
                        keys & 2 == 0 ? nil : "laju: 2 per jam", keys & 4 == 0 ? nil : "waktu: [2026-03-02T07:30]"
                    ]
                    return "kedatangan: {\(arrivals.compactMap { $0 }.joined(separator: ", "))}\n" + factor + cases
                }
            }
        }
    }

    @Test("which keys each pola takes, a factor over it and a way to stop: schema and reader agree on every combination")
    func arrivalRulesAgree() throws {
        let verdicts = try CheckSchemaScript.verdicts(Self.arrivalCombinations, schema: Self.schema)
        for (document, schemaAccepts) in zip(Self.arrivalCombinations, verdicts) {
            let error = Self.readError(document)
            #expect(
                (error == nil) == schemaAccepts,
                "the schema \(schemaAccepts ? "accepts" : "refuses") it, sopsh \(error.map { "refuses it: \($0)" } ?? "accepts it"):\n\(document)"
            )
        }
    }

    /// A mapping of the file, by its place in the schema, and a scenario with an unknown key in it.
    static let mappings: [(pointer: String, yaml: String)] = [
        ("", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\n\(SchemaFile.unknownKey): 1\n"),
        ("/$defs/change", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\nperubahan:\n  - {nama: a, \(SchemaFile.unknownKey): 1}\n"),
        ("/$defs/arrivals", "kedatangan: {selang: 1 jam, \(SchemaFile.unknownKey): 1}\njumlah_kasus: 1\n"),
        ("/$defs/durations", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\ndurasi: {\(SchemaFile.unknownKey): 1}\n"),
        (
            "/$defs/stepDuration",
            "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\ndurasi: {langkah: {\"1\": {\(SchemaFile.unknownKey): 1}}}\n"
        ),
        ("/$defs/caseType", "kedatangan: {selang: 1 jam}\njumlah_kasus: 1\njenis_kasus: [{nama: a, \(SchemaFile.unknownKey): 1}]\n")
    ]

    @Test("each mapping has the keys the reader knows, no more and no fewer", arguments: mappings)
    func keysAgree(_ pointer: String, _ yaml: String) throws {
        let error = try #require(Self.readError(yaml), "an unknown key is refused")
        let keys = try SchemaFile.keys(Self.schema, pointer)
        #expect(SchemaFile.readerKeys(in: error.hint) == keys, "\(error)")
    }

    @Test("role ids and step numbers follow the SOP schema's patterns")
    func namesFollowTheSOPSchema() throws {
        #expect(try SchemaFile.pattern(Self.schema, "/$defs/roleID") == SchemaFile.pattern("sop", "/$defs/roleID"))
        #expect(try SchemaFile.pattern(Self.schema, "/$defs/stepKey") == SchemaFile.pattern("sop", "/$defs/stepNumber"))
        #expect(try SchemaFile.pattern(Self.schema, "/$defs/stepNumber") == SchemaFile.pattern("sop", "/$defs/stepNumber"))
    }
}
