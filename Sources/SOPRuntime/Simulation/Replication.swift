/// One replication: a discrete-event simulation of cases flowing through the procedure,
/// from its own random stream.
///
/// Only two kinds of event exist: a case arrives, or a case's step ends. Starting work needs
/// no event: when a case is ready for a step it takes a free member of each of the step's
/// roles (in the SOP's role order, keeping those it has while it queues for the next, so
/// that joint steps cannot deadlock) or waits first-come-first-served in the role's queue
/// (one queue per priority level); when a step ends its members go to the heads of their
/// queues.
///
/// The loop's tables and state are raw buffers of plain values (`RawStorage`), each freeing
/// itself when the replication goes: no reference counting, hashing or String work per event, and
/// allocation only when a queue or the case pool outgrows its largest size so far.
struct Replication: ~Copyable {
    /// A case in progress; its slot is reused once it finishes.
    struct CaseSlot {
        var arrival = 0.0
        /// When the case became ready for its current step.
        var ready = 0.0
        /// When work on the current step began.
        var started = 0.0
        /// The standard times of the steps it has been through, in working minutes.
        var standard = 0.0
        /// Its working minutes spent waiting for staff so far.
        var waited = 0.0
        var step: Int32 = 0
        /// How many of the current step's roles it holds a member of.
        var acquired: Int32 = 0
        var reworks: Int32 = 0
        var level: Int32 = 0
        var type: Int32 = 0
        var hitCap = false
        /// 1 for the first case to arrive.
        var number = 0
    }

    private let model: SimulationModel
    private let index: Int
    private let roundTheClock: Bool
    private let levels: Int
    private let tables: StepTables
    private var random: RandomStream
    private var heap = EventHeap()
    private let queues: SlotQueues
    private let free: RawStorage<Int32>
    private var cases = RawStorage<CaseSlot>(capacity: 64)
    private var caseCount = 0
    private var freeSlots = RawStorage<Int32>(capacity: 64)
    private var freeSlotCount = 0
    private var now: Double
    private var arrived = 0
    private var counters: TallyCounters
    private var log: ReplicationEventBuffer?

    init(model: SimulationModel, index: Int, log: ReplicationEventBuffer? = nil) {
        self.model = model
        self.index = index
        roundTheClock = model.calendar.isRoundTheClock
        levels = model.levels
        tables = StepTables(model)
        random = RandomStream(seed: model.seed, stream: UInt64(index))
        queues = SlotQueues(count: model.roles.count * model.levels)
        free = RawStorage(copying: model.staff)
        now = model.startMinutes
        counters = TallyCounters(model: model)
        self.log = log
    }

    /// Cases in progress at once beyond which a run stops (a few hundred megabytes of them).
    static let largestWorkInProgress = 2_000_000

    /// Runs until every case that arrives has finished, or `control` asks to stop; returns
    /// the statistics.
    mutating func run(control: SimulationControl?) -> ReplicationTally {
        scheduleArrival(after: model.startMinutes)
        var reported = 0
        var stopped = false
        var outOfCalendar = false
        var overloaded = false
        let lastMinute = WorkCalendar.never.minutes
        while let event = heap.pop() {
            now = event.time
            // Past 9999-12-31 the calendar cannot place work: stop rather than pile it up there.
            if now >= lastMinute {
                outOfCalendar = true
                break
            }
            counters.events &+= 1
            if event.subject < 0 {
                arrive()
            } else {
                endStep(of: Int(event.subject))
            }
            if counters.events & 0x3FFF == 0 {
                // Arrivals far beyond what the staff can serve would fill memory with waiting cases.
                if caseCount - freeSlotCount > Self.largestWorkInProgress {
                    overloaded = true
                    break
                }
                if let control {
                    stopped = control.record(finishedCases: counters.finished - reported)
                    reported = counters.finished
                    if stopped { break }
                }
            }
        }
        _ = control?.record(finishedCases: counters.finished - reported)
        log?.finish()
        return counters.tally(
            model: model, end: now, stopped: stopped || outOfCalendar || overloaded,
            outOfCalendar: outOfCalendar, overloaded: overloaded)
    }

    // MARK: Arrivals

