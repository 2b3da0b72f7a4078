import Foundation
import SOPRuntime
import Testing

/// The simulation model as docs/simulation.md states it: each duration distribution draws
/// what it says around the standard time, a range is drawn over the range, each what-if change
/// of a scenario file has the effect it should, and what a run keeps does not grow with its
/// cases.
@Suite struct SimulationModelTests {
    // MARK: Durations

    /// `cases` cases of the one-step model (`Simulations.singleStep`, 1 jam) arriving at once,
    /// each with a member of staff of its own, round the clock: no case waits, so each lead
    /// time is exactly one drawn duration. Returns the result and every drawn duration in
    /// hours, read off the event log.
    static func draws(_ durations: DurationModel, time: String = "1 jam", cases: Int = 20_000) throws -> (SimulationResult, [Double]) {
        var sop = Simulations.singleStep(staff: cases)
        sop.steps[0].time = StandardTime(time)
        let scenario = Scenario(arrivals: .batch, cases: cases, seed: 17, calendar: .roundTheClock, durations: durations)
        let log = EventCollector()
        let result = try Simulation(sop: sop, scenario: scenario).run(eventLog: log.sink)
        #expect(result.casesFinished == cases && log.events.count == cases)
        #expect(result.waitingTime.mean == 0, "no case waits: lead time is the drawn duration")
        return (result, log.events.map { ($0.end.minutes - $0.start.minutes) / 60 })
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    static func standardDeviation(_ values: [Double]) -> Double {
        let centre = mean(values)
        return (values.reduce(0) { $0 + ($1 - centre) * ($1 - centre) } / Double(values.count - 1)).squareRoot()
    }

    /// Clock readings in the log are Doubles of minutes since year 1 (about 10⁹), exact to
    /// 10⁻⁷ minute: a duration read off them is exact to far less than this.
    static let clockSlack = 1e-6

    /// What a distribution around a standard time of 1 h must give, in hours.
    struct Expected: Sendable, CustomTestStringConvertible {
        var distribution: DurationModel.Distribution
        var spread: Double
        var mean: Double
        var standardDeviation: Double
        /// Where every draw lies, when the distribution is bounded.
        var range: ClosedRange<Double>?

        var testDescription: String { "\(distribution.rawValue), spread \(spread)" }
    }

    /// A normal N(1, 1) truncated at zero: mean 1 + λ and variance 1 − λ − λ², with
    /// λ = φ(1)/Φ(1) (the truncation point is one standard deviation below the mean).
    static let truncatedNormal: Expected = {
        let phi = exp(-0.5) / (2 * Double.pi).squareRoot()
        let bigPhi = 0.5 * erfc(-1 / 2.0.squareRoot())
        let lambda = phi / bigPhi
        return Expected(distribution: .normal, spread: 1, mean: 1 + lambda, standardDeviation: (1 - lambda - lambda * lambda).squareRoot())
    }()

    static let expectations: [Expected] = [
        Expected(distribution: .uniform, spread: 0.5, mean: 1, standardDeviation: 0.5 / 3.0.squareRoot(), range: 0.5...1.5),
        Expected(distribution: .triangular, spread: 0.5, mean: 1, standardDeviation: 0.5 / 6.0.squareRoot(), range: 0.5...1.5),
        Expected(distribution: .exponential, spread: 0.5, mean: 1, standardDeviation: 1),
        Expected(distribution: .lognormal, spread: 0.5, mean: 1, standardDeviation: 0.5),
        truncatedNormal
    ]

    /// The mean is checked to four standard errors (σ/√n, n = 20,000: 2.8 % for the
    /// exponential). The standard deviation to 5 %: its own standard error is about
    /// σ·√((κ − 1)/4n), at most 1 % here (exponential, kurtosis κ = 9), so 5 % is five of them
    /// and still tells a uniform from a triangle (41 % apart).
    @Test(
        "around a 1 jam step each distribution has its mean and spread, and bounded ones never leave their range",
        arguments: expectations)
    func distributionDrawsAroundTheStandardTime(_ expected: Expected) throws {
        let (result, hours) = try Self.draws(DurationModel(distribution: expected.distribution, spread: expected.spread))
        let tolerance = 4 * expected.standardDeviation / Double(hours.count).squareRoot()
        #expect(abs(result.leadTime.mean.mean - expected.mean) <= tolerance, "mean lead time \(result.leadTime.mean.mean)")
        #expect(abs(Self.mean(hours) - result.leadTime.mean.mean) < Self.clockSlack, "the log and the statistics hold the same draws")
        let spread = Self.standardDeviation(hours)
        #expect(abs(spread - expected.standardDeviation) <= 0.05 * expected.standardDeviation, "standard deviation \(spread)")
        let lowest = try #require(hours.min())
        let highest = try #require(hours.max())
        #expect(abs(result.leadTime.max - highest) < Self.clockSlack)
        if let range = expected.range {
            #expect(
                lowest >= range.lowerBound - Self.clockSlack && highest <= range.upperBound + Self.clockSlack,
                "drawn from \(lowest) to \(highest)")
            // Both ends are reached: each 5 % edge of the range holds at least 0.5 % of a
            // uniform or symmetric triangle, so 20,000 draws all missing one has odds of e⁻¹⁰⁰.
            let edge = 0.05 * (range.upperBound - range.lowerBound)
            #expect(lowest < range.lowerBound + edge && highest > range.upperBound - edge, "drawn from \(lowest) to \(highest)")
        } else {
            #expect(lowest > 0, "a duration is never zero or negative")
        }
    }

