import Foundation
import SOPRuntime

extension Shell {
    /// Speaks the language `environment` asks for (`Catalogue.chosen(in:)`); the error to show
    /// and exit 2 with when `SOPSH_LANG` names one sopsh does not know.
    public static func chooseLanguage(from environment: [String: String]) -> String? {
        do {
            Catalogue.use(try Catalogue.chosen(in: environment))
            return nil
        } catch {
            return "sopsh: error: \(error)\n" + localized("  hint: unset SOPSH_LANG for the locale's language, or set it to en or id")
        }
    }

    /// Speaks the language `--lang` names; the error when sopsh does not know it.
    public static func speak(flag name: String) -> String? {
        guard let chosen = Catalogue.named(name) else { return Catalogue.Unknown(asked: "--lang \(name)").description }
        Catalogue.use(chosen)
        return nil
    }
}

extension Shell {
    /// The value of `--lang` among sopsh's own options (before `-c TEXT` or a script, whose
    /// arguments are the script's): read before the argument parser, so that its usage errors
    /// and `--help` speak that language too.
    public static func languageFlag(in arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            if argument == "-c" || !argument.hasPrefix("-") { return nil }
            index += 1
        }
        return nil
    }

    /// An English text of the executable's own (an option's help) in the catalogue's language.
    public static func say(_ english: String) -> String {
        Message(catalogued: english).text
    }

    /// The argument parser's `--help` text with its own fixed words (headings, the built-in
    /// options) in the catalogue's language; sopsh's words in it were said through `say`.
    public static func helpInLanguage(_ text: String) -> String {
        let fixed = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "Show the version.", "Show help information."]
        return fixed.reduce(text) { text, english in
            text.replacingOccurrences(of: english, with: Message(catalogued: english).text)
        }
    }
}
