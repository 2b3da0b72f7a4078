import Foundation
import SOPRuntime
import Testing

/// Inputs at the edge: files of tens of megabytes, megabytes on one line, nesting a hundred
/// thousand deep, numbers too large for any standard time, times of zero, SOPs of thousands of
/// steps. Each ends in a value, a clear located error, or a counted note; none crashes, and
/// none takes time or memory beyond a small multiple of its size (scripts/bench-limits runs
/// the largest sizes, and says how long they take).
@Suite struct Limits {
    /// A YAML SOP of `count` steps in a chain, each needing what the one before produced.
    static func chainYAML(steps count: Int, requirement: (Int) -> String = { "hasil \($0 - 1)" }) -> String {
        var text = "identitas:\n  judul_sop: Prosedur Panjang\npelaksana:\n  - {id: staf, nama: Staf, jumlah: 3}\nkegiatan:\n"
        text.reserveCapacity(count * 120)
        for number in 1...count {
            let needs = number == 1 ? "" : requirement(number)
            text +=
                "  - {nomor: \(number), uraian_kegiatan: Mengerjakan bagian \(number), pelaksana: staf, "
                + "mutu_baku: {persyaratan_kelengkapan: \"\(needs)\", waktu: 1 jam, output: hasil \(number)}}\n"
        }
        return text
    }

    // MARK: Nesting

    static let deepYAML =
        "identitas:\n  instansi: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"

