import SOPRuntime

/// Splits shell text into tokens. The parser drives it in two modes, because the language
/// reads like a shell where a command takes words and like a small language elsewhere:
///
/// - `token()` reads expression tokens: numbers, durations (`90m`, `1h30m`), dates
///   (`2026-03-02T08:00`), strings, names, operators and brackets;
/// - `argument()` reads a command's argument: a bare word (`examples/x.yaml`, `--json`, `3`),
///   a string, `$name`, or the `(` that opens an expression.
///
/// `#` at the start of a token begins a comment to the end of the line; a backslash at the
/// end of a line continues the statement on the next.
struct Lexer {
    private let characters: [Character]
    let file: String?
    private(set) var position = 0
    private(set) var line = 1
    private(set) var column = 1
    /// Set when a literal started as a date but its time is not HH:MM.
    private var malformedDateTime: String?
    /// Where an unclosed `${` began, when a string ends inside one.
    private var openInterpolation: SourceLocation?
    /// How many `${` are open around the cursor while a string is scanned, and where the
    /// first one too many stands: a string nested deeper than the parser's bound is refused.
    private var interpolationDepth = 0
    private var tooDeepInterpolation: SourceLocation?

    init(_ text: String, file: String?, line: Int = 1, column: Int = 1) {
        self.characters = Array(text)
        self.file = file
        self.line = line
        self.column = column
    }

    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// A NUL is refused wherever it stands, as in an SOP file: terminals and C strings cut text
    /// at it, so what a reader sees of the script and what sopsh would run could differ.
    func refuseNUL() throws(ShellError) {
        guard let nul = characters.firstIndex(of: "\u{0}") else { return }
        var at = (line: line, column: column)
        for character in characters[position..<nul] {
            at = character == "\n" || character == "\r\n" ? (at.line + 1, 1) : (at.line, at.column + 1)
        }
        throw ShellError(
            "a NUL character stands here: a script is text, and text holds no NUL",
            hint: "remove it; the file may have been saved as UTF-16 or be binary",
            at: SourceLocation(file: file, line: at.line, column: at.column))
    }
    var atEnd: Bool { position >= characters.count }

    // MARK: Expression mode

    mutating func token() throws(ShellError) -> Token {
        skipBlanks()
        let start = location
        guard let character = peek() else { return Token(.end, "", start) }
        try refuseFinalBackslash(at: start)
        if character == "\n" || character == ";" {
            advance()
            return Token(.separator, String(character), start)
        }
        if character == "\"" || character == "'" { return try string(from: start) }
        if character.isASCII, character.isNumber { return try numberLike(from: start) }
        if character.isLetter || character == "_" {
            var name = ""
            while let next = peek(), next.isLetter || next.isNumber || next == "_" {
                name.append(next)
                advance()
            }
            return Token(.name, name, start)
        }
        advance()
        let pair = String(character) + (peek().map(String.init) ?? "")
        if Self.twoCharacterOperators.contains(pair) {
            advance()
            return Token(.symbol, pair, start)
        }
        guard Self.singleCharacterSymbols.contains(character) else {
            throw ShellError(
                "unexpected character `\(character)`",
                hint: "operators are + - * / % == != < <= > >= and or not ..; quote text that holds other symbols",
                at: start)
        }
        return Token(.symbol, String(character), start)
    }

    /// Every operator written in symbols, and the range's `..`: taken from the operators' enums,
    /// so that the lexer reads every operator the parser knows.
    private static let operatorSymbols: [String] =
        BinaryOperator.allCases.map(\.rawValue) + UnaryOperator.allCases.map(\.symbol) + LogicalOperator.allCases.map(\.symbol)
        + [".."]
    static let twoCharacterOperators = Set(operatorSymbols.filter { $0.count == 2 })
    /// Brackets and punctuation, and the operators of one character.
    static let singleCharacterSymbols: Set<Character> = Set("()[]{},.:=$").union(
        operatorSymbols.filter { $0.count == 1 }.map { Character($0) })

