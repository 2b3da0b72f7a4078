import Foundation
import Testing

@testable import SOPShell

/// What the prompt asks of the parser before it runs a line: is this text a whole program,
/// or does it need more lines (an open block, bracket or string), or is it wrong whatever
/// follows? A text judged incomplete keeps the prompt waiting; a complete one runs.
@Suite("SyntaxCheck")
struct SyntaxCheckTests {
    /// Texts that end in the middle of a construct that more lines can finish.
    static let unfinished: [String] = [
        "if true {",
        "if x > 1 {\n  print x",
        "if x { print 1 } else {",
        "if x { print 1 } else if y {\n",
        "while i < 3 {",
        "for r in roles {\n  print $r.id\n",
        "for i in 1..3 {\n  for j in 1..3 {\n    print $i $j\n  }",
        "proc total(a, b) {",
        "proc total(a, b) {\n  return a + b",
        "try {\n  error \"x\"\n} catch e {",
        "let l = [1, 2,",
        "let l = [\n  1,\n  2",
        "let r = {nama: \"Ani\",",
        "let r = {\n  nama: \"Ani\"",
        "let x = (1 +",
        "print (1 +",
        "let x = max(1,",
        "let x = f(\n  1",
        "let l = [1, 2][",
        "let s = \"no closing quote",
        "print \"Halo,\n",
        "let s = 'single quoted",
        "print \"${1 + 2",
        "print \"${len([1, 2]",
        "proc f(",
        "let total = 1 +",
        "let t = 8h *\n",
        "let ok = a and",
        "for i in 1 ..",
        "print satu \\",
        "print satu\\",
        "let x = 1 \\",
        "proc f(a,",
        "proc f(a, b = 1",
        "proc f(a = [1,",
        "print \"${ \"}\" ",
        "print \"${ {a: 1}",
        "let x = 1\nif x > 0 {"
    ]

    @Test("an open block, bracket, list, record, string, `${` or parameter list is incomplete", arguments: unfinished)
    func unfinishedTextIsIncomplete(_ text: String) {
        #expect(SyntaxCheck.of(text) == .incomplete, "\(text.debugDescription)")
    }

    /// Whole programs, some with braces and brackets where they do not open anything.
    static let whole: [String] = [
        "",
        "   ",
        "# only a comment",
        "\n\n",
        "open examples/kebijakan-mutu-ukpbj.yaml",
        "assign 3 kepala; link 3 menyetujui 5",
        "set-time 12 \"1 jam\"",
        "steps --json",
        "let x = 1",
        "let x = 1; x = x + 1",
        "let total = 1 +\n    2",
        "print tiga \\\n      empat",
        "print a\\\nb",
        "1 + 2 * 3",
        "90m + 1h30m",
        "2026-03-02T08:30 + 8h",
        "let l = [1, 2, 3]; l[0] = 9",
        "let r = {a: 1, b: [1, {c: 2}]}; r.a = 3",
        "let r = {}; let l = []",
        "if x { print 1 } else if y { print 2 } else { print 3 }",
        "if x {\n  print 1\n} else {\n  print 2\n}",
        "while i < 3 { i = i + 1 }",
        "for i in 1..10 { if i == 5 { break }; continue }",
        "proc f(a, b = 1) { return a + b }",
        "proc f() {\n  return\n}",
        "try { error \"x\" } catch e { print $e.message }",
        "try { 1 / 0 } catch { print gagal }",
        "assert 1 + 1 == 2 \"aritmetika\"",
        "exit 3",
        "source examples/tour.sopsh",
        "print \"}\"",
        "print \"{\"",
        "if true { print \"}\" }",
        "if true { print \"{ not a block\" }",
        "if true { print '}' }",
        "print \"${ {a: 1}.a }\"",
        "print \"${\"}\"}\"",
        "print \"${ \"x\" + \"}\" }\"",
        "print \"a { b } c\"",
        "print \"\\${not interpolated\"",
        "print 'raw ${ not open'",
        "print \"escaped \\\" quote\"",
        "# } a brace in a comment",
        "if true { # } not the end\n  print 1\n}",
        "if true {\n  # {\n  print 1\n}",
        "let l = [1, # ]\n  2]",
        "print a \\\n  b",
        "let x = (1 +\n  2)",
        "let l = [\n  1,\n  2,\n]",
        "print \"${ '}' }\"",
        "if true { print \"# not a comment }\" }",
        "print \"${ \"${ \"}\" }\" }\"",
        "let r = {a: \"}\", b: '{'}",
        "proc f(a = \"}\") { return a }",
        "print \"tulis \\${nama}\""
    ]

