import Foundation
import Testing

/// The language reference's examples are what newcomers copy first: every ```sopsh block of
/// docs/language.md must run as it stands, and where a line says what it gives (`expr  # 2`),
/// sopsh must give exactly that.
@Suite struct DocumentationExamples {
    static let blocks: [String] = {
        let page = (try? String(contentsOf: Sopsh.root.appendingPathComponent("docs/language.md"), encoding: .utf8)) ?? ""
        return page.components(separatedBy: "```sopsh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }()

    @Test func thePageHasExamples() {
        #expect(Self.blocks.count >= 15, "docs/language.md should hold its ```sopsh examples")
    }

    @Test("each example runs without an error", arguments: blocks.indices)
    func eachExampleRuns(_ index: Int) throws {
        let run = try Sopsh.run(["--norc", "-c", Self.blocks[index]])
        #expect(run.status == 0 && run.troubles.isEmpty, "example \(index + 1):\n\(Self.blocks[index])\n\(run)")
    }

    /// Blocks made only of expressions whose comments give their value: the built-in functions.
    @Test func examplesThatSayWhatTheyGiveGiveIt() throws {
        let described = Self.blocks.filter { $0.contains("len(names)") }
        #expect(described.count == 1)
        for block in described {
            let expected = block.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("let "), let mark = line.range(of: "# ") else { return nil }
                return String(line[mark.upperBound...])
            }
            let run = try Sopsh.run(["--norc", "-c", block])
            #expect(run.stdout.split(separator: "\n").map(String.init) == expected, "\(run)")
        }
    }
}