    private mutating func scheduleArrival(after previous: Double) {
        let limit = model.arrivals.limit
        guard arrived < limit else { return }
        let time: Double
        switch model.arrivals.kind {
        case .poisson: time = addWork(model.arrivals.intervalMinutes * random.exponential(), to: previous)
        case .regular: time = arrived == 0 ? previous : addWork(model.arrivals.intervalMinutes, to: previous)
        case .times: time = model.arrivals.times[arrived]
        case .batch: time = previous
        }
        guard time <= model.arrivals.horizonEnd else { return }
        heap.push(time: time, subject: -1)
    }

    private mutating func arrive() {
        arrived += 1
        var type: Int32 = 0
        if tables.typeCount > 1 {
            let u = random.uniform()
            while u >= tables.typeCumulative[Int(type)] { type += 1 }
        }
        let slot: Int
        if freeSlotCount > 0 {
            freeSlotCount -= 1
            slot = Int(freeSlots[freeSlotCount])
        } else {
            if caseCount == cases.capacity { cases.grow(keeping: caseCount) }
            slot = caseCount
            caseCount += 1
        }
        cases[slot] = CaseSlot(arrival: now, level: tables.typeLevel[Int(type)], type: type, number: arrived)
        counters.arrived += 1
        counters.typeArrived[Int(type)] += 1
        enter(Int(tables.typeStart[Int(type)]), slot: slot)
        scheduleArrival(after: now)
    }

    // MARK: Steps

    @inline(__always)
    private mutating func enter(_ step: Int, slot: Int) {
        let found = cases.pointer(to: slot)
        found.pointee.step = Int32(step)
        found.pointee.acquired = 0
        found.pointee.ready = now
        found.pointee.standard += tables.standardMinutes[step]
        acquire(slot)
    }

    /// Takes members of the step's roles in order, from the first not yet held; queues at the
    /// first role without a free member, or begins the work when it holds them all.
    private mutating func acquire(_ slot: Int) {
        let found = cases.pointer(to: slot)
        let step = Int(found.pointee.step)
        let first = Int(tables.roleFirst[step])
        let count = Int(tables.roleCount[step])
        var held = Int(found.pointee.acquired)
        while held < count {
            let role = Int(tables.roleList[first + held])
            guard free[role] > 0 else {
                found.pointee.acquired = Int32(held)
                let queue = queues.queue(role * levels + Int(found.pointee.level))
                queue.pointee.push(Int32(slot))
                if queue.pointee.count > counters.longestQueue[role] { counters.longestQueue[role] = queue.pointee.count }
                return
            }
            free[role] -= 1
            held += 1
        }
        found.pointee.acquired = Int32(held)
        begin(step, slot: slot)
    }

    private mutating func begin(_ step: Int, slot: Int) {
        let found = cases.pointer(to: slot)
        let waited = workingMinutes(from: found.pointee.ready, to: now)
        counters.visits[step] += 1
        counters.waitSum[step] += waited
        if waited > counters.waitMax[step] { counters.waitMax[step] = waited }
        found.pointee.waited += waited
        var duration = 0.0
        let parts = Int(tables.partFirst[step])
        for part in parts..<parts + Int(tables.partCount[step]) {
            duration += tables.samplers[part].draw(&random)
        }
        let roles = Int(tables.roleFirst[step])
        for role in roles..<roles + Int(tables.roleCount[step]) {
            counters.busy[Int(tables.roleList[role])] += duration
        }
        found.pointee.started = now
        heap.push(time: addWork(duration, to: now), subject: Int32(slot))
    }

    private mutating func endStep(of slot: Int) {
        let step = Int(cases[slot].step)
        let roles = Int(tables.roleFirst[step])
        for role in roles..<roles + Int(tables.roleCount[step]) {
            release(Int(tables.roleList[role]))
        }
        let target: Int32
        var chosen: Int32 = -1
        let answers = tables.answerCount[step]
        if answers == 0 {
            target = tables.next[step]
        } else {
            let first = tables.answerFirst[step]
            let u = random.uniform()
            var answer = first
            while answer < first + answers - 1, u >= tables.cumulative[Int(answer)] { answer += 1 }
            if tables.answerIsRework[Int(answer)] {
                let found = cases.pointer(to: slot)
                if found.pointee.reworks >= tables.typeReworkCap[Int(found.pointee.type)] {
                    answer = tables.forcedAnswer[step]
                    counters.capHits += 1
                    found.pointee.hitCap = true
                } else {
                    found.pointee.reworks += 1
                    counters.reworks += 1
                }
            }
            target = tables.answerTarget[Int(answer)]
            chosen = answer - first
        }
        if log != nil { logStep(step, slot: slot, answer: chosen, finishesCase: target < 0) }
        if target < 0 {
            complete(slot)
        } else {
            enter(Int(target), slot: slot)
        }
    }

