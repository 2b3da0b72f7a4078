import Foundation
import SOPRuntime

/// The man page, docs/sopsh.1, made from the same words as `help` so the two never differ.
public enum Manual {
    /// The page in the catalogue's language: docs/sopsh.1 in English, docs/sopsh.id.1 in
    /// Indonesian (`sopsh --lang id --manual`), from the same words.
    public static func roff(date: String) -> String {
        func text(_ message: Message) -> String { escape(message.text) }
        func option(_ name: String, _ summary: Message) -> [String] { [".TP", name, text(summary)] }
        func file(_ path: String, _ summary: Message) -> [String] { [".TP", "\\fI\(path)\\fR", text(summary)] }
        var lines = [
            ".TH SOPSH 1 \"\(date)\" \"sopsh \(Shell.version)\" \"\(localized("User Commands"))\"",
            ".SH \(localized("NAME"))",
            "sopsh \\- " + text("a shell for Standard Operating Procedures (SOP AP)"),
            ".SH \(localized("SYNOPSIS"))",
            ".B sopsh",
            "[\\fB\\-\\-norc\\fR] [\\fB\\-\\-allow\\-exec\\fR] [\\fB\\-\\-keep\\-going\\fR] [\\fB\\-\\-lang\\fR \\fILANG\\fR] [\\fIFILE\\fR [\\fIARGS\\fR...]]",
            ".br",
            ".B sopsh", "[options] \\fB\\-c\\fR \\fITEXT\\fR [\\fIARGS\\fR...]", ".br",
            ".B sopsh check", "[\\fB\\-\\-json\\fR] \\fIFILE\\fR...", ".br",
            ".B sopsh import", "[\\fB\\-o\\fR \\fIDIR\\fR] [\\fB\\-\\-json\\fR] \\fIFILE\\fR...",
            ".SH \(localized("DESCRIPTION"))",
            text(
                "sopsh opens Standard Operating Procedures written to the SOP AP standard (Permen PANRB No. 35 Tahun 2012), in its YAML format or as the standard's table text; checks them, completes and saves them; walks cases through them as a role on an office calendar; and runs scripts in its own small language. At a terminal it is a line-editing prompt; with FILE, -c TEXT or piped input it runs the statements and stops at the first error."
            ),
            ".SH \(localized("OPTIONS"))"
        ]
        lines += option("\\fB\\-c\\fR \\fITEXT\\fR", "Run TEXT (statements separated by new lines or ;) and exit.")
        lines += option("\\fB\\-\\-keep\\-going\\fR", "Run the rest after a failing statement; the exit status is still 1.")
        lines += option("\\fB\\-\\-norc\\fR", "Do not run the start-up file.")
        lines += option("\\fB\\-\\-allow\\-exec\\fR", "Allow scripts to run host programs with exec.")
        lines += option(
            "\\fB\\-\\-lang\\fR \\fILANG\\fR", "Speak LANG: en (English) or id (Bahasa Indonesia); default SOPSH_LANG, else the locale.")
        lines += option("\\fB\\-\\-version\\fR, \\fB\\-\\-help\\fR", "Print the version, or the usage.")
        lines.append(".SH \(localized("COMMANDS"))")
        for group in Command.Group.allCases {
            let commands = CommandRegistry.all.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            lines.append(".SS \(text(group.title))")
            for command in commands {
                lines += [".TP", "\\fB\(escape(command.usage))\\fR", text(command.details)]
                if !command.flags.isEmpty {
                    lines.append(".RS")
                    for flag in command.flags {
                        let value = flag.value.map { " \\fI\(escape($0))\\fR" } ?? ""
                        lines += [".TP", "\\fB\(escape("--" + flag.name))\\fR" + value, text(flag.summary)]
                    }
                    lines.append(".RE")
                }
                if !command.examples.isEmpty {
                    lines += [".RS", ".nf"] + command.examples.map(escape) + [".fi", ".RE"]
                }
            }
        }
        lines.append(".SH \(localized("FILES"))")
        lines += file("$XDG_CONFIG_HOME/sopsh/init.sopsh", "Run before the first prompt (not with --norc, nor for scripts).")
        lines += file("$XDG_STATE_HOME/sopsh/history", "The prompt's history (else ~/.local/state/sopsh/history).")
        lines += file("$XDG_STATE_HOME/sopsh/run.journal", "The journal of the training run going on; resume reads it.")
        lines += file("~/.editrc", "libedit key bindings; lines starting with sopsh: apply to sopsh only.")
        lines += [
            ".SH \(localized("EXIT STATUS"))",
            text("0 when everything ran, 1 at an error (or when check finds errors), 2 for a usage error, or the status given to exit."),
            ".SH \(localized("ENVIRONMENT"))",
            text(
                "NO_COLOR turns colour off; PAGER pages long output at the prompt (default less -R); COLUMNS sets the width when output is not a terminal; SOPSH_LANG chooses the language (en or id), else LC_ALL, LC_MESSAGES or LANG beginning with id choose Indonesian."
            ),
            ".SH \(localized("SEE ALSO"))",
            text("docs/format.md, docs/language.md in the sopsh sources.")
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in roff: backslashes doubled, a leading dot or quote protected.
    static func escape(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        return escaped
    }
}
