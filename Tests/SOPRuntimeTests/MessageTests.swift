import SOPRuntime
import Testing

/// Messages are written in English where they are used and rendered through a catalogue:
/// what is interpolated is an argument and stays as it is; the rest is the pattern a
/// translation replaces.
@Suite struct Messages {
    @Test func interpolatedValuesBecomeArgumentsOfAPattern() {
        let path = "kebijakan {mutu}.yaml"
        let message: Message = "no such file: \(path)"
        #expect(message.pattern == "no such file: {1}")
        #expect(message.arguments == [.text(path)])
        #expect(Catalogue.english.render(message) == "no such file: kebijakan {mutu}.yaml")
    }

    @Test func bracesWrittenInTheTextAreNotPlaceholders() {
        let message: Message = "write {1} as \("x")"
        #expect(message.pattern == "write {{1}} as {1}")
        #expect(Catalogue.english.render(message) == "write {1} as x")
    }

    @Test func aSecondLanguageIsATableOfPatternsAndLeavesArgumentsAlone() {
        let indonesian = Catalogue(
            language: "id", name: "Bahasa Indonesia",
            translations: [
                "no such file: {1}": "berkas {1} tidak ada",
                "step {1} is not ready: {2}": "langkah {1} belum siap: {2}",
                "it needs “{1}”": "perlu “{1}”"
            ])
        let reason: Message = "it needs “\("Rancangan SOP")”"
        #expect(indonesian.render("no such file: \("a.yaml")") == "berkas a.yaml tidak ada")
        #expect(indonesian.render("step \(3) is not ready: \(reason)") == "langkah 3 belum siap: perlu “Rancangan SOP”")
        // A pattern the table lacks is shown in English rather than lost.
        #expect(indonesian.render("unknown key `\("x")`") == "unknown key `x`")
    }

    @Test func verbatimTextIsNeverTranslatedOrAccented() {
        let text = "Memberikan arahan {1} — é"
        #expect(Catalogue.pseudo.render(Message(verbatim: text)) == text)
        #expect(Catalogue.pseudo.render("no file \(text)") == "⟦ñö ƒíļé {1}⟧".replacingOccurrences(of: "{1}", with: text))
    }
}
