import SOPRuntime

/// Reads statements: keyword statements (`let`, `if`, `while`, `for`, `proc`, …), commands
/// written shell-style (`assign 3 kepala`), assignments and expressions.
///
/// Whether a line starts a command is decided by its first word: a command of the shell or
/// a procedure, not followed by `=`, `(`, `.` or `[`. Everything else is an expression.
struct Parser {
    /// What the parser must know about names to tell a command from an expression.
    struct Names {
        var isCommand: (String) -> Bool
        var isProcedure: (String) -> Bool
        /// A global variable that already exists (at the prompt, from earlier lines).
        var isVariable: (String) -> Bool = { _ in false }
    }

    var lexer: Lexer
    let names: Names
    /// Procedures declared so far in this text: they can be called shell-style below.
    var declaredProcedures: Set<String> = []
    /// Variables declared so far in this text (`let`, parameters, loop and catch names): a
    /// variable named like a command is read as the variable.
    var declaredVariables: Set<String> = []
    /// How many blocks, brackets and parentheses are open: newlines inside brackets are
    /// white space, and an end of text inside any of them is "incomplete".
    var depth = 0
    /// How deep the syntax tree being built is: brackets, blocks, `-` and `not`, and each link
    /// of a chain (`1 + 2 + 3`, `r.a.b`). Bounded, so that parsing, compiling, running and
    /// freeing the tree stay far from the end of the stack however the text is nested.
    var nesting = 0
    static let maximumNesting = 1_000

    init(_ text: String, file: String?, names: Names, line: Int = 1, column: Int = 1) {
        lexer = Lexer(text, file: file, line: line, column: column)
        self.names = names
    }

    /// Every statement of the text.
    mutating func program() throws(ShellError) -> Block {
        try lexer.refuseNUL()
        var statements: [Statement] = []
        while true {
            try skipSeparators()
            if try peek().kind == .end { return Block(statements: statements) }
            statements.append(try statement())
            try endOfStatement()
        }
    }

    // MARK: Statements

    mutating func statement() throws(ShellError) -> Statement {
        let first = try peek()
        if let keyword = first.keyword, let statement = try keywordStatement(keyword, at: first.location) {
            return statement
        }
        if let call = try commandAtStart() { return .command(call) }
        let expression = try self.expression()
        if try peek().is("=") {
            let equals = try next()
            switch expression {
            case .variable, .member, .index: break
            default: throw ShellError("only a variable, a field or an element can be assigned to", at: equals.location)
            }
            return .assign(expression, try self.expression(), equals.location)
        }
        return .expression(expression)
    }

    /// One level deeper into the syntax tree; one level too many is refused where it starts.
    mutating func enterNesting() throws(ShellError) {
        guard nesting < Self.maximumNesting else {
            throw ShellError(
                "nested too deeply: more than \(Self.maximumNesting) brackets, blocks or operators inside one another",
                hint: "split it up: name parts with `let`, or move inner blocks into procedures", at: lexer.location)
        }
        nesting += 1
    }

    /// `{ statements }`.
    mutating func block() throws(ShellError) -> Block {
        try enterNesting()
        defer { nesting -= 1 }
        let open = try peek()
        guard open.is("{") else {
            throw ShellError(
                "expected `{` to start a block", hint: "blocks are written { … }, with `{` on the same line", at: open.location)
        }
        _ = try next()
        depth += 1
        var statements: [Statement] = []
        while true {
            try skipSeparators()
            let token = try peek()
            if token.is("}") { break }
            if token.kind == .end {
                throw ShellError("the block opened here is not closed", hint: "add `}`", at: open.location, isIncomplete: true)
            }
            statements.append(try statement())
            if !(try peek().is("}")) { try endOfStatement() }
        }
        _ = try next()
        depth -= 1
        return Block(statements: statements)
    }

    // MARK: Commands

    /// A command call if the statement starts with a command's or procedure's name.
    private mutating func commandAtStart() throws(ShellError) -> CommandCall? {
        var probe = lexer
        guard let word = probe.commandName(), !isVariable(word.text),
            isCallable(word.text) || looksLikeUnknownCommand(word.text, followedBy: probe)
        else {
            return nil
        }
        // `name(…)`, `name.field`, `name[i]` and `name = …` are expressions, not commands.
        if let adjacent = probe.peek(), "(.[".contains(adjacent) { return nil }
        probe.skipBlanks()
        if probe.peek() == "=", probe.peek(at: 1) != "=" { return nil }
        lexer = probe
        return try commandArguments(name: word)
    }

    /// `opne examples/x.yaml`, `set-tme 12 "1 jam"`: a command-shaped word followed by an
    /// argument (not an operator) is a command, even one that does not exist, so that running
    /// it can say which command was meant instead of failing to parse.
    private func looksLikeUnknownCommand(_ word: String, followedBy probe: Lexer) -> Bool {
        guard let first = word.first, first.isLetter, Keyword(rawValue: word) == nil,
            word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
        else { return false }
        var after = probe
        after.skipBlanks()
        guard let next = after.peek(), next != "\n", next != ";", next != "#" else { return false }
        return !"+-*/%<>=!.&|,)]}[{".contains(next) || (next == "-" && after.peek(at: 1) == "-")
    }

