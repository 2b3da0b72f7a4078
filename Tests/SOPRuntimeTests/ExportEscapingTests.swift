import Foundation
import SOPRuntime
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text that would break a careless writer: markup characters, quotes of both kinds, line
/// breaks, backslashes, Markdown and Mermaid syntax, emoji, Indonesian. Every format's reader
/// must accept the file and give back the text as it was written in the SOP.
@Suite struct ExportEscaping {
    static let role = #"Kepala "R&D" <Inti> & 'Tim' \ 🚀"#
    static let title = #"Laporan "Bulanan" <Q1> & ringkasan #1 | 50% ]]> \n selesai"#
    static let activity = "Menyusun rancangan\nlaporan “final” <b>tebal</b> & 'kutip' 😀 — Pengelolaan Keuangan Daerah"
    static let question = "Memeriksa | pipa `kode` [tautan](x) *miring* _garis_ #35; #quot;"
    static let answers = [#"menyetujui "ya""#, "perlu <perbaikan> & #revisi"]

    static func nasty() -> SOP {
        var sop = TestSOPs.clean()
        sop.identity.title = title
        sop.identity.organisation = ["Dinas <Kominfo> & \"Persandian\""]
        sop.roles[0].name = role
        sop.steps[0].activity = activity
        sop.steps[1].activity = question
        sop.steps[1].decision = Decision(answers: [
            Answer(label: answers[0], target: .step(StepNumber(3))),
            Answer(label: answers[1], target: .step(StepNumber(1)))
        ])
        sop.steps[2].notes = "bel\u{7} dan tab\tdi sini"
        return sop
    }

    @Test func graphvizReadsEveryLabelBackAsWritten() throws {
        let drawn = try Consumer.dot(DOTWriter.write(Self.nasty()))
        #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(drawn)")
        let texts = try Consumer.xml(drawn.stdout).elements(named: "text").compactMap(\.stringValue)
        #expect(texts.contains(Self.role))
        // Graphviz draws each line of a label as a text of its own.
        let all = texts.joined(separator: " ")
        for piece in ["<b>tebal</b> &", "'kutip' 😀", "“final”", "[tautan](x)", Self.answers[0], Self.answers[1]] {
            #expect(all.contains(piece), "\(piece) is drawn as written")
        }
    }

    @Test func mermaidParsesItAndItsEntityCodesStandForTheOriginalText() throws {
        let (parsed, error) = try Consumer.mermaid(MermaidWriter.write(Self.nasty()))
        let graph = try #require(parsed, "Mermaid refused it: \(error)")
        // What Mermaid shows for a label: the parser keeps an entity code `#name;` as
        // ﬂ°name¶ß (a number as ﬂ°°number¶ß) and the browser shows the HTML entity it becomes;
        // <br> is a line break.
        func shown(_ text: String) -> String {
            var out = text.replacingOccurrences(of: "<br>", with: "\n")
            let named = ["quot": "\"", "lt": "<", "gt": ">", "amp": "&"]
            while let match = out.firstMatch(of: /ﬂ°(°?)(\w+)¶ß/) {
                let name = String(match.output.2)
                let character =
                    match.output.1.isEmpty
                    ? named[name] ?? "?" : Int(name).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "?"
                out.replaceSubrange(match.range, with: character)
            }
            return out
        }
        let subgraphs = try #require(graph["subGraphs"] as? [[String: Any]])
        #expect(subgraphs.compactMap { ($0["title"] as? String).map(shown) }.contains(Self.role))
        let vertices = try #require(graph["vertices"] as? [String: [String: Any]])
        let labels = vertices.values.compactMap { ($0["text"] as? String).map(shown) }
        #expect(labels.contains { $0.replacingOccurrences(of: "\n", with: " ").contains("<b>tebal</b> & 'kutip' 😀") })
        #expect(
            labels.contains { $0.replacingOccurrences(of: "\n", with: " ").contains("#35; #quot;") }, "a literal entity code stays literal")
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(Set(edges.compactMap { ($0["text"] as? String).map(shown) }).isSuperset(of: Self.answers))
    }

    @Test func theXMLFormatsParseAndGiveTheTextBack() throws {
        let sop = Self.nasty()
        let bpmn = BPMNWriter.write(sop)
        #expect(try Consumer.xmllint(bpmn, schema: Consumer.bpmnSchema).status == 0)
        let model = try Consumer.xml(bpmn)
        #expect(model.elements(named: "lane").first?.value("name") == Self.role)
        #expect(model.elements(named: "process").first?.value("name") == Self.title)
        #expect(model.elements(named: "userTask").first?.value("name") == "1. " + Self.activity, "a line break survives in an attribute")
        #expect(model.elements(named: "sequenceFlow").compactMap { $0.value("name") } == Self.answers)
        #expect(
            model.elements(named: "documentation").contains { $0.stringValue?.contains("bel dan tab\tdi sini") == true },
            "a control character XML cannot hold is dropped, a tab kept")

        // Foundation's parser recovers from broken markup, so xmllint judges well-formedness.
        #expect(try Consumer.xmllint(SVGFlowchartWriter.write(sop)).status == 0)
        #expect(try Consumer.xmllint(HTMLFormWriter.write(sop)).status == 0)
        let svg = try Consumer.xml(SVGFlowchartWriter.write(sop))
        #expect(svg.elements(named: "title").first?.stringValue == Self.title)
        #expect(svg.elements(named: "text").compactMap(\.stringValue).joined(separator: " ").contains(Self.answers[1]))

        let html = try Consumer.xml(HTMLFormWriter.write(sop))
        let cells = html.elements(named: "td").compactMap(\.stringValue)
        #expect(cells.contains(Self.activity.replacingOccurrences(of: "\n", with: "")), "the cell holds the text, its line break a <br/>")
        #expect(html.elements(named: "th").compactMap(\.stringValue).contains(Self.role))
        #expect(html.elements(named: "b").isEmpty, "text that looks like markup stays text")
    }

    @Test func aMarkdownTableKeepsItsColumnsWhateverTheCellsSay() throws {
        let markdown = MarkdownTableWriter.write(Self.nasty())
        let tables = try Consumer.markdownTables(markdown)
        try #require(tables.count == 2)
        for table in tables {
            for row in table.rows { #expect(row.count == table.header.count, "every row has as many cells as the header: \(row)") }
        }
        #expect(tables[1].header.contains(Self.role))
        #expect(
            tables[1].rows.map { $0.dropFirst().first } == [Self.activity, Self.question, "Menandatangani laporan bulanan"],
            "pipes, backslashes, markup and a line break (a <br>) read back as the text")
        #expect(tables[1].rows.dropFirst().first?.last == "\(Self.answers[0]) → 3; \(Self.answers[1]) → 1")
        #expect(!markdown.contains("<b>") && markdown.contains("&lt;b&gt;tebal&lt;/b&gt;"))
    }
}
