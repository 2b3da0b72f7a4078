/// How the table's roles may be written in its text, for finding the role an Uraian Kegiatan
/// names as its subject ("Kepala Bagian menandatangani surat") and alternatives written `A/B`
/// ("Kasubag/Kabag").
///
/// The standard writes an activity as a verb phrase without a subject; the column where the
/// symbol is drawn says who does the step. When an activity does start with a role, that is
/// what its author thought, and the importer can say so when the marked column disagrees.
struct RoleMentions: Sendable {
    /// For each role, in column order, the ways it may be written, as words: its name, its
    /// id, and each part of a name written `A/B`.
    private let spellings: [[[String]]]
    /// No spelling has more words than this, so a subject is never looked for further in.
    private let longest: Int

    init(names: [String], ids: [String]) {
        spellings = zip(names, ids).map { name, id in
            var forms = [name, id]
            if let parts = Self.alternatives(name) { forms += parts }
            return forms.map { Self.words(of: $0, limit: Int.max).map(\.word) }.filter { !$0.isEmpty }
        }
        longest = spellings.joined().map(\.count).max() ?? 0
    }

    /// The roles an activity names at its start, before its verb, with the text that names
    /// them: one role, or several for alternatives ("Kasubag/Kabag menyetujui"). Nil when the
    /// activity does not start with a role, when the role is not followed by an active verb
    /// (`me-` or `ber-`, as activities are written: "menandatangani", "berkoordinasi"; so
    /// "Kepala Seksi memaraf" does not name a role `kepala`), or when it names alternatives
    /// one of which is not a role of the table (the text cannot tell then who is meant).
    func subject(of activity: String) -> (roles: [Int], text: String)? {
        let words = Self.words(of: activity, limit: 2 * longest + 8)
        var roles: [Int] = []
        var position = 0
        while true {
            guard let (role, count) = longestSpelling(in: words, at: position) else { return nil }
            roles.append(role)
            position += count
            guard position < words.count, words[position].word == "/" else { break }
            position += 1
        }
        guard position < words.count, Self.isActiveVerb(words[position].word) else { return nil }
        return (roles, String(activity[..<words[position - 1].end]))
    }

    /// Whether a word has the prefix of an Indonesian active verb: `me-` (menyusun, memeriksa,
    /// mengirim) or `ber-` (berkoordinasi). A passive `di-` verb's subject is not its actor.
    private static func isActiveVerb(_ word: String) -> Bool {
        word.count > 3 && (word.hasPrefix("me") || word.hasPrefix("ber"))
    }

    /// The role whose spelling is the longest run of words at `position`, and that run's length.
    private func longestSpelling(in words: [(word: String, end: String.Index)], at position: Int) -> (Int, Int)? {
        var best: (role: Int, count: Int)?
        for (role, forms) in spellings.enumerated() {
            for form in forms where form.count > best?.count ?? 0 && position + form.count <= words.count {
                if form.indices.allSatisfy({ words[position + $0].word == form[$0] }) {
                    best = (role, form.count)
                }
            }
        }
        return best.map { ($0.role, $0.count) }
    }

    /// The first `limit` words of `text`, lower-cased, each with where it ends: runs of letters
    /// and digits, and every other character that is not white space on its own (`/`, `,`).
    static func words(of text: String, limit: Int) -> [(word: String, end: String.Index)] {
        var words: [(word: String, end: String.Index)] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex, words.count < limit {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter || character.isNumber {
                current += character.lowercased()
                if next == text.endIndex || !(text[next].isLetter || text[next].isNumber) {
                    words.append((current, next))
                    current = ""
                }
            } else if !character.isWhitespace {
                words.append((String(character), next))
            }
            index = next
        }
        return words
    }

    /// The parts of a text written as alternatives `A/B` ("Kasubag/Kabag", "Kasubag / Kabag"),
    /// trimmed; nil unless there are two parts or more and each has a letter. A mark such as
    /// `X` never is.
    static func alternatives(_ text: String) -> [String]? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(\.trimmedOfSpaces)
        guard parts.count >= 2, parts.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
        return parts
    }
}
