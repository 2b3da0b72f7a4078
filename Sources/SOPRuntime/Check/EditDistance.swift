/// Levenshtein distance, for "did you mean …" suggestions and for tolerating typos when
/// document names are compared ("sosialisai" is "sosialisasi").
public enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and swaps of two
    /// neighbours (`opne` → `open` is one) that turn `a` into `b`, or `limit + 1` as soon as
    /// it is known to exceed `limit`.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a)
        let b = Array(b)
        if abs(a.count - b.count) > limit { return limit == .max ? limit : limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidates closest to `word` (ignoring case), nearest first, that are within a
    /// third of the word's length or share its beginning.
    public static func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let allowed = max(1, lowered.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let other = candidate.lowercased()
            let distance = between(lowered, other, limit: allowed)
            // A suggestion must keep something of the word: `x` is not a misspelt `?`.
            if distance <= allowed, distance < max(lowered.count, other.count) { return (candidate, distance) }
            if lowered.count >= 2, other.hasPrefix(lowered) { return (candidate, allowed + 1) }
            return nil
        }
        return scored.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
    }
}