    @Test("a whole program is complete, never incomplete", arguments: whole)
    func wholeProgramIsComplete(_ text: String) {
        #expect(SyntaxCheck.of(text) == .complete, "\(text.debugDescription)")
    }

    /// The example scripts: long, real programs with every kind of statement.
    static let exampleScripts: [String] = {
        let folder = Sopsh.root.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".sopsh") }.sorted().map { "examples/" + $0 }
    }()

    @Test("each example script is complete", arguments: exampleScripts)
    func exampleScriptIsComplete(_ path: String) throws {
        let text = try String(contentsOf: Sopsh.root.appendingPathComponent(path), encoding: .utf8)
        #expect(SyntaxCheck.of(text) == .complete)
    }

    /// Errors that no further line can mend.
    static let wrong: [String] = [
        "let = 5",
        "let 5 = 5",
        "let x = 3 )",
        "let x = *",
        "1 2",
        ")",
        "}",
        "]",
        "let x = 5 ^ 2",
        "let x = @",
        "print \"bad \\q escape\"",
        "let d = 5x",
        "let d = 1h30",
        "if true print 1",
        "for x of [1] { }",
        "proc f(a = 1, b) { }",
        "try { } finally { }",
        "let r = {1: 2}",
        "[1 2]",
        "1 + 2 = 3",
        "let x = if",
        "print \"${1 2}\"",
        "let x = 1 + ; print 2",
        "let x = 1 +\n\nlet y = 2",
        "print \"${1 + }\"",
        "print \"${(1 + 2}\""
    ]

    @Test("a real error is invalid, with a message that says where", arguments: wrong)
    func realErrorIsInvalid(_ text: String) throws {
        let result = SyntaxCheck.of(text)
        guard case .invalid(let message) = result else {
            Issue.record("\(text.debugDescription) should be invalid, was \(result)")
            return
        }
        #expect(message.contains("error:"), "\(message)")
        #expect(message.contains(":1:"), "the message names the line and column: \(message)")
    }

    @Test("a line that is only a closing bracket is an error, not a request for more")
    func strayClosingBracketIsNotIncomplete() {
        for text in ["}", ")", "]", "if true { } }"] {
            #expect(SyntaxCheck.of(text) != .incomplete, "\(text.debugDescription)")
        }
    }

    @Test("the names given as commands decide which lines are commands")
    func commandNamesDecideCommands() {
        // After a command, `[1` and `+` are bare words; after a variable, `[` opens an index.
        #expect(SyntaxCheck.of("steps [1 +") == .complete)
        #expect(SyntaxCheck.of("steps [1 +", commands: ["steps"]) == .complete)
        #expect(SyntaxCheck.of("steps [1 +", commands: []) == .incomplete)
    }
}

/// The keywords as the parser and Tab see them. Each test walks `Keyword.allCases`, so a
/// keyword that the parser's refusal of names or the completer's words leave out fails here.
@Suite("Keywords")
struct KeywordTests {
    /// Where a name is declared, `KW` standing for the keyword, and what the parser expected there.
    static let declarations = [
        ("let KW = 1", "a variable name after `let`"),
        ("for KW in 1..2 { print 1 }", "a loop variable after `for`"),
        ("try { print 1 } catch KW { print 2 }", "the error's name after `catch`")
    ]

    @Test("no keyword can name a variable, a loop variable or the error a catch holds", arguments: Keyword.allCases, declarations)
    func keywordIsRefusedAsAName(_ keyword: Keyword, _ declaration: (text: String, expected: String)) {
        let text = declaration.text.replacingOccurrences(of: "KW", with: keyword.rawValue)
        let result = SyntaxCheck.of(text)
        guard case .invalid(let message) = result else {
            Issue.record("`\(text)` should be refused, was \(result)")
            return
        }
        #expect(message.contains("expected \(declaration.expected), found `\(keyword.rawValue)`"), "\(message)")
    }

    @Test("Tab offers at the start of a line exactly the keywords that start a statement", arguments: Keyword.allCases)
    func completionOffersTheKeywordsThatStartAStatement(_ keyword: Keyword) {
        let completer = Completer(session: Session(), variables: [], procedures: [])
        let offered = completer.complete(keyword.rawValue).candidates.contains(keyword.rawValue)
        #expect(offered == keyword.startsStatement, "`\(keyword.rawValue)` offered: \(offered)")
    }
}
