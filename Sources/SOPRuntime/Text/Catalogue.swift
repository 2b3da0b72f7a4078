import Foundation

/// Where every message's words come from: a table from English patterns to the patterns of
/// one language. English is the empty table (the code's own words); `pseudo` is a test
/// language that accents every letter of every pattern and brackets it, so that a run under
/// it shows at a glance, and a test can prove, which words did not come through here.
///
/// The language is chosen once per process, from `SOPSH_LANG` (`en` by default). A second
/// language is a new `Catalogue` with a translation for each pattern, added to `all`; a
/// pattern it lacks is shown in English. Running sopsh under `pseudo` lists the patterns in
/// use: every accented, bracketed text on screen is one.
public struct Catalogue: Sendable {
    public let language: String
    private let translations: [String: String]
    private let accented: Bool

    public init(language: String, translations: [String: String]) {
        self.language = language
        self.translations = translations
        accented = false
    }

    private init(pseudo: Void) {
        language = "pseudo"
        translations = [:]
        accented = true
    }

    public static let english = Catalogue(language: "en", translations: [:])
    public static let pseudo = Catalogue(pseudo: ())
    public static let all = [english, pseudo]

    /// The process's catalogue.
    public static let current: Catalogue = {
        let name = ProcessInfo.processInfo.environment["SOPSH_LANG"] ?? "en"
        return all.first { $0.language == name } ?? english
    }()

    public func render(_ message: Message) -> String {
        var pattern = translations[message.pattern] ?? message.pattern
        if accented, message.pattern != "{1}" { pattern = "⟦" + Self.accent(pattern) + "⟧" }
        return Self.fill(pattern, with: message.arguments.map { argument in
            switch argument {
            case .text(let text): text
            case .message(let inner): render(inner)
            }
        })
    }

    /// Puts the arguments in place of `{1}`, `{2}`…, and `{{`/`}}` back to single braces.
    static func fill(_ pattern: String, with arguments: [String]) -> String {
        guard pattern.contains(where: { $0 == "{" || $0 == "}" }) else { return pattern }
        var out = ""
        var rest = pattern[...]
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            out += rest[..<brace]
            let after = rest.index(after: brace)
            if after < rest.endIndex, rest[after] == rest[brace] {
                out.append(rest[brace])
                rest = rest[rest.index(after: after)...]
            } else if rest[brace] == "{", let close = rest[after...].firstIndex(of: "}"),
                      let number = Int(rest[after..<close]), number >= 1, number <= arguments.count {
                out += arguments[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                out.append(rest[brace])
                rest = rest[after...]
            }
        }
        return out + rest
    }

    /// ASCII letters outside placeholders accented: "no such file" → "ñö šüçĥ ƒíļé".
    private static func accent(_ pattern: String) -> String {
        let map: [Character: Character] = [
            "a": "á", "c": "ç", "e": "é", "f": "ƒ", "h": "ĥ", "i": "í", "l": "ļ", "n": "ñ", "o": "ö", "s": "š", "u": "ü", "y": "ý", "z": "ž",
            "A": "Á", "C": "Ç", "E": "É", "I": "Í", "N": "Ñ", "O": "Ö", "S": "Š", "U": "Ü",
        ]
        var out = ""
        var inPlaceholder = false
        for character in pattern {
            if character == "{" { inPlaceholder = true }
            out.append(inPlaceholder ? character : map[character] ?? character)
            if character == "}" { inPlaceholder = false }
        }
        return out
    }
}
