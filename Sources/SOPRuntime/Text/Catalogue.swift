import Foundation
import Synchronization

/// Where every message's words come from: a table from English patterns to the patterns of
/// one language. English is the empty table (the code's own words); `id` is Bahasa Indonesia
/// (`IndonesianCatalogue`); `pseudo` is a test language that accents every letter of every
/// pattern and brackets it, so that a run under it shows at a glance, and a test can prove,
/// which words did not come through here. A pattern a language lacks is shown in English.
///
/// The language is chosen when sopsh starts (`Catalogue.chosen(in:)`: `SOPSH_LANG`, else the
/// locale, else English), or by `--lang`, and can be switched for the rest of a session
/// (`language id`): `current` is shared by every thread, behind a lock.
public struct Catalogue: Sendable {
    public let language: String
    /// The language's own name for itself, for lists of the known languages.
    public let name: String
    private let translations: [String: String]
    private let accented: Bool
    /// What was wrong with the translator's text it was read from: the language then speaks
    /// English rather than stop sopsh, and the catalogue's test names the line.
    public let problem: CatalogueText.Problem?

    public init(language: String, name: String, translations: [String: String]) {
        self.language = language
        self.name = name
        self.translations = translations
        accented = false
        problem = nil
    }

    /// A language read from its translator's text (`CatalogueText`).
    public init(language: String, name: String, text: String) {
        var problem: CatalogueText.Problem?
        var translations: [String: String] = [:]
        do throws(CatalogueText.Problem) {
            translations = try CatalogueText.pairs(text, language: language)
        } catch {
            problem = error
        }
        self.language = language
        self.name = name
        self.translations = translations
        accented = false
        self.problem = problem
    }

    private init(pseudo: Void) {
        language = "pseudo"
        name = "pseudo"
        translations = [:]
        accented = true
        problem = nil
    }

    public static let english = Catalogue(language: "en", name: "English", translations: [:])
    public static let indonesian = Catalogue(
        language: "id", name: "Bahasa Indonesia",
        text: IndonesianCatalogue.texts.joined(separator: "\n"))
    public static let pseudo = Catalogue(pseudo: ())
    public static let all = [english, indonesian, pseudo]

    /// The English patterns this language translates, and how.
    public var patterns: [String: String] { translations }

    /// The language called `name`: its code (`id`, `en`), any case, or a locale name for it
    /// (`id_ID.UTF-8`, `en-GB`).
    public static func named(_ name: String) -> Catalogue? {
        let code = name.lowercased().prefix { $0.isLetter }
        return all.first { $0.language == code }
    }

    /// The languages a user may name, as an error lists them: "en (English), id (Bahasa
    /// Indonesia)"; `pseudo`, for tests, is accepted but not offered.
    public static var known: String {
        all.filter { !$0.accented }.map { "\($0.language) (\($0.name))" }.joined(separator: ", ")
    }

    /// A language named where none is known, as it was asked for (`SOPSH_LANG=fr`,
    /// `--lang fr`, `fr`), with the known ones.
    public struct Unknown: Error, Sendable, CustomStringConvertible {
        public var asked: String
        public init(asked: String) { self.asked = asked }
        public var description: String {
            localized("\(asked) is not a language sopsh speaks; it knows \(Catalogue.known)")
        }
    }

    /// The language `environment` asks for: `SOPSH_LANG` (which must name a known language),
    /// else the first locale variable set of `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX orders
    /// them) when it is Indonesian, else English: a locale is the machine's, not a request to
    /// sopsh, so one sopsh does not speak is not an error.
    public static func chosen(in environment: [String: String]) throws(Unknown) -> Catalogue {
        if let asked = environment["SOPSH_LANG"], !asked.isEmpty {
            guard let catalogue = named(asked) else { throw Unknown(asked: "SOPSH_LANG=\(asked)") }
            return catalogue
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("id") ? indonesian : english
    }

    private static let selected = Mutex<Catalogue?>(nil)

    /// The catalogue in use: the one `use` chose, else the environment's (English if it names
    /// an unknown language: sopsh's start refuses that before anything is said).
    public static var current: Catalogue {
        selected.withLock { selected in
            if selected == nil { selected = (try? chosen(in: ProcessInfo.processInfo.environment)) ?? english }
            return selected!
        }
    }

    /// Speaks `catalogue` from now on, in every thread.
    public static func use(_ catalogue: Catalogue) {
        selected.withLock { $0 = catalogue }
    }

    public func render(_ message: Message) -> String {
        if message.pattern != "{1}" { PatternLog.record(message.pattern) }
        var pattern = translations[message.pattern] ?? message.pattern
        if accented, message.pattern != "{1}" { pattern = "⟦" + Self.accent(pattern) + "⟧" }
        return Self.fill(
            pattern,
            with: message.arguments.map { argument in
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
                let number = Int(rest[after..<close]), number >= 1, number <= arguments.count
            {
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
            "a": "á", "c": "ç", "e": "é", "f": "ƒ", "h": "ĥ", "i": "í", "l": "ļ", "n": "ñ", "o": "ö", "s": "š", "u": "ü", "y": "ý",
            "z": "ž",
            "A": "Á", "C": "Ç", "E": "É", "I": "Í", "N": "Ñ", "O": "Ö", "S": "Š", "U": "Ü"
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
