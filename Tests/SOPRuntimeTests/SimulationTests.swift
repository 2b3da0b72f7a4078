import Foundation
import SOPRuntime
import Testing

/// The simulator against queueing theory, against the training run, and against itself:
/// same seed same result on any number of threads, fixed memory, caps that hold.
@Suite struct Simulations {
    /// One step done by one role of `staff` people, its standard time 1 jam: a queue M/M/c
    /// once durations are exponential.
    static func singleStep(staff: Int) -> SOP {
        SOP(
            roles: [Role(id: "petugas", name: "Petugas Layanan", staff: staff)],
            steps: [
                Step(
                    number: StepNumber(1), activity: "Melayani permohonan", executors: ["petugas"],
                    time: StandardTime("1 jam"), output: "permohonan terlayani")
            ])
    }

    static func queue(arrivals: Arrivals) -> Scenario {
        Scenario(
            arrivals: arrivals, cases: 1_000_000, replications: 5, seed: 7, calendar: .roundTheClock,
            durations: DurationModel(distribution: .exponential))
    }

    /// Erlang C: the probability that an arrival waits, with c servers at offered load a = λ/μ.
    static func erlangC(servers c: Int, load a: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        for k in 1..<c {
            term *= a / Double(k)
            sum += term
        }
        let last = term * a / Double(c) * Double(c) / (Double(c) - a)
        return last / (sum + last)
    }

    static func isWithin(_ value: Double, _ expected: Double, relative: Double) -> Bool {
        abs(value - expected) <= relative * expected
    }

    @Test("M/M/1: mean wait 4.0 h and utilisation 0.80 within 2 %")
    func singleServerQueue() throws {
        let result = try Simulation.run(
            sop: Self.singleStep(staff: 1),
            scenario: Self.queue(arrivals: .poisson(meanInterval: .hours(1.25))))
        // ρ = λ/μ = 0.8; Wq = ρ / (μ − λ) = 0.8 / 0.2 = 4 h.
        let rho = 1 / 1.25
        #expect(result.casesFinished == 5_000_000)
        #expect(Self.isWithin(result.steps[0].meanWait.mean, rho / (1 - rho), relative: 0.02))
        #expect(Self.isWithin(result.roles[0].utilisation.mean, rho, relative: 0.02))
        #expect(result.bottleneck == "petugas")
    }

    @Test("M/M/3 at 2.4 arrivals an hour: mean time in system 2.079 h within 2 %")
    func threeServerQueue() throws {
        let result = try Simulation.run(
            sop: Self.singleStep(staff: 3),
            scenario: Self.queue(arrivals: .poisson(2.4, per: .hour)))
        let load = 2.4
        let servers = 3
        let inSystem = Self.erlangC(servers: servers, load: load) / (Double(servers) - load) + 1
        #expect((inSystem * 1000).rounded() / 1000 == 2.079)
        #expect(Self.isWithin(result.leadTime.mean.mean, inSystem, relative: 0.02))
        let half = try #require(result.leadTime.mean.halfWidth)
        #expect(half > 0 && half < 0.02 * inSystem)
    }

    // MARK: One case, fixed times

    static func seed() throws -> SOP {
        try Examples.load(Examples.seed).sop
    }

    /// The seed reworked once at step 3: "perlu perbaikan" certain, but the cap allows one.
    static func reworkOnce(calendar: WorkCalendar, at start: CivilDateTime) -> Scenario {
        Scenario(
            arrivals: .times([start]), calendar: calendar,
            decisions: [StepNumber(3): ["perlu perbaikan": 1]], reworkCap: 1)
    }

