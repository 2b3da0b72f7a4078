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
