import Foundation
import Testing

/// A trainer types the commands of a class in Indonesian: `buka`, `mulai`, `sebagai`,
/// `kerjakan`, `putuskan`… work in either language, Tab completes them, and `help` lists them
/// first when sopsh speaks Indonesian.
@Suite struct IndonesianCommands {
    static let walk = [
        "buka examples/bench-seed.yaml", "periksa", "mulai k1 at 2026-03-02T07:30", "sebagai kepala", "kerjakan",
        "sebagai tim", "kerjakan", "sebagai kepala", "putuskan \"perlu perbaikan\"", "batal", "langkah --json", "bahasa --json"
    ]

    @Test(arguments: ["en", "id"])
    func theClassroomsCommandsRunInEitherLanguage(_ language: String) throws {
        let run = try Sopsh.run(["--lang", language, "-c", Self.walk.joined(separator: "\n")])
        #expect(run.status == 0, "\(run)")
        let values = try run.jsonValues()
        #expect((values.first as? [Any])?.count == 11, "langkah lists the 11 steps: \(run)")
        #expect((values.last as? [String: Any])?["language"] as? String == language, "\(run)")
        let english = try Sopsh.run(["--lang", language, "-c", Self.walk.map(Self.inEnglish).joined(separator: "\n")])
        #expect(english.stdout == run.stdout, "the Indonesian names are the same commands")
    }

    /// The same statement with the command's English name.
    static func inEnglish(_ statement: String) -> String {
        let names = [
            "buka": "open", "periksa": "check", "mulai": "start", "sebagai": "as", "kerjakan": "do",
            "putuskan": "decide", "batal": "undo", "langkah": "steps", "bahasa": "language"
        ]
        let word = String(statement.prefix { $0 != " " })
        return (names[word] ?? word) + statement.dropFirst(word.count)
    }

    @Test func helpListsTheIndonesianNamesFirstInIndonesian() throws {
        let indonesian = try Sopsh.run(["--lang", "id", "-c", "bantuan"])
        for listed in [
            "buka (open)", "simpan (save)", "periksa (check)", "mulai (start)", "sebagai (as)", "kerjakan (do)",
            "putuskan (decide)", "batal (undo)", "simulasi (simulate)", "bandingkan (compare)", "bantuan (help)", "keluar (quit)"
        ] {
            #expect(indonesian.stdout.contains("\n  \(listed) "), "\(listed): \(indonesian.stdout.prefix(600))")
        }
        let english = try Sopsh.run("help")
        #expect(!english.stdout.contains("buka"), "English lists English names")
        #expect(try Sopsh.run("help open").stdout.contains("aliases: buka"), "each command's page names its Indonesian name")
    }

    @Test func tabCompletesTheIndonesianNames() throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("bantu")
            terminal.press(.tab)
            terminal.type("kerja")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("usage: do [STEP]"), "bantuan kerjakan = help do: \(terminal.screen)")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0, "\(terminal.screen)")
        }
    }
}
