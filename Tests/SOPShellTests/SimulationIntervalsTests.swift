import Foundation
import Testing

/// The intervals `simulate` prints, through the binary: each quantile gets its own, and every
/// estimate across two replications or more shows one. The runs are ones where the report
/// used to get this wrong, when a replication's quantile was its histogram bucket's midpoint.
@Suite struct SimulationIntervals {
    static func report(_ flags: String) throws -> SopshRun {
        try Sopsh.run("open examples/bench-seed.yaml; simulate --calendar office \(flags)")
    }

    /// The half-width after `name` on the lead-time line ("p90 13598 ±231" gives "231").
    static func halfWidth(_ name: String, in run: SopshRun) -> Substring? {
        let line = run.stdout.split(separator: "\n").first { $0.hasPrefix("Lead time, working hours:") } ?? ""
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: Substring(name)), index + 2 < words.count, words[index + 2].hasPrefix("±") else {
            return nil
        }
        return words[index + 2].dropFirst()
    }

    @Test("p90 and p95 get half-widths of their own (this run printed ±221 for both)")
    func quantilesHaveTheirOwnHalfWidths() throws {
        let run = try Self.report("--cases 2000 --every 5h --seed 8")
        #expect(run.status == 0, "\(run)")
        let p90 = try #require(Self.halfWidth("p90", in: run), "\(run)")
        let p95 = try #require(Self.halfWidth("p95", in: run), "\(run)")
        #expect(p90 != p95, "\(run)")
    }

    /// Seeds 10 and 11 printed "p90 139" and "p95 159" bare; times fixed and a case every
    /// 50 h make the two replications agree exactly, which printed no ± anywhere.
    @Test(
        "two replications show a ± for every estimate, ±0.00 when they agree exactly",
        arguments: ["--every 13h --seed 10", "--every 13h --seed 11", "--interval 50h"])
    func twoReplicationsShowEveryInterval(arrivals: String) throws {
        let run = try Self.report("--cases 2000 --replications 2 \(arrivals)")
        #expect(run.status == 0, "\(run)")
        let out = run.stdout
        #expect(out.contains(/mean \S+ ±\S+  p50 \S+ ±\S+  p90 \S+ ±\S+  p95 \S+ ±\S+  max/), "\(run)")
        #expect(out.contains(/Within standard time: \S+ ±\S+   waiting per case: \S+ ±\S+ h   work in progress: \S+ ±\S+ cases/), "\(run)")
        #expect(out.contains(/Rework: \d+ loops back \(\S+ ±\S+ a case\)/), "\(run)")
        let lines = out.split(separator: "\n")
        // Utilisation as a bar, then busy hours and utilisation in the roles' table.
        let bars = lines.filter { $0.contains(#/^  .+ \(\d+\) .*%/#) }
        let roles = lines.filter { $0.contains(#/^(kepala|sekretariat|tim|atasan) /#) }
        // Each step's mean wait in the steps' table.
        let steps = lines.filter { $0.contains(#/^\d+ +[a-z]+ +\d+\.\d\d /#) }
        #expect(bars.count == 4 && roles.count == 4 && steps.count == 11, "\(run)")
        #expect(bars.allSatisfy { $0.contains("±") }, "\(run)")
        #expect(roles.allSatisfy { $0.split(separator: "±").count == 3 }, "\(run)")
        #expect(steps.allSatisfy { $0.contains("±") }, "\(run)")
    }
}
