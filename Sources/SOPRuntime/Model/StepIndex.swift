/// Which step of an SOP, as the program holds on to it: the step's place in `SOP.steps`.
/// A draft's numbers may be missing or repeated, so the number in the No column cannot be
/// the identity of a step; its place in the table always is.
///
/// It is never shown to a person, who knows the step by its number as the SOP writes it
/// (`sop.steps[index].label`, `Checker.stepName`): the two part as soon as there are
/// sub-steps (3.1, 3.2) or the numbering skips. So it is not `CustomStringConvertible`, and
/// interpolating one into a `Message` does not compile. `row` is for the rare sentence about
/// a row of the table itself, where there is no step number to give.
///
/// A run journal keeps it as the plain number `offset`, as journals always have.
public struct StepIndex: Hashable, Comparable, Sendable, Codable {
    /// The place in `SOP.steps`, counted from 0.
    public let offset: Int

    public init(offset: Int) {
        self.offset = offset
    }

    /// The row of the table, counted from 1 as a reader counts rows.
    public var row: Int { offset + 1 }

    public static func < (lhs: StepIndex, rhs: StepIndex) -> Bool {
        lhs.offset < rhs.offset
    }

    public init(from decoder: any Decoder) throws {
        offset = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(offset)
    }
}

extension Array {
    /// The element for a step in an array laid out like `SOP.steps`, one element per row:
    /// the steps themselves, or a table computed from them (the flow's arrows, the documents
    /// each step needs).
    public subscript(_ step: StepIndex) -> Element {
        get { self[step.offset] }
        set { self[step.offset] = newValue }
    }
}
