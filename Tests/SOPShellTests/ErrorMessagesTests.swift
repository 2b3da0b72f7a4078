import Foundation
import Testing

/// Every message a user sees says what is wrong, where (`source:line:column`) and how to fix
/// it (a hint, often "did you mean …").
@Suite struct ErrorMessages {
    /// Runs `text` with `-c` after opening `file` (nil: nothing opened) and returns stderr from
    /// its error on; the run must fail.
    func error(of text: String, after file: String? = Examples.seedYAML) throws -> (stderr: String, source: String) {
        let source = file.map { "open \($0); " + text } ?? text
        let run = try Sopsh.run(source)
        #expect(run.status == 1, "\(run)")
        return (String(run.errorOutput), source)
    }

    /// `-c:LINE:COLUMN: error: ` for the first place `part` stands in `source`.
    func prefix(at part: String, in source: String, file: String = "-c") throws -> String {
        let place = try #require(source.location(of: part))
        return "\(file):\(place.line):\(place.column): error: "
    }

    /// A mistyped command, as typed with its arguments, and the command that was meant.
    static let mistypedCommands = [
        ("opne examples/kebijakan-mutu-ukpbj.yaml", "open"), ("stps", "steps"), ("sav baru.yaml", "save"),
        ("asign 3 kepala", "assign"), ("set-tme 12 \"1 jam\"", "set-time")
    ]

    @Test(arguments: mistypedCommands)
    func unknownCommandSuggestsTheNearestAtItsPlace(_ statement: String, _ meant: String) throws {
        let typo = String(statement.prefix { $0 != " " })
        let (stderr, source) = try error(of: "help; \(statement)", after: nil)
        #expect(stderr.hasPrefix(try prefix(at: typo, in: source)), "\(stderr)")
        #expect(stderr.contains("`\(typo)`"), "\(stderr)")
        #expect(stderr.contains("did you mean `\(meant)`?"), "\(stderr)")
    }

    @Test func stepThatDoesNotExistListsTheSteps() throws {
        let (stderr, source) = try error(of: "show 99")
        #expect(stderr.hasPrefix(try prefix(at: "99", in: source) + "there is no step 99"), "\(stderr)")
        #expect(stderr.contains("hint: the steps are: 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12"))
    }

    @Test func wordThatIsNotAStepNumberSaysHowToWriteOne() throws {
        let (stderr, source) = try error(of: "assign tiga kepala")
        #expect(stderr.hasPrefix(try prefix(at: "tiga", in: source) + "`tiga` is not a step number"), "\(stderr)")
        #expect(stderr.contains("hint: write a number such as 3"))
    }

    @Test func unknownRoleSuggestsTheNearestAndListsTheRoles() throws {
        let (stderr, source) = try error(of: "assign 3 atsan")
        #expect(stderr.hasPrefix(try prefix(at: "atsan", in: source) + "there is no role `atsan`"), "\(stderr)")
        #expect(stderr.contains("did you mean `atasan`?"))
        #expect(stderr.contains("kepala (Kepala UKPBJ), sekretariat (Sekretariat UKPBJ)"))
    }

    @Test func ambiguousRolePrefixNamesTheCandidates() throws {
        // In the leave request, `pe` begins pegawai, pejabat and “Pengelola Kepegawaian”.
        let (stderr, source) = try error(of: "assign 1 pe", after: Examples.leaveRequest)
        #expect(stderr.hasPrefix(try prefix(at: "pe\n", in: source + "\n")), "\(stderr)")  // the last word
        #expect(stderr.contains("could be any of: pegawai, kepegawaian, pejabat"), "\(stderr)")
        #expect(stderr.contains("hint: write more of the role's id or name"))
    }

    @Test func unknownAnswerListsTheDecisionsAnswers() throws {
        let (stderr, source) = try error(of: "link 3 ditolak 2")
        #expect(stderr.hasPrefix(try prefix(at: "ditolak", in: source) + "step 3 has no answer “ditolak”"), "\(stderr)")
        #expect(stderr.contains("its answers are “menyetujui”, “perlu perbaikan”"))
    }

    @Test func linkOfADecisionWithoutAnAnswerSaysWhichAnswersThereAre() throws {
        let (stderr, _) = try error(of: "link 6 7")
        #expect(stderr.contains("step 6 is a decision"), "\(stderr)")
        #expect(stderr.contains("hint: link 6 ANSWER 7, with ANSWER one of “menyetujui”, “perlu perbaikan”"))
    }

