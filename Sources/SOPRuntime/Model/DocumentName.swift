/// The name of a document that a step needs (Persyaratan) or produces (Output), compared
/// the way a reader of the SOP would: without regard to case, punctuation, filler words or
/// a slip of the pen. "draft laporan pelaksanaan sosialisasi" satisfies a requirement of
/// "laporan pelaksanaan sosialisasi"; "laporan sosialisasi standar …" does not satisfy
/// "Hasil pelaksanaan sosialisasi" (the seed's broken hand-off at 9 → 10).
public struct DocumentName: Hashable, Sendable {
    public let text: String
    /// The significant words, lower-cased.
    public let words: [String]

    public init(_ text: String) {
        self.text = text
        self.words = Self.words(of: text.lowercased()).filter { !DocumentName.fillerWords.contains($0) }
    }

    /// The runs of letters, marks and digits (Unicode's L*, M* and N*, as Foundation's
    /// `CharacterSet.alphanumerics`), found scalar by scalar: Foundation's splitting was the
    /// largest part of checking a big SOP.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordPart(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Words that do not change which document is meant.
    static let fillerWords: Set<String> = [
        "dan", "atau", "atas", "untuk", "yang", "di", "ke", "dari", "dengan", "oleh", "pada",
        "the", "of", "and", "a"
    ]

    public var isEmpty: Bool { words.isEmpty }

    /// Whether one name is contained in the other, word for word, allowing each word a typo.
    /// Containment either way: an output "rancangan … terkirim" satisfies a requirement of
    /// "rancangan …", and an output "laporan" is not refused for "draft laporan".
    public func matches(_ other: DocumentName) -> Bool {
        guard !isEmpty, !other.isEmpty else { return false }
        return Self.contains(words, other.words) || Self.contains(other.words, words)
    }

    private static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        // A paragraph pasted into a cell is looked up word by word in a set first, so that
        // comparing two long texts costs about their length, not its square.
        let exact = outer.count * inner.count > 1_024 ? Set(outer) : nil
        return inner.allSatisfy { word in exact?.contains(word) == true || outer.contains { sameWord($0, word) } }
    }

    private static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (aCount, bCount) = (a.count, b.count)
        let shorter = min(aCount, bCount)
        let allowed = shorter >= 9 ? 2 : 1
        guard shorter >= 5, max(aCount, bCount) - shorter <= allowed else { return false }
        return EditDistance.between(a, b, limit: allowed) <= allowed
    }
}
