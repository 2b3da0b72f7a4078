import Foundation
import SOPRuntime
import Testing

/// The reader and checker agree with schema/sop.schema.json on every value its patterns and
/// enums decide: the patterns are read from the schema itself, so a change on either side that
/// is not made on the other fails here. And YAML tags, which the format does not define, are
/// refused where they stand.
@Suite struct SchemaAgreement {
    /// The schema's `$defs` entry `name`, read afresh (a `[String: Any]` cannot be a shared constant).
    static func definition(_ name: String) -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/sop.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        let schema = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return (schema["$defs"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    /// Whether the whole of `text` matches the schema's `pattern` (JSON Schema patterns are
    /// ECMA regular expressions; these use only what NSRegularExpression reads the same way).
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// An SOP whose second role has id `id` and whose second step has number `number`, as YAML.
    static func document(roleID id: String = "tim", number: String = "2", target: String = "2") -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return """
            identitas: {judul_sop: Uji Skema}
            pelaksana:
              - {id: kepala, nama: Kepala}
              - {id: \(quoted(id)), nama: Tim}
            kegiatan:
              - nomor: 1
                uraian_kegiatan: Memeriksa berkas
                pelaksana: \(quoted(id))
                mutu_baku: {persyaratan_kelengkapan: berkas, waktu: 1 jam, output: hasil periksa}
                keputusan:
                  - {jawaban: menyetujui, ke: \(quoted(target))}
                  - {jawaban: perlu perbaikan, ke: 1}
              - nomor: \(quoted(number))
                uraian_kegiatan: Menandatangani surat
                pelaksana: kepala
                mutu_baku: {persyaratan_kelengkapan: hasil periksa, waktu: 1 jam, output: surat}
            """
    }

    /// The codes of the errors sopsh gives for `yaml`: what the reader found and what `check` finds.
    static func errors(in yaml: String) throws -> Set<Diagnostic.Code> {
        let loaded = try SOPYAMLReader.read(yaml, file: "skema.yaml")
        return Set((loaded.diagnostics + loaded.sop.check()).filter { $0.severity == .error }.map(\.code))
    }

    static let roleIDs = [
        "tim", "kepala-ukpbj", "tim_2", "a", "t9", "x-", "Tim", "tIM", "2tim", "-tim", "_tim", "",
        "tim teknis", "tim.teknis", "😀tim", "tim😀", "éva", "tím", "ｔｉｍ", "tim\t", "ıtim", "tim/2"
    ]

    @Test("a role id is valid exactly when the schema's roleID pattern accepts it", arguments: roleIDs)
    func roleIDsAgree(_ id: String) throws {
        let pattern = try #require(Self.definition("roleID")["pattern"] as? String)
        let refused = try Self.errors(in: Self.document(roleID: id)).contains(.roleBadID)
        #expect(
            refused == !Self.matches(pattern, id),
            "schema \(Self.matches(pattern, id) ? "accepts" : "refuses") `\(id)`, sopsh \(refused ? "refuses" : "accepts") it")
    }

    static let stepNumbers = [
        "2", "2.", "2.1", "2.1.3", "0", "999999999", "1234567890", "2.1234567890", "+2", "-2", "2..1",
        ".2", "2,1", " 2", "2 ", "٢", "2a", "a", "1e3", "0x2"
    ]

    @Test("a quoted step number is valid exactly when the schema's stepNumber pattern accepts it", arguments: stepNumbers)
    func stepNumbersAgree(_ number: String) throws {
        let forms = try #require(Self.definition("stepNumber")["oneOf"] as? [[String: Any]])
        let pattern = try #require(forms.compactMap { $0["pattern"] as? String }.first)
        let refused = try Self.errors(in: Self.document(number: number, target: "1")).contains(.yamlShape)
        #expect(
            refused == !Self.matches(pattern, number),
            "schema \(Self.matches(pattern, number) ? "accepts" : "refuses") `\(number)`, sopsh \(refused ? "refuses" : "accepts") it")
    }

    @Test("an answer leads to a step number or to one of the schema's words for the end")
    func targetsAgree() throws {
        let forms = try #require(Self.definition("target")["oneOf"] as? [[String: Any]])
        let words = try #require(forms.compactMap { $0["enum"] as? [String] }.first)
        #expect(!words.isEmpty)
        for word in words { #expect(!(try Self.errors(in: Self.document(target: word)).contains(.yamlShape)), "`ke: \(word)`") }
        for word in ["Selesai", "finish", " selesai", "2 "] {
            #expect(try Self.errors(in: Self.document(target: word)).contains(.yamlShape), "`ke: \(word)` is neither")
        }
    }

    @Test("a role named twice among a step's executors is an error, as the schema's uniqueItems says")
    func repeatedExecutorIsAnError() throws {
        let yaml = Self.document().replacingOccurrences(of: "pelaksana: \"tim\"", with: "pelaksana: [tim, tim]")
        #expect(try Self.errors(in: yaml).contains(.stepRepeatedExecutor))
    }

    static let tagged = [
        "!!binary aGVsbG8=", "!!int 3", "!!float 1.5", "!!bool yes", "!!null ''", "!rahasia Memeriksa berkas",
        "!<tag:example.org,2026:x> Memeriksa"
    ]

    @Test("a YAML tag the format does not define is an error at its line and column", arguments: tagged)
    func tagsAreRefused(_ value: String) throws {
        let yaml = Self.document().replacingOccurrences(of: "uraian_kegiatan: Memeriksa berkas", with: "uraian_kegiatan: \(value)")
        let loaded = try SOPYAMLReader.read(yaml, file: "skema.yaml")
        let tag = loaded.diagnostics.first { $0.message.contains("YAML tag") }
        #expect(tag?.severity == .error && tag?.location?.line == 7 && tag?.location?.column == 22, "\(loaded.diagnostics)")
        #expect(tag?.hint != nil)
    }

    @Test("tags that only restate what a value is are allowed")
    func restatingTagsAreAllowed() throws {
        let yaml = Self.document()
            .replacingOccurrences(of: "uraian_kegiatan: Memeriksa berkas", with: "uraian_kegiatan: !!str Memeriksa berkas")
            .replacingOccurrences(of: "identitas: {judul_sop: Uji Skema}", with: "identitas: !!map {judul_sop: Uji Skema}")
        let loaded = try SOPYAMLReader.read(yaml, file: "skema.yaml")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.sop.steps.first?.activity == "Memeriksa berkas")
    }
}
