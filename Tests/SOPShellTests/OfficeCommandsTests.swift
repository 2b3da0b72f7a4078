import Foundation
import Testing

/// The office through the real binary: the example office simulates and its workload
/// analysis prints, in the shell, from `-c` and as JSON, in either language; a flag meant for
/// one SOP's scenario is refused for an office.
@Suite struct OfficeCommands {
    static let office = "examples/kantor-ukpbj.yaml"

    @Test func theExampleOfficesWorkloadAnalysisPrints() throws {
        let run = try Sopsh.run(["--norc", "-c", "workload \(Self.office) --replications 2 --tasks"], environment: ["COLUMNS": "160"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("Workload analysis (ABK) of "), "\(run.stdout.prefix(300))")
        for heading in ["Workload (h)", "Effective hours", "Rounded", "Difference", "Efficiency", "Rating", "Utilisation (simulated)"] {
            #expect(run.stdout.contains(heading), "\(heading)")
        }
        #expect(run.stdout.contains("Standard time (h)") && run.stdout.contains("Volume a year"), "--tasks lists the tasks")
        #expect(run.troubles.isEmpty, "\(run)")
    }

    @Test func theWorkloadAsJSONCarriesTheTableTheSimulationAndTheStaffForTheTargets() throws {
        let run = try Sopsh.run(["--norc", "-c", "workload \(Self.office) --replications 2 --json"])
        #expect(run.status == 0, "\(run)")
        let value = try #require(try run.jsonValues().first as? [String: Any])
        let positions = try #require(value["positions"] as? [[String: Any]])
        #expect(positions.count >= 3, "the example has several positions")
        for position in positions {
            let workload = try #require(position["workloadHours"] as? Double)
            let effective = try #require(position["effectiveHours"] as? Double)
            let exact = try #require(position["staffNeededExactly"] as? Double)
            #expect(abs(exact - workload / effective) < 1e-9, "staff needed = workload ÷ effective hours")
            #expect(["A", "B", "C", "D", "E"].contains(position["rating"] as? String ?? ""))
        }
        let simulated = try #require(value["simulated"] as? [String: Any])
        let procedures = try #require(simulated["procedures"] as? [[String: Any]])
        #expect(procedures.count >= 3, "every SOP of the office was simulated")
        let targets = try #require(value["forTargets"] as? [String: Any])
        #expect((targets["headcount"] as? [String: Any])?.count == positions.count)
    }

    @Test func simulateTakesAnOfficeFileAndReportsPerSOPAndPerPosition() throws {
        let run = try Sopsh.run(["--norc", "-c", "simulate \(Self.office) --replications 2"], environment: ["COLUMNS": "160"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("Office "), "\(run.stdout.prefix(200))")
        for heading in ["Cases a year", "Within target", "Cost a case", "Busy hours a year", "Cost a year", "Bottleneck of the office"] {
            #expect(run.stdout.contains(heading), "\(heading)")
        }
        let json = try Sopsh.run(["--norc", "-c", "simulate \(Self.office) --replications 2 --json"])
        let result = try #require(try json.jsonValues().first as? [String: Any])
        let procedures = try #require(result["procedures"] as? [[String: Any]])
        for procedure in procedures {
            let statistics = try #require(procedure["statistics"] as? [String: Any])
            #expect(statistics["withinTarget"] != nil, "\(procedure["title"] ?? "?") has a target in the example")
        }
    }

    @Test func theShellReadsTheOfficeFromItsPromptToo() throws {
        let run = try Sopsh.run(
            ["--norc"], stdin: "let w = workload \(Self.office) --no-simulation\nprint (w.positions[0].staffToday >= 1)\n")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("true"), "\(run)")
    }

    @Test func inIndonesianTheAnalysisSpeaksTheFormsWords() throws {
        let run = try Sopsh.run(["--lang", "id", "--norc", "-c", "abk \(Self.office) --no-simulation"], environment: ["COLUMNS": "160"])
        #expect(run.status == 0, "\(run)")
        for words in [
            "Analisis beban kerja (ABK)", "Beban kerja (jam)", "Jam kerja efektif", "Pegawai yang ada", "Selisih (+/-)", "Sangat Baik"
        ] {
            #expect(run.stdout.contains(words), "\(words)")
        }
    }

    @Test func aScenarioFlagIsRefusedForAnOfficeWithWhereToSayIt() throws {
        let run = try Sopsh.run(["--norc", "-c", "simulate \(Self.office) --staff kepala=2"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--staff does not apply to an office file"), "\(run)")
        #expect(run.stderr.contains("`jabatan`"), "the hint says where staff goes: \(run)")
    }

    @Test func theCSVHasARowPerPositionAndPerTask() throws {
        try TemporaryFolder.with { folder in
            let positions = folder.path("abk.csv")
            let tasks = folder.path("tugas.csv")
            let page = folder.path("abk.html")
            let run = try Sopsh.run([
                "--norc", "-c", "workload \(Self.office) --replications 2 --csv \(positions) --tasks-csv \(tasks) --report \(page) --json"
            ])
            #expect(run.status == 0, "\(run)")
            let analysis = try #require(try run.jsonValues().first as? [String: Any])
            let listed = try #require(analysis["positions"] as? [[String: Any]])
            let rows = try String(contentsOfFile: positions, encoding: .utf8).split(separator: "\r\n")
            #expect(rows.first?.hasPrefix("position,name,workload_hours,effective_hours,staff_needed_exactly,staff_needed") == true)
            #expect(rows.count == listed.count + 1)
            let taskRows = try String(contentsOfFile: tasks, encoding: .utf8).split(separator: "\r\n")
            #expect(taskRows.count == listed.reduce(0) { $0 + (($1["tasks"] as? [Any])?.count ?? 0) } + 1)
            let html = try String(contentsOfFile: page, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Workload analysis (ABK)"))
        }
    }

    @Test func compareRunsTheOfficesChangesSideBySide() throws {
        let run = try Sopsh.run(["--norc", "-c", "compare \(Self.office) --replications 2"], environment: ["COLUMNS": "200"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("baseline"), "\(run.stdout.prefix(400))")
    }

    @Test func checkAtThePromptReadsAnOfficeWithItsSOPs() throws {
        let run = try Sopsh.run(["--norc", "-c", "check \(Self.office)"])
        #expect(run.status == 0 && run.stdout.contains("no problems found"), "\(run)")
        try TemporaryFolder.with { folder in
            let text = try String(contentsOfFile: Self.office, encoding: .utf8).replacingOccurrences(
                of: "      tim: pokja\n", with: "      tim: pokjaa\n")
            let examples = FileManager.default.currentDirectoryPath + "/examples/"
            let moved = text.replacingOccurrences(of: "berkas: ", with: "berkas: " + examples)
                .replacingOccurrences(of: "kalender: kalender-", with: "kalender: \(examples)kalender-")
            let broken = try folder.write(moved, to: "kantor.yaml")
            let refused = try Sopsh.run(["--norc", "-c", "check \(broken)"])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.contains("kantor.yaml:") && refused.stderr.contains("no jabatan has the id `pokjaa`"), "\(refused)")
        }
    }
}
