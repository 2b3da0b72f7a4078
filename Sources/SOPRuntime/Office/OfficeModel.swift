import Foundation

/// An office's procedures as one simulation over shared pools: each SOP's model is built as
/// `simulate` builds it (its steps, durations, decisions and edits), then the models are laid
/// end to end and every role is replaced by the position that fills it, so that a person of
/// a position serves the steps of every SOP that position fills, from one queue.
///
/// **Queue discipline.** One first-come-first-served queue per position, across SOPs: a step
/// waiting for a Kepala Bagian Umum waits behind every earlier step of any SOP that the same
/// Kabag does. A joint step takes a member of each of its positions in one fixed order
/// (never two of one position for one step), as `Replication` describes.
///
/// **Arrivals.** Each SOP's cases arrive at random (Poisson) at its own rate; together they
/// are one Poisson stream at the summed rate whose every case is of SOP k with probability
/// rate_k ÷ the sum, which is the same process, drawn from one random stream. A yearly
/// volume is spread over the working year of 12 × 21 working days of the office calendar.
struct OfficeModel {
    var model: SimulationModel
    /// The procedure (index into `Office.procedures`) of each of the model's steps.
    var stepProcedure: [Int]
    /// Each procedure's arrivals per working hour.
    var ratesPerHour: [Double]

    /// Working days in the year over which a yearly volume is spread.
    static let workingDaysPerYear = 12 * WorkDuration.daysPerMonth

    init(office: Office, change: Office.Change? = nil) throws(ScenarioError) {
        let office = office.applying(change)
        let hoursPerDay = office.calendar.hoursPerDay
        guard hoursPerDay > 0 else {
            throw ScenarioError(
                "the office calendar has no working time", hint: "give it working hours, or use `sepanjang_waktu`", key: "kalender")
        }
        guard !office.procedures.isEmpty else {
            throw ScenarioError("the office runs no SOP", hint: "list its SOPs under `sop`", key: "sop")
        }
        var positionIndex: [String: Int] = [:]
        for (index, position) in office.positions.enumerated() { positionIndex[position.id] = index }
        let roles = office.positions.map { position in
            SimulatedRole(id: position.id, name: position.name, staff: position.headcount)
        }

        var parts: [SimulationModel] = []
        var rates: [Double] = []
        var roleMaps: [[Int32]] = []
        for (index, procedure) in office.procedures.enumerated() {
            let rate: Double =
                switch procedure.demand {
                case .perYear(let volume): volume / (Self.workingDaysPerYear * hoursPerDay)
                case .every(let interval): 1 / interval.totalHours(hoursPerDay: hoursPerDay)
                }
            guard rate.isFinite, rate > 0 else {
                throw ScenarioError("\(procedure.path): its cases must arrive at a rate above zero", key: "sop.\(index + 1)")
            }
            var scenario = procedure.settings
            scenario.arrivals = .poisson(meanInterval: .hours(1 / rate))
            scenario.calendar = office.calendar
            scenario.horizon = office.horizon
            scenario.cases = nil
            scenario.caseTypes = []
            scenario.executors = [:]
            scenario.staff = [:]
            var map: [Int32] = []
            for role in procedure.sop.roles {
                guard let positionID = procedure.positions[role.id], let position = positionIndex[positionID] else {
                    throw ScenarioError(
                        "\(procedure.path): no position fills its role `\(role.id)` (\(role.name))",
                        hint: "add `\(role.id): JABATAN` under its `pelaksana`", key: "sop.\(index + 1).pelaksana")
                }
                scenario.staff[role.id] = roles[position].staff
                map.append(Int32(position))
            }
            do throws(ScenarioError) {
                parts.append(try SimulationModel(sop: procedure.sop, scenario: scenario))
            } catch {
                throw ScenarioError(
                    "\(procedure.path): \(error.message)", hint: error.hint.map(Message.init(verbatim:)),
                    key: "sop.\(index + 1)" + (error.key.map { "." + $0 } ?? ""))
            }
            rates.append(rate)
            roleMaps.append(map)
        }
        ratesPerHour = rates
        var merged = parts[0]
        merged.roles = roles
        merged.staff = roles.map { Int32($0.staff) }
        stepProcedure = []
        merged.clearSteps()
        for (index, part) in parts.enumerated() {
            stepProcedure += Array(repeating: index, count: part.steps.count)
            merged.append(
                part, roles: roleMaps[index], positionIDs: roles.map(\.id),
                prefix: office.procedures.count > 1 ? office.procedures[index].path + ": " : "")
        }
        let total = rates.reduce(0, +)
        var running = 0.0
        merged.typeCumulative = rates.map {
            running += $0 / total
            return running
        }
        merged.typeCumulative[merged.typeCumulative.count - 1] = 1
        merged.typeLevel = rates.map { _ in 0 }
        merged.levels = 1
        merged.caseTypeNames = office.procedures.map(\.title)
        merged.typeTargetMinutes = office.procedures.map { $0.target?.totalMinutes(hoursPerDay: hoursPerDay) ?? .infinity }
        merged.typeReworkCap = parts.map { $0.typeReworkCap[0] }
        let start = Scenario.defaultStart
        merged.startMinutes = start.minutes
        merged.arrivals = ArrivalPlan(
            kind: .poisson, intervalMinutes: 60 / total, times: [], limit: .max,
            horizonEnd: office.calendar.adding(office.horizon, to: start).minutes)
        merged.replications = office.replications
        merged.seed = office.seed
        merged.threads = ProcessInfo.processInfo.activeProcessorCount
        model = merged
    }
}