    @Test("a single case with fixed times takes exactly the standard times of its path")
    func singleCaseTakesTheStandardTimes() throws {
        let sop = try Self.seed()
        let simulation = try Simulation(
            sop: sop, scenario: Self.reworkOnce(calendar: .roundTheClock, at: CivilDateTime("2026-03-02T07:30")!))
        let log = EventCollector()
        let result = simulation.run(eventLog: log.sink)
        let path = log.events.map { simulation.steps[$0.step].label }
        #expect(path == ["1", "2", "3", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"])
        let standard = log.events.reduce(0.0) { total, event in
            total + sop.step(StepNumber(simulation.steps[event.step].label)!)!.time.upperBound!.totalHours(hoursPerDay: 24)
        }
        #expect(result.leadTime.mean.mean == standard)
        #expect(result.leadTime.max == standard)
        #expect(result.withinStandard.mean == 1)
        #expect(result.waitingTime.mean == 0)
        #expect(result.rework.reworks == 1 && result.rework.capHits == 1)
    }

    @Test("on the office calendar a case ends exactly when the training run's does, step by step")
    func officeCalendarMatchesTrainingRun() throws {
        let sop = try Self.seed()
        let start = CivilDateTime("2026-03-02T07:30")!
        let simulation = try Simulation(sop: sop, scenario: Self.reworkOnce(calendar: .office, at: start))
        let log = EventCollector()
        _ = simulation.run(eventLog: log.sink)

        var run = try TrainingRun(sop: sop, calendar: .office)
        try run.start(name: "k1", at: start, now: start)
        for event in log.events {
            let step = simulation.steps[event.step]
            if let answer = event.answer {
                try run.decide(in: "k1", answer: step.answers[answer], as: step.roles[0])
            } else {
                try run.perform(in: "k1", as: step.roles[0])
            }
        }
        let walked = try #require(run.case(named: "k1"))
        #expect(walked.steps.map(\.start) == log.events.map(\.start))
        #expect(walked.steps.map(\.end) == log.events.map(\.end))
        #expect(walked.finishedAt == log.events.last?.end)
        #expect(log.events.count == 13)
    }

