import Foundation

/// An office simulated as one: every SOP's cases at once over the positions' shared pools
/// (`OfficeModel` says how), its figures read back per SOP and per position.
public struct OfficeSimulation: Sendable {
    public let office: Office
    public let change: Office.Change?
    let simulation: Simulation
    let stepProcedure: [Int]
    let ratesPerHour: [Double]

    public init(office: Office, change: Office.Change? = nil) throws(ScenarioError) {
        self.office = office
        self.change = change
        let built = try OfficeModel(office: office, change: change)
        var scenario = Scenario(
            name: change?.name ?? "baseline", arrivals: .poisson(meanInterval: .hours(1)),
            horizon: office.horizon, replications: office.replications, seed: office.seed,
            calendar: office.calendar)
        scenario.reworkCap = Int(built.model.typeReworkCap.max() ?? 0)
        simulation = Simulation(model: built.model, scenario: scenario)
        stepProcedure = built.stepProcedure
        ratesPerHour = built.ratesPerHour
    }

    public var warnings: [String] { simulation.warnings }
    public var offeredLoad: OfferedLoad { simulation.offeredLoad }

    public func run(control: SimulationControl = SimulationControl()) -> OfficeResult {
        OfficeResult(
            office: office, change: change, simulation: simulation.run(control: control),
            model: simulation.model, stepProcedure: stepProcedure, ratesPerHour: ratesPerHour)
    }
}

/// What an office run gives: the whole run (positions as its roles, SOPs as its case types)
/// and the figures an analyst reads per SOP and per position.
public struct OfficeResult: Sendable, Codable {
    public var scenario: String
    /// The run as `simulate` reports one: lead time over all cases, utilisation per position,
    /// waiting per step, the bottleneck of the office.
    public var run: SimulationResult
    public var procedures: [Procedure]
    public var positions: [Position]
    /// The cost of a year of the work every SOP asks, at the positions' costs per hour (nil
    /// when a position with work has no cost).
    public var costPerYear: Double?

    public struct Procedure: Sendable, Codable {
        public var path: String
        public var title: String
        public var casesPerYear: Double
        public var statistics: CaseTypeStatistics
        /// The cost of one case at the standard times, rework at its odds (nil without costs).
        public var costPerCase: Double?
    }

    public struct Position: Sendable, Codable {
        public var id: String
        public var name: String
        public var staff: Int
        public var utilisation: Estimate
        /// Working hours of work a year (busy hours over the simulated period, scaled to a year).
        public var busyHoursPerYear: Double
        /// The mean wait of a step for a free member of the position, in working hours.
        public var meanWait: Double
        /// The SOPs (titles) whose steps the position does.
        public var procedures: [String]
        public var costPerYear: Double?
    }

    init(
        office: Office, change: Office.Change?, simulation run: SimulationResult, model: SimulationModel,
        stepProcedure: [Int], ratesPerHour: [Double]
    ) {
        scenario = run.scenario
        self.run = run
        let hoursPerYear = OfficeModel.workingDaysPerYear * office.calendar.hoursPerDay
        let costs = office.positions.map(\.costPerHour)
        // Mean hours of a step's draw, and the money an hour of it costs (every position it needs).
        let stepHours = model.steps.indices.map { model.meanMinutes(ofStep: $0) / 60 }
        let stepCostPerHour: [Double?] = model.steps.indices.map { step in
            let rates = model.roles(ofStep: step).map { costs[$0] }
            return rates.contains { $0 == nil } ? nil : rates.reduce(0) { $0 + $1! }
        }
        procedures = office.procedures.enumerated().map { index, procedure in
            let statistics = run.caseTypes[index]
            let steps = stepProcedure.indices.filter { stepProcedure[$0] == index }
            let finished = Double(statistics.finished)
            let cost: Double? =
                finished == 0 || steps.contains { stepCostPerHour[$0] == nil }
                ? nil
                : steps.reduce(0) { $0 + Double(run.steps[$1].visits) / finished * stepHours[$1] * stepCostPerHour[$1]! }
            return Procedure(
                path: procedure.path, title: procedure.title, casesPerYear: ratesPerHour[index] * hoursPerYear,
                statistics: statistics, costPerCase: cost)
        }
        positions = run.roles.enumerated().map { index, role in
            let steps = model.steps.indices.filter { model.steps[$0].roles.contains(role.id) }
            let visits = steps.reduce(0) { $0 + run.steps[$1].visits }
            let waited = steps.reduce(0.0) { $0 + Double(run.steps[$1].visits) * run.steps[$1].meanWait.mean }
            let period = run.periodHours.mean
            let busy = period > 0 ? role.busyHours.mean / period * hoursPerYear : 0
            let names = Set(steps.map { stepProcedure[$0] }).sorted().map { office.procedures[$0].title }
            return Position(
                id: role.id, name: role.name, staff: role.staff, utilisation: role.utilisation,
                busyHoursPerYear: busy, meanWait: visits > 0 ? waited / Double(visits) : 0,
                procedures: names, costPerYear: costs[index].map { $0 * busy })
        }
        // Claimed only when every position with work has a cost.
        let yearly = positions.compactMap(\.costPerYear)
        costPerYear = yearly.isEmpty || positions.contains { $0.costPerYear == nil && $0.busyHoursPerYear > 0 } ? nil : yearly.reduce(0, +)
    }
}
