/// A position in a source file, 1-based, as editors and compilers count; in a PDF, a page.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it; nil for text that came from no file.
    public var file: String?
    public var line: Int
    public var column: Int
    /// The page of a PDF, which has no lines a reader could count; `line` then repeats it.
    public var page: Int?

    public init(file: String?, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Page `page` of a PDF.
    public init(file: String?, page: Int) {
        self.init(file: file, line: page, column: 1)
        self.page = page
    }

    public var description: String {
        if let page { return "\(file ?? "<input>"): " + localized("page \(page)") }
        return "\(file ?? "<input>"):\(line):\(column)"
    }
}

/// Where each part of an SOP stood in the file it was read from, so that the checker's
/// findings can name a line and column.
public struct SourceMap: Hashable, Sendable {
    public var file: String?
    public private(set) var locations: [Place: SourceLocation] = [:]

    public init(file: String?) {
        self.file = file
    }

    public mutating func record(_ place: Place, line: Int, column: Int) {
        locations[place] = SourceLocation(file: file, line: line, column: column)
    }

    public mutating func record(_ place: Place, at location: SourceLocation) {
        locations[place] = location
    }

    /// The location of `place`, else of the nearest enclosing part that has one
    /// (a step's field falls back to the step).
    public func location(of place: Place) -> SourceLocation? {
        if let exact = locations[place] { return exact }
        switch place {
        case .step(let index, .some): return locations[.step(index, nil)]
        case .role(let index, .some): return locations[.role(index, nil)]
        case .answer(let step, _): return locations[.step(step, .decision)] ?? locations[.step(step, nil)]
        case .identity: return locations[.document]
        case .document, .step(_, nil), .role(_, nil): return nil
        }
    }
}

/// An SOP as read from a file or text: the model, where its parts stood, and what the
/// reader had to say (a draft opens with its problems listed, never refused).
public struct LoadedSOP: Sendable {
    public var sop: SOP
    public var sourceMap: SourceMap
    /// What reading found: unknown keys, wrong types, cells the importer could not place.
    public var diagnostics: [Diagnostic]
    /// The editor's schema line of a YAML file, which saving keeps.
    public var schema: SchemaLine?

    public init(sop: SOP, sourceMap: SourceMap, diagnostics: [Diagnostic] = [], schema: SchemaLine? = nil) {
        self.sop = sop
        self.sourceMap = sourceMap
        self.diagnostics = diagnostics
        self.schema = schema
    }
}

/// A file that could not be read as an SOP at all (not YAML, not text, not a mapping).
public struct SOPReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// Set when the file is another of sopsh's YAML files (a calendar, a scenario), which is
    /// why it is not an SOP: `sopsh check` then reads it as what it is.
    public var otherKind: YAMLDocumentKind?

    public init(_ message: Message, at location: SourceLocation, hint: Message? = nil, otherKind: YAMLDocumentKind? = nil) {
        self.message = message.text
        self.location = location
        self.hint = hint?.text
        self.otherKind = otherKind
    }

    public var description: String {
        "\(location): " + localized("error: \(message)") + (hint.map { localized("\n  hint: \($0)") } ?? "")
    }
}
