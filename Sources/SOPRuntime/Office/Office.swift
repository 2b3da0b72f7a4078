/// A unit's whole workload: the SOPs it runs, how often each is asked for, and the positions
/// (jabatan) whose people carry out their steps. Role names differ between documents ("Kepala
/// Bagian Umum", "Kabag Umum"), so each procedure says which position fills each of its roles.
///
/// An office is what `simulate OFFICE.yaml` runs over shared pools (a person of a position
/// serves the steps of every SOP that position fills) and what `workload OFFICE.yaml` turns
/// into the civil service's workload analysis (*Analisis Beban Kerja*, Permen PANRB No. 1
/// Tahun 2020): yearly volume × standard time ÷ effective hours.
public struct Office: Hashable, Sendable {
    /// The unit's name (`kantor:`), for headings.
    public var name: String
    public var procedures: [Procedure]
    public var positions: [Position]
    /// Working hours one person gives in a year after leave, holidays and breaks, as the
    /// guideline counts them (1,250 by default; agencies use 1,200 to 1,300).
    public var effectiveHoursPerYear: Double
    /// The calendar the simulation runs every position on.
    public var calendar: WorkCalendar
    /// How long cases keep arriving in a replication (working time from the start).
    public var horizon: WorkDuration
    public var replications: Int
    public var seed: UInt64
    /// Named what-if changes, each applied to the whole office.
    public var changes: [Change]

    public static let defaultEffectiveHours = 1250.0

    public init(
        name: String, procedures: [Procedure], positions: [Position],
        effectiveHoursPerYear: Double = Office.defaultEffectiveHours, calendar: WorkCalendar = .office,
        horizon: WorkDuration = .days(12 * WorkDuration.daysPerMonth), replications: Int = 5, seed: UInt64 = 1, changes: [Change] = []
    ) {
        self.name = name
        self.procedures = procedures
        self.positions = positions
        self.effectiveHoursPerYear = effectiveHoursPerYear
        self.calendar = calendar
        self.horizon = horizon
        self.replications = replications
        self.seed = seed
        self.changes = changes
    }

    /// One SOP as the office runs it.
    public struct Procedure: Hashable, Sendable {
        /// The file as the office file names it (relative to the office file's folder).
        public var path: String
        public var sop: SOP
        public var demand: Demand
        /// The completion promised for a case (a service standard such as 14 hari kerja).
        public var target: WorkDuration?
        /// The position id that fills each of the SOP's role ids.
        public var positions: [String: String]
        /// How long steps take, how decisions fall and the rework cap, as in a scenario file
        /// (`durasi`, `keputusan`, `batas_pengulangan`); arrivals and staff come from the office.
        public var settings: Scenario

        public init(
            path: String, sop: SOP, demand: Demand, target: WorkDuration? = nil,
            positions: [String: String], settings: Scenario? = nil
        ) {
            self.path = path
            self.sop = sop
            self.demand = demand
            self.target = target
            self.positions = positions
            self.settings = settings ?? Scenario(arrivals: .batch)
        }

        /// The SOP's title, else its file: what tables call it.
        public var title: String { sop.identity.title.isEmpty ? path : sop.identity.title }
    }

    /// How often cases of a procedure come.
    public enum Demand: Hashable, Sendable {
        /// Cases in a year, arriving at random (Poisson) through the working year.
        case perYear(Double)
        /// A mean interval of working time between random (Poisson) arrivals.
        case every(WorkDuration)
    }

    /// A position (jabatan) and the people in it.
    public struct Position: Hashable, Sendable {
        public var id: String
        public var name: String
        public var headcount: Int
        /// Rupiah an hour of a person's work costs (salary and allowances ÷ effective hours).
        public var costPerHour: Double?
        /// Days of leave a person takes in a year, taken off the effective hours.
        public var leaveDaysPerYear: Double
        /// The position's own working week, when it is not the office's: its hours a day set
        /// what a day of leave takes off.
        public var calendar: WorkCalendar?
        /// The position's own effective hours a year, when it is not the office's.
        public var effectiveHoursPerYear: Double?

        public init(
            id: String, name: String, headcount: Int, costPerHour: Double? = nil, leaveDaysPerYear: Double = 0,
            calendar: WorkCalendar? = nil, effectiveHoursPerYear: Double? = nil
        ) {
            self.id = id
            self.name = name
            self.headcount = headcount
            self.costPerHour = costPerHour
            self.leaveDaysPerYear = leaveDaysPerYear
            self.calendar = calendar
            self.effectiveHoursPerYear = effectiveHoursPerYear
        }
    }

    /// A named what-if for the whole office: other headcounts, and edits of some procedures.
    public struct Change: Hashable, Sendable {
        public var name: String
        /// Headcount per position id, in place of the office's.
        public var headcount: [String: Int]
        /// Demand per procedure path, in place of the office's.
        public var demand: [String: Demand]
        /// Steps merged or removed, per procedure path (as in a scenario's change).
        public var mergedSteps: [String: [StepMerge]]
        public var removedSteps: [String: [StepNumber]]

        public init(
            name: String, headcount: [String: Int] = [:], demand: [String: Demand] = [:],
            mergedSteps: [String: [StepMerge]] = [:], removedSteps: [String: [StepNumber]] = [:]
        ) {
            self.name = name
            self.headcount = headcount
            self.demand = demand
            self.mergedSteps = mergedSteps
            self.removedSteps = removedSteps
        }
    }
}

extension Office.Position {
    /// The hours one person of the position gives in a year: the office's (or its own)
    /// effective hours less its leave, each day of leave a working day of its calendar.
    public func effectiveHours(in office: Office) -> Double {
        let hoursPerDay = (calendar ?? office.calendar).hoursPerDay
        return max(0, (effectiveHoursPerYear ?? office.effectiveHoursPerYear) - leaveDaysPerYear * hoursPerDay)
    }
}

extension Office {
    /// The office as `change` makes it: its headcounts, demands and step edits in place.
    public func applying(_ change: Change?) -> Office {
        guard let change else { return self }
        var changed = self
        for index in changed.positions.indices {
            if let headcount = change.headcount[changed.positions[index].id] { changed.positions[index].headcount = headcount }
        }
        for index in changed.procedures.indices {
            let path = changed.procedures[index].path
            if let demand = change.demand[path] { changed.procedures[index].demand = demand }
            changed.procedures[index].settings.mergedSteps += change.mergedSteps[path] ?? []
            changed.procedures[index].settings.removedSteps += change.removedSteps[path] ?? []
        }
        return changed
    }
}
