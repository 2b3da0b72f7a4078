import Foundation
import Testing

/// The user chooses the language: SOPSH_LANG, the locale, `--lang`, or `language` at the
/// prompt and in init.sopsh; a language sopsh does not speak is an error, never English in silence.
@Suite struct LanguageChoice {
    static func language(_ run: SopshRun) throws -> String? {
        (try run.jsonValues().last as? [String: Any])?["language"] as? String
    }

    @Test func theLocaleAndSOPSH_LANGChooseAtStart() throws {
        let locale = try Sopsh.run(
            ["-c", "language --json"], environment: ["LANG": "id_ID.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "SOPSH_LANG": ""])
        #expect(try Self.language(locale) == "id", "\(locale)")
        let asked = try Sopsh.run(["-c", "language --json"], environment: ["LANG": "id_ID.UTF-8", "SOPSH_LANG": "en"])
        #expect(try Self.language(asked) == "en", "\(asked)")
        let flag = try Sopsh.run(["--lang", "id", "-c", "language --json"], environment: ["SOPSH_LANG": "en"])
        #expect(try Self.language(flag) == "id", "--lang wins: \(flag)")
    }

    @Test func anUnknownLanguageIsAnErrorThatListsTheKnownOnes() throws {
        let environment = try Sopsh.run(["-c", "print 1"], environment: ["SOPSH_LANG": "fr"])
        #expect(environment.status == 2 && environment.stdout.isEmpty, "\(environment)")
        #expect(
            environment.stderr.contains("SOPSH_LANG=fr is not a language sopsh speaks; it knows en (English), id (Bahasa Indonesia)"),
            "\(environment)")
        for arguments in [["--lang", "fr", "-c", "print 1"], ["check", "--lang", "fr", "examples/bench-seed.yaml"]] {
            let flag = try Sopsh.run(arguments)
            #expect(flag.status == 2 && flag.stderr.contains("--lang fr is not a language sopsh speaks"), "\(arguments): \(flag)")
        }
        let command = try Sopsh.run("language fr")
        #expect(command.status == 1 && command.errorOutput.hasPrefix("-c:1:10: error: `fr` is not a language sopsh speaks"), "\(command)")
    }

    @Test func languageSwitchesForTheRestOfTheSession() throws {
        let run = try Sopsh.run(["--keep-going", "-c", "language fr; language id; language fr; language en; language fr"])
        // The word for an error is Indonesian too after `language id`.
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": kesalahan: ") }
        try #require(errors.count == 3, "\(run)")
        #expect(errors[0].contains("is not a language sopsh speaks"), "English first: \(run)")
        #expect(errors[1].contains("kesalahan: `fr` bukan bahasa yang dikenal sopsh"), "Indonesian after `language id`: \(run)")
        #expect(errors[2].contains("is not a language sopsh speaks"), "English again: \(run)")
    }

    @Test func initSopshCanChooseTheLanguageOfThePrompt() throws {
        try TemporaryFolder.with { home in
            try FileManager.default.createDirectory(atPath: home.path("config/sopsh"), withIntermediateDirectories: true)
            try "language id\n".write(toFile: home.path("config/sopsh/init.sopsh"), atomically: true, encoding: .utf8)
            let terminal = try TerminalSession([], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "), "\(terminal.screen)")
            terminal.type("language\r")
            #expect(terminal.waitFor("Bahasa: Bahasa Indonesia (id); sopsh mengenal"), "\(terminal.screen)")
            terminal.type("quit\r")
            #expect(terminal.exitStatus() == 0)
        }
    }

    @Test func helpOfTheCommandLineSpeaksTheLanguageToo() throws {
        let english = try Sopsh.run(["--help"])
        #expect(english.stdout.hasPrefix("OVERVIEW: A shell for Standard Operating Procedures"), "\(english)")
        let indonesian = try Sopsh.run(["--help"], environment: ["SOPSH_LANG": "id"])
        for word in ["IKHTISAR: Shell untuk Standar Operasional Prosedur", "PENGGUNAAN: sopsh", "OPSI:", "Menampilkan bantuan."] {
            #expect(indonesian.stdout.contains(word), "\(word): \(indonesian)")
        }
        #expect(!indonesian.stdout.contains("OPTIONS:") && !indonesian.stdout.contains("Show help information."), "\(indonesian)")
        for arguments in [["--lang", "id", "check", "--help"], ["check", "--lang", "id", "--help"]] {
            let check = try Sopsh.run(arguments)
            #expect(check.status == 0 && check.stdout.hasPrefix("IKHTISAR: Memeriksa berkas SOP"), "\(arguments): \(check)")
        }
    }

    @Test func theCatalogueLogListsThePatternsASessionRenders() throws {
        try TemporaryFolder.with { folder in
            let log = folder.path("patterns.txt")
            let run = try Sopsh.run(["-c", "open examples/bench-seed.yaml; language fr"], environment: ["SOPSH_CATALOGUE_LOG": log])
            #expect(run.status == 1, "\(run)")
            let patterns = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            #expect(patterns.contains { $0.hasPrefix("Opened {1}: {2}") }, "\(patterns)")
            #expect(patterns.contains("{1} is not a language sopsh speaks; it knows {2}"), "\(patterns)")
        }
    }
}
