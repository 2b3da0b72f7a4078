import Foundation

/// A step's number in the No column: `3`, or a sub-step such as `3.1`.
/// Numbers order by their parts, so `3.1` comes after `3` and before `4`.
public struct StepNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let parts: [Int]

    public init(_ parts: [Int]) {
        precondition(!parts.isEmpty, "a step number has at least one part")
        self.parts = parts
    }

    public init(_ number: Int) {
        self.parts = [number]
    }

    /// Reads "3", "3.1" or "3." (a trailing dot, as numbered lists write it); nil otherwise.
    public init?(_ text: String) {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        let pieces = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard !pieces.isEmpty else { return nil }
        var parts: [Int] = []
        for piece in pieces {
            // Digits only: Int would also take "+5", which no No column writes.
            guard !piece.isEmpty, piece.count <= 9, piece.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(piece)
            else { return nil }
            parts.append(value)
        }
        self.parts = parts
    }

    /// The whole-number step this one belongs to: 3 for `3.1`.
    public var main: Int { parts[0] }

    public var description: String {
        parts.map(String.init).joined(separator: ".")
    }

    public static func < (lhs: StepNumber, rhs: StepNumber) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}
