import Foundation
import SOPRuntime

/// Expressions, by precedence from loosest to tightest:
/// `or` · `and` · `not` · comparisons · `..` · `+ -` · `* / %` · unary `-` · calls, `.field`, `[i]`.
extension Parser {
    mutating func expression() throws(ShellError) -> Expression {
        try enterNesting()
        defer { nesting -= 1 }
        return try logical(.or) { (p: inout Parser) throws(ShellError) in
            try p.logical(.and) { (q: inout Parser) throws(ShellError) in try q.negation() }
        }
    }

    private mutating func logical(
        _ op: LogicalOperator, _ operand: (inout Parser) throws(ShellError) -> Expression
    ) throws(ShellError) -> Expression {
        var left = try operand(&self)
        var links = 0
        defer { nesting -= links }
        while LogicalOperator(try peek()) == op {
            try enterNesting()
            links += 1
            let token = try next()
            try skipNewlines(after: token)
            left = .logical(op, left, try operand(&self), token.location)
        }
        return left
    }

    private mutating func negation() throws(ShellError) -> Expression {
        let token = try peek()
        if UnaryOperator(token) == .not {
            _ = try next()
            try enterNesting()
            defer { nesting -= 1 }
            return .unary(.not, try negation(), token.location)
        }
        return try comparison()
    }

    private mutating func comparison() throws(ShellError) -> Expression {
        let left = try range()
        guard let op = try peekOperator(.comparison) else { return left }
        let token = try next()
        try skipNewlines(after: token)
        let compared = Expression.binary(op, left, try range(), token.location)
        if try peekOperator(.comparison) != nil {
            throw ShellError(
                "comparisons do not chain", hint: "join two comparisons with `and`, for example: a < b and b < c",
                at: try peek().location)
        }
        return compared
    }

    private mutating func range() throws(ShellError) -> Expression {
        let left = try additive()
        guard try peek().is("..") else { return left }
        let token = try next()
        try skipNewlines(after: token)
        return .range(left, try additive(), token.location)
    }

    private mutating func additive() throws(ShellError) -> Expression {
        var left = try multiplicative()
        var links = 0
        defer { nesting -= links }
        while let op = try peekOperator(.additive) {
            try enterNesting()
            links += 1
            let token = try next()
            try skipNewlines(after: token)
            left = .binary(op, left, try multiplicative(), token.location)
        }
        return left
    }

    private mutating func multiplicative() throws(ShellError) -> Expression {
        var left = try unary()
        var links = 0
        defer { nesting -= links }
        while let op = try peekOperator(.multiplicative) {
            try enterNesting()
            links += 1
            let token = try next()
            try skipNewlines(after: token)
            left = .binary(op, left, try unary(), token.location)
        }
        return left
    }

    private mutating func unary() throws(ShellError) -> Expression {
        let token = try peek()
        if UnaryOperator(token) == .negate {
            _ = try next()
            try enterNesting()
            defer { nesting -= 1 }
            return .unary(.negate, try unary(), token.location)
        }
        return try postfix()
    }

    private mutating func postfix() throws(ShellError) -> Expression {
        var expression = try primary()
        var links = 0
        defer { nesting -= links }
        while true {
            let token = try peek()
            if token.is(".") || token.is("[") {
                try enterNesting()
                links += 1
            }
            if token.is(".") {
                _ = try next()
                let field = try next()
                guard field.kind == .name || field.kind == .number else {
                    throw ShellError("expected a field name after `.`", at: field.location)
                }
                expression = .member(expression, field.text, field.location)
            } else if token.is("[") {
                _ = try next()
                depth += 1
                try skipNewlines()
                let index = try self.expression()
                try skipNewlines()
                try expect("]", "`]` after the index")
                depth -= 1
                expression = .index(expression, index, token.location)
            } else {
                return expression
            }
        }
    }

