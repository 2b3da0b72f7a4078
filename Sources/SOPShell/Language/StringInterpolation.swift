import SOPRuntime

/// Double-quoted strings: their escapes, and the `${expression}` and `$name` pieces inside,
/// each parsed where it stands so that its errors point into the string.
extension Parser {
    /// A double-quoted string: escapes resolved, `${expression}` and `$name` pieces parsed.
    mutating func interpolation(_ token: Token) throws(ShellError) -> Expression {
        var reader = StringReader(token)
        var pieces: [StringPiece] = []
        var text = ""
        while let character = reader.current {
            if character == "\\", let escaped = reader.following {
                text += try Self.unescaped(escaped, at: reader.location)
                reader.step(2)
            } else if character == "$", let after = reader.following, after == "{" || after.isLetter || after == "_" {
                if !text.isEmpty {
                    pieces.append(.text(text))
                    text = ""
                }
                pieces.append(.expression(after == "{" ? try bracedPiece(&reader, in: token) : try variablePiece(&reader)))
            } else {
                text.append(character)
                reader.step()
            }
        }
        if pieces.isEmpty { return .literal(.string(text), token.location) }
        if !text.isEmpty { pieces.append(.text(text)) }
        return .interpolation(pieces, token.location)
    }

    /// What the escape `\` `escaped` stands for; a backslash at the end of a line continues
    /// the string on the next without a line break.
    private static func unescaped(_ escaped: Character, at location: SourceLocation) throws(ShellError) -> String {
        switch escaped {
        case "n": "\n"
        case "t": "\t"
        case "\"", "\\", "$": String(escaped)
        case "\n": ""
        default:
            throw ShellError(
                "unknown escape `\\\(escaped)` in a string",
                hint: "use \\\" for a quote, \\\\ for a backslash, \\$ for a dollar, \\n for a new line", at: location)
        }
    }

    /// `${expression}`, read from its `$`: parsed by a parser of its own, placed where the
    /// expression stands and knowing the names this one knows.
    private func bracedPiece(_ reader: inout StringReader, in token: Token) throws(ShellError) -> Expression {
        reader.step(2)
        let start = reader.location
        guard let length = Lexer.interpolationLength(in: reader.rest) else {
            throw ShellError("`${` in this string is not closed", hint: "add `}`", at: token.location)
        }
        let source = reader.take(length)
        reader.step()
        var inner = Parser(source, file: start.file, names: names, line: start.line, column: start.column)
        inner.declaredProcedures = declaredProcedures
        inner.declaredVariables = declaredVariables
        inner.nesting = nesting
        let expression: Expression
        do throws(ShellError) {
            expression = try inner.expression()
        } catch {
            // The string is closed: more lines cannot finish what `${…}` leaves open.
            var closed = error
            closed.isIncomplete = false
            throw closed
        }
        guard try inner.peek().kind == .end else {
            throw ShellError("unexpected text inside `${…}`", at: try inner.peek().location)
        }
        return expression
    }

    /// `$name` or `$name.field`, read from its `$`: always a variable, even one named like a
    /// command.
    private func variablePiece(_ reader: inout StringReader) throws(ShellError) -> Expression {
        reader.step()
        let location = reader.location
        var source = ""
        while let character = reader.current,
            character.isLetter || character.isNumber || character == "_" || character == "." && reader.following?.isLetter == true
        {
            source.append(character)
            reader.step()
        }
        let path = source.split(separator: ".").map(String.init)
        if nesting + path.count > Self.maximumNesting {
            throw ShellError("nested too deeply: more than \(Self.maximumNesting) fields one after another", at: location)
        }
        return path.dropFirst().reduce(Expression.variable(path[0], location)) { .member($0, $1, location) }
    }
}

/// A string token's text read a character at a time, keeping each character's line and column
/// in the file: an error inside the string points at its character.
private struct StringReader {
    private let characters: [Character]
    private let file: String?
    private var index = 0
    private var line: Int
    private var column: Int

    init(_ token: Token) {
        characters = Array(token.text)
        file = token.location.file
        line = token.location.line
        // The token's place is its opening quote.
        column = token.location.column + 1
    }

    var current: Character? { index < characters.count ? characters[index] : nil }
    /// The character after the current one.
    var following: Character? { index + 1 < characters.count ? characters[index + 1] : nil }
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    /// The text from the current character to the end.
    var rest: String { String(characters[index...]) }

    mutating func step(_ count: Int = 1) {
        for _ in 0..<count where index < characters.count {
            if characters[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    /// The next `count` characters, stepped over.
    mutating func take(_ count: Int) -> String {
        let taken = String(characters[index..<index + count])
        step(count)
        return taken
    }
}