    @Test("a model timed in hours gives the same working-time statistics on the office calendar as round the clock")
    func officeCalendarIsATimeWarp() throws {
        let sop = try Examples.load("bench-seed.yaml").sop
        var scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(40)), cases: 5_000, calendar: .roundTheClock,
            durations: DurationModel(distribution: .exponential), decisions: [StepNumber(3): ["perlu perbaikan": 0.3]])
        let clock = try Simulation.run(sop: sop, scenario: scenario)
        scenario.calendar = .office
        let office = try Simulation.run(sop: sop, scenario: scenario)
        #expect(abs(office.leadTime.mean.mean - clock.leadTime.mean.mean) < 1e-6)
        #expect(abs(office.roles[0].utilisation.mean - clock.roles[0].utilisation.mean) < 1e-9)
        #expect(office.steps.map(\.visits) == clock.steps.map(\.visits))
    }

    @Test("a run that reaches the calendar's last day stops there and says so")
    func runStopsAtTheEndOfTheCalendar() throws {
        // A case every thousand working years: the ninth would arrive after 9999.
        let scenario = Scenario(arrivals: .regular(interval: .days(21 * 12 * 1000)), cases: 10)
        let result = try Simulation.run(sop: Self.singleStep(staff: 1), scenario: scenario)
        #expect(result.stopped)
        #expect(result.casesFinished < 10)
        #expect(result.warnings.contains { $0.contains("9999-12-31") })
    }

    // MARK: Determinism

    static func appendix(seed: UInt64, threads: Int) throws -> SimulationResult {
        let sop = try Examples.load("bench-seed.yaml").sop
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(40)), cases: 20_000, replications: 4, seed: seed,
            threads: threads, calendar: .roundTheClock, durations: DurationModel(distribution: .exponential),
            decisions: [
                StepNumber(3): ["perlu perbaikan": 0.3], StepNumber(6): ["perlu perbaikan": 0.2],
                StepNumber(11): ["perlu perbaikan": 0.25]
            ])
        return try Simulation.run(sop: sop, scenario: scenario)
    }

    @Test("the same seed gives the same result on one thread and on two")
    func sameSeedSameResult() throws {
        let one = try Self.appendix(seed: 11, threads: 1)
        let two = try Self.appendix(seed: 11, threads: 2)
        #expect(one == two)
        #expect(one.casesFinished == 80_000)
    }

    @Test("another seed gives another result")
    func differentSeedDifferentResult() throws {
        let first = try Self.appendix(seed: 11, threads: 2)
        let second = try Self.appendix(seed: 12, threads: 2)
        #expect(first.leadTime.mean != second.leadTime.mean)
        #expect(first.events != second.events)
    }

    @Test("the event log comes in replication order whatever the threads")
    func eventLogInReplicationOrder() throws {
        var scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(2)), cases: 3_000, replications: 3, threads: 3,
            calendar: .roundTheClock, durations: DurationModel(distribution: .exponential))
        let log = EventCollector()
        _ = try Simulation(sop: Self.singleStep(staff: 1), scenario: scenario).run(eventLog: log.sink)
        scenario.threads = 1
        let serial = EventCollector()
        _ = try Simulation(sop: Self.singleStep(staff: 1), scenario: scenario).run(eventLog: serial.sink)
        #expect(log.events.map(\.replication) == log.events.map(\.replication).sorted())
        #expect(log.events == serial.events)
        #expect(log.events.count == 9_000)
    }

    // MARK: Memory, caps and unknown times

    @Test("the quantile estimator keeps the same storage for ten times the values, within its error")
    func quantileEstimatorHasFixedSize() {
        var random = SystemRandomNumberGenerator()
        var small = LogHistogram()
        var large = LogHistogram()
        var values: [Double] = []
        for index in 0..<100_000 {
            let value = -log(Double.random(in: Double.ulpOfOne..<1, using: &random)) * 60
            values.append(value)
            if index < 10_000 { small.record(value) }
            large.record(value)
        }
        #expect(small.storageSize == large.storageSize)
        #expect(large.count == 100_000)
        let sorted = values.sorted()
        for q in [0.5, 0.9, 0.95, 0.99] {
            let exact = sorted[Int((q * Double(sorted.count)).rounded(.up)) - 1]
            let estimate = try! #require(large.quantile(q))
            #expect(abs(estimate - exact) <= LogHistogram.relativeError * exact)
        }
    }

    @Test("a loop taken with probability 1 stops at the rework cap and counts the hit", .timeLimit(.minutes(1)))
    func reworkCapStopsEndlessLoop() throws {
        var sop = Self.singleStep(staff: 1)
        sop.steps.append(
            Step(
                number: StepNumber(2), activity: "Memeriksa hasil layanan", executors: ["petugas"],
                time: StandardTime("15 menit"), output: "hasil diperiksa",
                decision: Decision(answers: [
                    Answer(label: "sesuai", target: .end),
                    Answer(label: "ulang", target: .step(StepNumber(1)))
                ])))
        let scenario = Scenario(
            arrivals: .regular(interval: .hours(10)), cases: 50, calendar: .roundTheClock,
            decisions: [StepNumber(2): ["ulang": 1]], reworkCap: 3)
        let result = try Simulation.run(sop: sop, scenario: scenario)
        #expect(result.casesFinished == 50)
        #expect(result.rework.reworks == 150)
        #expect(result.rework.capHits == 50 && result.rework.casesCapped == 50)
        #expect(result.steps[0].visitsPerCase == 4)
    }

    @Test("a step “as needed” without a time is reported and counts zero; with one it counts")
    func asNeededStepIsReported() throws {
        var sop = Self.singleStep(staff: 1)
        sop.steps[0].time = StandardTime("Sesuai kebutuhan")
        var scenario = Scenario(arrivals: .batch, cases: 1, calendar: .roundTheClock)
        let unknown = try Simulation.run(sop: sop, scenario: scenario)
        #expect(unknown.warnings.count == 1)
        #expect(unknown.warnings.first?.contains("step 1") == true)
        #expect(unknown.steps[0].timeUnknown)
        #expect(unknown.leadTime.max == 0)
        scenario.durations.steps[StepNumber(1)] = StepDuration(time: .hours(2))
        let given = try Simulation.run(sop: sop, scenario: scenario)
        #expect(given.warnings.isEmpty && !given.steps[0].timeUnknown)
        #expect(given.leadTime.max == 2)
    }

    @Test("answers without a probability: the forward one takes the rest, even when written second")
    func forwardAnswerTakesTheRest() throws {
        let scenario = Scenario(arrivals: .regular(interval: .hours(100)), cases: 200, calendar: .roundTheClock)
        let result = try Simulation.run(sop: try Self.seed(), scenario: scenario)
        #expect(result.rework.reworks == 0)
        #expect(result.steps.map(\.visits) == Array(repeating: 200, count: 11))
    }

    // MARK: What-if changes and control

    @Test("a removed step takes its time off every case; merged steps keep both times")
    func removedAndMergedSteps() throws {
        let sop = try Self.seed()
        let baseline = Scenario(arrivals: .batch, cases: 1, calendar: .roundTheClock)
        let removed = baseline.applying(ScenarioChange(name: "tanpa 8", removedSteps: [StepNumber(8)]))
        let merged = baseline.applying(ScenarioChange(name: "9 dan 10", mergedSteps: [StepMerge(StepNumber(9), StepNumber(10))]))
        let base = try Simulation.run(sop: sop, scenario: baseline)
        #expect(try Simulation.run(sop: sop, scenario: removed).leadTime.max == base.leadTime.max - 1)
        let mergedRun = try Simulation(sop: sop, scenario: merged)
        #expect(mergedRun.steps.map(\.label).contains("9+10"))
        #expect(mergedRun.run().leadTime.max == base.leadTime.max)
        #expect(throws: ScenarioError.self) {
            try Simulation(
                sop: sop, scenario: baseline.applying(ScenarioChange(name: "x", mergedSteps: [StepMerge(StepNumber(9), StepNumber(12))])))
        }
    }

    @Test("higher-priority cases wait less in the same queues")
    func priorityShortensWaits() throws {
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(1.25)), cases: 50_000, seed: 3, calendar: .roundTheClock,
            durations: DurationModel(distribution: .exponential),
            caseTypes: [CaseType(name: "mendesak", share: 0.3, priority: 1), CaseType(name: "biasa", share: 0.7)])
        let result = try Simulation.run(sop: Self.singleStep(staff: 1), scenario: scenario)
        let urgent = try #require(result.caseTypes[0].meanLeadTime)
        let usual = try #require(result.caseTypes[1].meanLeadTime)
        #expect(urgent < usual)
        #expect(result.caseTypes.map(\.finished).reduce(0, +) == 50_000)
    }

    @Test("a run stopped while it runs returns what it has, marked stopped; progress counts finished cases")
    func stoppedRun() throws {
        let control = SimulationControl()
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(1)), cases: 10_000_000, replications: 2, threads: 1,
            calendar: .roundTheClock)
        let result = try Simulation(sop: Self.singleStep(staff: 1), scenario: scenario)
            .run(control: control, eventLog: { _ in control.stop() })
        #expect(result.stopped)
        #expect(result.casesFinished > 0 && result.casesFinished < 1_000_000)
        #expect(control.progress.casesFinished == result.casesFinished)
        #expect(control.progress.casesPlanned == 20_000_000)

        let finished = SimulationControl()
        let whole = try Simulation(sop: Self.singleStep(staff: 1), scenario: Scenario(arrivals: .batch, cases: 500, replications: 2))
            .run(control: finished)
        #expect(!whole.stopped && finished.progress.fraction == 1 && finished.progress.replicationsFinished == 2)
    }

    @Test("a joint step waits for a member of each of its roles and keeps both busy")
    func jointStepTakesEveryRole() throws {
        var sop = Self.singleStep(staff: 1)
        sop.roles.append(Role(id: "kepala", name: "Kepala Seksi"))
        sop.steps[0].executors = ["kepala", "petugas"]
        let result = try Simulation.run(sop: sop, scenario: Scenario(arrivals: .batch, cases: 2, calendar: .roundTheClock))
        #expect(result.leadTime.max == 2)
        #expect(result.roles.map(\.busyHours.mean) == [2, 2])
        #expect(result.steps[0].maxWait == 1)
    }

    @Test("arrivals stop at the horizon, and every case that arrived is followed to the end")
    func horizonStopsArrivals() throws {
        let scenario = Scenario(arrivals: .regular(2, per: .hour), horizon: .hours(10), calendar: .roundTheClock)
        // Two staff keep up with a case every half hour: the last, arrived at 10:00, ends at 11:00.
        let result = try Simulation.run(sop: Self.singleStep(staff: 2), scenario: scenario)
        #expect(result.casesArrived == 21 && result.casesFinished == 21)
        #expect(result.periodHours.mean == 11)
        #expect(result.waitingTime.mean == 0)
    }

    @Test("unknown roles and answers are refused with the scenario key that names them")
    func namesAreChecked() throws {
        let sop = try Self.seed()
        let base = Scenario(arrivals: .batch, cases: 1)
        #expect(throws: ScenarioError.self) {
            try Simulation(sop: sop, scenario: base.applying(ScenarioChange(name: "x", staff: ["kepla": 2])))
        }
        do {
            _ = try Simulation(sop: sop, scenario: base.applying(ScenarioChange(name: "x", decisions: [StepNumber(3): ["tolak": 0.5]])))
            Issue.record("an unknown answer was accepted")
        } catch {
            #expect(error.key == "keputusan.3.tolak")
            #expect(error.hint?.contains("perlu perbaikan") == true)
        }
    }

    @Test("the benchmark's scenario file reads, and an unknown role in it is located")
    func scenarioFile() throws {
        let file = try ScenarioFile.read(try Examples.text("bench-seed.scenario.yaml"), file: Examples.path("bench-seed.scenario.yaml"))
        #expect(file.sopPath == "bench-seed.yaml")
        #expect(file.scenarios.map(\.name) == ["appendix", "tambah kepala", "tanpa pengulangan"])
        #expect(file.baseline.arrivals == .poisson(meanInterval: .hours(40)))
        #expect(file.scenarios[1].staff["kepala"] == 2)
        let sop = try Examples.load("bench-seed.yaml").sop
        #expect(try file.simulations(sop: sop).count == 3)

        let text = "kedatangan: {pola: poisson, laju: 20 per bulan}\njumlah_kasus: 10\npegawai:\n  kepla: 2\n"
        let broken = try ScenarioFile.read(text, file: "s.yaml")
        #expect(broken.baseline.arrivals == .poisson(20, per: .month))
        do {
            _ = try broken.simulations(sop: sop)
            Issue.record("an unknown role was accepted")
        } catch {
            #expect(error.location.line == 4 && error.location.column == 3)
        }

        let change = "kedatangan: {selang: 40 jam}\njumlah_kasus: 10\nperubahan:\n  - nama: tanpa 13\n    hapus_langkah: [13]\n"
        do {
            _ = try ScenarioFile.read(change, file: "s.yaml").simulations(sop: sop)
            Issue.record("a missing step was accepted")
        } catch {
            #expect(error.message.contains("tanpa 13") && error.message.contains("no step 13"))
            #expect(error.location.line == 5 && error.location.column == 21)
        }
        #expect(throws: SOPReadError.self) { try ScenarioFile.read("kedatangan: {selang: 40 jam}\nreplikasi: nol\n", file: nil) }
    }
}

/// Collects an event log (the sink is called from worker threads, one call at a time).
final class EventCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [SimulationEvent] = []

    var events: [SimulationEvent] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    var sink: SimulationEventSink {
        { [self] batch in
            lock.lock()
            collected += batch
            lock.unlock()
        }
    }
}
