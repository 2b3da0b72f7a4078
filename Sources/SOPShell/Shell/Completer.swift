import Foundation
import SOPRuntime

/// Tab completion that knows where the cursor stands: a command name at the start of a
/// statement, a command's flags after `-`, and for its arguments what each one names: a
/// file, a step, a role (quoted when its name has spaces), an answer of the decision at hand,
/// a target step; variables after `$`.
struct Completer {
    struct Completion: Equatable {
        /// The word being completed, as typed (with its opening quote, if any).
        var word: String
        /// Whole replacements for `word`.
        var candidates: [String]
    }

    var session: Session
    var variables: [String]
    var procedures: [String]

    /// The keywords that start a statement, offered beside the commands at the start of a line.
    static let keywords = Keyword.allCases.filter(\.startsStatement).map(\.rawValue)

    func complete(_ line: String) -> Completion {
        let (words, current) = Self.split(statementOf: line)
        if current.hasPrefix("$") {
            return Completion(word: current, candidates: Self.matching(String(current.dropFirst()), variables).map { "$" + $0 })
        }
        guard let first = words.first else {
            let names = CommandRegistry.names + procedures + Self.keywords
            return Completion(word: current, candidates: Self.matching(current, names))
        }
        if first == Keyword.source.rawValue { return Completion(word: current, candidates: files(matching: current)) }
        guard let command = CommandRegistry.command(named: first) else {
            return Completion(word: current, candidates: Self.matching(current, variables + procedures + Builtins.names))
        }
        if let previous = words.last, previous.hasPrefix("--"),
            let flag = command.flags.first(where: { "--" + $0.name == previous }), flag.value != nil
        {
            return Completion(word: current, candidates: candidates(forValueOf: flag, typed: current))
        }
        if current.hasPrefix("-") {
            let flags = command.allFlags.map { "--" + $0.name }
            return Completion(word: current, candidates: Self.matching(current, flags))
        }
        let positionals = positionalWords(Array(words.dropFirst()), of: command)
        guard let last = command.completes.last else { return Completion(word: current, candidates: []) }
        let kind = positionals.count < command.completes.count ? command.completes[positionals.count] : last
        return Completion(word: current, candidates: candidates(for: kind, typed: current, after: positionals))
    }

    private func candidates(for kind: Command.ArgumentKind, typed: String, after positionals: [String]) -> [String] {
        let sop = session.document?.sop
        switch kind {
        case .file:
            return files(matching: typed)
        case .command:
            return Self.matching(typed, CommandRegistry.names)
        case .text:
            return []
        case .step:
            return Self.matching(typed, sop?.steps.compactMap { $0.number?.description } ?? [])
        case .target:
            return Self.matching(typed, (sop?.steps.compactMap { $0.number?.description } ?? []) + [Target.endWord])
        case .role:
            let roles = sop?.roles ?? []
            return Self.matching(typed, roles.map(\.id) + roles.map { Self.quotedIfNeeded($0.name) })
        case .readyStep:
            // What `todo` lists for the role, in the case `do` acts on; a decision is `decide`d.
            guard let (run, found) = currentCase, let role = session.role else { return [] }
            let ready = run.todo(for: role).filter { $0.caseName == found.name && !run.sop.steps[$0.step].isDecision }
            return Self.matching(typed, ready.map { run.sop.steps[$0.step].label })
        case .currentAnswer:
            // The answers of the decision at hand, to the role whose decision it is.
            guard let (run, found) = currentCase, let position = found.position, let role = session.role,
                run.todo(for: role).contains(where: { $0.caseName == found.name && $0.step == position }),
                let decision = run.sop.steps[position].decision
            else { return [] }
            return Self.matching(typed, decision.answers.map { Self.quotedIfNeeded($0.label) })
        case .answer:
            guard let sop, let number = positionals.first.flatMap(StepNumber.init), let step = sop.step(number),
                let decision = step.decision
            else {
                return candidates(for: .target, typed: typed, after: positionals)
            }
            return Self.matching(typed, decision.answers.map { Self.quotedIfNeeded($0.label) })
        }
    }

    /// The run and the case that `do` and `decide` act on, if any.
    private var currentCase: (TrainingRun, Case)? {
        guard let run = session.run, let name = session.currentCase ?? run.cases.last?.name,
            let found = run.case(named: name)
        else { return nil }
        return (run, found)
    }

    /// The words before the cursor that are positional arguments (not flags, nor their values).
    private func positionalWords(_ words: [String], of command: Command) -> [String] {
        var result: [String] = []
        var skipNext = false
        for word in words {
            if skipNext {
                skipNext = false
                continue
            }
            if word.hasPrefix("--") {
                skipNext = command.flags.first { "--" + $0.name == word }?.value != nil
                continue
            }
            result.append(Self.unquoted(word))
        }
        return result
    }

    /// Paths starting with `typed`: folders end in `/`, hidden files only when asked for.
    func files(matching typed: String) -> [String] {
        let path = Self.unquoted(typed)
        let folder = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : ""
        let prefix = String(path.dropFirst(folder.count))
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return listed.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return Self.quotedIfNeeded(folder + name) + (isFolder.boolValue ? "/" : "")
        }
    }

    /// The candidates that start with what was typed, ignoring case and an opening quote.
    static func matching(_ typed: String, _ candidates: [String]) -> [String] {
        let wanted = unquoted(typed).lowercased()
        var seen: Set<String> = []
        return candidates.filter { unquoted($0).lowercased().hasPrefix(wanted) && seen.insert($0).inserted }
    }

    static func quotedIfNeeded(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == ";" || $0 == "#" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : text
    }

    static func unquoted(_ word: String) -> String {
        var text = Substring(word)
        if text.first == "\"" || text.first == "'" { text = text.dropFirst() }
        if text.count > 0, text.last == "\"" || text.last == "'" { text = text.dropLast() }
        return String(text)
    }

    /// The finished words of the statement the cursor is in, and the word being typed (which
    /// keeps an opening quote). Statements end at `;`, `{` and `}` outside quotes.
    static func split(statementOf line: String) -> (words: [String], current: String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in line {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if ";{}\n".contains(character) {
                words = []
                current = ""
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        return (words, current)
    }
}
