import Foundation

/// The man page, docs/sopsh.1, made from the same words as `help` so the two never differ.
public enum Manual {
    public static func roff(date: String) -> String {
        var lines = [
            ".TH SOPSH 1 \"\(date)\" \"sopsh \(Shell.version)\" \"User Commands\"",
            ".SH NAME",
            "sopsh \\- a shell for Standard Operating Procedures (SOP AP)",
            ".SH SYNOPSIS",
            ".B sopsh", "[\\fB\\-\\-norc\\fR] [\\fB\\-\\-allow\\-exec\\fR] [\\fB\\-\\-keep\\-going\\fR] [\\fIFILE\\fR [\\fIARGS\\fR...]]", ".br",
            ".B sopsh", "[options] \\fB\\-c\\fR \\fITEXT\\fR [\\fIARGS\\fR...]", ".br",
            ".B sopsh check", "[\\fB\\-\\-json\\fR] \\fIFILE\\fR...",
            ".SH DESCRIPTION",
            escape("sopsh opens Standard Operating Procedures written to the SOP AP standard (Permen PANRB No. 35 Tahun 2012), in its YAML format or as the standard's table text; checks them, completes and saves them; walks cases through them as a role on an office calendar; and runs scripts in its own small language. At a terminal it is a line-editing prompt; with FILE, -c TEXT or piped input it runs the statements and stops at the first error."),
            ".SH OPTIONS",
            ".TP", "\\fB\\-c\\fR \\fITEXT\\fR", "Run TEXT (statements separated by new lines or ;) and exit.",
            ".TP", "\\fB\\-\\-keep\\-going\\fR", "Run the rest after a failing statement; the exit status is still 1.",
            ".TP", "\\fB\\-\\-norc\\fR", "Do not run the start-up file.",
            ".TP", "\\fB\\-\\-allow\\-exec\\fR", "Allow scripts to run host programs with exec.",
            ".TP", "\\fB\\-\\-version\\fR, \\fB\\-\\-help\\fR", "Print the version, or the usage.",
            ".SH COMMANDS",
        ]
        for group in Command.Group.allCases {
            let commands = CommandRegistry.all.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            lines.append(".SS \(escape(group.rawValue))")
            for command in commands {
                lines += [".TP", "\\fB\(escape(command.usage))\\fR", escape(command.details.text)]
                if !command.examples.isEmpty {
                    lines += [".RS", ".nf"] + command.examples.map(escape) + [".fi", ".RE"]
                }
            }
        }
        lines += [
            ".SH FILES",
            ".TP", "\\fI$XDG_CONFIG_HOME/sopsh/init.sopsh\\fR", "Run before the first prompt (not with --norc, nor for scripts).",
            ".TP", "\\fI$XDG_STATE_HOME/sopsh/history\\fR", "The prompt's history (else ~/.local/state/sopsh/history).",
            ".TP", "\\fI$XDG_STATE_HOME/sopsh/run.journal\\fR", "The journal of the training run going on; resume reads it.",
            ".TP", "\\fI~/.editrc\\fR", "libedit key bindings; lines starting with sopsh: apply to sopsh only.",
            ".SH EXIT STATUS",
            "0 when everything ran, 1 at an error (or when check finds errors), 2 for a usage error, or the status given to exit.",
            ".SH ENVIRONMENT",
            "NO_COLOR turns colour off; PAGER pages long output at the prompt (default less \\-R); COLUMNS sets the width when output is not a terminal.",
            ".SH SEE ALSO",
            "docs/format.md, docs/language.md in the sopsh sources.",
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