    @Test("fixed: every case takes exactly the standard time")
    func fixedTakesExactlyTheStandardTime() throws {
        let (result, hours) = try Self.draws(DurationModel(distribution: .fixed), cases: 2_000)
        #expect(hours.allSatisfy { $0 == 1 })
        #expect(result.leadTime.mean.mean == 1 && result.leadTime.max == 1 && result.leadTime.p50.mean == 1)
        #expect(result.withinStandard.mean == 1)
    }

    @Test("a range 1-2 jam is drawn uniformly over it by default: within [1 h, 2 h], mean 1.5 h, standard deviation 1/√12 h")
    func rangeIsUniformByDefault() throws {
        let (result, hours) = try Self.draws(DurationModel(), time: "1-2 jam")
        try Self.expectDrawnOverTheRange(result, hours, standardDeviation: 1 / 12.0.squareRoot())
    }

    @Test("`sebaran_rentang: segitiga` draws a range as a triangle over it: within [1 h, 2 h], mean 1.5 h, standard deviation 1/√24 h")
    func rangeIsTriangularWhenTheScenarioSaysSo() throws {
        let file = try ScenarioFile.read("kedatangan: {pola: sekaligus}\njumlah_kasus: 1\ndurasi: {sebaran_rentang: segitiga}\n", file: nil)
        #expect(file.baseline.durations.distribution == .fixed)
        let (result, hours) = try Self.draws(file.baseline.durations, time: "1-2 jam")
        try Self.expectDrawnOverTheRange(result, hours, standardDeviation: 1 / 24.0.squareRoot())
    }

    static func expectDrawnOverTheRange(
        _ result: SimulationResult, _ hours: [Double], standardDeviation: Double,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let lowest = try #require(hours.min())
        let highest = try #require(hours.max())
        #expect(lowest >= 1 - clockSlack && highest <= 2 + clockSlack, "drawn from \(lowest) to \(highest)", sourceLocation: sourceLocation)
        #expect(lowest < 1.05 && highest > 1.95, "both ends of the range are reached", sourceLocation: sourceLocation)
        let tolerance = 4 * standardDeviation / Double(hours.count).squareRoot()
        #expect(abs(result.leadTime.mean.mean - 1.5) <= tolerance, "mean \(result.leadTime.mean.mean)", sourceLocation: sourceLocation)
        let spread = Self.standardDeviation(hours)
        #expect(abs(spread - standardDeviation) <= 0.05 * standardDeviation, "standard deviation \(spread)", sourceLocation: sourceLocation)
        // The standard of a range is its upper end, as a training run plans.
        #expect(result.withinStandard.mean == 1, sourceLocation: sourceLocation)
    }

    // MARK: What-if changes: one case, fixed times

