import Foundation
import SOPRuntime
import Testing

/// `open` and `save`: every example survives a trip through the shell, saving is atomic and
/// only ever YAML, and unsaved work is never dropped silently.
@Suite struct DocumentCommands {
    /// What a script sees of an open SOP: its steps, cover and roles as JSON.
    static let views = "steps --json; info --json; roles --json"

    /// The library's YAML for `example` after `change`, the bytes `save` must write.
    /// What `save` writes to `path`: the example's editor schema line (pointed from the new
    /// folder), then sopsh's layout of its SOP after `change`.
    func expectedYAML(of example: String, savedTo path: String, change: (inout SOP) -> Void = { _ in }) throws -> String {
        let loaded = try SOPFile.open(Sopsh.root.appendingPathComponent(example).path).0
        var sop = loaded.sop
        change(&sop)
        return (loaded.schema?.line(savedTo: path) ?? "") + SOPYAMLWriter.write(sop)
    }

    @Test(arguments: Examples.yamlFiles)
    func everyExampleReadsTheSameAfterSavingThroughTheShell(_ example: String) throws {
        try TemporaryFolder.with { folder in
            let copy = folder.path("copy.yaml")
            let saving = try Sopsh.run("open \(example); save \(copy)")
            #expect(saving.status == 0, "\(saving)")
            #expect(saving.stderr.contains("Saved \(copy)"))

            let original = try Sopsh.run("open \(example); \(Self.views)")
            let reopened = try Sopsh.run("open \(copy) --json; \(Self.views)")
            #expect(reopened.status == 0, "\(reopened)")
            let opened = try #require(try reopened.jsonValues().first as? [String: Any])
            #expect(opened["errors"] as? Int == 0)
            #expect(try original.jsonValues().count == 3)
            #expect(Array(reopened.jsonTexts.dropFirst()) == original.jsonTexts)
        }
    }

    @Test func saveWritesTheWholeFileAndLeavesNoTemporaryFile() throws {
        try TemporaryFolder.with { folder in
            let target = folder.path("kebijakan.yaml")
            let first = try Sopsh.run("open \(Examples.seedYAML); save \(target)")
            #expect(first.status == 0, "\(first)")
            #expect(try folder.names() == ["kebijakan.yaml"])
            #expect(folder.read("kebijakan.yaml") == (try expectedYAML(of: Examples.seedYAML, savedTo: target)))

            // Replacing an existing file goes the same way.
            let second = try Sopsh.run("open \(Examples.seedYAML); assign 1 tim; save \(target)")
            #expect(second.status == 0, "\(second)")
            #expect(try folder.names() == ["kebijakan.yaml"])
            #expect(
                folder.read("kebijakan.yaml")
                    == (try expectedYAML(of: Examples.seedYAML, savedTo: target) { $0.steps[0].executors = ["tim"] }))
        }
    }

    @Test func saveWithoutAFileWritesBackToTheYAMLItWasOpenedFrom() throws {
        try TemporaryFolder.with { folder in
            let copy = try folder.write(
                try String(
                    contentsOf: Sopsh.root.appendingPathComponent(Examples.leaveRequest),
                    encoding: .utf8), to: "cuti.yaml")
            let run = try Sopsh.run("open \(copy); set-time 1 \"20 menit\"; save")
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("Saved \(copy)"))
            #expect(try folder.names() == ["cuti.yaml"])
            let reread = try SOPFile.open(copy).0.sop
            #expect(reread.steps[0].time.text == "20 menit")
        }
    }

    @Test func saveWithoutAFileAfterSavingAsGoesToTheNewFile() throws {
        try TemporaryFolder.with { folder in
            let target = folder.path("baru.yaml")
            let run = try Sopsh.run("open \(Examples.seedYAML); save \(target); assign 2 kepala; save")
            #expect(run.status == 0, "\(run)")
            #expect(
                folder.read("baru.yaml")
                    == (try expectedYAML(of: Examples.seedYAML, savedTo: target) { $0.steps[1].executors = ["kepala"] }))
            #expect(
                folder.read("baru.yaml") != (try expectedYAML(of: Examples.seedYAML, savedTo: target)), "the example itself is untouched")
        }
    }

    @Test func saveRefusesANameThatIsNotYAML() throws {
        try TemporaryFolder.with { folder in
            let target = folder.path("kebijakan.txt")
            let run = try Sopsh.run("open \(Examples.seedYAML); save \(target)")
            #expect(run.status == 1)
            #expect(run.stderr.contains("does not end in .yaml"), "\(run)")
            #expect(run.stderr.contains("hint: save \(folder.path("kebijakan.yaml"))"))
            #expect(try folder.names() == [])
        }
    }

    @Test func saveWithoutAFileAfterOpeningTableTextIsRefusedWithAHint() throws {
        let run = try Sopsh.run("open \(Examples.seedText); save")
        #expect(run.status == 1)
        #expect(run.stderr.contains("is table text"), "\(run)")
        #expect(run.stderr.contains("hint: give a file name: save"))
    }

    @Test func saveIntoAFolderThatDoesNotExistSaysSoAndWritesNothing() throws {
        try TemporaryFolder.with { folder in
            let run = try Sopsh.run("open \(Examples.seedYAML); save \(folder.path("tidak-ada/x.yaml"))")
            #expect(run.status == 1)
            #expect(run.stderr.contains("cannot write"), "\(run)")
            #expect(run.stderr.contains("hint:"))
            #expect(try folder.names() == [])
        }
    }

    @Test func openRefusesToDropUnsavedChangesUnlessForced() throws {
        let refused = try Sopsh.run(
            "open \(Examples.seedYAML); assign 1 tim; open \(Examples.leaveRequest); steps --json", keepGoing: true)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(Examples.seedYAML) has unsaved changes"), "\(refused)")
        #expect(refused.stderr.contains("--force"))
        let steps = try #require(try refused.jsonValues().first as? [[String: Any]])
        #expect(steps.first?["pelaksana"] as? [String] == ["tim"], "the changed seed is still open")

        let forced = try Sopsh.run("open \(Examples.seedYAML); assign 1 tim; open --force \(Examples.leaveRequest)")
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stderr.contains("Opened \(Examples.leaveRequest)"))
    }

    @Test func openAfterSavingOrUndoingNeedsNoForce() throws {
        try TemporaryFolder.with { folder in
            let saved = try Sopsh.run(
                "open \(Examples.seedYAML); assign 1 tim; save \(folder.path("x.yaml")); open \(Examples.leaveRequest)")
            #expect(saved.status == 0, "\(saved)")
        }
        let undone = try Sopsh.run("open \(Examples.seedYAML); assign 1 tim; assign 1 kepala; open \(Examples.leaveRequest)")
        #expect(undone.status == 0, "\(undone)")
    }

    @Test func tableTextOpensAsADraftWithItsErrorsCounted() throws {
        let run = try Sopsh.run("open \(Examples.seedText) --json")
        #expect(run.status == 0, "\(run)")
        let opened = try #require(try run.jsonValues().first as? [String: Any])
        #expect(opened["format"] as? String == "table-text")
        #expect(opened["draft"] as? Bool == true)
        #expect((opened["errors"] as? Int ?? 0) > 0)
        #expect(opened["judul_sop"] as? String == "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ")
    }
}
