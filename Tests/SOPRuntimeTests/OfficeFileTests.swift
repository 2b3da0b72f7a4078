import Foundation
import SOPRuntime
import Testing

/// An office file (examples/kantor-ukpbj.yaml) reads into the `Office` it writes, field by
/// field, and every mistake in it is refused where it stands, with what to write instead: the
/// file's own slips (keys, types, values) and what does not fit its SOPs (roles, steps,
/// answers, SOPs that cannot be opened or are drafts). A jabatan that fills no role is a
/// warning, not a refusal.
@Suite struct OfficeFileTests {
    static let example = Examples.path("kantor-ukpbj.yaml")

    static func read(_ yaml: String, file: String = Examples.path("kantor-uji.yaml")) throws(SOPReadError) -> OfficeFile {
        try OfficeFile.read(yaml, file: file)
    }

    static func error(_ yaml: String, file: String = Examples.path("kantor-uji.yaml")) -> SOPReadError? {
        do {
            _ = try read(yaml, file: file)
            return nil
        } catch {
            return error
        }
    }

    // MARK: The example

    @Test("the example office reads with every setting as written")
    func exampleSettings() throws {
        let file = try OfficeFile.open(Self.example)
        let office = file.office
        #expect(office.name == "UKPBJ Kabupaten Contoh")
        #expect(office.effectiveHoursPerYear == 1250)
        #expect(office.calendar == (try WorkCalendar.open(Examples.path("kalender-kantor-2026.yaml"))))
        #expect(office.horizon == .days(12 * WorkDuration.daysPerMonth))
        #expect(office.replications == 5 && office.seed == 2026)
        #expect(file.warnings.isEmpty, "\(file.warnings)")
    }

