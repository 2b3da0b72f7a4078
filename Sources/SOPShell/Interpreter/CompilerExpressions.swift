import SOPRuntime

extension Compiler {
    mutating func expression(_ expression: Expression) throws(ShellError) -> Evaluate {
        switch expression {
        case .literal(let value, _):
            return { _ in value }
        case .interpolation(let pieces, let location):
            var parts: [Evaluate] = []
            for piece in pieces {
                switch piece {
                case .text(let text): parts.append { _ in .string(text) }
                case .expression(let inner): parts.append(try self.expression(inner))
                }
            }
            return { frame throws(ShellError) in
                var text = ""
                for part in parts {
                    let value = try part(frame)
                    try ValueLimits.checkWritable(value, at: location)
                    let piece = value.plainText
                    try ValueLimits.check(textBytes: text.utf8.count + piece.utf8.count, at: location)
                    text += piece
                }
                return .string(text)
            }
        case .variable(let name, let location):
            return variable(name, at: location)
        case .list(let items, _):
            var compiled: [Evaluate] = []
            for item in items { compiled.append(try self.expression(item)) }
            return { frame throws(ShellError) in
                var values: [Value] = []
                values.reserveCapacity(compiled.count)
                for item in compiled { values.append(try item(frame)) }
                return .list(values)
            }
        case .record(let fields, _):
            var compiled: [(String, Evaluate)] = []
            for (key, value) in fields { compiled.append((key, try self.expression(value))) }
            return { frame throws(ShellError) in
                var record = Record()
                for (key, value) in compiled { record[key] = try value(frame) }
                return .record(record)
            }
        case .unary(let op, let operand, let location):
            let evaluate = try self.expression(operand)
            switch op {
            case .not: return { frame throws(ShellError) in .bool(!(try Operators.truth(evaluate(frame), at: location))) }
            case .negate: return { frame throws(ShellError) in try Operators.negate(evaluate(frame), at: location) }
            }
        case .binary(let op, let left, let right, let location):
            return try binary(op, left, right, at: location)
        case .logical(let op, let left, let right, let location):
            let lhs = try self.expression(left)
            let rhs = try self.expression(right)
            switch op {
            case .and:
                return { frame throws(ShellError) in
                    try Operators.truth(lhs(frame), at: location) ? .bool(try Operators.truth(rhs(frame), at: location)) : .bool(false)
                }
            case .or:
                return { frame throws(ShellError) in
                    try Operators.truth(lhs(frame), at: location) ? .bool(true) : .bool(try Operators.truth(rhs(frame), at: location))
                }
            }
        case .range(let low, let high, let location):
            let first = try self.expression(low)
            let last = try self.expression(high)
            return { frame throws(ShellError) in try Operators.range(first(frame), last(frame), at: location) }
        case .member(let base, let name, let location):
            let evaluate = try self.expression(base)
            return { frame throws(ShellError) in try Operators.member(evaluate(frame), name, at: location) }
        case .index(let base, let index, let location):
            let container = try self.expression(base)
            let key = try self.expression(index)
            return { frame throws(ShellError) in try Operators.index(container(frame), key(frame), at: location) }
        case .call(let name, let arguments, let location):
            var compiled: [Evaluate] = []
            for argument in arguments { compiled.append(try self.expression(argument)) }
            return try call(name, compiled, at: location)
        case .command(let call):
            let run = try command(call)
            return { frame throws(ShellError) in try run(frame).0.value }
        }
    }

    private func variable(_ name: String, at location: SourceLocation) -> Evaluate {
        if let slot = local(name) { return { frame in frame.slots[slot] } }
        let globals = interpreter.globals
        let reference = Globals.Reference(name)
        return { _ throws(ShellError) in
            guard let slot = reference.slot(in: globals) else { throw Operators.undefined(name, at: location) }
            return globals.values[slot]
        }
    }

