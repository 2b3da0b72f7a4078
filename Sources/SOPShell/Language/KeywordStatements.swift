import SOPRuntime

/// The statements that start with a keyword, one function each (as Lua's `whilestat`,
/// `forstat`…): each reads its keyword and what follows it.
extension Parser {
    /// The statement `keyword` starts, or nil for a keyword that does not start one: a word
    /// of an expression (`not`, `true`…), or one that continues a statement and is refused
    /// where it stands by what reads it next (`in`, `catch`).
    mutating func keywordStatement(_ keyword: Keyword, at location: SourceLocation) throws(ShellError) -> Statement? {
        switch keyword {
        case .else:
            throw ShellError("`else` must follow the `}` of its `if` block on the same line", hint: "write `} else {`", at: location)
        case .let: return try letStatement(at: location)
        case .if: return try ifStatement()
        case .while: return try whileStatement(at: location)
        case .for: return try forStatement(at: location)
        case .break:
            _ = try next()
            return .breakLoop(location)
        case .continue:
            _ = try next()
            return .continueLoop(location)
        case .proc:
            _ = try next()
            return .procedure(try procedure(at: location))
        case .return: return try returnStatement(at: location)
        case .source: return try sourceStatement(at: location)
        case .try: return try tryStatement()
        case .error:
            _ = try next()
            return .raise(try expression(), location)
        case .assert: return try assertStatement(at: location)
        case .in, .catch, .true, .false, .null, .and, .or, .not:
            return nil
        }
    }

    /// `let NAME = VALUE`.
    private mutating func letStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        let name = try expectName("a variable name after `let`", hint: "write it as let NAME = VALUE, for example: let jumlah = 3")
        try expect("=", "`=` after the variable's name")
        declaredVariables.insert(name.text)
        return .declare(name.text, try expression(), location)
    }

    /// `if CONDITION { … } else if CONDITION { … } else { … }`, each `else` on the line of the `}` before it.
    private mutating func ifStatement() throws(ShellError) -> Statement {
        _ = try next()
        var branches = [(try expression(), try block())]
        var otherwise: Block?
        while try peek().is(.else) {
            _ = try next()
            if try peek().is(.if) {
                _ = try next()
                branches.append((try expression(), try block()))
            } else {
                otherwise = try block()
                break
            }
        }
        return .conditional(branches, otherwise: otherwise)
    }

    /// `while CONDITION { … }`.
    private mutating func whileStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        return .whileLoop(try expression(), try block(), location)
    }

    /// `for NAME in VALUES { … }`.
    private mutating func forStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        let name = try expectName("a loop variable after `for`")
        let keyword = try next()
        guard keyword.is(.in) else {
            throw ShellError(
                "expected `in` after the loop variable, found \(describe(keyword))", hint: "for step in steps { … }", at: keyword.location)
        }
        declaredVariables.insert(name.text)
        return .forLoop(name.text, try expression(), try block(), location)
    }

    /// `proc NAME(PARAMETER, PARAMETER = DEFAULT) { … }`, after `proc`.
    private mutating func procedure(at location: SourceLocation) throws(ShellError) -> Procedure {
        let name = try expectName("the procedure's name after `proc`")
        try expect("(", "`(` and the parameters after the procedure's name")
        depth += 1
        var afterADefault = false
        let parameters = try commaSeparated(until: ")") { parser throws(ShellError) -> Procedure.Parameter in
            let parameter = try parser.expectName("a parameter name")
            var defaultValue: Expression?
            if try parser.peek().is("=") {
                _ = try parser.next()
                defaultValue = try parser.expression()
            } else if afterADefault {
                throw ShellError("parameter `\(parameter.text)` needs a default, since the one before it has one", at: parameter.location)
            }
            afterADefault = defaultValue != nil
            parser.declaredVariables.insert(parameter.text)
            return .init(name: parameter.text, defaultValue: defaultValue)
        }
        try expect(")", "`)` after the parameters")
        depth -= 1
        declaredProcedures.insert(name.text)
        return Procedure(name: name.text, parameters: parameters, body: try block(), location: location)
    }

    /// `return`, or `return VALUE`.
    private mutating func returnStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        return .returnValue(try atStatementEnd() ? nil : expression(), location)
    }

    /// `source FILE`: the file is a command argument, a bare word or a string.
    private mutating func sourceStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        guard let argument = try commandArgument() else {
            throw ShellError("`source` needs a file", hint: "source examples/tour.sopsh", at: location)
        }
        return .source(argument, location)
    }

    /// `try { … } catch NAME { … }`, the name optional.
    private mutating func tryStatement() throws(ShellError) -> Statement {
        _ = try next()
        let body = try block()
        guard try peek().is(.catch) else {
            throw ShellError("expected `catch` after the `try` block", hint: "try { … } catch e { … }", at: try peek().location)
        }
        _ = try next()
        var name: String?
        if try peek().kind == .name {
            name = try expectName("the error's name after `catch`", hint: "choose a name that is not a keyword, such as catch e { … }").text
        }
        if let name { declaredVariables.insert(name) }
        return .tryCatch(body, name, try block())
    }

    /// `assert CONDITION`, or `assert CONDITION, MESSAGE`.
    private mutating func assertStatement(at location: SourceLocation) throws(ShellError) -> Statement {
        _ = try next()
        let condition = try expression()
        if try peek().is(",") { _ = try next() }
        return .assertion(condition, message: try atStatementEnd() ? nil : expression(), location)
    }
}
