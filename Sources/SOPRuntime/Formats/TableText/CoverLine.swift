/// A field of the cover that a label line opens. Kualifikasi Pelaksana is not an identity
/// field: its items belong to the roles, which the table names later.
enum CoverField: Hashable, Sendable {
    case identity(IdentityField)
    case qualifications

    /// The labels real documents print, folded as `matchKey` folds them. The standard's own
    /// label first; then the renamings found in the wild ("Nama SOP", "Tanggal Pengesahan").
    static let labels: [String: CoverField] = [
        "nomor sop": .identity(.number), "no sop": .identity(.number), "no. sop": .identity(.number),
        "tanggal pembuatan": .identity(.createdOn), "tgl. pembuatan": .identity(.createdOn),
        "tanggal revisi": .identity(.revisedOn), "tgl. revisi": .identity(.revisedOn),
        "tanggal efektif": .identity(.effectiveOn), "tanggal pengesahan": .identity(.effectiveOn),
        "tgl. efektif": .identity(.effectiveOn),
        "disahkan oleh": .identity(.approver),
        "judul sop": .identity(.title), "nama sop": .identity(.title),
        "dasar hukum": .identity(.legalBasis),
        "kualifikasi pelaksana": .qualifications, "kualifikasi pelaksanaan": .qualifications,
        "keterkaitan": .identity(.relatedSOPs),
        "peralatan/perlengkapan": .identity(.equipment), "peralatan": .identity(.equipment),
        "perlengkapan": .identity(.equipment),
        "peringatan": .identity(.warnings),
        "pencatatan dan pendataan": .identity(.records), "pencatatan/pendataan": .identity(.records),
        "pencatatan": .identity(.records)
    ]

    /// Whether the field holds a list of items rather than one value.
    var isList: Bool {
        switch self {
        case .qualifications: true
        case .identity(let field):
            [.legalBasis, .relatedSOPs, .equipment, .warnings, .records].contains(field)
        }
    }
}

/// What one line of the cover is, by its shape.
enum CoverLine: Equatable, Sendable {
    case blank
    /// `Nomor SOP : B278/…`: a field's label, and the value written after the colon.
    case label(CoverField, value: String)
    /// `1. Undang-Undang …` or `1) …`: an item of a numbered list, without its number.
    case numbered(String)
    /// ` - a. memahami regulasi PBJ`: a lettered sub-item, without its letter.
    case lettered(String)
    /// `- Jaringan Internet` or `• …`: a bulleted item, without its bullet.
    case bulleted(String)
    /// `NIP 19810708 200604 1 013`: the approver's number, without the word NIP.
    case nip(String)
    case text(String)

    init(_ line: TextLine) {
        let text = line.trimmed
        if text.isEmpty {
            self = .blank
        } else if let (field, value) = Self.label(in: text) {
            self = .label(field, value: value)
        } else if let nip = Self.nip(in: text) {
            self = .nip(nip)
        } else if let item = Self.item(in: text, marker: { (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) {
            self = .numbered(item)
        } else if let item = Self.lettered(in: text) {
            self = .lettered(item)
        } else if let first = text.first, Self.bullets.contains(first), text.dropFirst().first?.isWhitespace == true {
            self = .bulleted(text.dropFirst().trimmedOfSpaces)
        } else {
            self = .text(text)
        }
    }

    static let bullets: Set<Character> = ["-", "•", "·", "–", "*"]

    /// A value written on a list heading's own line ("Dasar Hukum : 1. Undang-Undang …"),
    /// as an item: without its number or bullet.
    static func itemText(_ value: String) -> String {
        switch CoverLine(TextLine(number: 0, text: Substring(value))) {
        case .numbered(let text), .lettered(let text), .bulleted(let text): text
        default: value
        }
    }

    /// A label is the text before the first colon, or the whole line when it has none.
    private static func label(in text: String) -> (CoverField, String)? {
        let colon = text.firstIndex(of: ":")
        let label = text[..<(colon ?? text.endIndex)]
        guard label.utf8.count <= 48, let field = CoverField.labels[label.matchKey] else { return nil }
        return (field, colon.map { text[text.index(after: $0)...].trimmedOfSpaces } ?? "")
    }

    /// "NIP 1981…", "NIP. 1981…" or "NIP: 1981…".
    private static func nip(in text: String) -> String? {
        guard text.prefix(3).lowercased() == "nip" else { return nil }
        let rest = text.dropFirst(3)
        guard let next = rest.first, !next.isLetter else { return nil }
        return String(rest.drop { $0 == "." || $0 == ":" || $0.isWhitespace })
    }

    /// `a. text`, `a) text`, optionally after a bullet (` - a. text`, as the seed writes them).
    private static func lettered(in text: String) -> String? {
        var body = Substring(text)
        if let first = body.first, bullets.contains(first) { body = body.dropFirst().drop(while: \.isWhitespace) }
        return item(in: String(body), marker: { $0.count == 1 && $0.allSatisfy { $0.isLowercase && $0.isASCII } })
    }

    /// The text after a list marker (`1.`, `1)`, `a.`) that is followed by white space.
    /// "1, Undang-Undang …" (a comma typed for the dot) counts when a capital follows, so
    /// that "1, 2 dan 3 …" stays text.
    private static func item(in text: String, marker isMarker: (Substring) -> Bool) -> String? {
        guard let end = text.firstIndex(where: { $0 == "." || $0 == ")" || $0 == "," }),
            isMarker(text[..<end])
        else { return nil }
        let rest = text[text.index(after: end)...]
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        if text[end] == ",", rest.trimmedOfSpaces.first?.isUppercase != true { return nil }
        return rest.trimmedOfSpaces
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
