/// A sentence or label for people to read, written in English where it is used and rendered
/// through the process's `Catalogue`, so that another language is a table of translations and
/// not a change to the code that says things.
///
/// ```swift
/// let message: Message = "no such file: \(path)"   // pattern "no such file: {1}", argument path
/// message.text                                    // in the catalogue's language
/// ```
///
/// What is interpolated is an argument and never translated: a file name, a step number, SOP
/// text (which stays exactly as written). An interpolated `Message` is itself rendered
/// through the catalogue. `Message(verbatim:)` is text that is not language at all (a value
/// already rendered, a user's own words).
public struct Message: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The English text with `{1}`, `{2}`… where the arguments go: the catalogue's key.
    public let pattern: String
    public let arguments: [Argument]

    public enum Argument: Hashable, Sendable {
        case text(String)
        case message(Message)
    }

    public init(stringLiteral value: String) {
        pattern = Self.escaped(value)
        arguments = []
    }

    public init(stringInterpolation: Interpolation) {
        pattern = stringInterpolation.pattern
        arguments = stringInterpolation.arguments
    }

    /// A fixed text that comes from a table rather than a literal (a field's label): it is
    /// looked up in the catalogue like a literal.
    public init(catalogued text: String) {
        self.init(stringLiteral: text)
    }

    /// Text that is not to be translated: shown as it is.
    public init(verbatim text: String) {
        pattern = "{1}"
        arguments = [.text(text)]
    }

    /// The message in the catalogue's language.
    public var text: String { Catalogue.current.render(self) }

    public var description: String { text }

    /// Braces written in the English text are doubled in the pattern, so that `{1}` is
    /// always a placeholder.
    static func escaped(_ text: String) -> String {
        text.contains(where: { $0 == "{" || $0 == "}" })
            ? text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}") : text
    }

    public struct Interpolation: StringInterpolationProtocol {
        var pattern = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            pattern.reserveCapacity(literalCapacity + 4 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            pattern += Message.escaped(literal)
        }

        public mutating func appendInterpolation(_ message: Message) {
            arguments.append(.message(message))
            pattern += "{\(arguments.count)}"
        }

        /// A value as it describes itself. Only a value that does (`CustomStringConvertible`):
        /// another would be shown by its Swift name and fields, an optional as `Optional(…)`.
        /// It also keeps out a `StepIndex`, which does not describe itself so as never to be
        /// shown: Swift prefers an available generic overload to an unavailable exact one, so
        /// the overload below would not stop it on its own.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            arguments.append(.text(String(describing: value)))
            pattern += "{\(arguments.count)}"
        }

        /// An error as it describes itself, or as Swift shows it where it does not.
        public mutating func appendInterpolation(_ error: any Error) {
            arguments.append(.text(String(describing: error)))
            pattern += "{\(arguments.count)}"
        }

        /// A step's index is the program's, not a reader's: a sentence names the step by its
        /// number as the SOP writes it. The generic overload above does not take one; this
        /// makes the compiler say what to write instead.
        @available(*, unavailable, message: "name the step with sop.steps[i].label or Checker.stepName")
        public mutating func appendInterpolation(_ step: StepIndex) {
            fatalError("unavailable")
        }
    }
}

extension Message {
    /// The text, for places that keep plain strings.
    public static func + (lhs: Message, rhs: Message) -> Message {
        "\(lhs)\(rhs)"
    }
}

/// `message` in the process's language: for text that is assembled before it is shown.
public func localized(_ message: Message) -> String {
    message.text
}
