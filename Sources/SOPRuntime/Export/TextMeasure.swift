/// How wide text is in a proportional sans-serif font, estimated in ems from the kind of each
/// character, and word wrapping by that width. The pictures lay text out themselves (SVG does
/// not wrap), so the estimate errs on the wide side: a line may end early, never overflow.
enum TextMeasure {
    /// The width of `text` in ems.
    static func width(_ text: some StringProtocol) -> Double {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x20: return 0.32
        case 0x300...0x36F: return 0
        default: break
        }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 1.25 }
        if scalar.value >= 0x1100, isWide(scalar.value) { return 1.05 }
        if "iljtfrI.,:;'|!()[]{}\"`".contains(character) { return 0.36 }
        if "mwMW@%".contains(character) { return 0.95 }
        if character.isUppercase { return 0.72 }
        if character.isNumber { return 0.62 }
        return 0.6
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// `text` broken into lines of at most `limit` ems, at spaces (and at the given line
    /// breaks); a word longer than a line is cut. At most `maximumLines` lines: the last one
    /// shown ends with "…" when text was left out.
    static func wrap(_ text: String, width limit: Double, maximumLines: Int = .max) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var used = 0.0
            for var word in paragraph.split(separator: " ") {
                while width(word) > limit {
                    if !current.isEmpty {
                        lines.append(current)
                        current = ""
                        used = 0
                    }
                    var head = ""
                    var headWidth = 0.0
                    for character in word {
                        let next = width(of: character)
                        if headWidth + next > limit, !head.isEmpty { break }
                        head.append(character)
                        headWidth += next
                    }
                    lines.append(head)
                    word = word.dropFirst(head.count)
                }
                guard !word.isEmpty else { continue }
                let wordWidth = width(word)
                if used > 0, used + width(of: " ") + wordWidth > limit {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                current += (used > 0 ? " " : "") + word
                used += (used > 0 ? width(of: " ") : 0) + wordWidth
            }
            lines.append(current)
        }
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
            var last = lines[maximumLines - 1]
            while !last.isEmpty, width(last) + width(of: "…") > limit { last.removeLast() }
            lines[maximumLines - 1] = last + "…"
        }
        return lines
    }
}
