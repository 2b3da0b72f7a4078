/// The formats `export` writes: pictures and documents of an SOP, and event logs of its runs.
public enum ExportFormat: String, CaseIterable, Sendable {
    case html, svg, dot, mermaid, bpmn, markdown, csv, xes

    /// What a file of this format is, for help and messages.
    public var summary: Message {
        switch self {
        case .html: "the official form (identity part and flowchart table), one HTML page, printable on A4 landscape"
        case .svg: "the swimlane flowchart alone, as an SVG picture"
        case .dot: "Graphviz DOT, a cluster per role (draw it with dot -Tsvg)"
        case .mermaid: "a Mermaid flowchart, a subgraph per role (GitHub, GitLab, wikis)"
        case .bpmn: "BPMN 2.0 XML with lanes and diagram layout (bpmn.io, Camunda Modeler)"
        case .markdown: "the identity part and the flowchart table in Markdown"
        case .csv: "the run's event log as CSV (case, step, activity, role, start, end, answer)"
        case .xes: "the run's event log as XES (IEEE 1849), for process-mining tools"
        }
    }

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .mermaid: "mmd"
        case .markdown: "md"
        default: rawValue
        }
    }

    /// Whether it is written from an event log rather than from the SOP itself.
    public var isEventLog: Bool { self == .csv || self == .xes }

    /// Reads a format's name or its file extension ("md", "mmd", "gv"), without regard to case.
    public init?(name: String) {
        let word = name.lowercased()
        if let format = ExportFormat(rawValue: word) ?? ExportFormat.allCases.first(where: { $0.fileExtension == word }) {
            self = format
        } else if word == "gv" {
            self = .dot
        } else {
            return nil
        }
    }

    /// The text of an SOP in this format; nil for the event-log formats.
    public func write(_ sop: SOP) -> String? {
        switch self {
        case .html: HTMLFormWriter.write(sop)
        case .svg: SVGFlowchartWriter.write(sop)
        case .dot: DOTWriter.write(sop)
        case .mermaid: MermaidWriter.write(sop)
        case .bpmn: BPMNWriter.write(sop)
        case .markdown: MarkdownTableWriter.write(sop)
        case .csv, .xes: nil
        }
    }

    /// The text of an event log in this format; nil for the formats of an SOP.
    public func write(_ log: EventLog) -> String? {
        switch self {
        case .csv: EventLogCSVWriter.write(log)
        case .xes: XESWriter.write(log)
        default: nil
        }
    }
}