    @Test("YAML nested 100 000 deep is refused, at its place, by every reader")
    func deepYAMLIsRefused() {
        let readers: [(String, (String) throws -> Void)] = [
            ("SOP", { _ = try SOPYAMLReader.read($0, file: "dalam.yaml") }),
            ("scenario", { _ = try ScenarioFile.read($0, file: "dalam.yaml") }),
            ("calendar", { _ = try WorkCalendar.read($0, file: "dalam.yaml") })
        ]
        for (name, read) in readers {
            do {
                try read(Self.deepYAML)
                Issue.record("\(name): 100 000 levels were read")
            } catch let error as SOPReadError {
                #expect(error.message.contains("nested too deeply"), "\(name): \(error)")
                #expect(isInside(error.location, Self.deepYAML) && error.location.line == 2, "\(name): \(error)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    // MARK: Size

    @Test("a file over the size limit is refused before it is read, naming the file")
    func oversizedFileIsRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("besar.yaml")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(SOPFile.sizeLimit + 1))  // sparse: nothing is written
        try handle.close()
        let error = try #require(throws: SOPReadError.self) { try SOPFile.open(path) }
        #expect(error.location == SourceLocation(file: path, line: 1, column: 1) && error.message.contains("MB"))
    }

    @Test("a 20 MB SOP with megabytes in single cells opens, keeps them exactly, and checks")
    func megabytesInOneCell() throws {
        var sop = TestSOPs.clean()
        // A paragraph pasted where a document name belongs: 200 000 different words, 2 MB.
        let paragraph = (0..<200_000).map { "kata\($0 * 7_919 % 200_000)" }.joined(separator: " ")
        sop.steps[0].output = paragraph
        sop.steps[1].requirements = paragraph + " tambahan"
        sop.steps[2].activity = String(repeating: "Menandatangani laporan bulanan. ", count: 500_000)  // 16 MB, one line
        let text = SOPYAMLWriter.write(sop)
        #expect(text.utf8.count > 20_000_000)
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("panjang.yaml")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let (loaded, _) = try SOPFile.open(path)
        #expect(loaded.sop == sop)
        #expect(loaded.sop.check(sourceMap: loaded.sourceMap).with(code: .handOffMismatch).isEmpty)
    }

    @Test("table text with a cell of 4 MB imports it whole")
    func longTableTextCell() throws {
        let cell = String(repeating: "Menyusun rancangan laporan ", count: 150_000)
        let text = try Examples.text("kebijakan-mutu-ukpbj.txt")
            .replacingOccurrences(of: "Menyusun kebijakan mutu dan layanan UKPBJ", with: cell)
        let loaded = try TableTextImporter.read(text, file: "panjang.txt")
        #expect(loaded.sop.steps.contains { $0.activity.contains(cell.trimmingCharacters(in: .whitespaces)) })
    }

    // MARK: Huge numbers and zero

    @Test("a time too large for any standard time is an error at its cell, not an overflow")
    func hugeTimeIsLocated() throws {
        var sop = TestSOPs.clean()
        sop.steps[1].time = StandardTime("99999999999999999999 jam")
        guard case .unreadable(let error) = sop.steps[1].time.amount else {
            Issue.record("read as \(sop.steps[1].time.amount)")
            return
        }
        #expect(error.column == 1 && error.message.contains("too large"))
        let text = SOPYAMLWriter.write(sop)
        let loaded = try SOPYAMLReader.read(text, file: "besar.yaml")
        let finding = try #require(loaded.sop.check(sourceMap: loaded.sourceMap).with(code: .stepBadTime).first)
        #expect(finding.location.map { position(of: "99999999999999999999 jam", in: text)! == ($0.line, $0.column) } == true)
    }

    @Test("a staff count beyond any whole number is a located error in the SOP and in a scenario")
    func hugeCountsAreLocated() throws {
        let sopText = try Examples.text(Examples.seed).replacingOccurrences(of: "jumlah: 1", with: "jumlah: 99999999999999999999")
        let loaded = try SOPYAMLReader.read(sopText, file: "sop.yaml")
        let finding = try #require(loaded.diagnostics.first { $0.message.contains("whole number") })
        #expect(finding.location?.line == position(of: "99999999999999999999", in: sopText)?.line)

        let sop = try Examples.load("bench-seed.yaml").sop
        for (key, value) in [("pegawai: {tim: ", "1e308}"), ("keputusan: {\"3\": {perlu perbaikan: ", "1e308}}")] {
            let text = "kedatangan: {selang: 1 jam}\njumlah_kasus: 10\n" + key + value + "\n"
            let error = try #require(throws: SOPReadError.self) { try ScenarioFile.read(text, file: "s.yaml").simulations(sop: sop) }
            #expect(error.location == SourceLocation(file: "s.yaml", line: 3, column: key.count + 1), "\(error)")
        }
    }

    @Test("steps of zero time: a case ends when it starts, and a simulation reports zeros, not NaN")
    func zeroDurations() throws {
        var sop = try Examples.load("bench-seed.yaml").sop
        for index in sop.steps.indices { sop.steps[index].time = StandardTime("0 menit") }
        #expect(!sop.check().contains { $0.code.rawValue.hasPrefix("step.bad") })
        var run = try TrainingRun(sop: sop)
        let start = CivilDateTime("2026-03-02T07:30")!
        try run.start(name: "k", at: start, now: start)
        try run.wait(in: "k", for: .zero)
        while let at = run.case(named: "k")?.position {
            let step = sop.steps[at]
            if let decision = step.decision {
                // The answer that goes on down (the others loop back for rework).
                let onward = try #require(
                    decision.answers.first { answer in
                        guard case .step(let number)? = answer.target else { return answer.target == .end }
                        return number > step.number!
                    })
                try run.decide(in: "k", answer: onward.label, as: step.executors[0])
            } else {
                try run.perform(in: "k", as: step.executors[0])
            }
        }
        #expect(run.case(named: "k")?.finishedAt == start)

        let result = try Simulation.run(sop: sop, scenario: Scenario(arrivals: .batch, cases: 100, calendar: .roundTheClock))
        #expect(result.casesFinished == 100 && result.leadTime.max == 0)
        #expect(result.roles.allSatisfy { $0.utilisation.mean.isFinite } && result.workInProgress.mean.isFinite)
        #expect(throws: ScenarioError.self) {
            try Simulation(sop: sop, scenario: Scenario(arrivals: .regular(interval: .zero), cases: 10))
        }
    }

    // MARK: Many steps

    @Test("an SOP of 10 000 steps opens, checks clean, simulates and runs a case")
    func tenThousandSteps() throws {
        let text = Self.chainYAML(steps: 10_000)
        let loaded = try SOPYAMLReader.read(text, file: "panjang.yaml")
        #expect(loaded.sop.steps.count == 10_000 && loaded.diagnostics.isEmpty)
        #expect(!loaded.sop.check().hasErrors)
        let result = try Simulation.run(sop: loaded.sop, scenario: Scenario(arrivals: .batch, cases: 3, calendar: .roundTheClock))
        #expect(result.casesFinished == 3 && result.leadTime.max == 10_000)
        var run = try TrainingRun(sop: loaded.sop, calendar: .roundTheClock)
        try run.start(now: CivilDateTime("2026-03-02T07:30")!)
        for _ in 0..<5 { try run.perform(in: "kasus1", as: "staf") }
        run.undo()
        #expect(run.case(named: "kasus1")?.steps.count == 4)
    }

    @Test("past 1 000 steps, broken hand-offs are not traced through every earlier step: one note counts them")
    func handOffsOfALongSOPAreCounted() throws {
        let sop = try SOPYAMLReader.read(Self.chainYAML(steps: 3_000) { _ in "formulir permohonan" }, file: nil).sop
        let findings = sop.check()
        #expect(findings.with(code: .handOffMismatch).isEmpty)
        let note = try #require(findings.with(code: .handOffUntraced).first)
        #expect(note.severity == .note && note.message.contains("2999") && note.message.contains("3000"))
        #expect(try TrainingRun(sop: sop).sop.steps.count == 3_000)
    }
}