    /// Staff take in a request (1 jam), the head examines it (8 jam) and signs the answer
    /// (30 menit): 9.5 hours of work, 1 of them the staff's.
    static func handOver() -> SOP {
        var sop = TestSOPs.clean()
        sop.steps = [
            TestSOPs.step(1, "Menerima berkas permohonan", by: "staf", needs: "", time: "1 jam", gives: "berkas diterima"),
            TestSOPs.step(2, "Memeriksa berkas permohonan", by: "kepala", needs: "", time: "8 jam", gives: "berkas diperiksa"),
            TestSOPs.step(3, "Menandatangani surat jawaban", by: "kepala", needs: "", time: "30 menit", gives: "surat jawaban")
        ]
        return sop
    }

    /// One case arriving on Monday 2 March 2026 at 07:30, and a change of each kind.
    static let oneCaseFile = """
        nama: dasar
        kedatangan: {pola: sekaligus}
        jumlah_kasus: 1
        mulai: 2026-03-02T07:30
        kalender: sepanjang_waktu
        perubahan:
          - nama: jam kantor
            kalender: kantor
          - nama: periksa 10 jam
            durasi:
              langkah: {"2": 10 jam}
          - nama: tanpa periksa
            hapus_langkah: [2]
          - nama: terima dan periksa
            gabung_langkah: [[1, 2]]
        """

    struct Run {
        var simulation: Simulation
        var result: SimulationResult
        var events: [SimulationEvent]

        func busyHours(_ role: String) -> Double? { result.roles.first { $0.id == role }?.busyHours.mean }
        /// From the first arrival to the last step's end, on the wall clock.
        var wallClockHours: Double { ((events.last?.end.minutes ?? 0) - (events.first?.ready.minutes ?? 0)) / 60 }
    }

    /// Every scenario of a file run against `sop`, by name, with its event log.
    static func run(_ text: String, sop: SOP) throws -> [String: Run] {
        var runs: [String: Run] = [:]
        for simulation in try ScenarioFile.read(text, file: nil).simulations(sop: sop) {
            let log = EventCollector()
            let result = simulation.run(eventLog: log.sink)
            runs[simulation.scenario.name] = Run(simulation: simulation, result: result, events: log.events)
        }
        return runs
    }

    @Test("baseline: the case takes its 9.5 hours of work, within the standard, and nothing waits")
    func baselineTakesTheStandardTimes() throws {
        let base = try #require(try Self.run(Self.oneCaseFile, sop: Self.handOver())["dasar"])
        #expect(base.result.leadTime.max == 9.5 && base.wallClockHours == 9.5)
        #expect(base.busyHours("staf") == 1 && base.busyHours("kepala") == 8.5)
        #expect(base.result.withinStandard.mean == 1 && base.result.waitingTime.mean == 0)
    }

    @Test("office hours instead of round the clock: the same 9.5 working hours, but Monday 07:30 to Tuesday 09:30 on the wall clock")
    func officeCalendarLengthensWallClockTime() throws {
        let runs = try Self.run(Self.oneCaseFile, sop: Self.handOver())
        let clock = try #require(runs["dasar"])
        let office = try #require(runs["jam kantor"])
        #expect(clock.events.last?.end == CivilDateTime("2026-03-02T17:00"))
        // Monday 07:30–12:00 and 13:00–16:00 is 7.5 h; the last 2 h are Tuesday 07:30–09:30.
        #expect(office.events.last?.end == CivilDateTime("2026-03-03T09:30"))
        #expect(office.wallClockHours == 26 && clock.wallClockHours == 9.5)
        #expect(office.result.leadTime.max == 9.5, "results count working hours")
    }

    @Test("step 2 at 10 jam instead of 8: two more hours for the case and its role, and the case is past the SOP's standard")
    func durationChangeOnOneStep() throws {
        let runs = try Self.run(Self.oneCaseFile, sop: Self.handOver())
        let longer = try #require(runs["periksa 10 jam"])
        #expect(longer.result.leadTime.max == 11.5)
        #expect(longer.busyHours("kepala") == 10.5 && longer.busyHours("staf") == 1)
        #expect(longer.result.withinStandard.mean == 0, "the standard stays the SOP's 9.5 hours")
    }

    @Test("step 2 removed: the case goes from step 1 to step 3 and saves its 8 hours")
    func removedStepTakesItsTimeOut() throws {
        let removed = try #require(try Self.run(Self.oneCaseFile, sop: Self.handOver())["tanpa periksa"])
        #expect(removed.simulation.steps.map(\.label) == ["1", "3"])
        #expect(removed.events.map { removed.simulation.steps[$0.step].label } == ["1", "3"])
        #expect(removed.result.leadTime.max == 1.5)
        #expect(removed.busyHours("kepala") == 0.5 && removed.busyHours("staf") == 1)
    }

