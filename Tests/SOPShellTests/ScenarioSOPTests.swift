import Foundation
import Testing

/// `simulate SCENARIO.yaml` and `compare SCENARIO.yaml` run on the SOP that the scenario's
/// `sop:` names, whatever is open, and say so when that is not the open one.
@Suite struct ScenarioSOP {
    static let scenario = "examples/bench-seed.scenario.yaml"
    static let small = "--cases 100 --replications 2"

    static func leadTime(_ run: SopshRun) throws -> Double {
        let result = try #require(try run.jsonValues().first as? [String: Any], "\(run)")
        let lead = try #require(result["leadTime"] as? [String: Any], "\(run)")
        return try #require((lead["mean"] as? [String: Any])?["mean"] as? Double, "\(run)")
    }

    @Test func withNothingOpenTheScenariosSOPIsOpened() throws {
        let run = try Sopsh.run("simulate \(Self.scenario) \(Self.small) --json; info --json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("Opened examples/bench-seed.yaml"), "\(run)")
        let info = try #require(try run.jsonValues().last as? [String: Any])
        #expect(info["judul_sop"] as? String == "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ", "\(run)")
        let opened = try Sopsh.run("open examples/bench-seed.yaml; simulate \(Self.scenario) \(Self.small) --json")
        #expect(try Self.leadTime(run) == Self.leadTime(opened), "the same SOP, scenario and seed give the same figures")
    }

    @Test func withAnotherSOPOpenTheScenariosIsSimulatedAndANoteSaysSo() throws {
        let run = try Sopsh.run("open \(Examples.leaveRequest); simulate \(Self.scenario) \(Self.small) --json; info --json")
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stderr.contains(
                "note: simulating examples/bench-seed.yaml, the SOP that \(Self.scenario) names, not the open \(Examples.leaveRequest)"),
            "\(run)")
        let alone = try Sopsh.run("simulate \(Self.scenario) \(Self.small) --json")
        #expect(try Self.leadTime(run) == Self.leadTime(alone))
        let info = try #require(try run.jsonValues().last as? [String: Any])
        #expect(info["judul_sop"] as? String == "Pengajuan Cuti Tahunan Pegawai Negeri Sipil", "the open SOP stays open")
    }

    @Test func theScenariosSOPOpenAndEditedIsSimulatedWithItsEdits() throws {
        let edited = try Sopsh.run("open examples/bench-seed.yaml; set-time 1 20h; simulate \(Self.scenario) \(Self.small) --json")
        let saved = try Sopsh.run("open examples/bench-seed.yaml; simulate \(Self.scenario) \(Self.small) --json")
        #expect(edited.status == 0 && !edited.stderr.contains("note:"), "\(edited)")
        #expect(try Self.leadTime(edited) > Self.leadTime(saved) + 10, "step 1 takes 19 h more")
    }

    @Test func compareUsesTheScenariosSOPToo() throws {
        let run = try Sopsh.run("compare \(Self.scenario) \(Self.small) --json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("Opened examples/bench-seed.yaml"), "\(run)")
    }

    @Test func aScenarioThatDoesNotReadIsReportedBeforeThatNoSOPIsOpen() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("nama: tanpa-akhir\nkedatangan: {pola: tetap, selang: 8 jam}\n", to: "tanpa-akhir.yaml")
            let run = try Sopsh.run("simulate \(file)")
            #expect(run.status == 1)
            #expect(run.errorOutput.hasPrefix("\(file):1:1: error: the scenario does not say when arrivals stop"), "\(run)")
        }
    }

    @Test func aScenarioNamingAnSOPThatIsNotThereIsAnErrorAtItsSOPLine() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write(
                "nama: hilang\nsop: tidak-ada.yaml\nkedatangan: {pola: tetap, selang: 8 jam}\njumlah_kasus: 10\n",
                to: "hilang.yaml")
            let run = try Sopsh.run("simulate \(file)")
            #expect(run.status == 1)
            #expect(
                run.errorOutput.hasPrefix("\(file):2:6: error: the scenario's SOP \(folder.path("tidak-ada.yaml")) does not exist"),
                "\(run)")
        }
    }
}
