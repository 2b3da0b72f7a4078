import Foundation
import SOPShell
import Testing

/// The language's parser on damaged scripts: whatever the text, it is complete, incomplete
/// (the prompt asks for more), or wrong at a line and column that the text has. The scripts
/// are the specification's (Tests/Scripts) and the examples', damaged at random with a fixed
/// seed, so that a failure can be replayed.
@Suite struct LanguageProperties {
    /// SplitMix64: the same numbers for the same seed on every machine.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    }

    static let insertions = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "${", "$", "\\", "\n", "\t", ";", ",", ":", "=", "-",
        "#", "..", "1e3", "99999999999999999999", "2026-13-45T99:99", "90x", "é", "🙂", "\r", "\u{0}",
        "if ", "else ", "proc ", "let ", "for ", "in ", "try ", "catch ", "return ", "not "
    ]

    /// The text with one to four characters flipped, removed or inserted, or cut short.
    static func mutated(_ text: String, _ random: inout SeededRandom) -> String {
        var characters = Array(text)
        for _ in 0..<random.count(1...4) {
            let at = characters.isEmpty ? 0 : random.count(0...characters.count)
            switch random.count(0...3) {
            case 0 where at < characters.count:
                let scalar = characters[at].unicodeScalars.first!.value ^ UInt32(1 << random.count(0...6))
                characters[at] = Character(Unicode.Scalar(scalar) ?? "?")
            case 1 where at < characters.count:
                characters.removeSubrange(at..<min(characters.count, at + random.count(1...12)))
            case 2:
                characters = Array(characters.prefix(at))
            default:
                characters.insert(contentsOf: insertions[random.count(0...insertions.count - 1)], at: at)
            }
        }
        return String(characters)
    }

    static let scripts: [String] = {
        let folders = ["Tests/Scripts", "examples"].map { Sopsh.root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".sopsh") }
                .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        }
    }()

    @Test("a damaged script is complete, incomplete, or wrong at a line and column of its text")
    func damagedScriptsAreLocated() throws {
        #expect(Self.scripts.count > 100)
        var random = SeededRandom(state: 2026)
        var invalid = 0
        for seed in 1...600 {
            let text = Self.mutated(Self.scripts[random.count(0...Self.scripts.count - 1)], &random)
            guard case .invalid(let message) = SyntaxCheck.of(text) else { continue }
            invalid += 1
            guard let place = message.firstMatch(of: #/^<input>:(\d+):(\d+): /#) else {
                Issue.record("seed \(seed): an error without a place: \(message)\n\(text)")
                continue
            }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            let line = Int(place.1)!
            let column = Int(place.2)!
            #expect(line <= lines.count && column <= lines[line - 1].count + 1, "seed \(seed): \(message)\n\(text)")
        }
        #expect(invalid > 100, "most damage breaks the syntax")
    }
}
