import SOPRuntime

/// Turns statements into Swift closures, once, so that running them does no name lookup and
/// no tree walking: each local variable becomes a slot of its frame, each operator a closure
/// with a fast path for numbers.
struct Compiler {
    unowned let interpreter: Interpreter
    /// Local names by scope, innermost last. At the top level, names declared outside any
    /// block are globals and are not in here.
    private var scopes: [[String: Int]] = []
    private let isTopLevel: Bool
    private(set) var frameSize = 0
    /// How many loops enclose the statement being compiled: `break` and `continue` need one.
    private var loopDepth = 0

    init(interpreter: Interpreter, isTopLevel: Bool, parameters: [String] = []) {
        self.interpreter = interpreter
        self.isTopLevel = isTopLevel
        if !isTopLevel {
            scopes = [[:]]
            for name in parameters { _ = declareLocal(name) }
        }
    }

    // MARK: Statements

    mutating func block(_ block: Block) throws(ShellError) -> Execute {
        scopes.append([:])
        defer { scopes.removeLast() }
        return try sequence(block.statements, topLevel: false)
    }

    mutating func sequence(_ statements: [Statement], topLevel: Bool) throws(ShellError) -> Execute {
        var compiled: [Execute] = []
        for statement in statements { compiled.append(try self.statement(statement, topLevel: topLevel)) }
        if compiled.count == 1 { return compiled[0] }
        // Two statements (a procedure's guard and its return) without looping over a list.
        if compiled.count == 2 {
            let first = compiled[0]
            let second = compiled[1]
            return { frame throws(ShellError) in
                let flow = try first(frame)
                guard case .normal = flow else { return flow }
                return try second(frame)
            }
        }
        return { frame throws(ShellError) in
            for execute in compiled {
                let flow = try execute(frame)
                if case .normal = flow { continue }
                return flow
            }
            return .normal
        }
    }

    mutating func statement(_ statement: Statement, topLevel: Bool) throws(ShellError) -> Execute {
        switch statement {
        case .expression(let expression): try expressionStatement(expression, topLevel: topLevel)
        case .command(let call): try commandStatement(call)
        case .declare(let name, let value, _): try declaration(name, value)
        case .assign(let target, let value, let location): try assignment(target, value, at: location)
        case .conditional(let branches, let otherwise): try conditional(branches, otherwise)
        case .whileLoop(let condition, let body, let location): try whileLoop(condition, body, at: location)
        case .forLoop(let name, let sequence, let body, let location): try forLoop(name, sequence, body, at: location)
        case .breakLoop(let location): try loopExit(.breakLoop, at: location)
        case .continueLoop(let location): try loopExit(.continueLoop, at: location)
        case .procedure(let procedure): try definition(procedure)
        case .returnValue(let value, let location): try returnStatement(value, at: location)
        case .source(let argument, let location): try sourceStatement(argument, at: location)
        case .tryCatch(let body, let name, let handler): try tryCatch(body, name, handler)
        case .raise(let message, let location): try raise(message, at: location)
        case .assertion(let condition, let message, let location): try assertion(condition, message, at: location)
        }
    }

    /// At the top level a value is shown, as the prompt shows what is typed; inside a block
    /// or procedure it is only computed.
    private mutating func expressionStatement(_ expression: Expression, topLevel: Bool) throws(ShellError) -> Execute {
        let interpreter = self.interpreter
        let evaluate = try self.expression(expression)
        guard topLevel else {
            return { frame throws(ShellError) in
                _ = try evaluate(frame)
                return .normal
            }
        }
        let location = expression.location
        return { frame throws(ShellError) in
            let value = try evaluate(frame)
            try ValueLimits.checkWritable(value, at: location)
            interpreter.show(value)
            return .normal
        }
    }

    private mutating func commandStatement(_ call: CommandCall) throws(ShellError) -> Execute {
        let interpreter = self.interpreter
        let run = try command(call)
        return { frame throws(ShellError) in
            let (result, json) = try run(frame)
            interpreter.show(result, json: json)
            return .normal
        }
    }

