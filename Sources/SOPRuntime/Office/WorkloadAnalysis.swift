import Foundation

/// The workload analysis (*Analisis Beban Kerja*) of an office as the civil service computes
/// it (Kepmenpan No. KEP/75/M.PAN/7/2004; Permen PANRB No. 1 Tahun 2020): per position, each
/// task's yearly volume × its standard time is the workload; the workload ÷ the effective
/// hours of one person a year is the staff the position needs.
///
/// The tasks are the SOPs' steps. A step's standard time is the SOP's Waktu (the middle of a
/// range such as 1-2 jam), as the simulation draws it; its volume is the SOP's cases a year ×
/// how often a case comes to the step, so that rework at the decisions' odds counts, which a
/// spreadsheet of outputs does not see. A joint step is a task of each position it needs.
public struct WorkloadAnalysis: Sendable, Codable {
    public var office: String
    public var positions: [PositionWorkload]

    /// One position's table.
    public struct PositionWorkload: Sendable, Codable {
        public var id: String
        public var name: String
        public var tasks: [Task]
        /// Σ volume × standard time, hours a year.
        public var workloadHours: Double
        /// One person's effective hours a year (less the position's leave).
        public var effectiveHours: Double
        /// Workload ÷ effective hours, before rounding.
        public var staffNeededExactly: Double
        /// Rounded as the guideline does (`WorkloadAnalysis.rounded`).
        public var staffNeeded: Int
        public var staffToday: Int
        /// Staff today − staff needed: positive is more than the work needs, negative fewer.
        public var difference: Int
        /// Efisiensi Jabatan: workload ÷ (staff today × effective hours).
        public var efficiency: Double
        public var rating: Rating
    }

    /// A step as a task of a position.
    public struct Task: Sendable, Codable {
        public var procedure: String
        public var step: String
        public var activity: String
        /// The step's standard time, hours.
        public var standardHours: Double
        /// How often the step is done in a year.
        public var volumePerYear: Double
        public var workloadHours: Double
    }

    /// Prestasi Kerja Jabatan, from the efficiency (Kepmenpan 75/2004).
    public enum Rating: String, Sendable, Codable, CaseIterable {
        case a = "A"
        case b = "B"
        case c = "C"
        case d = "D"
        case e = "E"

        public init(efficiency: Double) {
            switch efficiency {
            case let value where value > 1.0: self = .a
            case 0.9...: self = .b
            case 0.7...: self = .c
            case 0.5...: self = .d
            default: self = .e
            }
        }

        /// The guideline's word for it: Sangat Baik, Baik, Cukup, Sedang, Kurang.
        public var label: Message {
            switch self {
            case .a: "very good (over 1.00)"
            case .b: "good (0.90–1.00)"
            case .c: "fair (0.70–0.89)"
            case .d: "moderate (0.50–0.69)"
            case .e: "poor (under 0.50)"
            }
        }
    }

    /// Whole staff from the exact figure: a fraction of a half or more is one more person,
    /// below a half none, and a position with any work needs at least one.
    public static func rounded(_ exact: Double) -> Int {
        guard exact > 0 else { return 0 }
        return max(1, Int((exact + 0.5).rounded(.down)))
    }

    public init(office: Office, change: Office.Change? = nil) throws(ScenarioError) {
        self.init(of: try OfficeSimulation(office: office, change: change))
    }

    /// The analysis of the office `simulation` runs, from the model it built (not built again).
    public init(of simulation: OfficeSimulation) {
        let office = simulation.office
        let model = simulation.simulation.model
        let hoursPerYear = OfficeModel.workingDaysPerYear * office.calendar.hoursPerDay
        var tasks = [[Task]](repeating: [], count: model.roles.count)
        for (procedure, start) in model.typeStart.enumerated() {
            let visits = OfferedLoad.expectedVisits(model, from: start)
            let cases = simulation.ratesPerHour[procedure] * hoursPerYear
            for step in model.steps.indices where simulation.stepProcedure[step] == procedure && visits[step] > 0 {
                let hours = model.meanMinutes(ofStep: step) / 60
                let volume = cases * visits[step]
                let described = model.steps[step]
                for role in model.roles(ofStep: step) {
                    tasks[role].append(
                        Task(
                            procedure: office.procedures[procedure].title, step: described.label, activity: described.activity,
                            standardHours: hours, volumePerYear: volume, workloadHours: volume * hours))
                }
            }
        }
        self.office = office.name
        positions = office.positions.enumerated().map { index, position in
            let workload = tasks[index].reduce(0) { $0 + $1.workloadHours }
            let effective = position.effectiveHours(in: office)
            let exact = effective > 0 ? workload / effective : 0
            let today = model.roles[index].staff
            let needed = Self.rounded(exact)
            let efficiency = today > 0 && effective > 0 ? workload / (Double(today) * effective) : 0
            return PositionWorkload(
                id: position.id, name: position.name, tasks: tasks[index], workloadHours: workload,
                effectiveHours: effective, staffNeededExactly: exact, staffNeeded: needed, staffToday: today,
                difference: today - needed, efficiency: efficiency, rating: Rating(efficiency: efficiency))
        }
    }
}
