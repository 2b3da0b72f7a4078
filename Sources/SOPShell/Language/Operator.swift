// The operators of the language as the syntax tree carries them: enums rather than their
// spelling, so that a misspelt operator does not compile and every switch over them, in the
// compiler and in `Operators`, is checked for a missing case. Each raw value is the operator
// as written in the language.

/// Arithmetic and comparison: `a + b`, `a <= b`; both sides always run.
enum BinaryOperator: String, CaseIterable, Sendable, CustomStringConvertible {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// How tightly an operator binds, loosest first: the parser reads one level at a time.
    enum Precedence: Sendable {
        /// `==` `!=` `<` `<=` `>` `>=`, which do not chain.
        case comparison
        case additive
        case multiplicative
    }

    var precedence: Precedence {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: .comparison
        case .add, .subtract: .additive
        case .multiply, .divide, .remainder: .multiplicative
        }
    }

    /// The operator `token` spells, if it is one.
    init?(_ token: Token) {
        guard token.kind == .symbol, let spelt = Self(rawValue: token.text) else { return nil }
        self = spelt
    }

    /// As written, since messages interpolate the operator itself (`expected == to hold`).
    var description: String { rawValue }
}

/// `-x` and `not x`.
enum UnaryOperator: String, CaseIterable, Sendable {
    case negate = "-"
    case not

    /// The keyword it is written as, if it is one.
    var keyword: Keyword? {
        switch self {
        case .negate: nil
        case .not: .not
        }
    }

    /// How it is written as a symbol: `-`, and `!` for `not`, as in C.
    var symbol: String {
        switch self {
        case .negate: rawValue
        case .not: "!"
        }
    }

    /// The operator `token` spells, as a keyword or as a symbol, if it is one.
    init?(_ token: Token) {
        guard let spelt = Self.allCases.first(where: { token.is($0.symbol) || $0.keyword.map(token.is) == true }) else { return nil }
        self = spelt
    }
}

/// `a and b`, `a or b`: the right side runs only when needed.
enum LogicalOperator: String, CaseIterable, Sendable {
    case and, or

    /// The keyword it is written as.
    var keyword: Keyword {
        switch self {
        case .and: .and
        case .or: .or
        }
    }

    /// The same operator written as in C, which the language accepts too.
    var symbol: String {
        switch self {
        case .and: "&&"
        case .or: "||"
        }
    }

    /// The operator `token` spells, as a keyword or as a symbol, if it is one.
    init?(_ token: Token) {
        guard let spelt = Self.allCases.first(where: { token.is($0.keyword) || token.is($0.symbol) }) else { return nil }
        self = spelt
    }
}