    @Test("steps 1 and 2 merged: one step by step 1's role taking both times, so the work moves to the staff")
    func mergedStepsAreDoneByTheFirstRole() throws {
        let merged = try #require(try Self.run(Self.oneCaseFile, sop: Self.handOver())["terima dan periksa"])
        #expect(merged.simulation.steps.map(\.label) == ["1+2", "3"])
        #expect(merged.simulation.steps[0].roles == ["staf"])
        #expect(merged.result.leadTime.max == 9.5)
        #expect(merged.busyHours("staf") == 9 && merged.busyHours("kepala") == 0.5)
    }

    // MARK: What-if changes under load

    /// The one-step model as M/M/1 at utilisation 0.4: exponential 1 jam, a case every 150
    /// menit on average, round the clock; 10 × 20,000 cases.
    static let loadFile = """
        kedatangan: {pola: poisson, selang: 150 menit}
        jumlah_kasus: 20000
        replikasi: 10
        seed: 5
        utas: 1
        kalender: sepanjang_waktu
        durasi: {sebaran: eksponensial}
        perubahan:
          - nama: tambah petugas
            pegawai: {petugas: 2}
          - nama: permintaan naik 50%
            faktor_kedatangan: 1.5
        """

    /// Utilisation is busy time over the period, each a sum of 200,000 independent exponentials
    /// (relative standard error 1/√200,000 = 0.22 %), so their ratio has 0.32 %: 2 % is six of them.
    @Test("`faktor_kedatangan: 1.5` raises utilisation by half, from 0.4 to 0.6, over a period two thirds as long")
    func arrivalFactorRaisesUtilisationProportionally() throws {
        let runs = try Self.run(Self.loadFile, sop: Simulations.singleStep(staff: 1))
        let base = try #require(runs["baseline"])
        let raised = try #require(runs["permintaan naik 50%"])
        #expect(raised.result.casesFinished == base.result.casesFinished, "the same cases, arriving faster")
        #expect(Simulations.isWithin(base.result.roles[0].utilisation.mean, 0.4, relative: 0.02))
        #expect(Simulations.isWithin(raised.result.roles[0].utilisation.mean, 0.6, relative: 0.02))
        #expect(Simulations.isWithin(raised.result.periodHours.mean / base.result.periodHours.mean, 1 / 1.5, relative: 0.02))
    }

    /// M/M/1 at ρ = 0.4 waits ρ/(1 − ρ) = 0.667 h; M/M/2 at the same arrivals C(2, 0.4)/(2 − 0.4)
    /// = 0.042 h (Erlang C). 10 % is more than twice the run's own 95 % interval (checked).
    @Test("a second member of staff cuts the wait from 0.667 h (M/M/1) to 0.042 h (M/M/2) and halves utilisation")
    func moreStaffLowersWaiting() throws {
        let runs = try Self.run(Self.loadFile, sop: Simulations.singleStep(staff: 1))
        let one = try #require(runs["baseline"]).result
        let two = try #require(runs["tambah petugas"]).result
        let twoWait = Simulations.erlangC(servers: 2, load: 0.4) / (2 - 0.4)
        #expect(two.roles[0].staff == 2)
        #expect(Simulations.isWithin(one.waitingTime.mean, 0.4 / 0.6, relative: 0.1), "one: \(one.waitingTime)")
        #expect(Simulations.isWithin(two.waitingTime.mean, twoWait, relative: 0.1), "two: \(two.waitingTime)")
        for estimate in [one.waitingTime, two.waitingTime] {
            #expect(try #require(estimate.halfWidth) < 0.05 * estimate.mean, "\(estimate)")
        }
        #expect(two.roles[0].longestQueue < one.roles[0].longestQueue)
        #expect(Simulations.isWithin(two.roles[0].utilisation.mean, 0.2, relative: 0.02))
    }

    // MARK: Memory does not grow with the cases

