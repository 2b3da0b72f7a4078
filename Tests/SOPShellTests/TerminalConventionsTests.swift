import Foundation
import Testing

/// What a person expects of a shell at a terminal, through a pseudo-terminal: a coloured prompt
/// that gives the colour back, plain text under NO_COLOR and TERM=dumb, `do` completing only what
/// can be done, history (Ctrl-R, duplicates, multi-line entries), ~/.editrc, the continuation
/// prompt, non-ASCII text edited in place, and tables aligned by what the eye sees.
@Suite(.serialized) struct TerminalConventionsTests {
    private static let escape = "\u{1B}["
    private static let reset = "\u{1B}[0m"

    /// sopsh at its first prompt in a fresh home (or started by `shellCommand`); `body` types
    /// into it; then Ctrl-D must leave it cleanly.
    private func atThePrompt(shellCommand: String? = nil, _ body: (TerminalSession, TemporaryFolder) throws -> Void) throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""), shellCommand: shellCommand)
            #expect(terminal.waitFor("sopsh › "), "\(terminal.screen)")
            try body(terminal, home)
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0, "\(terminal.screen)")
        }
    }

    /// The last colour sequence (`ESC[…m`) the terminal was sent before `text` (after `from`).
    private static func colour(before text: String, after from: String, in raw: String) -> String? {
        guard let start = raw.range(of: from), let end = raw.range(of: text, range: start.upperBound..<raw.endIndex) else { return nil }
        let sequences = raw[..<end.lowerBound].matches(of: /\x1B\[[0-9;]*m/)
        return sequences.last.map { String($0.output) }
    }

    /// The entries of the history file, as libedit writes them (a space is `\040`).
    private static func history(in home: TemporaryFolder) -> [String] {
        (home.read("state/sopsh/history") ?? "").split(separator: "\n").dropFirst().map(String.init)
    }

    // MARK: Colour

    @Test func theColouredPromptIsResetBeforeWhatIsTypedAndPrinted() throws {
        try atThePrompt(shellCommand: "unset NO_COLOR; exec SOPSH --norc") { terminal, _ in
            terminal.type("print keluaran")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nkeluaran\n"), "\(terminal.screen)")
            let raw = terminal.raw
            #expect(raw.contains("\u{1B}[1;36msopsh ›"), "the prompt is coloured: \(raw.debugDescription)")
            #expect(
                Self.colour(before: "print keluaran", after: "sopsh ›", in: raw) == Self.reset,
                "what is typed is not in the prompt's colour: \(raw.debugDescription)")
            #expect(
                Self.colour(before: "keluaran", after: "print keluaran", in: raw) == Self.reset,
                "output is not in the prompt's colour: \(raw.debugDescription)")
        }
    }

    /// NO_COLOR (which TerminalSession sets, with TERM=xterm) and a dumb terminal each turn
    /// colour off: no escape sequence at all, not even an error's coloured label.
    @Test("no colour under NO_COLOR or TERM=dumb", arguments: [nil, "unset NO_COLOR; TERM=dumb exec SOPSH --norc"])
    func noColourMeansNoEscapeSequence(_ shellCommand: String?) throws {
        try atThePrompt(shellCommand: shellCommand) { terminal, _ in
            terminal.type("print polos")
            terminal.press(.enter)
            terminal.type("salah-ketik")
            terminal.press(.enter)
            #expect(terminal.waitFor("\npolos\n") && terminal.waitFor("error:"), "\(terminal.screen)")
            #expect(!terminal.raw.contains(Self.escape), "\(terminal.raw.debugDescription)")
        }
    }

    // MARK: Completing `do`

    /// `do ⇥` offers the step the current role can do now in the current case: nothing to a role
    /// whose turn it is not, nothing at a decision (that is `decide`), the step to its executor;
    /// `decide ⇥` the decision's answers, to the role whose decision it is.
    @Test func tabAfterDoOrDecideOffersOnlyWhatTheRoleCanDoNow() throws {
        try atThePrompt { terminal, home in
            terminal.type("open examples/kebijakan-mutu-ukpbj.yaml; start at 2026-03-02T07:30; as tim")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Tim Pelaksana Fungsi UKPBJ"), "\(terminal.screen)")
            terminal.type("do ")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("error:"), "tim cannot do kepala's step 1: \(terminal.screen)")
            terminal.type("as kepala")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Kepala UKPBJ"), "\(terminal.screen)")
            terminal.type("do ")
            terminal.press(.tab)
            terminal.press(.enter)
            terminal.type("as tim; do; as kepala")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Kepala UKPBJ", count: 2), "\(terminal.screen)")
            terminal.type("do ")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("error:", count: 2), "step 3 is a decision: \(terminal.screen)")
            #expect(Self.history(in: home).filter { $0.hasPrefix("do") } == ["do\\040", "do\\0401\\040", "do\\040"])
            // `decide ⇥` offers the answers to kepala, whose decision it is, and nothing to tim.
            terminal.type("as tim")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Tim Pelaksana Fungsi UKPBJ", count: 2), "\(terminal.screen)")
            terminal.type("decide m")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("error:", count: 3), "tim cannot decide kepala's step 3: \(terminal.screen)")
            terminal.type("as kepala")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Kepala UKPBJ", count: 3), "\(terminal.screen)")
            terminal.type("decide m")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("Kepala UKPBJ", count: 4), "\(terminal.screen)")
            #expect(Self.history(in: home).filter { $0.hasPrefix("decide") } == ["decide\\040m", "decide\\040menyetujui\\040"])
        }
    }

    // MARK: History

    @Test func controlRFindsAnEarlierLine() throws {
        try atThePrompt { terminal, _ in
            terminal.type("print cari-satu")
            terminal.press(.enter)
            terminal.type("print lain-dua")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nlain-dua\n"), "\(terminal.screen)")
            terminal.type("\u{12}satu")
            terminal.press(.enter)
            #expect(terminal.waitFor("\ncari-satu\n", count: 2), "\(terminal.screen)")
        }
    }

    @Test func aLineRepeatedAtOnceIsKeptOnce() throws {
        try atThePrompt { terminal, home in
            for word in ["sebelum", "ulang", "ulang"] {
                terminal.type("print \(word)")
                terminal.press(.enter)
            }
            #expect(terminal.waitFor("\nulang\n", count: 2), "\(terminal.screen)")
            terminal.press(.up)
            terminal.press(.up)
            terminal.press(.enter)
            #expect(terminal.waitFor("\nsebelum\n", count: 2), "the second Up skips no repeat: \(terminal.screen)")
            #expect(Self.history(in: home) == ["print\\040sebelum", "print\\040ulang", "print\\040sebelum"])
        }
    }

    @Test func aBlockTypedOverTwoLinesIsRecalledWhole() throws {
        try atThePrompt { terminal, _ in
            terminal.type("if true {")
            terminal.press(.enter)
            terminal.type("print di-dalam }")
            terminal.press(.enter)
            #expect(terminal.waitFor("\ndi-dalam\n"), "\(terminal.screen)")
            terminal.press(.up)
            terminal.press(.enter)
            // The second line alone would be an error (`expected a value, found }`).
            #expect(terminal.waitFor("\ndi-dalam\n", count: 2), "Up gave back both lines: \(terminal.screen)")
            #expect(!terminal.screen.contains("error"), "\(terminal.screen)")
        }
    }

    // MARK: Configuration and prompts

    @Test func aBindLineInTheEditrcIsHonoured() throws {
        try TemporaryFolder.with { home in
            // Ctrl-G does nothing in libedit's emacs keys; the user's ~/.editrc makes it go to the start.
            try home.write("sopsh:bind ^G ed-move-to-beg\n", to: ".editrc")
            let terminal = try TerminalSession(home: home.path(""), shellCommand: "unset EDITRC; exec SOPSH --norc")
            #expect(terminal.waitFor("sopsh › "), "\(terminal.screen)")
            terminal.type("dari-editrc\u{07}print ")
            terminal.press(.enter)
            #expect(terminal.waitFor("\ndari-editrc\n"), "\(terminal.screen)")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0, "\(terminal.screen)")
        }
    }

    @Test func anOpenBlockShowsTheContinuationPrompt() throws {
        try atThePrompt { terminal, _ in
            terminal.type("if true {")
            terminal.press(.enter)
            #expect(terminal.waitFor("sopsh › if true {\n      … "), "\(terminal.screen)")
            terminal.type("print tertutup }")
            terminal.press(.enter)
            #expect(terminal.waitFor("\ntertutup\nsopsh › "), "the usual prompt is back: \(terminal.screen)")
        }
    }

    // MARK: Text beyond ASCII

    /// Characters inserted before é, an emoji and a wide character, moving left over each.
    @Test func accentsEmojiAndWideCharactersAreEditedInPlace() throws {
        try atThePrompt { terminal, _ in
            terminal.type("print \"é👍本\"")
            terminal.press(.left)  // "
            terminal.press(.left)  // 本
            terminal.type("日")
            terminal.press(.left)  // 日
            terminal.press(.left)  // 👍
            terminal.press(.left)  // é
            terminal.type("ü")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nüé👍日本\n"), "\(terminal.screen)")
        }
    }

    /// Wide (日本) and combining (e + U+0301) characters take the columns they are seen in.
    @Test func aTableWithWideAndCombiningCharactersIsAligned() throws {
        try atThePrompt { terminal, home in
            let sop = """
                pelaksana:
                  - id: jp
                    nama: 日本チーム
                    jumlah: 2
                  - id: kafe
                    nama: "Cafe\u{301} Sentral"
                    jumlah: 3
                kegiatan:
                  - nomor: 1
                    uraian_kegiatan: Menyiapkan bahan
                    pelaksana: jp
                    mutu_baku:
                      waktu: 1 jam
                      output: bahan
                  - nomor: 2
                    uraian_kegiatan: Menyajikan bahan
                    pelaksana: kafe
                    mutu_baku:
                      persyaratan_kelengkapan: bahan
                      waktu: 1 jam
                      output: sajian

                """
            let path = try home.write(sop, to: "lebar.yaml")
            terminal.type("open \(path); roles")
            terminal.press(.enter)
            #expect(terminal.waitFor("Cafe\u{301} Sentral"), "\(terminal.screen)")
            let table = """
                Id    Name          Staff  Steps
                ────  ────────────  ─────  ─────
                jp    日本チーム    2      1
                kafe  Cafe\u{301} Sentral  3      2
                """
            #expect(terminal.waitFor(table), "\(terminal.screen)")
        }
    }
}
