import Foundation

/// The text of a file that must be UTF-8: a byte-order mark dropped, a NUL or an invalid byte
/// refused at its line and column, so that the refusal points at the byte to fix. SOPs,
/// scenarios, calendars, journals and scripts are all read through here.
public enum TextFile {
    /// `binary` is the refusal of a file that holds a NUL: it names what the file should have
    /// been ("not an SOP", "not a script") and what to open instead.
    public static func decode(_ data: Data, file: String, binary: (message: Message, hint: Message)) throws(SOPReadError) -> String {
        var body = data
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Searched in the raw bytes: Data's own iteration costs a tenth of opening a big SOP.
        if let nul = body.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            throw SOPReadError(binary.message, at: position(of: nul, in: body, file: file), hint: binary.hint)
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw SOPReadError(
                "the file is not UTF-8 text (an invalid byte stands here)",
                at: position(of: firstInvalidUTF8(in: body), in: body, file: file),
                hint: "save the file as UTF-8, for example with `iconv -f latin1 -t utf-8`")
        }
        return text
    }

    /// Line and column (1-based, in characters) of byte `offset`.
    static func position(of offset: Int, in data: Data, file: String) -> SourceLocation {
        let before = data.prefix(offset)
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The offset of the first byte that does not continue valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            consumed += UTF8.width(scalar)
        }
        return consumed
    }
}