    @Test("the example's SOPs read with their files, demand, targets, jabatan and settings")
    func exampleProcedures() throws {
        let procedures = try OfficeFile.open(Self.example).office.procedures
        #expect(
            procedures.map(\.path) == [
                "kebijakan-mutu-ukpbj.yaml", "pengajuan-cuti-pegawai.yaml",
                "permohonan-informasi-publik.yaml", "sop-025-pengelolaan-surat-masuk.pdf"
            ])
        #expect(procedures.map(\.demand) == [.perYear(4), .perYear(60), .perYear(150), .perYear(300)])
        #expect(procedures.map(\.target) == [.days(15), .days(3), .days(10), .days(2)])
        #expect(
            procedures.map(\.title) == [
                "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ",
                "Pengajuan Cuti Tahunan Pegawai Negeri Sipil", "Pelayanan Permohonan Informasi Publik",
                "Pengelolaan Surat Masuk"
            ])
        #expect(procedures[0].positions == ["kepala": "kepala_ukpbj", "sekretariat": "sekretariat", "tim": "pokja", "atasan": "asisten"])
        #expect(
            procedures[1].positions == ["pegawai": "pokja", "atasan": "kasubbag", "kepegawaian": "sekretariat", "pejabat": "kepala_ukpbj"])
        #expect(procedures[2].positions == ["petugas": "sekretariat", "ppid": "kasubbag", "unit": "pokja"])
        #expect(
            procedures[3].positions == ["tim": "pokja", "bagian": "pengadministrasi", "sekretaris": "sekretariat", "kepala": "kepala_ukpbj"]
        )

        let policy = procedures[0].settings
        #expect(
            policy.decisions == [
                StepNumber(3): ["perlu perbaikan": 0.3], StepNumber(6): ["perlu perbaikan": 0.2],
                StepNumber(11): ["perlu perbaikan": 0.2]
            ])
        #expect(policy.reworkCap == 5 && policy.durations == DurationModel())
        let leave = procedures[1].settings
        #expect(leave.decisions == [StepNumber(2): ["perubahan": 0.1, "tidak disetujui": 0.05], StepNumber(3): ["Tidak": 0.1]])
        #expect(leave.durations.distribution == .lognormal && leave.durations.spread == 0.3 && leave.reworkCap == 10)
        #expect(procedures[2].settings.durations.steps == [StepNumber(11): StepDuration(time: .minutes(15))])
        let letters = procedures[3].settings
        #expect(letters.decisions == [StepNumber(5): ["1": 0.5, "2": 0.2, "3": 0.3]])
        #expect(letters.durations.steps == [StepNumber(1): StepDuration(time: .minutes(5))])
    }

    @Test("the example's jabatan read with their headcounts, costs, leave and hours")
    func examplePositions() throws {
        let office = try OfficeFile.open(Self.example).office
        #expect(office.positions.map(\.id) == ["kepala_ukpbj", "asisten", "kasubbag", "sekretariat", "pengadministrasi", "pokja"])
        #expect(
            office.positions.map(\.name) == [
                "Kepala UKPBJ", "Asisten Perekonomian dan Pembangunan (atasan Kepala UKPBJ)",
                "Kepala Subbagian", "Staf Sekretariat UKPBJ", "Pengadministrasi Umum", "Pokja Pemilihan"
            ])
        #expect(office.positions.map(\.headcount) == [1, 1, 1, 1, 1, 5])
        #expect(office.positions.map(\.costPerHour) == [150_000, 200_000, 110_000, 70_000, 60_000, 95_000])
        #expect(office.positions.allSatisfy { $0.leaveDaysPerYear == 12 && $0.calendar == nil })
        #expect(office.positions.map(\.effectiveHoursPerYear) == [nil, 1200, nil, nil, nil, nil])
        // Twelve days of leave at the calendar's 7.5 hours a day come off 1250 (or the Asisten's 1200).
        #expect(office.positions.map { $0.effectiveHours(in: office) } == [1160, 1110, 1160, 1160, 1160, 1160])
    }

    @Test("the example's changes read with their headcounts and edits")
    func exampleChanges() throws {
        let changes = try OfficeFile.open(Self.example).office.changes
        #expect(
            changes == [
                Office.Change(name: "tambah pokja", headcount: ["pokja": 7]),
                Office.Change(name: "permohonan informasi naik", demand: ["permohonan-informasi-publik.yaml": .perYear(250)]),
                Office.Change(name: "surat masuk tanpa pindai", removedSteps: ["sop-025-pengelolaan-surat-masuk.pdf": [StepNumber(2)]]),
                Office.Change(
                    name: "loket informasi terpadu", headcount: ["sekretariat": 2],
                    mergedSteps: ["permohonan-informasi-publik.yaml": [StepMerge(StepNumber(1), StepNumber(2))]])
            ])
    }

    /// Hours of work a year (volume × each role's hours a case, at the file's odds) per jabatan,
    /// against what its people give: the example is a unit at work, some positions short of
    /// hands by the workload analysis, but none drowning in the simulated year.
    @Test("the example's volumes keep every jabatan under 0.8 of the simulated working year")
    func exampleIsNotOverloaded() throws {
        let office = try OfficeFile.open(Self.example).office
        var hours: [String: Double] = [:]
        for procedure in office.procedures {
            guard case .perYear(let volume) = procedure.demand else { continue }
            var probe = procedure.settings
            probe.arrivals = .poisson(meanInterval: .hours(1))
            probe.cases = 1
            for role in try Simulation(sop: procedure.sop, scenario: probe).offeredLoad.roles {
                hours[procedure.positions[role.id]!, default: 0] += volume * role.hoursPerCase
            }
        }
        for position in office.positions {
            // The working year the simulation runs: 12 × 21 days of the office calendar.
            let capacity = Double(position.headcount) * 12 * 21 * office.calendar.hoursPerDay
            #expect((hours[position.id] ?? 0) < 0.8 * capacity, "\(position.id): \(hours[position.id] ?? 0) h of \(capacity) h")
            #expect((hours[position.id] ?? 0) > 0, "\(position.id) has work")
        }
    }

    @Test("a key of an SOP's settings is located in the file, for a simulation's refusal to point at")
    func procedureKeysAreLocated() throws {
        let file = try OfficeFile.open(Self.example)
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let decision = try #require(position(of: "\"3\": {perlu perbaikan: 0.3}", in: text))
        #expect(
            file.location(ofProcedure: 0, key: "keputusan.3")
                == SourceLocation(file: Self.example, line: decision.line, column: decision.column))
        let pokja = try #require(position(of: "pokja: 7", in: text))
        #expect(
            file.location(of: "perubahan.1.jabatan.pokja") == SourceLocation(file: Self.example, line: pokja.line, column: pokja.column))
        #expect(file.location(of: "nowhere") == SourceLocation(file: Self.example, line: 1, column: 1))
    }

    // MARK: Refusals

    /// A small office on one example SOP, which each refusal below breaks in one place.
    static let base = """
        kantor: Kantor Uji
        sop:
          - berkas: pengajuan-cuti-pegawai.yaml
            volume: 60
            target: 3 hari kerja
            pelaksana: {pegawai: staf, atasan: kepala, kepegawaian: staf, pejabat: kepala}
        jabatan:
          - {id: kepala, nama: Kepala Bagian, jumlah: 1}
          - {id: staf, nama: Staf, jumlah: 4}

        """

    @Test("the small office the refusals start from reads")
    func baseReads() throws {
        let office = try Self.read(Self.base).office
        #expect(office.procedures.count == 1 && office.positions.count == 2)
        #expect(office.effectiveHoursPerYear == 1250 && office.calendar == .office && office.replications == 5 && office.seed == 1)
        #expect(office.horizon == .days(12 * WorkDuration.daysPerMonth) && office.changes.isEmpty)
    }

    /// One mistake: `old` in the small office replaced by `new`; the refusal stands at the
    /// first `at` of the new text (after `after`, when given), says `message` and hints `hint`.
    struct Refusal: CustomTestStringConvertible, Sendable {
        var old: String, new: String, at: String, message: String, hint: String
        var testDescription: String { message }
    }

    static let change = "perubahan:\n  - nama: tambah staf\n"

    static let refusals: [Refusal] = [
        // The file's own keys, types and values.
        Refusal(
            old: "kantor: Kantor Uji", new: "kantr: Kantor Uji", at: "kantr", message: "unknown key `kantr`", hint: "did you mean `kantor`?"
        ),
        Refusal(old: "kantor: Kantor Uji\n", new: "", at: "sop:", message: "does not name its unit (`kantor`)", hint: "kantor: UKPBJ"),
        Refusal(
            old: "kantor: Kantor Uji", new: "kantor: Kantor Uji\njam_kerja_efektif: 9000", at: "9000",
            message: "more than the simulator takes (at most 8760)", hint: "1250 effective hours"),
        Refusal(
            old: "kantor: Kantor Uji", new: "kantor: Kantor Uji\nhorizon: setahun", at: "setahun",
            message: "`horizon` does not read as a time", hint: "40 jam"),
        Refusal(
            old: "kantor: Kantor Uji", new: "kantor: Kantor Uji\nreplikasi: 0", at: "0", message: "at least 1", hint: "from 1 to 10000"),
        Refusal(
            old: "kantor: Kantor Uji", new: "kantor: Kantor Uji\nkalender: tidak-ada.yaml", at: "tidak-ada",
            message: "names no readable calendar file", hint: "sepanjang_waktu"),
        Refusal(old: "volume: 60", new: "volume: !!int 60", at: "!!int", message: "the YAML tag `!!int`", hint: "remove the tag"),
        Refusal(
            old: "volume: 60", new: "volume: [60]", at: "[60]", message: "`volume` must be a number above zero, not a list",
            hint: "plain digits"),
        Refusal(
            old: "volume: 60", new: "volume: 0", at: "0", message: "`volume` must be a number above zero, not `0`", hint: "plain digits"),
        Refusal(old: "volume: 60", new: "volume: -5", at: "-5", message: "`volume` must be a number above zero", hint: "plain digits"),
        Refusal(
            old: "volume: 60", new: "volume: 2000000000", at: "2000000000", message: "more than the simulator takes", hint: "volume: 120"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    selang: 40 jam\n", at: "40 jam",
            message: "`volume` and `selang` both say how often cases come", hint: "keep one"),
        Refusal(
            old: "    volume: 60\n", new: "", at: "berkas", message: "does not say how often cases of the SOP come",
            hint: "add `volume: 120`"),
        Refusal(
            old: "    volume: 60\n", new: "    selang: 0 jam\n", at: "0 jam", message: "`selang` must be more than zero", hint: "40 jam"),
        Refusal(
            old: "target: 3 hari kerja", new: "target: segera", at: "segera", message: "`target` does not read as a time", hint: "3 hari"),
        Refusal(old: "target: 3 hari kerja", new: "target: 1-3 hari", at: "1-3", message: "`target` must be one time", hint: "40 jam"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    batas_pengulangan: -1\n", at: "-1",
            message: "`batas_pengulangan` must be a whole number of at least 0", hint: "from 0 to 1000000"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    durasi: {sebaran: gamma}\n", at: "gamma",
            message: "`sebaran` must be one of", hint: "eksponensial"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    keputusan: {\"2\": {perubahan: 1.5}}\n", at: "1.5",
            message: "must be a probability between 0 and 1", hint: "30%"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    jumlah: 3\n", at: "jumlah",
            message: "unknown key `jumlah` in an SOP of the office",
            hint:
                "the keys of an SOP of the office (sop) are: berkas, volume, selang, target, pelaksana, keputusan, durasi, batas_pengulangan"
        ),
        // What does not fit the SOP.
        Refusal(
            old: "pejabat: kepala}", new: "pejabat: kepala, kasir: staf}", at: "kasir",
            message: "pengajuan-cuti-pegawai.yaml has no role `kasir`", hint: "its roles are pegawai, atasan, kepegawaian, pejabat"),
        Refusal(
            old: ", pejabat: kepala}", new: "}", at: "{pegawai",
            message: "role `pejabat` (Pejabat yang Berwenang Memberikan Cuti) of pengajuan-cuti-pegawai.yaml is filled by no jabatan",
            hint: "add `pejabat: JABATAN` under `pelaksana`"),
        Refusal(
            old: "pejabat: kepala}", new: "pejabat: kepla}", at: "kepla}", message: "no jabatan has the id `kepla`",
            hint: "did you mean `kepala`?"),
        Refusal(
            old: "pelaksana: {pegawai: staf, atasan: kepala, kepegawaian: staf, pejabat: kepala}", new: "pelaksana: kepala", at: "kepala",
            message: "`pelaksana` must map the SOP's role ids to jabatan ids", hint: "pelaksana: {pegawai: JABATAN, atasan: JABATAN"),
        Refusal(
            old: "    pelaksana: {pegawai: staf, atasan: kepala, kepegawaian: staf, pejabat: kepala}\n", new: "", at: "berkas",
            message: "the entry of pengajuan-cuti-pegawai.yaml does not say who fills its roles (`pelaksana`)", hint: "`pegawai: JABATAN`"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    keputusan: {\"9\": {ya: 0.5}}\n", at: "\"9\"",
            message: "pengajuan-cuti-pegawai.yaml: the scenario gives probabilities for step 9, which the SOP does not have",
            hint: "its decisions are 2, 3"),
        Refusal(
            old: "    volume: 60\n", new: "    volume: 60\n    durasi: {langkah: {\"12\": 1 jam}}\n", at: "\"12\"",
            message: "pengajuan-cuti-pegawai.yaml: the scenario gives a time to step 12, which the SOP does not have",
            hint: "its steps are 1, 2, 3"),
        Refusal(
            old: "berkas: pengajuan-cuti-pegawai.yaml", new: "berkas: tidak-ada.yaml", at: "tidak-ada.yaml",
            message: "no such SOP file: \(Examples.directory)/tidak-ada.yaml", hint: "relative to the office file's folder"),
        Refusal(
            old: "berkas: pengajuan-cuti-pegawai.yaml", new: "berkas: kalender-kantor-2026.yaml", at: "kalender-kantor-2026.yaml",
            message: "cannot open the SOP kalender-kantor-2026.yaml: this is a work calendar file, not an SOP", hint: "calendar load"),
        Refusal(
            old: "jabatan:\n", new: "jabatan:\n  - {id: kepala, nama: Kepala Lain, jumlah: 2}\n", at: "kepala, nama: Kepala Bagian",
            message: "jabatan `kepala` is listed twice (first at line 8)", hint: "another id"),
        Refusal(
            old: "jabatan:\n",
            new:
                "  - {berkas: pengajuan-cuti-pegawai.yaml, volume: 1, pelaksana: {pegawai: staf, atasan: kepala, kepegawaian: staf, pejabat: kepala}}\njabatan:\n",
            at: "pengajuan-cuti-pegawai.yaml, volume: 1", message: "the SOP pengajuan-cuti-pegawai.yaml is listed twice (first at line 3)",
            hint: "list each SOP once"),
        // The jabatan.
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: Staf Umum, nama: Staf, jumlah: 4}", at: "Staf Umum",
            message: "the jabatan id “Staf Umum” is not small letters", hint: "such as `staf`"),
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: staf, nama: Staf}", at: "{id: staf",
            message: "a jabatan needs `jumlah`", hint: "jumlah: 3"),
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: staf, nama: Staf, jumlah: 0}", at: "0}",
            message: "`jumlah` must be a whole number of at least 1, not `0`", hint: "from 1 to 1000000"),
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: staf, nama: Staf, jumlah: 4, biaya_per_jam: 75.000}", at: "75.000",
            message: "`biaya_per_jam` is whole rupiah, written without separators, not `75.000`", hint: "150000"),
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: staf, nama: Staf, jumlah: 4, cuti: 200}", at: "200",
            message: "200 days of leave take all of the 1250 effective hours of jabatan `staf`", hint: "cuti: 12"),
        Refusal(
            old: "{id: staf, nama: Staf, jumlah: 4}", new: "{id: staf, nama: Staf, jumlah: 4, gaji: 5}", at: "gaji",
            message: "unknown key `gaji` in a position (jabatan)",
            hint: "the keys of a position (jabatan) are: id, nama, jumlah, biaya_per_jam, cuti, kalender, jam_kerja_efektif"),
        Refusal(
            old: "jabatan:\n  - {id: kepala, nama: Kepala Bagian, jumlah: 1}\n  - {id: staf, nama: Staf, jumlah: 4}\n", new: "",
            at: "kantor", message: "the office file lists no jabatan", hint: "add `jabatan:`"),
        Refusal(
            old: "jabatan:\n  - {id: kepala, nama: Kepala Bagian, jumlah: 1}\n  - {id: staf, nama: Staf, jumlah: 4}\n",
            new: "jabatan: []\n",
            at: "[]", message: "`jabatan` lists no position", hint: "list each jabatan"),
        // The changes.
        Refusal(
            old: "", new: change + "    jabatan: {staff: 5}\n", at: "staff", message: "no jabatan has the id `staff`",
            hint: "did you mean `staf`?"),
        Refusal(
            old: "", new: change + "    jabatan: {staf: 0}\n", at: "0}", message: "`jabatan.staf` must be a whole number of at least 1",
            hint: "from 1"),
        Refusal(
            old: "", new: "perubahan:\n  - nama: baseline\n", at: "baseline", message: "a change cannot be named “baseline”",
            hint: "tambah pokja"),
        Refusal(
            old: "", new: "perubahan:\n  - jabatan: {staf: 5}\n", at: "jabatan: {staf: 5}", message: "change 1 has no name", hint: "nama:"),
        Refusal(
            old: "", new: change + "  - {nama: tambah staf}\n", at: "tambah staf}",
            message: "two changes are named “tambah staf” (the first at line 11)",
            hint: "its own name"),
        Refusal(
            old: "", new: change + "    sop:\n      - {berkas: cuti.yaml, volume: 80}\n", at: "cuti.yaml",
            message: "the office lists no SOP cuti.yaml", hint: "its SOPs are pengajuan-cuti-pegawai.yaml"),
        Refusal(
            old: "", new: change + "    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, volume: 80, selang: 8 jam}\n", at: "8 jam",
            message: "`volume` and `selang` both say how often cases come", hint: "keep one"),
        Refusal(
            old: "", new: change + "    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, hapus_langkah: [99]}\n", at: "99",
            message: "pengajuan-cuti-pegawai.yaml: the SOP has no step 99", hint: "its steps are 1, 2"),
        Refusal(
            old: "", new: change + "    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, gabung_langkah: [[4, 6]]}\n", at: "4, 6",
            message: "pengajuan-cuti-pegawai.yaml: step 4 does not lead straight to step 6, so they cannot be merged",
            hint: "merge a process step with the step it leads to"),
        Refusal(
            old: "",
            new: change
                + "    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, volume: 80}\n      - {berkas: pengajuan-cuti-pegawai.yaml, volume: 90}\n",
            at: "pengajuan-cuti-pegawai.yaml, volume: 90", message: "the change edits pengajuan-cuti-pegawai.yaml twice", hint: "one entry"),
        Refusal(
            old: "", new: change + "    pegawai: {staf: 5}\n", at: "pegawai: {staf",
            message: "unknown key `pegawai` in a change (perubahan)",
            hint: "the keys of a change (perubahan) are: nama, jabatan, sop")
    ]

    @Test("each mistake is refused at its line and column, with what is wrong and a hint", arguments: refusals)
    func mistakesAreRefusedWhereTheyStand(_ refusal: Refusal) throws {
        let yaml = refusal.old.isEmpty ? Self.base + refusal.new : Self.base.replacingOccurrences(of: refusal.old, with: refusal.new)
        #expect(yaml != Self.base, "the change applies")
        let error = try #require(Self.error(yaml), "\(yaml) is read")
        let place = try #require(
            position(
                of: refusal.at,
                in: refusal.old.isEmpty ? yaml.replacingOccurrences(of: Self.base, with: String(repeating: "\n", count: 9)) : yaml),
            "`\(refusal.at)` is in the office")
        #expect(
            error.location == SourceLocation(file: Examples.path("kantor-uji.yaml"), line: place.line, column: place.column), "\(error)")
        #expect(error.message.contains(refusal.message), "\(error)")
        #expect(refusal.hint.isEmpty || error.hint?.contains(refusal.hint) == true, "\(error)")
    }

    @Test("an SOP that is a draft with errors is refused at its `berkas`, with its first error")
    func draftsAreRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var draft = TestSOPs.clean()
        draft.steps[0].executors = []
        try SOPFile.save(draft, to: folder.file("draf.yaml"))
        let yaml =
            "kantor: Kantor Uji\nsop:\n  - berkas: draf.yaml\n    volume: 12\n    pelaksana: {kepala: kepala, staf: kepala}\njabatan:\n  - {id: kepala, nama: Kepala, jumlah: 1}\n"
        let error = try #require(Self.error(yaml, file: folder.file("kantor.yaml")))
        #expect(error.location == SourceLocation(file: folder.file("kantor.yaml"), line: 3, column: 13), "\(error)")
        #expect(
            error.message.contains("the SOP draf.yaml is a draft with 1 error, so it cannot be simulated: \(folder.file("draf.yaml")):"),
            "\(error)")
        #expect(error.message.contains("step 1: no role carries out this step"), "\(error)")
        #expect(error.hint?.contains("sopsh check \(folder.file("draf.yaml"))") == true, "\(error)")
    }

    @Test("an SOP whose file does not read is refused at its `berkas`, with the SOP's own place and error")
    func unreadableSOPsAreRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data("identitas:\n  judul_sop: [\n".utf8).write(to: URL(fileURLWithPath: folder.file("rusak.yaml")))
        let yaml =
            "kantor: Kantor Uji\nsop:\n  - berkas: rusak.yaml\n    volume: 12\n    pelaksana: {}\njabatan:\n  - {id: kepala, nama: Kepala, jumlah: 1}\n"
        let error = try #require(Self.error(yaml, file: folder.file("kantor.yaml")))
        #expect(error.location == SourceLocation(file: folder.file("kantor.yaml"), line: 3, column: 13), "\(error)")
        #expect(error.message.hasPrefix("cannot open the SOP rusak.yaml: \(folder.file("rusak.yaml")):"), "\(error)")
    }

    // MARK: Jabatan and warnings

    @Test("a jabatan that fills no role is a warning at its id, and the office still reads")
    func unusedPositionsAreWarnings() throws {
        let yaml = Self.base + "  - {id: sopir, nama: Pengemudi, jumlah: 1}\n"
        let file = try Self.read(yaml)
        #expect(file.office.positions.map(\.id) == ["kepala", "staf", "sopir"])
        let warning = try #require(file.warnings.first)
        #expect(file.warnings.count == 1)
        #expect(warning.severity == .warning && warning.code == .officeUnusedPosition)
        #expect(warning.message == "jabatan `sopir` fills no role of any SOP")
        #expect(warning.hint?.contains("`pelaksana`") == true)
        #expect(warning.location == SourceLocation(file: Examples.path("kantor-uji.yaml"), line: 10, column: 10))
    }

    @Test("a jabatan's own calendar and effective hours are its own, and its leave counts its hours a day")
    func positionsKeepTheirOwnCalendars() throws {
        let yaml = Self.base.replacingOccurrences(
            of: "{id: staf, nama: Staf, jumlah: 4}",
            with: "{id: staf, nama: Staf, jumlah: 4, cuti: 10, kalender: sepanjang_waktu, jam_kerja_efektif: 2000}")
        let office = try Self.read("jam_kerja_efektif: 1300\n" + yaml).office
        let staff = try #require(office.positions.last)
        #expect(staff.calendar == .roundTheClock && staff.effectiveHoursPerYear == 2000 && staff.leaveDaysPerYear == 10)
        #expect(staff.effectiveHours(in: office) == 2000 - 10 * 24)
        #expect(office.positions[0].effectiveHours(in: office) == 1300)
    }

    @Test("`selang` gives a procedure's demand as a mean interval, and a change may set either")
    func intervalsAreDemand() throws {
        let yaml =
            Self.base.replacingOccurrences(of: "volume: 60", with: "selang: 4 hari")
            + "perubahan:\n  - nama: lebih sering\n    sop:\n      - {berkas: pengajuan-cuti-pegawai.yaml, selang: 2 hari}\n"
        let office = try Self.read(yaml).office
        #expect(office.procedures[0].demand == .every(.days(4)))
        #expect(office.changes[0].demand == ["pengajuan-cuti-pegawai.yaml": .every(.days(2))])
    }
}
