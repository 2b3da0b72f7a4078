import Foundation
import SOPRuntime
import Testing

/// Scenario and calendar files refuse what their format does not define, where it stands and
/// with a fix: YAML tags (as SOP files do), and values the simulator would refuse only later
/// (counts beyond `ScenarioLimits`, arrivals that never come), so that `sopsh check` finds them
/// in a scenario that names no SOP.
@Suite struct ScenarioFileRefusals {
    static func scenarioError(_ yaml: String) -> SOPReadError? {
        do {
            _ = try ScenarioFile.read(yaml, file: "skenario.yaml")
            return nil
        } catch {
            return error
        }
    }

    static func calendarError(_ yaml: String) -> SOPReadError? {
        do {
            _ = try WorkCalendar.read(yaml, file: "kalender.yaml")
            return nil
        } catch {
            return error
        }
    }

    static let arrivals = "kedatangan: {pola: poisson, selang: 40 jam}\n"

    static let scenarioTags = [
        "jumlah_kasus: !!binary MTAw", "jumlah_kasus: !!int 100", "jumlah_kasus: !foo 100",
        "jumlah_kasus: !<tag:example.org,2026:x> 100", "durasi: {lebar: !!float 0.5}",
        "pegawai: !!omap {tim: 2}", "hapus_langkah: !!set [8]"
    ]

    @Test("a YAML tag in a scenario is an error at the tagged value, with a hint", arguments: scenarioTags)
    func scenarioTagsAreRefused(_ line: String) throws {
        let setsCases = line.hasPrefix("jumlah_kasus")
        let error = try #require(Self.scenarioError(Self.arrivals + (setsCases ? "" : "jumlah_kasus: 10\n") + line + "\n"))
        let column = try #require(line.firstIndex(of: "!")).utf16Offset(in: line) + 1
        #expect(error.location == SourceLocation(file: "skenario.yaml", line: setsCases ? 2 : 3, column: column), "\(error)")
        #expect(error.message.contains("the YAML tag"), "\(error)")
        #expect(error.hint?.contains("remove the tag") == true, "\(error)")
    }

    static let calendarTags = [
        "sepanjang_waktu: !!bool true", "libur: [{tanggal: !!timestamp 2026-03-19}]",
        "libur: [{tanggal: 2026-03-19, nama: !rahasia Nyepi}]"
    ]

    @Test("a YAML tag in a calendar is an error at the tagged value, with a hint", arguments: calendarTags)
    func calendarTagsAreRefused(_ line: String) throws {
        let error = try #require(Self.calendarError("jam_kerja: {senin: [\"07:30-12:00\"]}\n" + line + "\n"))
        let column = try #require(line.firstIndex(of: "!")).utf16Offset(in: line) + 1
        #expect(error.location == SourceLocation(file: "kalender.yaml", line: 2, column: column), "\(error)")
        #expect(error.message.contains("the YAML tag") && error.hint?.contains("remove the tag") == true, "\(error)")
    }

    @Test("tags that only restate a value's kind are allowed in scenarios and calendars")
    func restatingTagsAreAllowed() throws {
        #expect(Self.scenarioError(Self.arrivals + "jumlah_kasus: !!str 10\npegawai: !!map {tim: 2}\nhapus_langkah: !!seq [8]\n") == nil)
        #expect(Self.calendarError("jam_kerja: !!map {senin: [!!str \"07:30-12:00\"]}\n") == nil)
    }

    /// A value the simulator would refuse, where the reader must refuse it, and what its
    /// message and hint say.
    static let refusals: [(yaml: String, line: Int, column: Int, message: String, hint: String)] = [
        (
            arrivals + "jumlah_kasus: 10\npegawai: {kepala: 1000000000000}\n", 3, 19, "more than the simulator takes (at most 1000000)",
            "people"
        ),
        (arrivals + "jumlah_kasus: 10\npegawai: {kepala: 100000000000000000000000}\n", 3, 19, "at most 1000000", "people"),
        (arrivals + "jumlah_kasus: 1e12\n", 2, 15, "must be a whole number", "from 0 to 1000000000"),
        (arrivals + "jumlah_kasus: 1000000001\n", 2, 15, "at most 1000000000", "a million cases"),
        (arrivals + "jumlah_kasus: 10\nreplikasi: 0\n", 3, 12, "at least 1", "from 1 to 10000"),
        (arrivals + "jumlah_kasus: 10\nreplikasi: 10001\n", 3, 12, "at most 10000", "5 to 30 replications"),
        (arrivals + "jumlah_kasus: 10\nbatas_pengulangan: 1000001\n", 3, 20, "at most 1000000", "batas_pengulangan: 10"),
        (arrivals + "jumlah_kasus: 10\nperubahan:\n  - {nama: besar, pegawai: {tim: 2000000}}\n", 4, 34, "at most 1000000", "people"),
        ("kedatangan: {daftar: []}\njumlah_kasus: 10\n", 1, 14, "`daftar` is a pattern of arrivals", "pola: daftar"),
        ("kedatangan: {pola: daftar, waktu: []}\n", 1, 35, "the list of arrival times (`waktu`) is empty", "waktu: [2026-03-02T07:30"),
        ("kedatangan: {pola: poisson, selang: 0 jam}\njumlah_kasus: 10\n", 1, 37, "`selang` must be more than zero", "40 jam"),
        (arrivals + "horizon: 0 bulan\n", 2, 10, "`horizon` must be more than zero", "horizon: 40 jam"),
        ("kedatangan: {pola: daftar, selang: 1 jam, waktu: [2026-03-02T07:30]}\n", 1, 36, "does not use `selang`", "remove `selang`"),
        ("kedatangan: {selang: 1 jam, laju: 2 per jam}\njumlah_kasus: 3\n", 1, 35, "both say how often", "keep one"),
        (arrivals + "jumlah_kasus: 10\ndurasi: {sebaran_rentang: normal}\n", 3, 27, "uniformly or triangularly", "segitiga"),
        (arrivals + "jumlah_kasu: 10\n", 2, 1, "unknown key `jumlah_kasu`", "did you mean `jumlah_kasus`?")
    ]

    @Test(
        "a value the simulator would refuse is refused by the reader at its own line and column, with a hint",
        arguments: refusals)
    func limitsAreRefusedInTheFile(_ yaml: String, line: Int, column: Int, message: String, hint: String) throws {
        let error = try #require(Self.scenarioError(yaml), "\(yaml) is read")
        #expect(error.location == SourceLocation(file: "skenario.yaml", line: line, column: column), "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.hint?.contains(hint) == true, "\(error)")
    }

    @Test("the largest counts the simulator takes are read")
    func countsAtTheLimitsRead() throws {
        let yaml =
            "kedatangan: {pola: poisson, selang: 40 jam}\njumlah_kasus: 1000000000\nreplikasi: 10000\n"
            + "batas_pengulangan: 1000000\npegawai: {tim: 1000000}\n"
        #expect(Self.scenarioError(yaml) == nil)
    }
}
