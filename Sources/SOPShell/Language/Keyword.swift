/// The reserved words of the language: none of them names a variable, a procedure or a
/// parameter. The parser matches them through this enum rather than through their spelling,
/// so that a misspelt keyword does not compile, and every list of them (the words refused as
/// names, Tab's words at the start of a line) is derived from `allCases`, so that a keyword
/// added here is known everywhere at once.
///
/// Each raw value is the keyword as written in the language.
enum Keyword: String, CaseIterable, Sendable {
    case `let`, `if`, `else`, `while`, `for`, `in`, `break`, `continue`, proc, `return`, source
    case `try`, `catch`, error, assert
    case `true`, `false`
    /// `nil`, the value `Value.null`.
    case null = "nil"
    case and, or, not

    /// Whether it starts a statement of its own (`let`, `while`, `error`…), which Tab offers at
    /// the start of a line; the others continue a statement (`else`, `in`, `catch`) or stand
    /// inside an expression (`true`, `and`, `not`).
    var startsStatement: Bool {
        switch self {
        case .let, .if, .while, .for, .break, .continue, .proc, .return, .source, .try, .error, .assert: true
        case .else, .in, .catch, .true, .false, .null, .and, .or, .not: false
        }
    }

    /// The value the keyword is written for, when it is a literal (`true`, `false`, `nil`).
    var literal: Value? {
        switch self {
        case .true: .bool(true)
        case .false: .bool(false)
        case .null: .null
        case .let, .if, .else, .while, .for, .in, .break, .continue, .proc, .return, .source, .try, .catch, .error, .assert,
            .and, .or, .not:
            nil
        }
    }
}