    /// A number, a duration (`90m`, `1.5h`, `1h30m`) or a date-time (`2026-03-02`, `2026-03-02T08:30`).
    private mutating func numberLike(from start: SourceLocation) throws(ShellError) -> Token {
        let begin = position
        if let dateTime = dateTimeLiteral() { return Token(.dateTime, dateTime, start) }
        if let malformed = malformedDateTime {
            malformedDateTime = nil
            throw ShellError(
                "`\(malformed)` is not a date-time",
                hint: "write the hour and the minute with two digits each: 2026-03-02T08:30", at: start)
        }
        position = begin
        var text = digits()
        if peek() == ".", position + 1 < characters.count, characters[position + 1].isASCII, characters[position + 1].isNumber {
            advance()
            text += "." + digits()
        }
        guard let next = peek(), next.isLetter else { return Token(.number, text, start) }
        // Letters after a number: a duration such as 1h30m, read whole and checked by the duration parser.
        while let next = peek(),
            next.isLetter || next.isASCII && next.isNumber
                || next == "." && (peek(at: 1).map { $0.isASCII && $0.isNumber } ?? false)
        {
            text.append(next)
            advance()
        }
        do {
            _ = try DurationParser.parse(text)
        } catch {
            throw ShellError(
                "`\(text)` is not a number or a duration: \(error.message)",
                hint: "durations are written like 90m, 1.5h, 2d, 1h30m or 1w", at: start)
        }
        return Token(.duration, text, start)
    }

    private mutating func dateTimeLiteral() -> String? {
        func take(_ count: Int) -> String? {
            guard position + count <= characters.count else { return nil }
            let piece = characters[position..<position + count]
            guard piece.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            position += count
            return String(piece)
        }
        func expect(_ character: Character) -> Bool {
            guard peek() == character else { return false }
            position += 1
            return true
        }
        let begin = position
        guard let year = take(4), expect("-"), let month = take(2), expect("-"), let day = take(2) else { return nil }
        var text = "\(year)-\(month)-\(day)"
        let dateEnd = position
        if expect("T") {
            guard let hour = take(2), expect(":"), let minute = take(2) else {
                // A time that is not HH:MM: report the whole literal, not a stray `T8`.
                while let next = peek(), next.isLetter || next.isNumber || next == ":" {
                    position += 1
                    _ = next
                }
                malformedDateTime = String(characters[begin..<position])
                column += position - begin
                return nil
            }
            text += "T\(hour):\(minute)"
        } else {
            position = dateEnd
        }
        column += position - begin
        return text
    }

    private mutating func digits() -> String {
        var text = ""
        while let next = peek(), next.isASCII, next.isNumber || next == "_" {
            if next != "_" { text.append(next) }
            advance()
        }
        return text
    }

    // MARK: Argument mode

    /// A command argument, or a separator, `}` or the end, which end the command. Inside
    /// brackets (`len([steps, roles])`) a `,`, `]` or `)` ends the command too.
    mutating func argument(insideBrackets: Bool = false) throws(ShellError) -> Token {
        skipBlanks()
        let start = location
        guard let character = peek() else { return Token(.end, "", start) }
        try refuseFinalBackslash(at: start)
        switch character {
        case "\n", ";":
            advance()
            return Token(.separator, String(character), start)
        case "}", "{", "(", ")":
            advance()
            return Token(.symbol, String(character), start)
        case "," where insideBrackets, "]" where insideBrackets:
            return Token(.symbol, String(character), start)
        case "\"", "'":
            return try string(from: start)
        case "$":
            advance()
            return Token(.symbol, "$", start)
        default:
            var word = ""
            while let next = peek(), !Self.endsWord(next, insideBrackets: insideBrackets), !continuesLine(at: position) {
                word.append(next)
                advance()
            }
            return Token(.word, word, start)
        }
    }

    /// Whether `character` ends a bare word (white space, `;`, a quote, a bracket; inside
    /// brackets `,` and `]` too).
    static func endsWord(_ character: Character, insideBrackets: Bool) -> Bool {
        character.isWhitespace || (insideBrackets ? ";\"'{}(),]" : ";\"'{}()").contains(character)
    }

    /// The word `argument()` would read when it could name a command or a procedure (a
    /// letter or `_`, then letters, digits, `_` or `-`), else nil. It reads no further than
    /// such a name, so that asking whether each value of a long expression starts a command
    /// costs the length of a name, not of the rest of the line.
    mutating func commandName(insideBrackets: Bool = false) -> Token? {
        skipBlanks()
        let start = location
        let begin = position
        guard let first = peek(), first.isLetter || first == "_" else { return nil }
        while let next = peek(), next.isLetter || next.isNumber || next == "_" || next == "-" { advance() }
        if let next = peek(), !Self.endsWord(next, insideBrackets: insideBrackets) { return nil }
        return Token(.word, String(characters[begin..<position]), start)
    }

