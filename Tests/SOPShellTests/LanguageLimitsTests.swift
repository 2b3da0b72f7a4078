import Foundation
import Testing

/// The language has limits, not crashes: a value that grows without end, arithmetic that leaves
/// the range where doubles are exact, and a script that is not text each end in an error at
/// their place, with a hint, and the shell goes on with its state as it was before the error.
@Suite struct LanguageLimits {
    /// The error line sopsh prints first, and whether a hint follows it.
    private func refusal(_ run: SopshRun) -> (first: String, hinted: Bool) {
        let lines = run.stderr.split(separator: "\n").map(String.init)
        return (lines.first ?? "", lines.contains { $0.hasPrefix("  hint: ") })
    }

    @Test(
        "a text doubled forever stops at 64 MiB with an error at the `+`; the shell goes on as before the loop",
        arguments: ["s = s + s", "s = \"${s}${s}\""])
    func textGrowingForever(_ doubling: String) throws {
        let run = try Sopsh.run(["--keep-going"], stdin: "let s = \"x\"\nwhile true { \(doubling) }\nprint (len(s))\n", timeout: 60)
        let (first, hinted) = refusal(run)
        #expect(
            first.hasPrefix("<stdin>:2:")
                && first.contains("error: the text would be 128 MiB long, more than sopsh holds in one value (64 MiB)"), "\(run.stderr)")
        #expect(hinted)
        #expect(run.stdout == "1\n", "a failed statement leaves the variables as they were: \(run.stdout)")
        #expect(run.status == 1)
    }

    @Test("a list doubled forever stops at 10 000 000 items; the shell goes on as before the loop")
    func listGrowingForever() throws {
        let run = try Sopsh.run(["--keep-going"], stdin: "let l = [1]\nwhile true { l = l + l }\nprint (len(l))\n", timeout: 60)
        let (first, hinted) = refusal(run)
        #expect(
            first == "<stdin>:2:20: error: the list would have 16777216 items, more than sopsh holds in one value (10 000 000)",
            "\(run.stderr)")
        #expect(hinted)
        #expect(run.stdout == "1\n", "\(run.stdout)")
    }

    @Test(
        "a list that holds itself twice, forty times over, can be counted but not written out",
        arguments: ["str(l)", "l", "print $l", "\"${l}\"", "join(l)", "\"a\" + l"])
    func sharedTreeIsNotWrittenOut(_ writing: String) throws {
        let run = try Sopsh.run("let l = [1]; for i in 1..40 { l = [l, l] }; print (len(l)); \(writing)")
        let (first, hinted) = refusal(run)
        #expect(run.stdout == "2\n", "\(run)")
        #expect(
            first.hasPrefix("-c:1:") && first.hasSuffix("error: the value holds more than 10 000 000 items, too much to write out"),
            "\(run.stderr)")
        #expect(hinted && run.status == 1)
    }

    /// Arithmetic that would give `inf`, `nan` or a number past 10¹⁵, with the column of its error.
    static let overflowing: [(script: String, column: Int, words: String)] = [
        ("round(1.5, 1000000000)", 1, "`round` keeps -15 to 15 decimal places, not 1000000000"),
        ("let x = 1; for i in 1..400 { x = x * 1000 }; x", 36, "is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)"),
        ("1 / 0.0000000000000000001", 3, "1e+19 is beyond the range sopsh computes exactly"),
        ("minutes(100000000000000000000)", 9, "`100000000000000000000` is beyond the range sopsh computes exactly"),
        ("hours(100000000000000)", 1, "the duration is beyond what sopsh computes with (10¹⁵ minutes)"),
        ("let d = 1d; for i in 1..100 { d = d * 1000 }", 37, "the duration is beyond what sopsh computes with"),
        ("date(\"2026-01-01\") + minutes(100000000000000)", 20, "the date falls in the year 190134457, outside the years 1 to 9999"),
        ("12345678901234567890", 1, "`12345678901234567890` is beyond the range sopsh computes exactly"),
        ("num(\"1e400\")", 1, "“1e400” is not a number"),
        ("num(\"nan\")", 1, "“nan” is not a number"),
        ("num(\"99999999999999999\")", 1, "“99999999999999999” is beyond the range sopsh computes exactly"),
        ("num(\"abc\")", 1, "“abc” is not a number"),
        ("sqrt(-1)", 1, "cannot take the square root of a negative number (-1)")
    ]

    @Test(
        "arithmetic that overflows, and numbers past the exact range, are errors at their place with a hint",
        arguments: 0..<overflowing.count)
    func overflowIsAnError(_ index: Int) throws {
        let (script, column, words) = Self.overflowing[index]
        let run = try Sopsh.run(script)
        let (first, hinted) = refusal(run)
        #expect(first.hasPrefix("-c:1:\(column): error: ") && first.contains(words), "\(script): \(run.stderr)")
        #expect(hinted, "\(script): \(run.stderr)")
        #expect(run.status == 1 && !run.stdout.contains(/(?i)\bnan\b|\binf\b/), "\(script): \(run)")
    }

    @Test("numbers inside the range stay exact, at the edge too")
    func edgeOfTheRange() throws {
        let run = try Sopsh.run("print (999999999999999); print (0 - 999999999999999); print (round(2.555, 2)); print (num(\"3,5\"))")
        #expect(run.status == 0 && run.stdout == "999999999999999\n-999999999999999\n2.56\n3.5\n", "\(run)")
    }

    @Test("a NUL in a script is refused at its line and column, from a file, `source` or stdin")
    func nulInAScript() throws {
        try TemporaryFolder.with { folder in
            let path = try folder.write("print \"satu\"\nlet s = \"a\u{0}b\"\n", to: "nul.sopsh")
            let file = try Sopsh.run([path])
            #expect(
                refusal(file).first == "\(path):2:11: error: this is a binary file, not a script (a NUL byte stands here)", "\(file.stderr)"
            )
            #expect(file.stdout.isEmpty && file.status == 1, "nothing of it runs: \(file)")

            let sourced = try Sopsh.run("print awal\nsource \(path)")
            #expect(
                refusal(sourced).first == "\(path):2:11: error: this is a binary file, not a script (a NUL byte stands here)",
                "\(sourced.stderr)")

            let piped = try Sopsh.run([], stdin: "print \"satu\"\nlet s = \"a\u{0}b\"\nprint dua\n")
            let (first, hinted) = refusal(piped)
            #expect(first == "<stdin>:2:11: error: a NUL character stands here: a script is text, and text holds no NUL", "\(piped.stderr)")
            #expect(hinted && !piped.stderr.contains("\u{0}"), "the NUL itself is not echoed to the terminal")
        }
    }

    @Test("a script that is not UTF-8 names the line and column of the first bad byte")
    func scriptNotUTF8() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("latin1.sopsh")
            try Data("print \"ok\"\nlet kafe = \"caf".utf8 + [0xE9] + Data("\"\n".utf8)).write(to: URL(fileURLWithPath: path))
            for run in [try Sopsh.run([path]), try Sopsh.run("source \(path)")] {
                let (first, hinted) = refusal(run)
                #expect(first == "\(path):2:16: error: the file is not UTF-8 text (an invalid byte stands here)", "\(run.stderr)")
                #expect(hinted && run.status == 1)
            }
        }
    }
}
