import SOPRuntime

/// Every flag of the shell, each declared once. Commands list the ones they take and read them
/// by these names (`invocation.text(.width)`), so a flag misspelt in a command is a compile
/// error, and `help`, the usage line, the manual page and completion say what the code reads.
extension Command.Flag {
    /// Every command takes `--json`: print the result as JSON instead of for people.
    static let json = Self(name: "json", summary: "print the result as JSON")

    // MARK: Documents and views

    static let force = Self(name: "force", summary: "discard unsaved changes of the open SOP")
    static let zone = Self(name: "zone", value: "OFFSET", summary: "csv and xes: the clock's offset from UTC, such as +07:00")
    static let width = Self(name: "width", value: "N", summary: "draw for N columns instead of the terminal's width")
    static let caseName = Self(name: "case", value: "NAME", summary: "highlight where this case of the run is")

    // MARK: Training runs

    static let all = Self(name: "all", summary: "every case, not only the current one")
    static let took = Self(name: "took", value: "DURATION", summary: "the time it actually took")
    static let answers = Self(name: "answers", value: "A,B,…", summary: "the answers to give at the decisions, in order")
    static let asNeeded = Self(name: "as-needed", value: "DURATION", summary: "the time a step without a standard time takes")
    static let noPause = Self(name: "no-pause", summary: "do not wait for Enter between steps")
    static let simulated = Self(name: "simulated", value: "N", summary: "case N of the last simulation's first replication")

    // MARK: How big a simulation is

    static let cases = Self(
        name: "cases", value: "N", summary: "cases per replication (default 1000, or the file's)", example: "--cases 1000")
    static let replications = Self(
        name: "replications", value: "N", summary: "independent runs (default 5, or the file's)", example: "--replications 5")
    static let seed = Self(name: "seed", value: "N", summary: "the random seed (default 1, or the file's)", example: "--seed 1")
    static let threads = Self(
        name: "threads", value: "N", summary: "threads to spread replications over (default: every core)", example: "--threads 2")

    // MARK: What a simulation's scenario assumes (ScenarioOverrides reads them)

    static let every = Self(
        name: "every", value: "DURATION", summary: "Poisson arrivals, one every DURATION on average (default 1d)", example: "--every 40h")
    static let rate = Self(
        name: "rate", value: "N/PERIOD", summary: "Poisson arrivals, N per hour, day, week or month (20/month)",
        example: "--rate 20/month")
    static let interval = Self(name: "interval", value: "DURATION", summary: "one case exactly every DURATION", example: "--interval 8h")
    static let at = Self(
        name: "at", value: "TIME,…", summary: "one case at each date and time, such as 2026-03-02T07:30",
        example: "--at 2026-03-02T07:30,2026-03-02T09:00")
    static let batch = Self(name: "batch", value: "N", summary: "N cases all at once at the start", example: "--batch 50")
    static let arrivalFactor = Self(
        name: "arrival-factor", value: "X", summary: "X times as many arrivals per unit of time (1.5: half again)",
        example: "--arrival-factor 1.5")
    static let horizon = Self(
        name: "horizon", value: "DURATION", summary: "arrivals stop after this much working time (or at --cases)", example: "--horizon 6mo")
    static let start = Self(
        name: "start", value: "DATE-TIME", summary: "when the simulated period begins (default Mon 2026-01-05)",
        example: "--start 2026-03-02T07:30")
    static let staff = Self(
        name: "staff", value: "ROLE=N,…", summary: "people per role instead of the SOP's", completes: .roles(then: "="),
        example: "--staff tim=4,kepala=1")
    static let assign = Self(
        name: "assign", value: "STEP=ROLE+…,…", summary: "who does a step instead of the SOP's executors", completes: .stepRoles,
        example: "--assign 5=kepala,8=tim+atasan")
    static let distribution = Self(
        name: "distribution", value: "D", summary: "fixed, uniform, triangular, exponential, lognormal or normal",
        completes: .words(DurationModel.Distribution.allCases.map(\.rawValue)), example: "--distribution exponential")
    static let spread = Self(
        name: "spread", value: "X", summary: "the width around the standard time (default 0.5)", example: "--spread 0.5")
    static let range = Self(
        name: "range", value: "uniform|triangular", summary: "how a range such as 1-2 jam is drawn (default uniform)",
        completes: .words(["uniform", "triangular"]), example: "--range triangular")
    static let time = Self(
        name: "time", value: "STEP=DURATION,…", summary: "a step's own time (needed by a step “Sesuai kebutuhan”)",
        completes: .steps(then: "="), example: "--time \"5=2h,11=1 jam 30 menit\"")
    static let decide = Self(
        name: "decide", value: "STEP:ANSWER=P,…", summary: "an answer's probability, 0.3 or 30%; forward answers share the rest",
        completes: .decisions, example: "--decide \"3:perlu perbaikan=0.3,11:1=25%\"")
    static let reworkCap = Self(
        name: "rework-cap", value: "N", summary: "reworks allowed per case, then the shortest way out (default 10)",
        example: "--rework-cap 10")
    static let caseTypes = Self(
        name: "case-types", value: "NAME=SHARE:P,…", summary: "kinds of case: share of the arrivals, priority (higher first)",
        example: "--case-types mendesak=0.2:1,biasa=0.8")
    static let remove = Self(
        name: "remove", value: "STEP,…", summary: "take steps out of the procedure", completes: .steps(then: ""), example: "--remove 7,8")
    static let merge = Self(
        name: "merge", value: "STEP+STEP,…", summary: "do two steps as one (the first leads straight to the second)",
        completes: .steps(then: "+"), example: "--merge 9+10")
    static let calendar = Self(
        name: "calendar", value: "office|24h|FILE", summary: "the work calendar or a calendar file (default: the session's)",
        completes: .wordsOrFile(["office", "24h"]), example: "--calendar examples/kalender-kantor-2026.yaml")

    // MARK: What a simulation writes, and the office

    static let scenario = Self(name: "scenario", value: "NAME", summary: "which scenario of the file to run (default its baseline)")
    static let events = Self(
        name: "events", value: "FILE", summary: "write every step of every case to FILE (.csv or .xes)", completes: .file)
    static let report = Self(name: "report", value: "FILE", summary: "write the report as one HTML page", completes: .file)
    static let effectiveHours = Self(
        name: "effective-hours", value: "H", summary: "effective hours of one person a year (default the file's, or 1250)")
    static let level = Self(name: "level", value: "P", summary: "the share of cases that must finish within a target (default 0.9)")
    static let noSimulation = Self(name: "no-simulation", summary: "the analysis alone, without simulating the office")
    static let tasks = Self(name: "tasks", summary: "list each position's tasks")
    static let csv = Self(name: "csv", value: "FILE", summary: "write one row per position to FILE", completes: .file)
    static let tasksCSV = Self(name: "tasks-csv", value: "FILE", summary: "write one row per task to FILE", completes: .file)
}