    // MARK: Strings

    /// A string token. Double-quoted strings keep their raw text (escapes and `${…}` are
    /// resolved by the parser, which knows where each piece stands); single-quoted ones are literal.
    private mutating func string(from start: SourceLocation) throws(ShellError) -> Token {
        let quote = peek()!
        advance()
        openInterpolation = nil
        tooDeepInterpolation = nil
        guard let raw = scanString(closedBy: quote) else {
            if let tooDeep = tooDeepInterpolation {
                throw ShellError("nested too deeply: more than \(Parser.maximumNesting) `${` inside one another", at: tooDeep)
            }
            if let open = openInterpolation {
                throw ShellError("`${` in this string is not closed", hint: "add `}` to end the expression", at: open, isIncomplete: true)
            }
            throw ShellError(
                "the string that starts here is not closed", hint: "add the closing \(quote)",
                at: start, isIncomplete: true)
        }
        return Token(quote == "\"" ? .string : .rawString, raw, start)
    }

    /// The raw text up to the closing quote (consumed), or nil at the end of the text. In a
    /// double-quoted string, `${…}` may hold anything an expression can, strings and braces
    /// included, so it is scanned with its own nesting.
    private mutating func scanString(closedBy quote: Character) -> String? {
        var raw = ""
        while let character = peek() {
            advance()
            if character == quote { return raw }
            raw.append(character)
            guard quote == "\"" else { continue }
            if character == "\\", let escaped = peek() {
                raw.append(escaped)
                advance()
            } else if character == "$", peek() == "{" {
                let dollar = SourceLocation(file: file, line: line, column: column - 1)
                advance()
                raw.append("{")
                guard interpolationDepth < Parser.maximumNesting else {
                    tooDeepInterpolation = dollar
                    return nil
                }
                interpolationDepth += 1
                let scanned = scanInterpolation()
                interpolationDepth -= 1
                guard let inner = scanned else {
                    if openInterpolation == nil { openInterpolation = dollar }
                    return nil
                }
                raw += inner + "}"
            }
        }
        return nil
    }

    /// How many characters of `text` the inside of a `${…}` takes (the text starts just after
    /// `${`; the closing brace is not counted), or nil when it is not closed: the parser finds
    /// interpolations with the very rules the lexer used to find the string's end.
    static func interpolationLength(in text: String) -> Int? {
        var lexer = Lexer(text, file: nil)
        guard lexer.scanInterpolation() != nil else { return nil }
        return lexer.position - 1
    }

    /// The inside of `${…}` up to its closing brace (consumed), or nil at the end of the text.
    private mutating func scanInterpolation() -> String? {
        var inner = ""
        var depth = 0
        while let character = peek() {
            advance()
            switch character {
            case "\"", "'":
                guard let nested = scanString(closedBy: character) else { return nil }
                inner += String(character) + nested + String(character)
            case "{":
                depth += 1
                inner.append(character)
            case "}":
                if depth == 0 { return inner }
                depth -= 1
                inner.append(character)
            default:
                inner.append(character)
            }
        }
        return nil
    }

    // MARK: Characters

    /// Whether a backslash at `index` ends its line, continuing the statement on the next.
    func continuesLine(at index: Int) -> Bool {
        index < characters.count && characters[index] == "\\"
            && (index + 1 == characters.count || characters[index + 1] == "\n")
    }

    /// A backslash that ends the whole text promises a next line: the prompt asks for it.
    private func refuseFinalBackslash(at start: SourceLocation) throws(ShellError) {
        guard continuesLine(at: position), position + 1 == characters.count else { return }
        throw ShellError(
            "the text ends with `\\`, which continues the statement", hint: "write the rest on the next line",
            at: start, isIncomplete: true)
    }

    /// Skips spaces, tabs, comments and backslash-newline continuations (not newlines).
    mutating func skipBlanks() {
        while let character = peek() {
            if character == "#" {
                while let next = peek(), next != "\n" {
                    _ = next
                    advance()
                }
            } else if continuesLine(at: position), position + 1 < characters.count {
                advance()
                advance()
            } else if character.isWhitespace, character != "\n" {
                advance()
            } else {
                return
            }
        }
    }

    func peek(at offset: Int = 0) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
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
