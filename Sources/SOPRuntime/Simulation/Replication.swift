/// One replication: a discrete-event simulation of cases flowing through the procedure,
/// from its own random stream.
///
/// Only two kinds of event exist: a case arrives, or a case's step ends. Starting work needs
/// no event: when a case is ready for a step it takes a free member of each of the step's
/// roles (in the SOP's role order, keeping those it has while it queues for the next, so
/// that joint steps cannot deadlock) or waits first-come-first-served in the role's queue
/// (one queue per priority level); when a step ends its members go to the heads of their
/// queues. All state is in flat arrays of plain values; the loop hashes nothing and
/// allocates only when a queue or the case pool outgrows its largest size so far.
struct Replication {
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

    let model: SimulationModel
    let index: Int
    private let roundTheClock: Bool
    private var random: RandomStream
    private var heap = EventHeap(capacity: 64)
    private var queues: [SlotQueue]
    private var free: [Int32]
    private var cases: [CaseSlot] = []
    private var freeSlots: [Int32] = []
    private var now: Double
    private var arrived = 0
    private(set) var tally: ReplicationTally
    private var log: EventLogWriter?

    init(model: SimulationModel, index: Int, log: EventLogWriter? = nil) {
        self.model = model
        self.index = index
        roundTheClock = model.calendar.isRoundTheClock
        random = RandomStream(seed: model.seed, stream: UInt64(index))
        queues = [SlotQueue](repeating: SlotQueue(), count: model.roles.count * model.levels)
        free = model.staff
        now = model.startMinutes
        tally = ReplicationTally(model: model)
        self.log = log
    }

    /// Runs until every case that arrives has finished, or `control` asks to stop.
    mutating func run(control: SimulationControl?) {
        scheduleArrival(after: model.startMinutes)
        var reported = 0
        while let event = heap.pop() {
            now = event.time
            tally.events &+= 1
            if event.subject < 0 {
                arrive()
            } else {
                endStep(of: Int(event.subject))
            }
            if tally.events & 0x3FFF == 0, let control {
                let stop = control.record(finishedCases: tally.finished - reported)
                reported = tally.finished
                if stop {
                    tally.stopped = true
                    break
                }
            }
        }
        control.map { _ = $0.record(finishedCases: tally.finished - reported) }
        tally.close(at: now, model: model)
        log?.finish()
    }

    // MARK: Arrivals

    private mutating func scheduleArrival(after previous: Double) {
        let plan = model.arrivals
        guard arrived < plan.limit else { return }
        let time: Double
        switch plan.kind {
        case .poisson: time = addWork(plan.intervalMinutes * random.exponential(), to: previous)
        case .regular: time = arrived == 0 ? previous : addWork(plan.intervalMinutes, to: previous)
        case .times: time = plan.times[arrived]
        case .batch: time = previous
        }
        guard time <= plan.horizonEnd else { return }
        heap.push(time: time, subject: -1)
    }

    private mutating func arrive() {
        arrived += 1
        var type: Int32 = 0
        if model.typeCumulative.count > 1 {
            let u = random.uniform()
            while u >= model.typeCumulative[Int(type)] { type += 1 }
        }
        let slot: Int
        if let reused = freeSlots.popLast() {
            slot = Int(reused)
        } else {
            slot = cases.count
            cases.append(CaseSlot())
        }
        cases[slot] = CaseSlot(arrival: now, type: type, number: arrived)
        cases[slot].level = model.typeLevel[Int(type)]
        tally.arrived += 1
        enter(Int(model.start), slot: slot)
        scheduleArrival(after: now)
    }

    // MARK: Steps

    private mutating func enter(_ step: Int, slot: Int) {
        cases[slot].step = Int32(step)
        cases[slot].acquired = 0
        cases[slot].ready = now
        cases[slot].standard += model.standardMinutes[step]
        acquire(slot)
    }

    /// Takes members of the step's roles in order, from the first not yet held; queues at the
    /// first role without a free member, or begins the work when it holds them all.
    private mutating func acquire(_ slot: Int) {
        let step = Int(cases[slot].step)
        let first = Int(model.roleFirst[step]), count = Int(model.roleCount[step])
        var held = Int(cases[slot].acquired)
        while held < count {
            let role = Int(model.roleList[first + held])
            guard free[role] > 0 else {
                cases[slot].acquired = Int32(held)
                let queue = role * model.levels + Int(cases[slot].level)
                queues[queue].push(Int32(slot))
                tally.recordQueue(role: role, length: queues[queue].count)
                return
            }
            free[role] -= 1
            held += 1
        }
        cases[slot].acquired = Int32(held)
        begin(step, slot: slot)
    }

    private mutating func begin(_ step: Int, slot: Int) {
        let waited = workingMinutes(from: cases[slot].ready, to: now)
        tally.recordWait(waited, at: step)
        cases[slot].waited += waited
        var duration = 0.0
        let first = Int(model.partFirst[step])
        for part in first..<first + Int(model.partCount[step]) {
            duration += model.samplers[part].draw(&random)
        }
        let roles = Int(model.roleFirst[step])
        for role in roles..<roles + Int(model.roleCount[step]) {
            tally.busy[Int(model.roleList[role])] += duration
        }
        cases[slot].started = now
        heap.push(time: addWork(duration, to: now), subject: Int32(slot))
    }

    private mutating func endStep(of slot: Int) {
        let step = Int(cases[slot].step)
        let roles = Int(model.roleFirst[step])
        for role in roles..<roles + Int(model.roleCount[step]) {
            release(Int(model.roleList[role]))
        }
        let target: Int32
        var chosen: Int32 = -1
        let answers = model.answerCount[step]
        if answers == 0 {
            target = model.next[step]
        } else {
            let first = model.answerFirst[step]
            let u = random.uniform()
            var answer = first
            while answer < first + answers - 1, u >= model.cumulative[Int(answer)] { answer += 1 }
            if model.answerIsRework[Int(answer)] {
                if cases[slot].reworks >= model.reworkCap {
                    answer = model.forcedAnswer[step]
                    tally.capHits += 1
                    cases[slot].hitCap = true
                } else {
                    cases[slot].reworks += 1
                    tally.reworks += 1
                }
            }
            target = model.answerTarget[Int(answer)]
            chosen = answer - first
        }
        if log != nil { logStep(step, slot: slot, answer: chosen) }
        if target < 0 {
            complete(slot)
        } else {
            enter(Int(target), slot: slot)
        }
    }

    /// A member of `role` is free: the longest-waiting case of the highest priority takes it.
    private mutating func release(_ role: Int) {
        let base = role * model.levels
        for level in 0..<model.levels {
            if let next = queues[base + level].pop() {
                cases[Int(next)].acquired += 1
                acquire(Int(next))
                return
            }
        }
        free[role] += 1
    }

    private mutating func complete(_ slot: Int) {
        let finished = cases[slot]
        tally.recordFinish(lead: workingMinutes(from: finished.arrival, to: now), standard: finished.standard,
                       reworks: Int(finished.reworks), hitCap: finished.hitCap, type: Int(finished.type),
                       waited: finished.waited)
        freeSlots.append(Int32(slot))
    }

    private mutating func logStep(_ step: Int, slot: Int, answer: Int32) {
        let found = cases[slot]
        let start = model.calendar.nextWorkingMoment(atOrAfter: CivilDateTime(minutes: found.started))
        log?.append(SimulationEvent(
            replication: index + 1, caseNumber: found.number, caseType: Int(found.type), step: step,
            ready: CivilDateTime(minutes: found.ready), start: start, end: CivilDateTime(minutes: now),
            answer: answer < 0 ? nil : Int(answer)))
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
