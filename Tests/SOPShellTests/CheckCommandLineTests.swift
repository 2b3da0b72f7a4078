import Foundation
import Testing

/// `sopsh check FILE…`, for an SOP author's CI: the exit status says whether any file has
/// errors, and `--json` gives every finding with its place.
@Suite struct CheckCommandLine {
    static let diagnosticKeys: Set = ["severity", "code", "subject", "message", "hint", "file", "line", "column"]

    /// `sopsh check --json files…`, parsed: one report per file.
    func reports(_ files: [String]) throws -> (run: SopshRun, reports: [[String: Any]]) {
        let run = try Sopsh.run(["check", "--json"] + files)
        let reports = try #require(try run.jsonValues().first as? [[String: Any]], "\(run)")
        #expect(run.jsonTexts.count == 1)
        return (run, reports)
    }

    @Test func cleanExamplesPassWithStatusZero() throws {
        let run = try Sopsh.run(["check", Examples.informationRequest, Examples.leaveRequest])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("\(Examples.informationRequest): no problems found"))
        #expect(run.stdout.contains("\(Examples.leaveRequest): no problems found"))
        #expect(run.stderr.isEmpty)
    }

    @Test func seedsTableTextFailsWithItsErrorsLocatedInTheText() throws {
        let run = try Sopsh.run(["check", Examples.seedText])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("\(Examples.seedText): "), "\(run)")
        #expect(
            run.stdout.range(
                of: #"(?m)^examples/kebijakan-mutu-ukpbj\.txt:\d+:\d+: error: "#,
                options: .regularExpression) != nil, "\(run)")
    }

    @Test func seedsTableTextAsJSONCountsItsErrors() throws {
        let (run, reports) = try reports([Examples.seedText])
        #expect(run.status == 1)
        let report = try #require(reports.first)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]], "\(run)")
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        #expect(!errors.isEmpty, "\(run)")
        #expect(report["errors"] as? Int == errors.count)
        #expect(report["read_error"] == nil, "the table text must be read, not refused: \(run)")
    }

    @Test func missingFileFailsEvenBesideACleanOne() throws {
        let run = try Sopsh.run(["check", Examples.leaveRequest, "examples/tidak-ada.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(Examples.leaveRequest): no problems found"), "the clean file is still checked")
        #expect(run.stderr.contains("no such file: examples/tidak-ada.yaml"), "\(run)")
    }

    @Test func checkWithoutFilesIsAUsageErrorWithStatusTwo() throws {
        let run = try Sopsh.run(["check"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("FILE"))
    }

    @Test func jsonReportsHaveTheDocumentedKeys() throws {
        let files = Examples.yamlFiles + ["examples/tidak-ada.yaml"]
        let (run, reports) = try reports(files)
        #expect(run.status == 1, "the missing file fails the run")
        #expect(reports.map { $0["file"] as? String } == files)
        for report in reports {
            #expect(report["errors"] is Int, "\(report)")
            let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
            for diagnostic in diagnostics {
                #expect(Set(diagnostic.keys) == Self.diagnosticKeys, "\(diagnostic)")
                #expect(["error", "warning", "note"].contains(diagnostic["severity"] as? String ?? ""))
                #expect(diagnostic["file"] as? String == report["file"] as? String)
                #expect((diagnostic["line"] as? Int ?? 0) >= 1)
                #expect((diagnostic["column"] as? Int ?? 0) >= 1)
                #expect(!(diagnostic["message"] as? String ?? "").isEmpty)
                #expect(!(diagnostic["code"] as? String ?? "").isEmpty)
            }
        }
        let seed = try #require(reports.first { $0["file"] as? String == Examples.seedYAML })
        #expect(!(seed["diagnostics"] as? [Any] ?? []).isEmpty, "the seed example has warnings to show the keys on")
        #expect(reports.last?["errors"] as? Int == 1, "the missing file counts as an error")
    }

    @Test func commandLineCheckFindsWhatTheShellsCheckFinds() throws {
        let (_, reports) = try reports([Examples.seedYAML])
        let shell = try Sopsh.run("check \(Examples.seedYAML) --json")
        #expect(shell.status == 0, "\(shell)")
        let fromShell = try #require(try shell.jsonValues().first as? [[String: Any]])
        let fromCommandLine = try #require(reports.first?["diagnostics"] as? [[String: Any]])
        #expect(fromShell.map { $0["code"] as? String } == fromCommandLine.map { $0["code"] as? String })
        #expect(fromShell.map { $0["line"] as? Int } == fromCommandLine.map { $0["line"] as? Int })
        #expect(!fromShell.isEmpty)
    }

    /// `sopsh check examples/*.yaml` meets a work calendar and a scenario beside the SOPs:
    /// each is read as what it is, and passes when nothing is wrong with it.
    @Test func calendarAndScenarioFilesAreCheckedAsWhatTheyAre() throws {
        let run = try Sopsh.run(["check", "examples/kalender-kantor-2026.yaml", "examples/bench-seed.scenario.yaml", Examples.leaveRequest])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("examples/kalender-kantor-2026.yaml: a work calendar file; no problems found"), "\(run)")
        #expect(run.stdout.contains("examples/bench-seed.scenario.yaml: a simulation scenario file; no problems found"), "\(run)")
        let (_, reports) = try reports(["examples/kalender-kantor-2026.yaml"])
        #expect(reports.first?["kind"] as? String == "work calendar")
    }

    /// An office file has a scenario's `sop` and `perubahan` too: it is told by `kantor` and
    /// `jabatan`, and checked with the SOPs it names.
    @Test func anOfficeFileIsCheckedAsAnOffice() throws {
        let run = try Sopsh.run(["check", "examples/kantor-ukpbj.yaml"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("examples/kantor-ukpbj.yaml: an office file; no problems found"), "\(run)")
        let (_, reports) = try reports(["examples/kantor-ukpbj.yaml"])
        #expect(reports.first?["kind"] as? String == "office")
    }

    @Test func anOfficesUnusedJabatanIsAWarningAndItsMistakeAnErrorAtItsPlace() throws {
        try TemporaryFolder.with { folder in
            let sop = try String(contentsOf: Sopsh.root.appendingPathComponent(Examples.leaveRequest), encoding: .utf8)
            _ = try folder.write(sop, to: "cuti.yaml")
            let office =
                "kantor: Uji\nsop:\n  - berkas: cuti.yaml\n    volume: 60\n"
                + "    pelaksana: {pegawai: staf, atasan: staf, kepegawaian: staf, pejabat: staf}\n"
                + "jabatan:\n  - {id: staf, nama: Staf, jumlah: 4}\n  - {id: sopir, nama: Pengemudi, jumlah: 1}\n"
            let file = try folder.write(office, to: "kantor.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.contains("\(file): an office file; 1 warning"), "\(run)")
            #expect(run.stdout.contains("\(file):8:10: warning: jabatan `sopir` fills no role of any SOP"), "\(run)")
            let broken = try folder.write(office.replacingOccurrences(of: "pejabat: staf", with: "pejabat: kepala"), to: "rusak.yaml")
            let refused = try Sopsh.run(["check", broken])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.hasPrefix("\(broken):5:74: error: no jabatan has the id `kepala`"), "\(refused)")
        }
    }

    @Test func aCalendarWithAMistakeFailsAtItsPlace() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("jam_kerja:\n  senin: 07:30-16:00\n  selasa: 25:00-26:00\n", to: "kalender.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("\(file):3:"), "\(run)")
        }
    }

    /// A scenario naming its SOP is compiled against it: a step the SOP lacks is an error here.
    @Test func aScenarioIsCheckedAgainstTheSOPItNames() throws {
        try TemporaryFolder.with { folder in
            let sop = try String(contentsOf: Sopsh.root.appendingPathComponent("examples/bench-seed.yaml"), encoding: .utf8)
            _ = try folder.write(sop, to: "bench-seed.yaml")
            let scenario =
                "sop: bench-seed.yaml\nkedatangan:\n  pola: poisson\n  selang: 40 jam\njumlah_kasus: 100\ndurasi:\n  langkah:\n    99: 1 jam\n"
            let file = try folder.write(scenario, to: "coba.scenario.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("99"), "\(run)")
        }
    }

    @Test func aScenarioNamingAMissingSOPIsAnErrorAtItsSopKey() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("sop: tidak-ada.yaml\nkedatangan: {pola: poisson, selang: 1 jam}\njumlah_kasus: 10\n", to: "s.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("\(file):1:6: error: the scenario's SOP"), "\(run)")
        }
    }

    /// A scenario file that lacks its arrivals is still told from an SOP by its other keys.
    @Test func aScenarioWithoutArrivalsIsReportedAsAScenario() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("nama: coba\nhorizon: 6 bulan\nkalender: sepanjang_waktu\n", to: "coba.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1)
            #expect(run.stderr.contains("the scenario does not say how cases arrive"), "\(run)")
        }
    }

    @Test func openingACalendarAsAnSOPSaysWhatItIs() throws {
        let run = try Sopsh.run("open examples/kalender-kantor-2026.yaml")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("examples/kalender-kantor-2026.yaml:1:1: error: this is a work calendar file, not an SOP"), "\(run)")
    }

    /// What the format and the schema refuse, `sopsh check` refuses too, at the place.
    @Test func tagsAndBadIDsFailTheCheckWhereTheyStand() throws {
        try TemporaryFolder.with { folder in
            let yaml = try String(contentsOfFile: Sopsh.root.appendingPathComponent(Examples.seedYAML).path, encoding: .utf8)
                .replacingOccurrences(of: "id: tim\n", with: "id: \"😀tim\"\n")
                .replacingOccurrences(of: "  judul_sop: ", with: "  judul_sop: !!binary ")
            let file = try folder.write(yaml, to: "rusak.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1, "\(run)")
            #expect(run.stdout.contains(/rusak\.yaml:\d+:\d+: error: the YAML tag `!!binary` is not part of sopsh's format/), "\(run)")
            #expect(run.stdout.contains(/rusak\.yaml:\d+:\d+: error: role .*: role id `😀tim` must start with a lowercase letter/), "\(run)")
        }
    }
}