    @Test func linkToAStepThatDoesNotExistIsRefused() throws {
        let (stderr, source) = try error(of: "link 9 42")
        #expect(stderr.hasPrefix(try prefix(at: "42", in: source) + "there is no step 42 to lead to"), "\(stderr)")
    }

    @Test func timeThatCannotBeReadShowsHowToWriteOne() throws {
        let (stderr, source) = try error(of: "set-time 3 \"dua jam\"")
        #expect(stderr.hasPrefix(try prefix(at: "\"dua jam\"", in: source) + "“dua jam” is not a time"), "\(stderr)")
        #expect(stderr.contains("hint: write it like 30 menit, 1 jam 30 menit"))
    }

    @Test func unknownFlagSuggestsTheNearest() throws {
        let (stderr, source) = try error(of: "steps --jsn")
        #expect(stderr.hasPrefix(try prefix(at: "--jsn", in: source) + "`steps` has no flag --jsn"), "\(stderr)")
        #expect(stderr.contains("hint: did you mean --json?"))
    }

    @Test func tooFewArgumentsShowsTheUsage() throws {
        let (stderr, source) = try error(of: "set-time 3")
        #expect(stderr.hasPrefix(try prefix(at: "set-time", in: source) + "too few arguments for `set-time`"), "\(stderr)")
        #expect(stderr.contains("hint: usage: set-time STEP TIME"))
    }

    @Test func tooManyArgumentsPointsAtTheFirstExtraOne() throws {
        let (stderr, source) = try error(of: "show 1 2")
        #expect(stderr.hasPrefix(try prefix(at: "2", in: source) + "too many arguments for `show`"), "\(stderr)")
        #expect(stderr.contains("hint: usage: show STEP"))
    }

    @Test(arguments: ["info", "roles", "steps", "show 1", "assign 1 tim", "link 1 2", "set-time 1 \"1 jam\"", "save", "check"])
    func commandsOnTheOpenSOPSayNoneIsOpen(_ statement: String) throws {
        let (stderr, _) = try error(of: statement, after: nil)
        #expect(stderr.hasPrefix("-c:1:1: error: no SOP is open"), "\(stderr)")
        #expect(stderr.contains("hint: open one first: open "))
    }

    @Test func errorInAScriptNamesTheFileLineAndColumn() throws {
        try TemporaryFolder.with { folder in
            let text = "open \(Examples.seedYAML)\n\n  # then the steps\n  show 3; show 4\n"
            let script = try folder.write(text, to: "langkah.sopsh")
            let run = try Sopsh.run([script])
            #expect(run.status == 1)
            #expect(run.errorOutput.hasPrefix(try prefix(at: "4\n", in: text, file: script) + "there is no step 4"), "\(run)")
        }
    }

    @Test func unclosedQuoteReportsWhereTheStringStarts() throws {
        let source = "help\nassign 1 \"Kepala UKPBJ\nshow 1"
        let run = try Sopsh.run(source)
        #expect(run.status == 1)
        #expect(run.errorOutput.hasPrefix("-c:2:10: error: the string that starts here is not closed"), "\(run)")
        #expect(run.stderr.contains("hint: add the closing \""))
    }

    /// A file that is not there is the script's mistake: reported at the argument that names it.
    @Test func openOfAMissingFileNamesItAtTheArgument() throws {
        let (stderr, _) = try error(of: "open examples/tidak-ada.yaml", after: nil)
        #expect(stderr.hasPrefix("-c:1:6: error: no such file: examples/tidak-ada.yaml"), "\(stderr)")
        #expect(stderr.contains("hint:"))
    }

    @Test func openOfBrokenYAMLReportsTheFilesLineAndColumn() throws {
        try TemporaryFolder.with { folder in
            let broken = try folder.write(
                "identitas:\n  judul_sop: Contoh\npelaksana:\n  - id: kepala\n    nama: [tidak ditutup\n",
                to: "rusak.yaml")
            let (stderr, _) = try error(of: "open \(broken)", after: nil)
            #expect(stderr.hasPrefix("\(broken):"), "\(stderr)")
            #expect(stderr.range(of: #"^[^:]+:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(stderr)")
        }
    }
}
