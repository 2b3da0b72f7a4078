import Foundation
import Testing

@Suite struct SimulateCommand {
    @Test func simulateGivesTheResultAsJSONWithItsFigures() throws {
        let run = try Sopsh.run("open examples/bench-seed.yaml; simulate --cases 300 --every 40h --replications 2 --calendar 24h --json")
        #expect(run.status == 0, "\(run)")
        let result = try #require(try run.jsonValues().last as? [String: Any])
        #expect(result["casesFinished"] as? Double == 600)
        #expect(result["replications"] as? Double == 2)
        let lead = try #require(result["leadTime"] as? [String: Any])
        let mean = try #require((lead["mean"] as? [String: Any])?["mean"] as? Double)
        let p90 = try #require((lead["p90"] as? [String: Any])?["mean"] as? Double)
        // Fixed times: no case is faster than the main path's 38 hours of work.
        #expect(mean >= 38 && p90 >= mean, "mean \(mean), p90 \(p90)")
        let roles = try #require(result["roles"] as? [[String: Any]])
        #expect(Set(roles.compactMap { $0["id"] as? String }) == ["kepala", "sekretariat", "tim", "atasan"])
    }

    @Test func theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() throws {
        let text = "open examples/bench-seed.yaml; simulate --cases 300 --every 20h --distribution exponential --calendar 24h"
        let first = try Sopsh.run(text + " --seed 7 --json").jsonTexts.last
        let again = try Sopsh.run(text + " --seed 7 --json").jsonTexts.last
        let other = try Sopsh.run(text + " --seed 8 --json").jsonTexts.last
        #expect(first != nil && first == again)
        #expect(first != other)
    }

    @Test func aScenarioFileIsRunAndItsResultIsAValueForScripts() throws {
        // The benchmark's scenario: a million cases, half a minute and more in a sanitizer build.
        let run = try Sopsh.run(
            [
                "-c",
                "open examples/bench-seed.yaml; let r = simulate examples/bench-seed.scenario.yaml; print (r.casesFinished > 0) $r.scenario"
            ],
            timeout: 180)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasSuffix("true baseline\n") || run.stdout.contains("true "), "\(run)")
    }

    @Test func readableReportNamesTheBottleneckAndTheRoles() throws {
        let run = try Sopsh.run("open examples/bench-seed.yaml; simulate --cases 200 --every 40h --replications 2 --calendar 24h")
        #expect(run.status == 0, "\(run)")
        for text in [
            "Lead time, working hours:", "p90", "Within standard time:", "Bottleneck:", "Kepala UKPBJ", "Utilisation", "Longest queue"
        ] {
            #expect(run.stdout.contains(text), "the report lacks \(text): \(run.stdout)")
        }
        // In English nothing is Indonesian but SOP text and the standard's own field names.
        for indonesian in ["Peran", "Jam sibuk", "Antrean terpanjang", "Kali per kasus", "Tunggu terlama"] {
            #expect(!run.stdout.contains(indonesian), "\(indonesian) in an English report: \(run.stdout)")
        }
    }

    @Test(arguments: [
        ("simulate --cases 0", "--cases is a whole number of at least 1"),
        ("simulate --distribution gaussian", "no distribution named gaussian"),
        ("simulate --staff tim", "--staff is written ROLE=N"),
        ("simulate tidak-ada.yaml", "no such file: tidak-ada.yaml")
    ])
    func badSettingsAreRefusedWithTheReason(_ statement: String, _ message: String) throws {
        let run = try Sopsh.run("open examples/bench-seed.yaml; " + statement)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message), "\(run)")
    }
}
