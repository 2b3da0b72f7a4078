import Foundation

/// Opening and saving SOP files: picks the format, refuses what is not text, and writes
/// atomically so that a crash or a full disk never leaves a half-written SOP behind.
public enum SOPFile {
    public enum Format: String, Sendable, CaseIterable {
        /// Our YAML format (docs/format.md).
        case yaml
        /// The standard's table text, as extracted from a PDF.
        case tableText = "table-text"
        /// A signed PDF in the standard's form, read with its drawing (docs/import.md).
        case pdf
    }

    /// Files larger than this are refused before reading: no real SOP comes near it.
    public static let sizeLimit = 64 * 1024 * 1024

    /// Reads the SOP at `path`: a PDF by its first bytes, else YAML or table text by its
    /// extension (`.yaml`/`.yml`, `.txt`/`.tsv`), else by its content.
    public static func open(_ path: String) throws(SOPReadError) -> (LoadedSOP, Format) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                throw SOPReadError("\(path) is a directory, not an SOP file", at: start, hint: "name a .yaml or .txt file inside it")
            }
            if let size = attributes[.size] as? Int, size > sizeLimit {
                // Rounded up, so that a file just over the limit is not said to be as large as the limit.
                throw SOPReadError(
                    "the file is \((size + 1_048_575) / 1_048_576) MB; an SOP file is at most \(sizeLimit / 1_048_576) MB",
                    at: start, hint: "check that this is the SOP you meant to open")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as SOPReadError {
            throw error
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw SOPReadError(
                exists ? "cannot read \(path): permission denied or unreadable" : "no such file: \(path)",
                at: start, hint: exists ? "check the file's permissions" : "check the path; it is relative to the current folder")
        }
        if PDFImporter.looksLikePDF(data) {
            return (try PDFImporter.read(file: path), .pdf)
        }
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "pdf" {
            throw SOPReadError(
                "the file is named .pdf but is not a PDF (it does not start with %PDF-)", at: start,
                hint: "check that the download finished; a web page saved as .pdf looks like this")
        }
        let text = try decode(data, file: path)
        let format = format(of: path, text: text)
        switch format {
        case .yaml: return (try SOPYAMLReader.read(text, file: path), format)
        case .tableText: return (try TableTextImporter.read(text, file: path), format)
        case .pdf: return (try PDFImporter.read(file: path), format)
        }
    }

    /// Writes `sop` to `path` in our YAML format, atomically, with the editor's `schema` line
    /// (of the file it was read from) first.
    public static func save(_ sop: SOP, to path: String, schema: SchemaLine? = nil) throws {
        try AtomicFile.write(Data(((schema?.line(savedTo: path) ?? "") + SOPYAMLWriter.write(sop)).utf8), to: path)
    }

    /// The text of the file at `path`: what every one of sopsh's files (an SOP, a scenario, a
    /// calendar, an office) is read through, so that each is refused alike when it cannot be
    /// read, is binary, or is not UTF-8.
    public static func text(at path: String) throws(SOPReadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SOPReadError("cannot read \(path)", at: SourceLocation(file: path, line: 1, column: 1), hint: "check the path")
        }
        return try decode(data, file: path)
    }

    /// The text of a file, or a located error for a binary file or one that is not UTF-8.
    public static func decode(_ data: Data, file: String) throws(SOPReadError) -> String {
        try TextFile.decode(
            data, file: file,
            binary: (
                "this is a binary file, not an SOP (a NUL byte stands here)",
                "open a .yaml file in sopsh's format or the table text of an SOP"
            ))
    }

    /// The text formats, told apart by extension, else by content; PDFs are known by their bytes.
    static func format(of path: String, text: String) -> Format {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        case "txt", "tsv", "text": return .tableText
        default:
            let head = text.prefix(4096)
            return head.contains("\t") && head.contains("Uraian Kegiatan") ? .tableText : .yaml
        }
    }
}