    /// The result as JSON with every number replaced by 0: its keys and the length of every list.
    static func shape(of result: SimulationResult) throws -> String {
        func blank(_ value: Any) -> Any {
            switch value {
            case let record as [String: Any]: record.mapValues(blank)
            case let list as [Any]: list.map(blank)
            case is NSNumber: 0
            default: value
            }
        }
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result))
        return String(decoding: try JSONSerialization.data(withJSONObject: blank(json), options: [.sortedKeys]), as: UTF8.self)
    }

    static func loadRun(cases: Int) throws -> SimulationResult {
        try Simulation.run(
            sop: Simulations.singleStep(staff: 1),
            scenario: Scenario(
                arrivals: .poisson(meanInterval: .hours(2.5)), cases: cases, replications: 2, threads: 1,
                calendar: .roundTheClock, durations: DurationModel(distribution: .exponential)))
    }

    @Test("the result of 100,000 cases holds exactly what the result of 1,000 does: no list in it grows with the cases")
    func resultDoesNotGrowWithTheCases() throws {
        let small = try Self.loadRun(cases: 1_000)
        let large = try Self.loadRun(cases: 100_000)
        #expect(large.casesFinished == 100 * small.casesFinished)
        #expect(try Self.shape(of: large) == Self.shape(of: small))
        #expect(large.leadTimeDistribution.shares.count == LeadTimeDistribution.binCount)
    }

    /// Counts what the event log's sink is handed, and how far the run had got each time.
    final class BatchRecorder: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [(size: Int, casesFinishedBefore: Int)] = []

        var batches: [(size: Int, casesFinishedBefore: Int)] {
            lock.lock()
            defer { lock.unlock() }
            return recorded
        }

        func sink(watching control: SimulationControl) -> SimulationEventSink {
            { [self] batch in
                let finished = control.progress.casesFinished
                lock.lock()
                recorded.append((batch.count, finished))
                lock.unlock()
            }
        }
    }

    @Test("an event log of 100,000 cases is handed on in small batches while the run goes, never held whole")
    func eventLogIsStreamed() throws {
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(2.5)), cases: 100_000, threads: 1,
            calendar: .roundTheClock, durations: DurationModel(distribution: .exponential))
        let control = SimulationControl()
        let recorder = BatchRecorder()
        let result = try Simulation(sop: Simulations.singleStep(staff: 1), scenario: scenario)
            .run(control: control, eventLog: recorder.sink(watching: control))
        let sizes = recorder.batches.map(\.size)
        #expect(sizes.reduce(0, +) == 100_000 && result.casesFinished == 100_000)
        #expect((sizes.max() ?? 0) <= 5_000, "a batch of a few thousand, not the whole log")
        let whileRunning = recorder.batches.filter { $0.casesFinishedBefore < 100_000 }.count
        #expect(whileRunning >= sizes.count - 1, "all but the last batch go out before the run has finished")
    }

    /// `faktor_kedatangan` scales a rate; over a list of times or a batch it would do nothing,
    /// so it is refused where it stands instead of giving an unchanged result.
    @Test(
        "an arrival factor over a batch or a list of times is refused at its key",
        arguments: [
            "kedatangan: {pola: sekaligus}\njumlah_kasus: 10\nfaktor_kedatangan: 2\n",
            "kedatangan: {pola: sekaligus}\njumlah_kasus: 10\nperubahan:\n  - nama: ramai\n    faktor_kedatangan: 2\n",
            "kedatangan: {pola: poisson, selang: 1 jam}\njumlah_kasus: 10\nperubahan:\n  - nama: daftar\n    kedatangan: {pola: daftar, waktu: [2026-01-05T08:00]}\n    faktor_kedatangan: 2\n"
        ])
    func arrivalFactorNeedsARate(_ text: String) throws {
        let error = try #require(throws: SOPReadError.self) { try ScenarioFile.read(text, file: "s.yaml") }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("faktor_kedatangan") }.map {
            $0 + 1
        }
        #expect(error.description.contains("faktor_kedatangan changes a rate"), "\(error)")
        #expect(error.location.line == line, "\(error)")
    }

    @Test func anArrivalFactorOverARateStillReads() throws {
        let file = try ScenarioFile.read(
            "kedatangan: {pola: sekaligus}\njumlah_kasus: 10\nperubahan:\n  - nama: ramai\n    kedatangan: {pola: poisson, selang: 1 jam}\n    faktor_kedatangan: 2\n",
            file: nil)
        #expect(file.scenarios[1].arrivals == .poisson(meanInterval: .hours(0.5)))
    }
}
