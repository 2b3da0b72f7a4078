import Foundation
import Testing

/// Through the real binary: a scenario or calendar file with a YAML tag its format does not
/// define, or a value beyond what the simulator takes, stops `simulate`, `calendar load` and
/// `sopsh check` with the file's own line and column and a hint, as an SOP file would.
@Suite struct ScenarioFileRefusalsShell {
    static let arrivals = "kedatangan: {pola: poisson, selang: 40 jam}\n"

    static let scenarios: [(text: String, place: String, message: String, hint: String)] = [
        (arrivals + "jumlah_kasus: !!int 100\n", "2:15", "the YAML tag `!!int` is not part of sopsh's format", "remove the tag"),
        (arrivals + "jumlah_kasus: !!binary MTAw\n", "2:15", "the YAML tag `!!binary` is not part of sopsh's format", "remove the tag"),
        (arrivals + "jumlah_kasus: !foo 100\n", "2:15", "the YAML tag `!foo` is not part of sopsh's format", "remove the tag"),
        (
            arrivals + "jumlah_kasus: 10\npegawai: {kepala: 1000000000000}\n", "3:19",
            "`pegawai.kepala` is 1000000000000, more than the simulator takes (at most 1000000)", "people who hold the role"
        ),
        (arrivals + "jumlah_kasus: 1e12\n", "2:15", "`jumlah_kasus` must be a whole number", "from 0 to 1000000000"),
        (arrivals + "jumlah_kasus: 10\nreplikasi: 0\n", "3:12", "`replikasi` must be a whole number of at least 1", "from 1 to 10000"),
        ("kedatangan: {daftar: []}\njumlah_kasus: 10\n", "1:14", "`daftar` is a pattern of arrivals", "write `pola: daftar`"),
        ("kedatangan: {pola: daftar, waktu: []}\n", "1:35", "the list of arrival times (`waktu`) is empty", "list the moments")
    ]

    @Test("simulate refuses a scenario file's tag or out-of-range value at its line and column, with a hint", arguments: scenarios)
    func simulateRefusesTheFile(_ text: String, place: String, message: String, hint: String) throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write(text, to: "salah.yaml")
            let run = try Sopsh.run("open examples/bench-seed.yaml; simulate \(file)")
            #expect(run.status == 1, "\(run)")
            #expect(run.errorOutput.hasPrefix("\(file):\(place): error: \(message)"), "\(run)")
            #expect(run.errorOutput.contains("hint: ") && run.errorOutput.contains(hint), "\(run)")
        }
    }

    @Test("sopsh check finds a count beyond the simulator's limits in a scenario that names no SOP")
    func checkFindsTheLimitWithoutAnSOP() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write(Self.arrivals + "jumlah_kasus: 10\npegawai: {tim: 2000000}\n", to: "besar.yaml")
            let run = try Sopsh.run(["check", file])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.hasPrefix("\(file):3:16: error: `pegawai.tim` is 2000000, more than the simulator takes"), "\(run)")
        }
    }

    @Test("calendar load refuses a tag at its place, and so does a scenario's kalender naming that file")
    func calendarTagsAreRefused() throws {
        try TemporaryFolder.with { folder in
            let calendar = try folder.write("jam_kerja:\n  senin: [\"07:30-12:00\"]\nsepanjang_waktu: !!bool true\n", to: "kalender.yaml")
            let loaded = try Sopsh.run("calendar load \(calendar)")
            #expect(loaded.status == 1, "\(loaded)")
            #expect(
                loaded.errorOutput.hasPrefix("\(calendar):3:18: error: the YAML tag `!!bool` is not part of sopsh's format"), "\(loaded)")
            #expect(loaded.errorOutput.contains("hint: remove the tag"), "\(loaded)")
            let scenario = try folder.write(Self.arrivals + "jumlah_kasus: 10\nkalender: kalender.yaml\n", to: "skenario.yaml")
            let simulated = try Sopsh.run("open examples/bench-seed.yaml; simulate \(scenario)")
            #expect(simulated.status == 1, "\(simulated)")
            #expect(simulated.errorOutput.hasPrefix("\(calendar):3:18: error: the YAML tag `!!bool`"), "\(simulated)")
        }
    }
}
