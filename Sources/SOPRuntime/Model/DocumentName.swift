import Foundation

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
        self.words = text.lowercased()
            .components(separatedBy: CharacterSet.alphanumerics.inverted)
            .filter { !$0.isEmpty && !DocumentName.fillerWords.contains($0) }
    }

    /// Words that do not change which document is meant.
    static let fillerWords: Set<String> = [
        "dan", "atau", "atas", "untuk", "yang", "di", "ke", "dari", "dengan", "oleh", "pada",
        "the", "of", "and", "a",
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