    /// `let`: a global outside any block at the top level (the prompt's later lines see it),
    /// else a slot of the frame.
    private mutating func declaration(_ name: String, _ value: Expression) throws(ShellError) -> Execute {
        let evaluate = try expression(value)
        if isTopLevel, scopes.isEmpty {
            let globals = interpreter.globals
            return { frame throws(ShellError) in
                globals.declare(name, try evaluate(frame))
                return .normal
            }
        }
        let slot = declareLocal(name)
        return { frame throws(ShellError) in
            frame.slots[slot] = try evaluate(frame)
            return .normal
        }
    }

    /// `if … else if … else`; a lone `if`, the most common, tests its one condition directly.
    private mutating func conditional(_ branches: [(Expression, Block)], _ otherwise: Block?) throws(ShellError) -> Execute {
        var compiled: [(Evaluate, SourceLocation, Execute)] = []
        for (condition, body) in branches {
            compiled.append((try expression(condition), condition.location, try block(body)))
        }
        let fallback = try otherwise.map { (body: Block) throws(ShellError) -> Execute in try block(body) }
        if compiled.count == 1, fallback == nil {
            let (condition, location, body) = compiled[0]
            return { frame throws(ShellError) in
                try Operators.truth(condition(frame), at: location) ? try body(frame) : .normal
            }
        }
        return { frame throws(ShellError) in
            for (condition, location, body) in compiled where try Operators.truth(condition(frame), at: location) {
                return try body(frame)
            }
            return try fallback?(frame) ?? .normal
        }
    }