    /// A member of `role` is free: the longest-waiting case of the highest priority takes it.
    @inline(__always)
    private mutating func release(_ role: Int) {
        for level in 0..<levels {
            if let next = queues.queue(role * levels + level).pointee.pop() {
                cases[Int(next)].acquired += 1
                acquire(Int(next))
                return
            }
        }
        free[role] += 1
    }

    private mutating func complete(_ slot: Int) {
        let finished = cases[slot]
        counters.recordFinish(
            lead: workingMinutes(from: finished.arrival, to: now), standard: finished.standard,
            reworks: Int(finished.reworks), hitCap: finished.hitCap, type: Int(finished.type),
            waited: finished.waited)
        if freeSlotCount == freeSlots.capacity { freeSlots.grow(keeping: freeSlotCount) }
        freeSlots[freeSlotCount] = Int32(slot)
        freeSlotCount += 1
    }

    private mutating func logStep(_ step: Int, slot: Int, answer: Int32, finishesCase: Bool) {
        let found = cases[slot]
        let start = model.calendar.nextWorkingMoment(atOrAfter: CivilDateTime(minutes: found.started))
        log?.append(
            SimulationEvent(
                replication: index + 1, caseNumber: found.number, caseType: Int(found.type), step: step,
                ready: CivilDateTime(minutes: found.ready), start: start, end: CivilDateTime(minutes: now),
                answer: answer < 0 ? nil : Int(answer), finishesCase: finishesCase))
    }

    // MARK: Calendar

    @inline(__always)
    private func addWork(_ minutes: Double, to time: Double) -> Double {
        roundTheClock ? time + minutes : model.calendar.adding(workMinutes: minutes, to: CivilDateTime(minutes: time)).minutes
    }

    @inline(__always)
    private func workingMinutes(from start: Double, to end: Double) -> Double {
        roundTheClock ? end - start : model.calendar.workingMinutes(from: CivilDateTime(minutes: start), to: CivilDateTime(minutes: end))
    }
}

/// The model's per-step tables copied into raw buffers for the event loop (see `SimulationModel`).
struct StepTables: ~Copyable {
    let roleFirst, roleCount, roleList: RawStorage<Int32>
    let partFirst, partCount: RawStorage<Int32>
    let samplers: RawStorage<DurationSampler>
    let answerFirst, answerCount, answerTarget, forcedAnswer, next: RawStorage<Int32>
    let cumulative, standardMinutes: RawStorage<Double>
    let answerIsRework: RawStorage<Bool>
    let typeCumulative: RawStorage<Double>
    let typeLevel: RawStorage<Int32>
    let typeStart: RawStorage<Int32>
    let typeReworkCap: RawStorage<Int32>
    let typeCount: Int

    init(_ model: SimulationModel) {
        roleFirst = RawStorage(copying: model.roleFirst)
        roleCount = RawStorage(copying: model.roleCount)
        roleList = RawStorage(copying: model.roleList)
        partFirst = RawStorage(copying: model.partFirst)
        partCount = RawStorage(copying: model.partCount)
        samplers = RawStorage(copying: model.samplers)
        answerFirst = RawStorage(copying: model.answerFirst)
        answerCount = RawStorage(copying: model.answerCount)
        answerTarget = RawStorage(copying: model.answerTarget)
        forcedAnswer = RawStorage(copying: model.forcedAnswer)
        next = RawStorage(copying: model.next)
        cumulative = RawStorage(copying: model.cumulative)
        standardMinutes = RawStorage(copying: model.standardMinutes)
        answerIsRework = RawStorage(copying: model.answerIsRework)
        typeCumulative = RawStorage(copying: model.typeCumulative)
        typeLevel = RawStorage(copying: model.typeLevel)
        typeStart = RawStorage(copying: model.typeStart)
        typeReworkCap = RawStorage(copying: model.typeReworkCap)
        typeCount = model.typeCumulative.count
    }
}
