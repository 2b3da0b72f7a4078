import SOPRuntime

/// The syntax tree of the shell language. Every node knows where it was written, so that
/// errors at run time can point at it.
indirect enum Expression: Sendable {
    case literal(Value, SourceLocation)
    /// A double-quoted string with `${…}` or `$name` pieces.
    case interpolation([StringPiece], SourceLocation)
    case variable(String, SourceLocation)
    case list([Expression], SourceLocation)
    case record([(String, Expression)], SourceLocation)
    case unary(UnaryOperator, Expression, SourceLocation)
    case binary(BinaryOperator, Expression, Expression, SourceLocation)
    /// `a and b`, `a or b`: the right side runs only when needed.
    case logical(LogicalOperator, Expression, Expression, SourceLocation)
    case range(Expression, Expression, SourceLocation)
    case member(Expression, String, SourceLocation)
    case index(Expression, Expression, SourceLocation)
    /// `name(arguments)`: a procedure or a built-in function.
    case call(String, [Expression], SourceLocation)
    /// A command used as a value: `let r = check`.
    case command(CommandCall)

    var location: SourceLocation {
        switch self {
        case .literal(_, let location), .interpolation(_, let location), .variable(_, let location),
            .list(_, let location), .record(_, let location), .unary(_, _, let location),
            .binary(_, _, _, let location), .logical(_, _, _, let location), .range(_, _, let location),
            .member(_, _, let location), .index(_, _, let location), .call(_, _, let location):
            location
        case .command(let call): call.location
        }
    }
}

enum StringPiece: Sendable {
    case text(String)
    case expression(Expression)
}

/// A command written shell-style: `assign 3 kepala`, `open $file`, `show (n + 1)`.
struct CommandCall: Sendable {
    enum Argument: Sendable {
        /// A bare word or single-quoted string, taken as written.
        case word(String, SourceLocation)
        /// A double-quoted string, `$name` or `(expression)`: evaluated, then passed as text.
        case expression(Expression, SourceLocation)
    }

    var name: String
    var arguments: [Argument]
    var location: SourceLocation
}

struct Block: Sendable {
    var statements: [Statement]
}

struct Procedure: Sendable {
    struct Parameter: Sendable {
        var name: String
        var defaultValue: Expression?
    }

    var name: String
    var parameters: [Parameter]
    var body: Block
    var location: SourceLocation
}

indirect enum Statement: Sendable {
    case expression(Expression)
    /// A command as a statement: its result is printed.
    case command(CommandCall)
    case declare(String, Expression, SourceLocation)
    /// `target = value`, where the target is a variable, `a.b` or `a[i]`.
    case assign(Expression, Expression, SourceLocation)
    case conditional([(Expression, Block)], otherwise: Block?)
    case whileLoop(Expression, Block, SourceLocation)
    case forLoop(String, Expression, Block, SourceLocation)
    case breakLoop(SourceLocation)
    case continueLoop(SourceLocation)
    case procedure(Procedure)
    case returnValue(Expression?, SourceLocation)
    case source(CommandCall.Argument, SourceLocation)
    case tryCatch(Block, String?, Block)
    case raise(Expression, SourceLocation)
    case assertion(Expression, message: Expression?, SourceLocation)
}