    private mutating func whileLoop(_ condition: Expression, _ body: Block, at location: SourceLocation) throws(ShellError) -> Execute {
        let interpreter = self.interpreter
        let test = try expression(condition)
        loopDepth += 1
        let run = try block(body)
        loopDepth -= 1
        return { frame throws(ShellError) in
            while try Operators.truth(test(frame), at: location) {
                try interpreter.checkInterrupt(at: location)
                switch try run(frame) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal
        }
    }

    /// `break` or `continue` (`flow`), refused outside a loop when it is compiled.
    private func loopExit(_ flow: Flow, at location: SourceLocation) throws(ShellError) -> Execute {
        guard loopDepth > 0 else {
            if case .breakLoop = flow {
                throw ShellError(
                    "`break` belongs inside a loop",
                    hint: "it leaves the `for` or `while` loop it is written in; to leave a procedure, use `return`", at: location)
            }
            throw ShellError(
                "`continue` belongs inside a loop",
                hint: "it goes on with the next turn of the `for` or `while` loop it is written in", at: location)
        }
        return { _ in flow }
    }

    /// `proc`: compiled now, defined when the statement runs (so that a call before it fails).
    private func definition(_ procedure: Procedure) throws(ShellError) -> Execute {
        let compiled = try interpreter.compile(procedure)
        let box = interpreter.procedureBox(procedure.name)
        return { _ in
            box.procedure = compiled
            return .normal
        }
    }

    private mutating func returnStatement(_ value: Expression?, at location: SourceLocation) throws(ShellError) -> Execute {
        guard !isTopLevel else {
            throw ShellError(
                "`return` belongs inside a procedure",
                hint: "it ends the `proc` it is written in and gives back its value; to end a script, use `exit`", at: location)
        }
        guard let value else { return { _ in .returned(.null) } }
        let evaluate = try expression(value)
        return { frame throws(ShellError) in .returned(try evaluate(frame)) }
    }

    private mutating func sourceStatement(_ argument: CommandCall.Argument, at location: SourceLocation) throws(ShellError) -> Execute {
        let interpreter = self.interpreter
        let path = try self.argument(argument)
        return { frame throws(ShellError) in
            try interpreter.source(try path(frame).plainText, at: location)
            return .normal
        }
    }

    /// `error MESSAGE`.
    private mutating func raise(_ message: Expression, at location: SourceLocation) throws(ShellError) -> Execute {
        let evaluate = try expression(message)
        return { frame throws(ShellError) in
            throw ShellError(rendered: try evaluate(frame).plainText, at: location)
        }
    }

    private mutating func forLoop(_ name: String, _ sequence: Expression, _ body: Block, at location: SourceLocation) throws(ShellError)
        -> Execute
    {
        let interpreter = self.interpreter
        scopes.append([:])
        defer { scopes.removeLast() }
        let slot = declareLocal(name)
        loopDepth += 1
        let run = try block(body)
        loopDepth -= 1
        // `for i in a..b` counts without building the list.
        if case .range(let low, let high, let rangeLocation) = sequence {
            let first = try expression(low)
            let last = try expression(high)
            return { frame throws(ShellError) in
                let from = try Operators.integer(first(frame), at: rangeLocation)
                let to = try Operators.integer(last(frame), at: rangeLocation)
                guard from <= to else { return .normal }
                for value in from...to {
                    try interpreter.checkInterrupt(at: location)
                    frame.slots[slot] = .number(Double(value))
                    switch try run(frame) {
                    case .breakLoop: return .normal
                    case .returned(let value): return .returned(value)
                    case .normal, .continueLoop: continue
                    }
                }
                return .normal
            }
        }
        let items = try expression(sequence)
        return { frame throws(ShellError) in
            for item in try Operators.items(of: items(frame), at: sequence.location) {
                try interpreter.checkInterrupt(at: location)
                frame.slots[slot] = item
                switch try run(frame) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal
        }
    }

    private mutating func tryCatch(_ body: Block, _ name: String?, _ handler: Block) throws(ShellError) -> Execute {
        let run = try block(body)
        scopes.append([:])
        defer { scopes.removeLast() }
        let slot = name.map { declareLocal($0) }
        let recover = try block(handler)
        return { frame throws(ShellError) in
            do throws(ShellError) {
                return try run(frame)
            } catch  where error.kind == .error {
                if let slot { frame.slots[slot] = Operators.errorRecord(error) }
                return try recover(frame)
            }
        }
    }

    private mutating func assertion(_ condition: Expression, _ message: Expression?, at location: SourceLocation) throws(ShellError)
        -> Execute
    {
        let text = try message.map { (message: Expression) throws(ShellError) -> Evaluate in try expression(message) }
        // A comparison reports both of its sides, so that a failed exercise says what was found.
        if case .binary(let op, let left, let right, let opLocation) = condition, op.precedence == .comparison {
            let lhs = try expression(left)
            let rhs = try expression(right)
            return { frame throws(ShellError) in
                let a = try lhs(frame)
                let b = try rhs(frame)
                if try Operators.truth(Operators.binary(op, a, b, at: opLocation), at: location) { return .normal }
                let said = try text.map { (evaluate: Evaluate) throws(ShellError) -> String in try evaluate(frame).plainText }
                throw ShellError(
                    said.map { "assertion failed: \($0)" } ?? "assertion failed",
                    hint: "left side: \(ValueDescription.inline(a)), right side: \(ValueDescription.inline(b)), expected \(op) to hold",
                    at: location)
            }
        }
        let test = try expression(condition)
        return { frame throws(ShellError) in
            let value = try test(frame)
            if try Operators.truth(value, at: location) { return .normal }
            let said = try text.map { (evaluate: Evaluate) throws(ShellError) -> String in try evaluate(frame).plainText }
            throw ShellError(
                said.map { "assertion failed: \($0)" } ?? "assertion failed",
                hint: "the condition was \(ValueDescription.inline(value))", at: location)
        }
    }

    // MARK: Names

    mutating func declareLocal(_ name: String) -> Int {
        let slot = frameSize
        frameSize += 1
        scopes[scopes.count - 1][name] = slot
        return slot
    }

    func local(_ name: String) -> Int? {
        for scope in scopes.reversed() {
            if let slot = scope[name] { return slot }
        }
        return nil
    }
}