extension SimulationModel {
    /// Empties the step tables, keeping the rest, for `append` to fill.
    mutating func clearSteps() {
        steps = []
        warnings = []
        roleFirst = []
        roleCount = []
        roleList = []
        partFirst = []
        partCount = []
        samplers = []
        answerFirst = []
        answerCount = []
        cumulative = []
        answerTarget = []
        answerIsRework = []
        forcedAnswer = []
        next = []
        standardMinutes = []
        typeStart = []
    }

    /// Adds `part`'s steps after the ones already here, its role r done by position
    /// `roles[r]`; its start becomes a case type's start.
    mutating func append(_ part: SimulationModel, roles: [Int32], positionIDs: [String], prefix: String) {
        let stepOffset = Int32(steps.count)
        let answerOffset = Int32(answerTarget.count)
        let samplerOffset = Int32(samplers.count)
        func shifted(_ step: Int32) -> Int32 { step < 0 ? step : step + stepOffset }
        for step in part.steps.indices {
            let slots = Int(part.roleFirst[step])..<Int(part.roleFirst[step] + part.roleCount[step])
            // Ascending and distinct: the fixed order in which a joint step takes its members.
            let positions = Array(Set(slots.map { roles[Int(part.roleList[$0])] })).sorted()
            roleFirst.append(Int32(roleList.count))
            roleCount.append(Int32(positions.count))
            roleList += positions
            var described = part.steps[step]
            described.roles = positions.map { positionIDs[Int($0)] }
            steps.append(described)
        }
        partFirst += part.partFirst.map { $0 + samplerOffset }
        partCount += part.partCount
        samplers += part.samplers
        answerFirst += part.answerFirst.map { $0 + answerOffset }
        answerCount += part.answerCount
        cumulative += part.cumulative
        answerTarget += part.answerTarget.map(shifted)
        answerIsRework += part.answerIsRework
        forcedAnswer += part.forcedAnswer.map { $0 < 0 ? $0 : $0 + answerOffset }
        next += part.next.map(shifted)
        standardMinutes += part.standardMinutes
        typeStart.append(shifted(part.start))
        warnings += part.warnings.map { prefix + $0 }
    }
}