    func isVariable(_ name: String) -> Bool {
        declaredVariables.contains(name) || names.isVariable(name)
    }

    func isCallable(_ name: String) -> Bool {
        names.isCommand(name) || names.isProcedure(name) || declaredProcedures.contains(name)
    }

    /// The arguments of a command up to the end of its statement (a separator, `}` or `{`).
    mutating func commandArguments(name: Token) throws(ShellError) -> CommandCall {
        var arguments: [CommandCall.Argument] = []
        while let argument = try commandArgument() { arguments.append(argument) }
        return CommandCall(name: name.text, arguments: arguments, location: name.location)
    }

    /// One argument, or nil at the end of the command (left for the caller to read).
    mutating func commandArgument() throws(ShellError) -> CommandCall.Argument? {
        var probe = lexer
        let token = try probe.argument(insideBrackets: depth > 0)
        switch token.kind {
        case .word:
            lexer = probe
            return .word(token.text, token.location)
        case .rawString:
            lexer = probe
            return .word(token.text, token.location)
        case .string:
            lexer = probe
            return .expression(try interpolation(token), token.location)
        case .symbol where token.text == "$":
            lexer = probe
            return .expression(try variablePath(after: token), token.location)
        case .symbol where token.text == "(":
            lexer = probe
            depth += 1
            try skipNewlines()
            let expression = try self.expression()
            try skipNewlines()
            try expect(")", "`)` to close the expression")
            depth -= 1
            return .expression(expression, token.location)
        default:
            return nil
        }
    }

    // MARK: Tokens

    mutating func peek() throws(ShellError) -> Token {
        var probe = lexer
        return try probe.token()
    }

    mutating func next() throws(ShellError) -> Token {
        let token = try lexer.token()
        if token.kind == .end, depth > 0 {
            throw ShellError("the text ends inside an open bracket or block", hint: "close it", at: token.location, isIncomplete: true)
        }
        return token
    }

    mutating func expect(_ symbol: String, _ what: Message) throws(ShellError) {
        let token = try next()
        guard token.is(symbol) else {
            throw ShellError("expected \(what), found \(describe(token))", at: token.location)
        }
    }

    mutating func expectName(_ what: Message, hint: Message? = nil) throws(ShellError) -> Token {
        let token = try next()
        guard token.kind == .name, token.keyword == nil else {
            throw ShellError("expected \(what), found \(describe(token))", hint: hint, at: token.location)
        }
        return token
    }

    /// A closing bracket; at the end of the text, the bracket that was opened is "incomplete".
    mutating func expectClosing(_ symbol: String, opened: Token, what: Message) throws(ShellError) {
        try skipNewlines()
        if try peek().kind == .end {
            throw ShellError("the \(what) opened here is not closed", hint: "add `\(symbol)`", at: opened.location, isIncomplete: true)
        }
        try expect(symbol, "`\(symbol)` to close the \(what)")
    }

    func describe(_ token: Token) -> Message {
        switch token.kind {
        case .end: "the end of the text"
        case .separator: "the end of the line"
        case .string, .rawString: "a string"
        default: Message(verbatim: "`\(token.text)`")
        }
    }

    mutating func atStatementEnd() throws(ShellError) -> Bool {
        let token = try peek()
        return token.kind == .separator || token.kind == .end || token.is("}")
    }

    mutating func endOfStatement() throws(ShellError) {
        let token = try peek()
        if token.kind == .end || token.is("}") { return }
        guard token.kind == .separator else {
            throw ShellError(
                "expected the end of the statement, found \(describe(token))",
                hint: "put one statement per line, or separate them with `;`", at: token.location)
        }
        _ = try next()
    }

    mutating func skipSeparators() throws(ShellError) {
        while try peek().kind == .separator { _ = try next() }
    }

    mutating func skipNewlines() throws(ShellError) {
        while try peek().kind == .separator, try peek().text == "\n" { _ = try next() }
    }

    /// The items between brackets, separated by commas, with new lines allowed around them:
    /// a call's arguments, a list's items, a record's fields, a procedure's parameters. Stops
    /// before `closing`, which the caller expects, so that it can say what was left open.
    mutating func commaSeparated<Item>(
        until closing: String, _ item: (inout Parser) throws(ShellError) -> Item
    ) throws(ShellError) -> [Item] {
        var items: [Item] = []
        try skipNewlines()
        while !(try peek().is(closing)) {
            items.append(try item(&self))
            try skipNewlines()
            guard try peek().is(",") else { break }
            _ = try next()
            try skipNewlines()
        }
        return items
    }

    /// Skips the new lines after a binary operator, which continue the expression: when the
    /// text ends there, the value is still to come (the prompt asks for the next line).
    mutating func skipNewlines(after binaryOperator: Token) throws(ShellError) {
        try skipNewlines()
        if try peek().kind == .end {
            throw ShellError(
                "the text ends after `\(binaryOperator.text)`", hint: "write the value that follows it",
                at: binaryOperator.location, isIncomplete: true)
        }
    }
}
