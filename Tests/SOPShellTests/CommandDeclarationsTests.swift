import Foundation
import Testing

/// Every command is declared once, as a `Command` value in Sources/SOPShell/Commands, with the
/// flags it takes. A command left out of the registry would never run; a usage line or a
/// help page naming a flag the command does not take would send a user to an error.
@Suite struct CommandDeclarations {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SOPShell")

    /// The names of the commands the sources declare: `static let x = Command(name: "x", …`.
    static func declaredNames() throws -> [String] {
        let files =
            FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var names: [String] = []
        for file in files {
            let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            names += Self.names(in: source)
        }
        return names
    }

    static func names(in source: String) -> [String] {
        let pattern = #"static let \w+ = Command\(\s*name: "([^"]+)""#
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: source, range: NSRange(source.startIndex..., in: source)).compactMap {
            Range($0.range(at: 1), in: source).map { String(source[$0]) }
        }
    }

    @Test func theScanFindsADeclaration() {
        #expect(Self.names(in: "static let walk = Command(\n        name: \"walk\", group: .running,") == ["walk"])
        #expect(Self.names(in: "let walk = Command.walk").isEmpty)
    }

    @Test func everyDeclaredCommandIsRegistered() throws {
        let declared = try Self.declaredNames()
        #expect(declared.count > 40, "the scan finds the commands in \(Self.sources.path)")
        let overview = try Sopsh.run("help").stdout
        let listed = Set(
            overview.split(separator: "\n").compactMap { $0.hasPrefix("  ") ? $0.split(separator: " ").first.map(String.init) : nil })
        for name in declared {
            #expect(listed.contains(name), "`\(name)` is declared but not in CommandRegistry.all, so it never runs")
        }
    }

    /// The flags `help NAME` lists: `  --width N   draw for N columns…`.
    static func listedFlags(_ page: String) -> [String] {
        guard let section = page.components(separatedBy: "flags:\n").last?.components(separatedBy: "\n\n").first else { return [] }
        return section.split(separator: "\n").compactMap { line in
            line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
        }.filter { $0.hasPrefix("--") }
    }

    @Test func theUsageLineNamesOnlyFlagsTheCommandTakes() throws {
        for name in try Self.declaredNames() {
            let page = try Sopsh.run("help \(name)").stdout
            let usage = page.split(separator: "\n").first.map(String.init) ?? ""
            let listed = Self.listedFlags(page)
            #expect(listed.contains("--json"), "help \(name) lists its flags: \(page)")
            let inUsage = usage.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
                .filter { $0.hasPrefix("--") && $0 != "--FLAG" }
            for flag in inUsage {
                #expect(listed.contains(flag), "the usage of \(name) shows \(flag), which help does not list: \(usage)")
            }
        }
    }

    /// Each flag that help lists is one the command reads: given, it is never "has no flag".
    @Test func everyListedFlagIsTakenByItsCommand() throws {
        for name in try Self.declaredNames() where !["quit", "walk", "exec"].contains(name) {
            let listed = Self.listedFlags(try Sopsh.run("help \(name)").stdout)
            for flag in listed {
                let run = try Sopsh.run("\(name) \(flag) x")
                #expect(!run.stderr.contains("has no flag"), "\(name) \(flag): \(run.stderr)")
            }
        }
    }
}
