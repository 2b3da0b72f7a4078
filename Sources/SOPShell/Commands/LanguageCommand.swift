import SOPRuntime

/// The language sopsh speaks, switched for the rest of the session: a trainer who started in
/// English switches the room to Indonesian without restarting (or puts it in init.sopsh).
extension Command {
    static let language = Command(
        name: "language", group: .shell,
        summary: "show or switch the language sopsh speaks (en, id)",
        synopsis: "[en|id]",
        details:
            "Without an argument, shows the language in use and the ones sopsh knows. With one, speaks it for the rest of the session: messages, errors, reports and help. SOP text stays as it is written. sopsh starts in the language of SOPSH_LANG, else of the locale (LC_ALL, LC_MESSAGES, LANG beginning with id), else English; `sopsh --lang id` chooses at start.",
        examples: ["language", "language id", "language en"],
        arity: 0...1
    ) { invocation, _ throws(ShellError) in
        if let token = invocation.positionals.first {
            guard let chosen = Catalogue.named(token.text) else {
                throw invocation.error(
                    Message(verbatim: Catalogue.Unknown(asked: "`\(token.text)`").description),
                    hint: "for example `language id`", argument: 0)
            }
            Catalogue.use(chosen)
        }
        let current = Catalogue.current
        let value: Value = .record([
            "language": .string(current.language), "name": .string(current.name),
            "known": .list(Catalogue.all.map { .string($0.language) })
        ])
        let text = localized("Language: \(current.name) (\(current.language)); sopsh knows \(Catalogue.known)")
        return invocation.positionals.isEmpty ? CommandResult(value, text: text) : .confirmation(value, text: text)
    }
}
