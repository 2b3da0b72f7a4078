import Foundation
import SOPRuntime
import Testing

/// The office reader agrees with schema/office.schema.json on every value its patterns and
/// bounds decide, on which of `volume` and `selang` an SOP and a change's edit take, and on
/// each mapping's keys: the rules are read from the schema itself, so that a change on either
/// side that is not made on the other fails here. The values an office shares with scenario
/// files (durations, decisions, merges) must be the scenario schema's own definitions.
///
/// What only the reader can see is left out: the SOPs' roles, steps and answers, jabatan ids
/// that no entry lists, repeated ids, leave that takes every effective hour, and `150.000`
/// (which YAML reads as the number 150, and the reader refuses as a thousands separator).
@Suite struct OfficeSchemaAgreement {
    static let schema = "office"

    /// An office on one example SOP, its SOP file found beside the (unwritten) office file.
    static let sop =
        "  - berkas: pengajuan-cuti-pegawai.yaml\n    pelaksana: {pegawai: staf, atasan: staf, kepegawaian: staf, pejabat: staf}\n"
    static let position = "jabatan:\n  - {id: staf, nama: Staf, jumlah: 4}\n"
    static let office = "kantor: Uji\nsop:\n" + sop + "    volume: 60\n" + position

    /// Why sopsh refuses `yaml` as an office; nil when it reads.
    static func readError(_ yaml: String) -> SOPReadError? {
        do {
            _ = try OfficeFile.read(yaml, file: Examples.path("kantor-uji.yaml"))
            return nil
        } catch {
            return error
        }
    }

    /// sopsh reads `template` with `value` in place of VALUE exactly when `pattern` accepts it.
    static func expectAgreement(_ pattern: String, _ value: String, in template: String) {
        SchemaFile.expectReading(value, in: template, accepted: SchemaAgreement.matches(pattern, value), by: readError)
    }

    @Test("the office the templates start from reads")
    func officeReads() {
        #expect(Self.readError(Self.office) == nil)
    }

