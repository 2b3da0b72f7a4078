import SOPRuntime

/// A command call with its arguments evaluated: what a command's handler sees. Bare words
/// keep their kind (only they can be flags such as `--json`); evaluated arguments also keep
/// their value, for commands such as `print` that show values rather than text.
struct CommandWords: Sendable {
    var name: Token
    var arguments: [Token]
    /// The value of each argument, parallel to `arguments` (a bare word's value is its text).
    var values: [Value]

    var location: SourceLocation { name.location }
}
