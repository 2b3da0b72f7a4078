import SOPRuntime

/// Splits shell text into words, quoted strings and statement separators.
///
/// Words end at white space, `;`, a quote or the end of the line. `#` at the start of a word
/// begins a comment that runs to the end of the line. Strings are quoted with `"` (escapes
/// `\"`, `\\`, `\n`, `\t`) or `'` (taken literally); they may span lines.
struct Lexer {
    private let characters: [Character]
    private let file: String?
    private var position = 0
    private var line = 1
    private var column = 1

    init(_ text: String, file: String?) {
        self.characters = Array(text)
        self.file = file
    }

    static func tokens(of text: String, file: String?) throws(ShellError) -> [Token] {
        var lexer = Lexer(text, file: file)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private mutating func next() throws(ShellError) -> Token {
        skipBlanksAndComments()
        let start = here
        guard let character = peek() else { return Token(kind: .end, text: "", location: start) }
        switch character {
        case "\n", ";":
            advance()
            return Token(kind: .separator, text: String(character), location: start)
        case "\"", "'":
            return Token(kind: .string, text: try string(closedBy: character, from: start), location: start)
        default:
            var word = ""
            while let next = peek(), !next.isWhitespace, next != ";", next != "\"", next != "'" {
                word.append(next)
                advance()
            }
            return Token(kind: .word, text: word, location: start)
        }
    }

    private mutating func string(closedBy quote: Character, from start: SourceLocation) throws(ShellError) -> String {
        advance()
        var text = ""
        while let character = peek() {
            advance()
            if character == quote { return text }
            guard character == "\\", quote == "\"", let escaped = peek() else {
                text.append(character)
                continue
            }
            advance()
            switch escaped {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "\"", "\\": text.append(escaped)
            case "\n": break
            default:
                throw ShellError("unknown escape `\\\(escaped)` in a string",
                                 hint: "use \\\" for a quote, \\\\ for a backslash, \\n for a new line", at: start)
            }
        }
        throw ShellError("the string that starts here is not closed", hint: "add the closing \(quote)",
                         at: start, isIncomplete: true)
    }

    private mutating func skipBlanksAndComments() {
        while let character = peek() {
            if character == "#" {
                while let next = peek(), next != "\n" { _ = next; advance() }
            } else if character.isWhitespace, character != "\n" {
                advance()
            } else if character == "\\", position + 1 < characters.count, characters[position + 1] == "\n" {
                advance(); advance()   // a backslash at the end of a line continues the statement
            } else {
                return
            }
        }
    }

    private func peek() -> Character? {
        position < characters.count ? characters[position] : nil
    }

    private mutating func advance() {
        if characters[position] == "\n" || characters[position] == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        position += 1
    }
}
