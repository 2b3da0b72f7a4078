import Foundation
import SOPRuntime
import Testing

/// `info`, `roles`, `steps` and `show` on the seed SOP: what a person reads, and the JSON a
/// script reads under the format's own keys. The library's reading of the same file is the
/// oracle for the texts, so any change to a text on its way through the shell shows.
@Suite struct ViewingCommands {
    /// The seed as the library reads it.
    static func seed() throws -> SOP {
        try SOPFile.open(Sopsh.root.appendingPathComponent(Examples.seedYAML).path).0.sop
    }

    /// The JSON values of `statements` (each given --json) after opening `file`.
    func json(_ statements: String, of file: String = Examples.seedYAML) throws -> [Any] {
        let run = try Sopsh.run("open \(file); \(statements)")
        try #require(run.status == 0, "\(run)")
        return try run.jsonValues()
    }

    /// The lines of the table in `output`: those below its heading's rule (`──  ───…`).
    func tableRows(of output: String) -> [Substring] {
        let lines = output.split(separator: "\n")
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("─") }) else { return [] }
        return Array(lines[(rule + 1)...])
    }

    static let identityKeys = [
        "instansi", "nomor_sop", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh",
        "judul_sop", "dasar_hukum", "keterkaitan", "peralatan_perlengkapan", "peringatan", "pencatatan_pendataan"
    ]

    /// A confirmation, on stderr: stdout is kept for the results a script asks for.
    @Test func openSaysWhatWasOpened() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML)")
        #expect(run.status == 0)
        #expect(run.stderr.contains("Opened \(Examples.seedYAML): Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ"))
        #expect(run.stderr.contains("11 steps, 4 roles"))
        #expect(run.stdout.isEmpty, "\(run)")
    }

    @Test func openAsJSONGivesTheFileAndItsCounts() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML) --json")
        let opened = try #require(try run.jsonValues().first as? [String: Any], "\(run)")
        #expect(Set(opened.keys) == ["file", "format", "judul_sop", "steps", "roles", "draft", "errors", "warnings"])
        #expect(opened["file"] as? String == Examples.seedYAML)
        #expect(opened["format"] as? String == "yaml")
        #expect(opened["judul_sop"] as? String == "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ")
        #expect(opened["steps"] as? Int == 11)
        #expect(opened["roles"] as? Int == 4)
        #expect(opened["draft"] as? Bool == false)
        #expect(opened["errors"] as? Int == 0)
    }

    @Test func infoShowsTheCover() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); info")
        #expect(run.status == 0)
        for text in [
            "Kementerian Pelindungan Pekerja Migran Indonesia", "B278/02.02/OT.02.01/II/2025",
            "21 Februari 2025", "Kepala Biro Keuangan dan Umum", "Dr. Ramadhan NA, M.Si",
            "19810708 200604 1 013", "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ",
            "Undang-Undang Republik Indonesia Nomor 25 Tahun 2009 tentang Pelayanan Publik"
        ] {
            #expect(run.stdout.contains(text), "info lacks “\(text)”")
        }
    }

    @Test func infoAsJSONHasTheIdentityKeysInTheFormatsOrderWithTheTextsIntact() throws {
        let text = try #require(try Sopsh.run("open \(Examples.seedYAML); info --json").jsonTexts.first)
        let keyLines = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(keyLines == Self.identityKeys)

        let info = try #require(try json("info --json").first as? [String: Any])
        let identity = try Self.seed().identity
        #expect(info["instansi"] as? [String] == identity.organisation)
        #expect(info["nomor_sop"] as? String == identity.number)
        #expect(info["tanggal_revisi"] as? String == identity.revisedOn)
        #expect(info["judul_sop"] as? String == identity.title)
        #expect(info["dasar_hukum"] as? [String] == identity.legalBasis)
        #expect(info["peringatan"] as? [String] == identity.warnings)
        let approver = try #require(info["disahkan_oleh"] as? [String: String])
        #expect(approver == ["jabatan": identity.approver.position, "nama": identity.approver.name, "nip": identity.approver.nip])
    }

    @Test func rolesListsTheFourRolesWithTheirNamesAndSteps() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); roles")
        let expected = [
            ("kepala", "Kepala UKPBJ"), ("sekretariat", "Sekretariat UKPBJ"),
            ("tim", "Tim Pelaksana Fungsi UKPBJ"), ("atasan", "Atasan Kepala UKPBJ")
        ]
        let rows = tableRows(of: run.stdout)
        #expect(rows.count == expected.count, "\(run)")
        for (row, (id, name)) in zip(rows, expected) {
            #expect(row.hasPrefix(id + " "), "row “\(row)”")
            #expect(row.contains(name), "row “\(row)”")
        }
        #expect(run.stdout.contains("1, 3, 11"), "kepala carries out steps 1, 3 and 11")
    }

    @Test func rolesAsJSONHaveIdNameCountQualificationsAndSteps() throws {
        let roles = try #require(try json("roles --json").first as? [[String: Any]])
        let seed = try Self.seed()
        #expect(roles.map { $0["id"] as? String } == ["kepala", "sekretariat", "tim", "atasan"])
        for (role, expected) in zip(roles, seed.roles) {
            #expect(Set(role.keys) == ["id", "nama", "jumlah", "kualifikasi", "langkah"])
            #expect(role["nama"] as? String == expected.name)
            #expect(role["jumlah"] as? Int == expected.staff)
            #expect(role["kualifikasi"] as? [String] == expected.qualifications)
            #expect(role["langkah"] as? [String] == seed.steps.filter { $0.executors.contains(expected.id) }.map(\.label))
        }
    }

    @Test func stepsListsEveryStepWithItsFlow() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); steps")
        #expect(run.status == 0)
        let numbers = tableRows(of: run.stdout).compactMap { line in Int(line.prefix { $0 != " " }) }
        #expect(numbers == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(run.stdout.contains("menyetujui → 5 · perlu"))
        #expect(run.stdout.contains("→ selesai"))
    }

    @Test func stepsAsJSONHaveTheFormatsKeysAndTheTextsIntact() throws {
        let steps = try #require(try json("steps --json").first as? [[String: Any]])
        let seed = try Self.seed()
        #expect(steps.map { $0["nomor"] as? String } == ["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"])
        for (row, step) in zip(steps, seed.steps) {
            var expectedKeys: Set = [
                "nomor", "uraian_kegiatan", "pelaksana", "persyaratan_kelengkapan", "waktu",
                "output", "keterangan", "alur"
            ]
            if step.isDecision { expectedKeys.insert("keputusan") }
            #expect(Set(row.keys) == expectedKeys, "step \(step.label)")
            #expect(row["uraian_kegiatan"] as? String == step.activity)
            #expect(row["pelaksana"] as? [String] == step.executors)
            #expect(row["persyaratan_kelengkapan"] as? String == step.requirements)
            #expect(row["waktu"] as? String == step.time.text)
            #expect(row["output"] as? String == step.output)
            if let decision = step.decision {
                let answers = try #require(row["keputusan"] as? [[String: String]])
                #expect(answers.map { $0["jawaban"] } == decision.answers.map(\.label))
                #expect(answers.map { $0["ke"] } == decision.answers.map { $0.target?.description })
            }
        }
        #expect(steps.filter { $0["keputusan"] != nil }.map { $0["nomor"] as? String } == ["3", "6", "11"])
    }

    @Test func showGivesOneStepInFull() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); show 11")
        #expect(run.status == 0)
        for text in [
            "Kepala UKPBJ (kepala)", "draft laporan pelaksanaan sosialisasi", "1 jam",
            "arahan atas laporan pelaksanaan sosialisasi",
            "perlu perbaikan → 10 · melaporkan ke atasan Kepala UKPBJ → 12"
        ] {
            #expect(run.stdout.contains(text), "show 11 lacks “\(text)”")
        }
    }

    @Test func showAsJSONHasTheStepsKeys() throws {
        let shown = try #require(try json("show 11 --json").first as? [String: Any])
        #expect(
            Set(shown.keys) == [
                "nomor", "uraian_kegiatan", "pelaksana", "persyaratan_kelengkapan", "waktu",
                "output", "keterangan", "keputusan", "alur"
            ])
        #expect(shown["nomor"] as? String == "11")
        #expect(shown["alur"] as? String == "perlu perbaikan → 10 · melaporkan ke atasan Kepala UKPBJ → 12")
    }

    /// A script reads `pelaksana` as the format writes it, the role ids, from `show` as from `steps`.
    @Test func showAsJSONGivesTheExecutorsIdsAsStepsDoes() throws {
        let values = try json("steps --json; show 7 --json")
        let row = try #require((values.first as? [[String: Any]])?.first { $0["nomor"] as? String == "7" })
        let shown = try #require(values.last as? [String: Any])
        #expect(row["pelaksana"] as? [String] == ["atasan"])
        #expect(shown["pelaksana"] as? [String] == ["atasan"], "show 7 --json gives \(shown["pelaksana"] ?? "nothing")")
    }

    @Test(arguments: ["info", "roles", "steps", "show 3", "check"])
    func everyViewIsValidJSONWithJsonFlag(_ statement: String) throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); \(statement) --json")
        #expect(run.status == 0)
        #expect(try run.jsonValues().count == 1, "\(run)")
    }
}