    @Test("a target reads exactly when the schema's pattern accepts it", arguments: ScenarioSchemaAgreement.durations)
    func targetsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/procedure/properties/target")
        Self.expectAgreement(pattern, value, in: "kantor: Uji\nsop:\n" + Self.sop + "    volume: 60\n    target: VALUE\n" + Self.position)
    }

    @Test("an interval (selang) reads exactly when the schema's pattern accepts it", arguments: ScenarioSchemaAgreement.durations)
    func intervalsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/procedure/properties/selang")
        Self.expectAgreement(pattern, value, in: "kantor: Uji\nsop:\n" + Self.sop + "    selang: VALUE\n" + Self.position)
    }

    @Test("a horizon reads exactly when the schema's pattern accepts it", arguments: ScenarioSchemaAgreement.durations)
    func horizonsAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/properties/horizon")
        Self.expectAgreement(pattern, value, in: "horizon: VALUE\n" + Self.office)
    }

    static let volumes = [
        "120", "0.5", "0,5", "1", "007", "1000000000", "0001000000000", "999999999.99", "1000000000.0",
        "0", "0.0", "00", "-1", "+1", "1e3", ".5", "5.", "1.000.000", "1000000001", "1000000000.5",
        "10000000000", "seratus", "", " 120", "120 kasus", "inf", "nan", "0x10", "١٢٠"
    ]

    @Test("a volume written as text reads exactly when the schema's pattern accepts it", arguments: volumes)
    func volumesAgree(_ value: String) throws {
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/volume")
        Self.expectAgreement(pattern, value, in: "kantor: Uji\nsop:\n" + Self.sop + "    volume: VALUE\n" + Self.position)
        Self.expectAgreement(
            pattern, value,
            in: Self.office + "perubahan:\n  - nama: naik\n    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, volume: VALUE}\n")
    }

    @Test("a volume written as a number reads exactly when it lies above the schema's bound and within its maximum")
    func volumeNumbersAgree() throws {
        let number = try #require((SchemaFile.resolved(Self.schema, "/$defs/volume")?["anyOf"] as? [[String: Any]])?.first)
        let above = try #require(number["exclusiveMinimum"] as? Int)
        let most = try #require(number["maximum"] as? Int)
        for value in ["0", "0.5", "1", "120", "\(most)", "\(most + 1)", "-3", "1000000000000"] {
            let amount = Decimal(string: value)!
            SchemaFile.expectReading(
                value, in: "kantor: Uji\nsop:\n" + Self.sop + "    volume: VALUE\n" + Self.position,
                accepted: amount > Decimal(above) && amount <= Decimal(most), quoted: false, by: Self.readError)
        }
    }

    /// Each whole number the schema bounds, and the office that sets it.
    static let counts: [(pointer: String, template: String)] = [
        ("/properties/jam_kerja_efektif", "jam_kerja_efektif: VALUE\n" + office),
        ("/properties/replikasi", "replikasi: VALUE\n" + office),
        (
            "/$defs/procedure/properties/batas_pengulangan",
            "kantor: Uji\nsop:\n" + sop + "    volume: 60\n    batas_pengulangan: VALUE\n" + position
        ),
        (
            "/$defs/position/properties/jumlah",
            "kantor: Uji\nsop:\n" + sop + "    volume: 60\njabatan:\n  - {id: staf, nama: Staf, jumlah: VALUE}\n"
        ),
        (
            "/$defs/position/properties/biaya_per_jam",
            "kantor: Uji\nsop:\n" + sop + "    volume: 60\njabatan:\n  - {id: staf, nama: Staf, jumlah: 4, biaya_per_jam: VALUE}\n"
        ),
        // A year's hours, so that no number of days of leave takes them all.
        (
            "/$defs/position/properties/cuti",
            "kantor: Uji\nsop:\n" + sop
                + "    volume: 60\njabatan:\n  - {id: staf, nama: Staf, jumlah: 4, jam_kerja_efektif: 8760, cuti: VALUE}\n"
        ),
        (
            "/$defs/position/properties/jam_kerja_efektif",
            "kantor: Uji\nsop:\n" + sop + "    volume: 60\njabatan:\n  - {id: staf, nama: Staf, jumlah: 4, jam_kerja_efektif: VALUE}\n"
        ),
        ("/$defs/headcounts/additionalProperties", office + "perubahan:\n  - {nama: tambah, jabatan: {staf: VALUE}}\n")
    ]

    @Test("a count reads exactly when it lies within the schema's minimum and maximum", arguments: counts)
    func countsAgree(_ pointer: String, _ template: String) throws {
        let (least, most) = SchemaFile.bounds(Self.schema, pointer)
        let lowest = try #require(least, "no minimum at \(pointer)")
        let highest = try #require(most, "no maximum at \(pointer)")
        let values = [lowest - 1, lowest, lowest + 1, highest, highest + 1].map(String.init) + ["1000000000000", "100000000000000000000000"]
        for value in values {
            let number = Decimal(string: value)!
            SchemaFile.expectReading(
                value, in: template, accepted: number >= Decimal(lowest) && number <= Decimal(highest),
                quoted: false, by: Self.readError)
        }
    }

    /// Every SOP entry and change edit with or without `volume` and `selang`: an SOP takes
    /// exactly one, an edit at most one.
    static let demandCombinations: [String] = (0..<4).flatMap { own in
        (0..<4).map { edit in
            let demand = { (keys: Int, indent: String) in
                (keys & 1 == 0 ? "" : indent + "volume: 60\n") + (keys & 2 == 0 ? "" : indent + "selang: 40 jam\n")
            }
            return "kantor: Uji\nsop:\n" + sop + demand(own, "    ") + position
                + "perubahan:\n  - nama: ubah\n    sop:\n      - berkas: pengajuan-cuti-pegawai.yaml\n" + demand(edit, "        ")
        }
    }

    @Test("which of volume and selang an SOP and an edit take: schema and reader agree on every combination")
    func demandRulesAgree() throws {
        let verdicts = try CheckSchemaScript.verdicts(Self.demandCombinations, schema: Self.schema)
        for (document, schemaAccepts) in zip(Self.demandCombinations, verdicts) {
            let error = Self.readError(document)
            #expect(
                (error == nil) == schemaAccepts,
                "the schema \(schemaAccepts ? "accepts" : "refuses") it, sopsh \(error.map { "refuses it: \($0)" } ?? "accepts it"):\n\(document)"
            )
        }
    }

    static let changeNames = ["tambah pokja", "baseline", "Baseline", "BASELINE", "baseline 2", "dasar", "\" baseline\"", "basel1ne"]

    @Test("a change's name is refused as “baseline” by schema and reader alike")
    func changeNamesAgree() throws {
        let documents = Self.changeNames.map { Self.office + "perubahan:\n  - {nama: \($0), jabatan: {staf: 5}}\n" }
        let verdicts = try CheckSchemaScript.verdicts(documents, schema: Self.schema)
        for (name, (document, schemaAccepts)) in zip(Self.changeNames, zip(documents, verdicts)) {
            let error = Self.readError(document)
            #expect(
                (error == nil) == schemaAccepts,
                "the schema \(schemaAccepts ? "accepts" : "refuses") “\(name)”, sopsh \(error.map { "refuses it: \($0)" } ?? "accepts it")")
        }
    }

    /// A mapping of the file, by its place in the schema, and an office with an unknown key in it.
    static let mappings: [(pointer: String, yaml: String)] = [
        ("", "\(SchemaFile.unknownKey): 1\n" + office),
        ("/$defs/procedure", "kantor: Uji\nsop:\n" + sop + "    volume: 60\n    \(SchemaFile.unknownKey): 1\n" + position),
        (
            "/$defs/position",
            "kantor: Uji\nsop:\n" + sop + "    volume: 60\njabatan:\n  - {id: staf, nama: Staf, jumlah: 4, \(SchemaFile.unknownKey): 1}\n"
        ),
        ("/$defs/change", office + "perubahan:\n  - {nama: a, \(SchemaFile.unknownKey): 1}\n"),
        ("/$defs/edit", office + "perubahan:\n  - {nama: a, sop: [{berkas: pengajuan-cuti-pegawai.yaml, \(SchemaFile.unknownKey): 1}]}\n")
    ]

    @Test("each mapping has the keys the reader knows, no more and no fewer", arguments: mappings)
    func keysAgree(_ pointer: String, _ yaml: String) throws {
        let error = try #require(Self.readError(yaml), "an unknown key is refused")
        let keys = try SchemaFile.keys(Self.schema, pointer)
        #expect(SchemaFile.readerKeys(in: error.hint) == keys, "\(error)")
    }

    @Test("the office schema requires what the reader requires")
    func requiredKeysAgree() throws {
        let required = { (pointer: String) in Set(SchemaFile.resolved(Self.schema, pointer)?["required"] as? [String] ?? []) }
        #expect(required("") == ["kantor", "sop", "jabatan"])
        #expect(required("/$defs/procedure") == ["berkas", "pelaksana"])
        #expect(required("/$defs/position") == ["id", "nama", "jumlah"])
        #expect(required("/$defs/change") == ["nama"] && required("/$defs/edit") == ["berkas"])
        for yaml in [
            Self.office.replacingOccurrences(of: "kantor: Uji\n", with: ""),
            Self.office.replacingOccurrences(of: Self.position, with: ""),
            Self.office.replacingOccurrences(
                of: "    pelaksana: {pegawai: staf, atasan: staf, kepegawaian: staf, pejabat: staf}\n", with: ""),
            Self.office.replacingOccurrences(of: ", jumlah: 4", with: ""),
            Self.office + "perubahan:\n  - {jabatan: {staf: 5}}\n",
            Self.office + "perubahan:\n  - {nama: a, sop: [{volume: 5}]}\n"
        ] {
            #expect(Self.readError(yaml) != nil, "\(yaml)")
        }
    }

    /// What the office shares with scenario files, written once: the scenario schema's own
    /// definitions, which ScenarioSchemaAgreement holds to the scenario reader that reads both.
    static let shared = [
        "duration", "positiveDuration", "probability", "distribution", "spread", "roleID", "stepNumber", "stepKey",
        "stepPair", "decisions", "durations", "stepDuration"
    ]

    @Test("durations, decisions and step numbers are the scenario schema's own", arguments: shared)
    func sharedDefinitionsAreTheScenarios(_ name: String) throws {
        let office = try #require(SchemaFile.value(Self.schema, "/$defs/\(name)") as? NSDictionary)
        #expect(office == SchemaFile.value("scenario", "/$defs/\(name)") as? NSDictionary)
    }

    @Test("an SOP's rework cap and a change's merges and removals are written as in a scenario's change")
    func changeKeysAreTheScenarios() throws {
        for (office, scenario) in [
            ("/$defs/procedure/properties/batas_pengulangan", "/$defs/change/properties/batas_pengulangan"),
            ("/$defs/edit/properties/gabung_langkah", "/$defs/change/properties/gabung_langkah"),
            ("/$defs/edit/properties/hapus_langkah", "/$defs/change/properties/hapus_langkah")
        ] {
            let own = try #require(SchemaFile.value(Self.schema, office) as? NSDictionary)
            #expect(own == SchemaFile.value("scenario", scenario) as? NSDictionary, "\(office)")
        }
    }

    @Test("jabatan ids are written like the SOP schema's role ids")
    func positionIDsFollowRoleIDs() throws {
        #expect(try SchemaFile.pattern(Self.schema, "/$defs/positionID") == SchemaFile.pattern("sop", "/$defs/roleID"))
        let pattern = try SchemaFile.pattern(Self.schema, "/$defs/positionID")
        for id in ["pokja", "kepala_ukpbj", "staf-2", "Pokja", "2staf", "staf umum", "kepala.ukpbj", "é", ""] {
            // A jabatan besides the one the SOP names: a warning when it reads, not an error.
            SchemaFile.expectReading(
                id, in: Self.office + "  - {id: VALUE, nama: Lain, jumlah: 1}\n",
                accepted: SchemaAgreement.matches(pattern, id), by: Self.readError)
        }
    }
}
