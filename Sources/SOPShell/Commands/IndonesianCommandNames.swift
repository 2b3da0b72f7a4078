/// The Indonesian names of the commands a trainer types in front of a class: `buka` for
/// `open`, `kerjakan` for `do`. They work in either language (a script written in one runs
/// in the other) and Tab completes them; `help` lists them first when sopsh speaks Indonesian.
/// The language's keywords (`let`, `if`, …) stay as they are.
enum IndonesianCommandNames {
    static let byCommand: [String: String] = [
        "open": "buka", "check": "periksa", "save": "simpan", "start": "mulai", "as": "sebagai",
        "do": "kerjakan", "decide": "putuskan", "undo": "batal", "simulate": "simulasi",
        "compare": "bandingkan", "help": "bantuan", "quit": "keluar", "language": "bahasa",
        "steps": "langkah", "roles": "pelaksana", "walk": "peragakan", "workload": "abk"
    ]

    /// The Indonesian name of `command`, if it has one.
    static func of(_ command: Command) -> String? { byCommand[command.name] }
}

extension Command {
    /// Every name the command answers to: its own, its aliases, its Indonesian name.
    var names: [String] { [name] + otherNames }

    /// The names besides its own, as its help page lists them.
    var otherNames: [String] { aliases + [IndonesianCommandNames.of(self)].compactMap { $0 } }
}
