/// An Uraian Kegiatan cell split into a decision's question and its numbered answers.
///
/// The table text keeps a decision's answers inside its activity cell, numbered:
/// "Menerima laporan … 1. menyetujui 2. perlu perbaikan". The answers are the text between
/// the markers `1.`, `2.`, … (or `1)`, `2)`, …), each standing after a space, in order.
struct DecisionText: Sendable {
    /// The text before the first marker, trimmed; empty when the question was lost.
    var activity: String
    var answers: [(label: String, offset: Int)]
    /// The offset (in characters) of the `1.` marker within the cell's text.
    var offset: Int

    /// The split, or nil when the text has fewer than two numbered answers.
    init?(_ text: String) {
        let characters = Array(text)
        var markers: [(start: Int, end: Int)] = []
        var searchFrom = 0
        while let marker = Self.marker(markers.count + 1, in: characters, from: searchFrom) {
            markers.append(marker)
            searchFrom = marker.end
        }
        guard markers.count >= 2 else { return nil }
        activity = String(characters[..<markers[0].start]).trimmedOfSpaces
        offset = markers[0].start
        answers = markers.indices.map { index in
            let end = index + 1 < markers.count ? markers[index + 1].start : characters.count
            let slice = characters[markers[index].end..<end]
            let leading = slice.prefix(while: \.isWhitespace).count
            return (String(slice).trimmedOfSpaces, markers[index].end + leading)
        }
    }

    /// The one numbered answer of a text with a `1.` marker and no `2.` after it, as a
    /// decision with a single answer is written ("Memeriksa 1. Ya"), with the offset (in
    /// characters) of its marker; nil when there is no such marker or nothing follows it.
    static func singleAnswer(in text: String) -> (label: String, offset: Int)? {
        let characters = Array(text)
        guard let first = marker(1, in: characters, from: 0),
            marker(2, in: characters, from: first.end) == nil
        else { return nil }
        let label = String(characters[first.end...]).trimmedOfSpaces
        return label.isEmpty ? nil : (label, first.start)
    }

    /// The first `number.` or `number)` at or after `start` that begins the text or follows
    /// white space, and is followed by white space.
    private static func marker(_ number: Int, in characters: [Character], from start: Int) -> (start: Int, end: Int)? {
        let digits = Array(String(number))
        var index = start
        while index + digits.count < characters.count {
            defer { index += 1 }
            guard index == 0 || characters[index - 1].isWhitespace,
                Array(characters[index..<(index + digits.count)]) == digits
            else { continue }
            let punctuation = index + digits.count
            guard characters[punctuation] == "." || characters[punctuation] == ")" else { continue }
            let after = punctuation + 1
            guard after == characters.count || characters[after].isWhitespace else { continue }
            return (index, after)
        }
        return nil
    }
}