    /// Arithmetic and comparison, with the common case (two numbers) decided inline.
    private mutating func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, at location: SourceLocation)
        throws(ShellError)
        -> Evaluate
    {
        let lhs = try expression(left)
        let rhs = try expression(right)
        switch op {
        case .add:
            return { frame throws(ShellError) in
                let a = try lhs(frame)
                let b = try rhs(frame)
                if case .number(let x) = a, case .number(let y) = b { return .number(x + y) }
                return try Operators.binary(op, a, b, at: location)
            }
        case .subtract:
            return { frame throws(ShellError) in
                let a = try lhs(frame)
                let b = try rhs(frame)
                if case .number(let x) = a, case .number(let y) = b { return .number(x - y) }
                return try Operators.binary(op, a, b, at: location)
            }
        case .less:
            return { frame throws(ShellError) in
                let a = try lhs(frame)
                let b = try rhs(frame)
                if case .number(let x) = a, case .number(let y) = b { return .bool(x < y) }
                return try Operators.binary(op, a, b, at: location)
            }
        case .multiply, .divide, .remainder, .equal, .notEqual, .lessOrEqual, .greater, .greaterOrEqual:
            return { frame throws(ShellError) in try Operators.binary(op, lhs(frame), rhs(frame), at: location) }
        }
    }

    /// A call: a procedure if one is (or will be) defined with that name, else a built-in function.
    private func call(_ name: String, _ arguments: [Evaluate], at location: SourceLocation) throws(ShellError) -> Evaluate {
        let interpreter = self.interpreter
        let box = interpreter.procedureBox(name)
        let builtin = Builtins.function(named: name)
        if box.procedure == nil, builtin == nil, !interpreter.isDeclaringProcedure(name) {
            // Not known yet: it may be defined later in the script, so look again when called.
            return { frame throws(ShellError) in
                guard box.procedure != nil else {
                    throw ShellError("there is no procedure or function `\(name)`", hint: Builtins.suggestion(for: name), at: location)
                }
                return try interpreter.call(
                    box, arguments.map { (evaluate) throws(ShellError) -> Value in try evaluate(frame) }, at: location)
            }
        }
        if let builtin, box.procedure == nil, !interpreter.isDeclaringProcedure(name) {
            return { frame throws(ShellError) in
                var values: [Value] = []
                values.reserveCapacity(arguments.count)
                for argument in arguments { values.append(try argument(frame)) }
                return try builtin(values, location)
            }
        }
        // The arguments go straight into the callee's frame: no list is built for a call.
        return { frame throws(ShellError) in
            guard let procedure = box.procedure else {
                throw ShellError("the procedure `\(name)` is not defined yet", hint: "define it before this line runs", at: location)
            }
            let callee = try interpreter.enter(procedure, giving: arguments.count, at: location)
            for (index, argument) in arguments.enumerated() { callee.slots[index] = try argument(frame) }
            return try interpreter.finish(procedure, in: callee, given: arguments.count)
        }
    }

    /// `target = value` for a variable, or a field or element inside one (`r.x = 1`, `l[0] = 2`).
    mutating func assignment(_ target: Expression, _ value: Expression, at location: SourceLocation) throws(ShellError) -> Execute {
        let evaluate = try expression(value)
        var path: [Evaluate] = []
        var root = target
        while true {
            if case .member(let base, let name, _) = root {
                path.insert({ _ in .string(name) }, at: 0)
                root = base
            } else if case .index(let base, let index, _) = root {
                path.insert(try expression(index), at: 0)
                root = base
            } else {
                break
            }
        }
        guard case .variable(let name, let nameLocation) = root else {
            throw ShellError("only a variable, or a field or element of one, can be assigned to", at: location)
        }
        if path.isEmpty { return plainAssignment(name, evaluate, at: nameLocation) }
        let keys = path
        let store: (Frame, (inout Value) throws(ShellError) -> Void) throws(ShellError) -> Void
        if let slot = local(name) {
            store = { frame, change throws(ShellError) in try change(&frame.slots[slot]) }
        } else {
            let globals = interpreter.globals
            store = { _, change throws(ShellError) in
                guard let slot = globals.slot(of: name) else {
                    throw ShellError("`\(name)` is not defined", hint: "declare it first: let \(name) = …", at: nameLocation)
                }
                try change(&globals.values[slot])
            }
        }
        return { frame throws(ShellError) in
            let newValue = try evaluate(frame)
            var resolvedKeys: [Value] = []
            for key in keys { resolvedKeys.append(try key(frame)) }
            try store(frame) { (current: inout Value) throws(ShellError) in
                try Operators.set(&current, at: resolvedKeys[...], to: newValue, location: location)
            }
            return .normal
        }
    }

    /// `x = value`, the common case, without the machinery for paths.
    private func plainAssignment(_ name: String, _ evaluate: @escaping Evaluate, at location: SourceLocation) -> Execute {
        if let slot = local(name) {
            return { frame throws(ShellError) in
                frame.slots[slot] = try evaluate(frame)
                return .normal
            }
        }
        let globals = interpreter.globals
        let reference = Globals.Reference(name)
        return { frame throws(ShellError) in
            let value = try evaluate(frame)
            guard let slot = reference.slot(in: globals) else {
                throw ShellError("`\(name)` is not defined", hint: "declare it first: let \(name) = …", at: location)
            }
            globals.values[slot] = value
            return .normal
        }
    }

    // MARK: Commands

    /// A command call compiled to evaluate its arguments and run it; gives back the result and
    /// whether `--json` was asked for.
    mutating func command(_ call: CommandCall) throws(ShellError) -> (Frame) throws(ShellError) -> (CommandResult, Bool) {
        var arguments: [(Evaluate, Token.Kind, SourceLocation)] = []
        for argument in call.arguments {
            switch argument {
            case .word(let text, let location):
                arguments.append(({ _ in .string(text) }, .word, location))
            case .expression(let expression, let location):
                arguments.append((try self.expression(expression), .string, location))
            }
        }
        let interpreter = self.interpreter
        let name = Token(.word, call.name, call.location)
        return { frame throws(ShellError) in
            var tokens: [Token] = []
            var values: [Value] = []
            for (evaluate, kind, location) in arguments {
                let value = try evaluate(frame)
                try ValueLimits.checkWritable(value, at: location)
                tokens.append(Token(kind, value.plainText, location))
                values.append(value)
            }
            return try interpreter.run(CommandWords(name: name, arguments: tokens, values: values))
        }
    }

    mutating func argument(_ argument: CommandCall.Argument) throws(ShellError) -> Evaluate {
        switch argument {
        case .word(let text, _): return { _ in .string(text) }
        case .expression(let expression, _): return try self.expression(expression)
        }
    }
}
