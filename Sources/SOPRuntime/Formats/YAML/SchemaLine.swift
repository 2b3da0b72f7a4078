/// The comment by which an editor's YAML language server (VS Code, Neovim, Helix…) finds the
/// JSON Schema that checks a file as it is typed: `# yaml-language-server: $schema=PATH`.
///
/// sopsh writes its own layout when it saves, so this line is the one comment it carries
/// over: losing it would turn an author's checking off without a word. A relative schema
/// path is relative to the file's folder, so it is kept as the place it names and written
/// again relative to wherever the file is saved.
public struct SchemaLine: Hashable, Sendable {
    /// What the line names: a URL as written, or a path from the working folder.
    public var target: String

    public init(target: String) {
        self.target = target
    }

    static let prefix = "yaml-language-server:"

    /// The schema line among the comments that open `text` (before its first key), read as
    /// in `file`'s folder; nil when it has none.
    public static func find(in text: String, file: String?) -> SchemaLine? {
        // Only the opening lines: splitting the whole of a big SOP would cost a tenth of opening it.
        for line in text.split(separator: "\n", maxSplits: 64, omittingEmptySubsequences: false).prefix(64) {
            let trimmed = line.drop { $0 == " " || $0 == "\u{FEFF}" }
            guard trimmed.hasPrefix("#") else {
                if trimmed.isEmpty || trimmed == "---" || trimmed == "\r" { continue } else { break }
            }
            let comment = trimmed.dropFirst().drop { $0 == " " }
            guard comment.hasPrefix(prefix) else { continue }
            let setting = comment.dropFirst(prefix.count).drop { $0 == " " }
            guard setting.hasPrefix("$schema=") else { continue }
            let written = String(setting.dropFirst("$schema=".count).prefix { !$0.isWhitespace })
            guard !written.isEmpty else { continue }
            return SchemaLine(target: isURL(written) ? written : RelativePath.resolve(written, fromFolderOf: file ?? ""))
        }
        return nil
    }

    /// The line as written into a file at `path`.
    public func line(savedTo path: String) -> String {
        let written = Self.isURL(target) ? target : RelativePath.of(target, fromFolderOf: path)
        return "# \(Self.prefix) $schema=\(written)\n"
    }

    private static func isURL(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return text[..<colon].count > 1 && text[..<colon].allSatisfy { $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
