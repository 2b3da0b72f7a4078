import Foundation
import SOPRuntime

extension Shell {
    /// Speaks the language sopsh is asked for as it starts: `SOPSH_LANG` or the locale
    /// (`Catalogue.chosen(in:)`), then `--lang` among sopsh's own options (before `-c TEXT` or
    /// a script, whose arguments are the script's), read before the argument parser so that
    /// its usage errors and `--help` speak it too. A leading `--lang X` is taken out of
    /// `arguments`, so that `sopsh --lang id check …` finds its subcommand. Returns the error
    /// to show, and exit 2 with, when a language sopsh does not know is named.
    public static func chooseLanguage(from environment: [String: String], arguments: inout [String]) -> String? {
        do {
            Catalogue.use(try Catalogue.chosen(in: environment))
        } catch {
            return "sopsh: error: \(error)\n" + localized("  hint: unset SOPSH_LANG for the locale's language, or set it to en or id")
        }
        let start = ["check", "import"].contains(arguments.first ?? "") ? 1 : 0
        var index = start
        while index < arguments.count, arguments[index] != "-c", arguments[index].hasPrefix("-") {
            let argument = arguments[index]
            let named =
                argument == "--lang"
                ? arguments.dropFirst(index + 1).first
                : argument.hasPrefix("--lang=") ? String(argument.dropFirst("--lang=".count)) : nil
            if let named {
                if let problem = speak(flag: named) { return "sopsh: \(localized("error")): " + problem }
                if index == 0 { arguments.removeFirst(argument == "--lang" ? 2 : 1) }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Speaks the language `--lang` names; the error when sopsh does not know it.
    public static func speak(flag name: String) -> String? {
        guard let chosen = Catalogue.named(name) else { return Catalogue.Unknown(asked: "--lang \(name)").description }
        Catalogue.use(chosen)
        return nil
    }
}

extension Shell {
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
