/// Finds what is wrong with an SOP, says where and how to fix it.
///
/// The rules are grouped by concern in the files beside this one (numbering, executors,
/// flow, content, hand-offs) and registered as the cases of `Rule`. An SOP with errors is a
/// draft: it can still be opened and edited; only running it needs it whole.
public struct Checker: Sendable {
    public let sop: SOP
    public let flow: FlowGraph
    public let sourceMap: SourceMap?

    public init(_ sop: SOP, sourceMap: SourceMap? = nil) {
        self.sop = sop
        self.flow = FlowGraph(sop)
        self.sourceMap = sourceMap
    }

    /// Every finding, in document order: identity, roles, then steps from top to bottom.
    public func diagnostics() -> [Diagnostic] {
        let found = Rule.allCases.flatMap(findings(of:))
        return found.enumerated().sorted { lhs, rhs in
            let left = order(lhs.element.place)
            let right = order(rhs.element.place)
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// A finding about `place`, with the place named as a reader would and located in the
    /// source file when there is one.
    func finding(
        _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: Message,
        hint: Message? = nil, at place: Place
    ) -> Diagnostic {
        Diagnostic(
            severity, code, message, hint: hint, place: place, subject: subject(of: place),
            location: sourceMap?.location(of: place))
    }

    /// "step 3", "role kepala", "Nomor SOP": how messages name a place.
    public func subject(of place: Place) -> String? {
        switch place {
        case .document: nil
        case .identity(let field): localized(Message(catalogued: field.label))
        case .role(let index, _): localized("role \(sop.roles[index].id.isEmpty ? "#\(index + 1)" : sop.roles[index].id)")
        case .step(let index, _), .answer(let index, _): stepName(index)
        }
    }

    /// "step 3", or "the unnumbered step at row 4" for a draft's row without a number.
    func stepName(_ index: StepIndex) -> String {
        sop.steps[index].number.map { localized("step \($0)") } ?? localized("the unnumbered step at row \(index.row)")
    }

    /// Step names for a list of indices: "steps 2, 3 and 5". Two and three or more are
    /// patterns of their own: Indonesian (PUEBI) puts a comma before the last "dan" of three.
    func stepNames(_ indices: [StepIndex]) -> String {
        let labels = indices.map { sop.steps[$0].label }
        switch labels.count {
        case 0, 1: return localized("step \(labels.first ?? "?")")
        case 2: return localized("steps \(labels[0]) and \(labels[1])")
        default: return localized("steps \(labels.dropLast(2).joined(separator: ", ")), \(labels[labels.count - 2]) and \(labels.last!)")
        }
    }

    private func order(_ place: Place?) -> [Int] {
        switch place {
        case nil, .document: [0]
        case .identity(let field): [1, IdentityField.allCases.firstIndex(of: field) ?? 0]
        case .role(let index, _): [2, index]
        case .step(let index, _): [3, index.offset, 0]
        case .answer(let step, let answer): [3, step.offset, 1 + answer]
        }
    }
}

extension SOP {
    /// Everything the checker finds; `sourceMap` locates the findings in a file.
    public func check(sourceMap: SourceMap? = nil) -> [Diagnostic] {
        Checker(self, sourceMap: sourceMap).diagnostics()
    }
}
