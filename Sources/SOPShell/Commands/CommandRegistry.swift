/// Every command of the shell, looked up by name, alias or Indonesian name.
enum CommandRegistry {
    static let all: [Command] = [
        .open, .save, .check, .info, .roles, .steps, .show, .assign, .link, .setTime,
        .start, .cases, .switchCase, .act, .todo, .who, .perform, .decide, .docs, .status, .log, .undo,
        .explain, .whereCase, .clock, .wait, .calendar, .walk, .resume, .saveRun, .replay, .simulate, .compare, .workload, .timeline,
        .help, .print, .exec, .quit, .language,
        .export, .flow
    ]

    static func command(named name: String) -> Command? {
        all.first { $0.names.contains(name) }
    }

    static var names: [String] { all.flatMap(\.names) }
}
