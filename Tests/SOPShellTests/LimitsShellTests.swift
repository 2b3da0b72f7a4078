import Foundation
import SOPShell
import Testing

/// The shell at the edge: scripts nested a hundred thousand deep, megabytes on one line,
/// recursion without end, numbers too large for anything, times of zero, a rework loop taken
/// every time, a file too large to open. Each ends in a clear message that names the file,
/// line and column (or in a counted warning), never in a crash; and each takes time and memory
/// in proportion to its size.
@Suite struct LimitsShell {
    static let depth = 100_000

    /// Scripts nested `depth` deep, each in its own way.
    static let deepScripts: [String: String] = [
        "parentheses": "print (" + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth + 1),
        "lists": "let x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
        "records": "let x = " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth),
        "blocks": String(repeating: "if true {", count: depth) + "print 1" + String(repeating: "}", count: depth),
        "procedures": String(repeating: "proc f() {", count: depth) + String(repeating: "}", count: depth),
        "calls": "let x = " + String(repeating: "len(", count: depth) + "[]" + String(repeating: ")", count: depth),
        "minus signs": "let x = " + String(repeating: "- ", count: depth) + "1",
        "a chain of additions": "let x = 1" + String(repeating: "+1", count: depth),
        "fields": "let r = {a: 1}\nlet x = r" + String(repeating: ".a", count: depth),
        "interpolations": "print " + String(repeating: "\"${", count: depth) + "1" + String(repeating: "}\"", count: depth)
    ]

    @Test("a script nested 100 000 deep stops with “nested too deeply” at its place", arguments: deepScripts.keys.sorted())
    func deepScriptIsRefused(_ name: String) throws {
        let script = try #require(Self.deepScripts[name])
        try TemporaryFolder.with { folder in
            let path = try folder.write(script, to: "dalam.sopsh")
            let run = try Sopsh.run([path])
            #expect(run.status == 1, "\(run.stderr.prefix(500))")
            let place = try #require(
                run.stderr.firstMatch(of: /dalam\.sopsh:(\d+):(\d+): error: nested too deeply/), "\(run.stderr.prefix(500))")
            let line = try #require(script.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(Int(place.1)! - 1).first)
            #expect((1...line.count + 1).contains(Int(place.2)!))
        }
    }

    /// `body`'s result, computed on a thread with a stack as large as the one sopsh runs its
    /// prompt and scripts on (`Shell.onLargeStack`): a test thread's is far smaller.
    static func onLargeStack(_ body: @escaping @Sendable () -> SyntaxCheck) -> SyntaxCheck {
        final class Box: @unchecked Sendable { var value: SyntaxCheck? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 1 << 28
        thread.start()
        done.wait()
        return box.value!
    }

    @Test("at the prompt, text nested 100 000 deep is invalid, not incomplete and not a crash")
    func deepTextAtThePrompt() {
        let check = Self.onLargeStack { SyntaxCheck.of(String(repeating: "(", count: Self.depth)) }
        guard case .invalid(let message) = check else {
            Issue.record("judged \(check)")
            return
        }
        #expect(message.contains("nested too deeply"))
    }

    @Test("nesting short of the bound runs")
    func nestingWithinTheBoundRuns() throws {
        let parentheses = String(repeating: "(", count: 400) + "1" + String(repeating: ")", count: 400)
        let run = try Sopsh.run(
            """
            print (\(parentheses))
            print (1\(String(repeating: "+1", count: 899)))
            \(String(repeating: "if true {", count: 300))print selesai\(String(repeating: "}", count: 300))
            """)
        #expect(run.status == 0 && run.stdout == "1\n900\nselesai\n", "\(run)")
    }

    @Test("recursion 100 000 deep stops at the bound on procedure calls")
    func deepRecursionStops() throws {
        let run = try Sopsh.run("proc turun(n) { if n == 0 { return 0 }; return 1 + turun(n - 1) }\nprint (turun(100000))")
        #expect(run.status == 1)
        #expect(run.stderr.contains("-c:1:52: error: too deep: more than 2000 procedure calls"), "\(run)")
    }

    @Test("megabytes on one line: a string, a bare word and a list of 200 000 items")
    func longLines() throws {
        let text = String(repeating: "Menyusun laporan ", count: 200_000)  // 3.4 MB
        let items = (1...200_000).map(String.init).joined(separator: ", ")
        try TemporaryFolder.with { folder in
            let path = try folder.write(
                """
                let s = "\(text)"
                print (len(s))
                print \(String(repeating: "x", count: 1_000_000))
                let l = [\(items)]
                print (len(l)) (l[-1])
                """, to: "panjang.sopsh")
            let run = try Sopsh.run([path], timeout: 60)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "\(text.count)\n\(String(repeating: "x", count: 1_000_000))\n200000 200000\n")
        }
    }

    @Test("a value built 20 000 deep is refused where it would be written out, and the script goes on")
    func deepValueIsNotWrittenOut() throws {
        let run = try Sopsh.run("let x = {}\nfor i in 1..20000 { x = {a: x} }\nprint --json (x)\nprint (len(x))", keepGoing: true)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.hasPrefix("-c:3:14: error: the value is nested more than 1000 deep, too deep to write out"), "\(run.stderr)")
        #expect(run.stdout == "1\n", "\(run)")
    }

    @Test("numbers too large for a time are errors at their place, and so are numbers beyond the exact range")
    func hugeNumbers() throws {
        let duration = try Sopsh.run("let d = 99999999999999999999h")
        #expect(duration.status == 1 && duration.stderr.contains("-c:1:9: error:") && duration.stderr.contains("too large"), "\(duration)")
        let time = try Sopsh.run("open examples/kebijakan-mutu-ukpbj.yaml; set-time 2 \"99999999999999999999 jam\"")
        #expect(time.status == 1 && time.stderr.contains("-c:1:53: error:") && time.stderr.contains("too large"), "\(time)")
        let product = try Sopsh.run("print (99999999999999999999 * 99999999999999999999)")
        #expect(product.status == 1 && product.stderr.hasPrefix("-c:1:8: error: `99999999999999999999` is beyond the range"), "\(product)")
    }

    @Test("times of zero: a case takes no time, and a simulation finishes every case in zero hours")
    func zeroTimes() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("nol.yaml")
            let run = try Sopsh.run(
                """
                open examples/bench-seed.yaml
                for s in steps { set-time $s.nomor "0 menit" }
                save \(path)
                start k at 2026-03-02T07:30; as kepala; do; wait 0m
                simulate --cases 50 --every 1h --replications 2
                """)
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("step 1 done by Kepala UKPBJ, Mon 2 Mar 2026 07:30 → Mon 2 Mar 2026 07:30 (0 menit)"), "\(run)")
            #expect(run.stdout.contains("100 of 100 cases finished"), "\(run)")
            // Two replications that agree exactly still show their interval, of width 0.
            #expect(run.stdout.contains("mean 0.00 ±0.00  p50 0.00 ±0.00  p90 0.00 ±0.00  p95 0.00 ±0.00  max 0.00"), "\(run)")
            #expect(!run.stdout.contains(/(?i)\bnan\b|\binf\b/), "\(run)")
        }
    }

    @Test("a rework loop taken with probability 1 ends at the cap, and the report counts the hits")
    func certainReworkLoopEnds() throws {
        try TemporaryFolder.with { folder in
            let scenario = try folder.write(
                """
                kedatangan: {pola: tetap, selang: 8 jam}
                jumlah_kasus: 20
                replikasi: 2
                kalender: sepanjang_waktu
                keputusan:
                  "3": {perlu perbaikan: 1}
                  "6": {perlu perbaikan: 100%}
                batas_pengulangan: 3
                """, to: "ulang.yaml")
            let run = try Sopsh.run("open examples/kebijakan-mutu-ukpbj.yaml; simulate \(scenario)")
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.contains("40 of 40 cases finished"), "\(run)")
            #expect(run.stdout.contains("Rework: 120 loops back (3.00 ±0.00 a case), cap 3 hit 80 times"), "\(run)")
        }
    }

    @Test("a file over the size limit is refused before it is read, at file:1:1")
    func oversizedFile() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("besar.yaml")
            FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 65 * 1_048_576)  // sparse: nothing is written
            try handle.close()
            let run = try Sopsh.run(["check", path])
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("\(path):1:1: error: the file is 65 MB"), "\(run)")
        }
    }
}