    private mutating func primary() throws(ShellError) -> Expression {
        if let call = try commandInExpression() { return .command(call) }
        let token = try next()
        let location = token.location
        switch token.kind {
        case .number:
            guard let number = Double(token.text), number < ValueLimits.magnitude else {
                throw ShellError(
                    "`\(token.text)` is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)",
                    hint: "write a smaller number: whole numbers are exact up to 999999999999999", at: location)
            }
            return .literal(.number(number), location)
        case .duration:
            return .literal(try ValueLimits.checked(.duration((try? DurationParser.parse(token.text)) ?? .zero), at: location), location)
        case .dateTime:
            guard let dateTime = CivilDateTime(token.text) else {
                throw ShellError("`\(token.text)` is not a real date", hint: "write it as 2026-03-02 or 2026-03-02T08:30", at: location)
            }
            return .literal(.dateTime(dateTime), location)
        case .string:
            return try interpolation(token)
        case .rawString:
            return .literal(.string(token.text), location)
        case .name:
            return try named(token)
        case .symbol:
            return try bracketed(token)
        case .separator, .end, .word:
            if token.kind == .end, depth > 0 {
                throw ShellError("the text ends inside an open bracket", hint: "close it", at: location, isIncomplete: true)
            }
            throw ShellError("expected a value, found \(describe(token))", at: location)
        }
    }

    private mutating func named(_ token: Token) throws(ShellError) -> Expression {
        let location = token.location
        if let keyword = token.keyword {
            guard let value = keyword.literal else {
                throw ShellError("`\(token.text)` is a keyword and cannot be used as a value", at: location)
            }
            return .literal(value, location)
        }
        if try peek().is("("), lexer.peek() == "(" {
            _ = try next()
            depth += 1
            let arguments = try commaSeparated(until: ")") { parser throws(ShellError) in try parser.expression() }
            try expect(")", "`)` after the arguments")
            depth -= 1
            return .call(token.text, arguments, location)
        }
        return .variable(token.text, location)
    }

    /// A command (`let s = steps`, `let t = set-time 12 "1 jam"`) or a procedure called
    /// shell-style (`let v = add 2 3`) where a value is expected; a variable of the same name,
    /// or a call written `name(…)`, is not one.
    private mutating func commandInExpression() throws(ShellError) -> CommandCall? {
        var probe = lexer
        guard let word = probe.commandName(insideBrackets: depth > 0), !isVariable(word.text),
            probe.peek() != "(", probe.peek() != "."
        else { return nil }
        let isProcedure = names.isProcedure(word.text) || declaredProcedures.contains(word.text)
        guard names.isCommand(word.text) || isProcedure else { return nil }
        lexer = probe
        return try commandArguments(name: word)
    }

    private mutating func bracketed(_ token: Token) throws(ShellError) -> Expression {
        let location = token.location
        switch token.text {
        case "(":
            depth += 1
            try skipNewlines()
            let inner = try expression()
            try expectClosing(")", opened: token, what: "parenthesis")
            depth -= 1
            return inner
        case "[":
            depth += 1
            let items = try commaSeparated(until: "]") { parser throws(ShellError) in try parser.expression() }
            try expectClosing("]", opened: token, what: "list")
            depth -= 1
            return .list(items, location)
        case "{":
            depth += 1
            let fields = try commaSeparated(until: "}") { parser throws(ShellError) -> (String, Expression) in
                let key = try parser.next()
                guard [.name, .string, .rawString].contains(key.kind) else {
                    throw ShellError("expected a field name in the record, found \(parser.describe(key))", at: key.location)
                }
                try parser.expect(":", "`:` after the field name")
                return (key.text, try parser.expression())
            }
            try expectClosing("}", opened: token, what: "record")
            depth -= 1
            return .record(fields, location)
        case "$":
            return try variablePath(after: token)
        default:
            throw ShellError("expected a value, found `\(token.text)`", at: location)
        }
    }

    /// The binary operator of `precedence` that comes next, if one does.
    private mutating func peekOperator(_ precedence: BinaryOperator.Precedence) throws(ShellError) -> BinaryOperator? {
        guard let op = BinaryOperator(try peek()), op.precedence == precedence else { return nil }
        return op
    }

    /// `$name`, `$name.field`: a variable written shell-style.
    mutating func variablePath(after dollar: Token) throws(ShellError) -> Expression {
        let name = try next()
        guard name.kind == .name else { throw ShellError("expected a variable name after `$`", at: dollar.location) }
        var expression = Expression.variable(name.text, name.location)
        var links = 0
        defer { nesting -= links }
        while lexer.peek() == ".", let after = lexer.peek(at: 1), after.isLetter || after == "_" {
            try enterNesting()
            links += 1
            _ = try next()
            let field = try next()
            expression = .member(expression, field.text, field.location)
        }
        return expression
    }
}
