import Foundation
import Testing

/// `help`: every command listed, each one explained with its usage and examples that work.
@Suite struct Help {
    static let commands = [
        "open", "save", "check", "info", "roles", "steps", "show", "assign", "link",
        "set-time", "help", "quit"
    ]

    @Test func helpListsEveryCommandWithItsSummary() throws {
        let run = try Sopsh.run("help")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        for command in Self.commands {
            let line = lines.first { $0.hasPrefix("  \(command) ") }
            #expect(line != nil, "help does not list \(command)")
            #expect((line?.count ?? 0) > command.count + 10, "\(command) has no summary")
        }
    }

    /// The language has no `?` token, so help must not offer it as an alias.
    @Test func helpOffersNoAliasThatCannotBeTyped() throws {
        #expect(!(try Sopsh.run("help help").stdout.contains("aliases: ?")))
    }

    @Test(arguments: commands)
    func helpForACommandShowsItsUsageFlagsAndExamples(_ command: String) throws {
        let run = try Sopsh.run("help \(command)")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("usage: \(command)"), "\(run)")
        #expect(run.stdout.contains("--json"))
        #expect(run.stdout.contains("examples:\n  "))
    }

    @Test func helpLinkShowsTheUsageForDecisionsAndSteps() throws {
        let run = try Sopsh.run("help link")
        #expect(run.stdout.hasPrefix("usage: link STEP ANSWER TARGET | link STEP TARGET"), "\(run)")
        #expect(run.stdout.contains("  link 3 menyetujui 5"))
        #expect(run.stdout.contains("  link 3 \"perlu perbaikan\" 2"))
    }

    /// The examples a user copies from `help` work on the seed SOP the examples talk about.
    @Test(arguments: ["show", "assign", "link", "set-time"])
    func examplesInHelpRunOnTheSeed(_ command: String) throws {
        let page = try Sopsh.run("help \(command)").stdout
        let examples =
            page.components(separatedBy: "examples:\n").last?
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        try #require(!examples.isEmpty, "\(page)")
        for example in examples {
            let run = try Sopsh.run("open \(Examples.seedYAML); \(example)")
            #expect(run.status == 0, "`\(example)` from help \(command) fails on the seed: \(run.stderr)")
        }
    }

    @Test func helpOfAnUnknownCommandSaysSoAndSuggests() throws {
        let unknown = try Sopsh.run("help nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("-c:1:6: error: there is no command `nope`"), "\(unknown)")
        #expect(unknown.stderr.contains("hint: "))

        let typo = try Sopsh.run("help lnk")
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("hint: did you mean `link`?"), "\(typo)")
    }
}
