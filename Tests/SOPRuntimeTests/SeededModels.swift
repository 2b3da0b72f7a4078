import Foundation
import SOPRuntime

/// A random number generator that gives the same numbers for the same seed on every machine
/// (SplitMix64), so that a property test that fails fails again with the seed it prints.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &self)! }

    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}

/// Random SOP models as drafts really come: Indonesian and other Unicode text, text that YAML
/// would misread if it were written plainly, steps with sub-numbers, joint steps, decisions
/// with answers to steps or to the end, and every form of standard time.
struct ModelGenerator {
    var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Pieces a text is made of: words, symbols YAML cares about, white space and line breaks.
    /// U+FEFF never starts a text: Yams drops it there when it reads (see `textsThatCannotRoundTrip`).
    static let pieces = [
        "Menyusun", "laporan", "Kepala Dinas", "Surat Keputusan", "dan", "persetujuan", "Biro Keuangan dan Umum",
        "café", "Ñ", "🙂", "👍🏽", "日本語", "é", "e\u{301}", "\u{A0}", "\u{2028}", "\u{85}", "a\u{FEFF}", "\u{7}", "\u{0}",
        "\"", "'", ":", ": ", " #", "#", "-", "- ", "? ", "[", "]", "{", "}", ",", "&a", "*a", "!tag", "|", ">", "%", "@",
        "`", "\\", "\n", "\r\n", "\r", "\t", " ", "  ", "\n\n"
    ]

    /// Whole texts that YAML reads as something other than text when written plainly.
    static let yamlLookalikes = [
        "no", "yes", "No", "off", "On", "true", "False", "~", "null", "NULL", "", "1.0", "3.10", "1e3", ".inf", "-.inf", ".NaN",
        "0x1F", "0o17", "+1", "1_000", "12:30:00", "2025-02-21", "2025-02-21T10:00:00Z", "<<", "=", "19810708",
        "- a", "a: b", "[1, 2]", "{a: 1}", "!!str", "---", "...", "| x", "> x"
    ]

    mutating func text() -> String {
        if random.chance(0.15) { return random.pick(Self.yamlLookalikes) }
        var result = random.chance(0.2) ? random.pick([" ", "  ", "\t", "\n"]) : ""
        for _ in 0..<random.count(0...5) { result += random.pick(Self.pieces) + (random.chance(0.5) ? " " : "") }
        if random.chance(0.2) { result += random.pick([" ", "\t", "\n", "\n\n", " \n"]) }
        return result
    }

    mutating func texts() -> [String] { (0..<random.count(0...3)).map { _ in text() } }

    static let times = [
        "15 menit", "1 jam", "8 jam", "1 jam 30 menit", "1-2 jam", "1 - 2 jam", "1 s.d. 2 jam", "30 menit - 1 jam",
        "1 hari", "3 hari kerja", "1 minggu", "2 bulan", "Sesuai kebutuhan", "sesuai   KEBUTUHAN", "", "-", "1,5 jam",
        "90m", "1.5h", "2d", "1h30m", "1w", "0 menit", "3-1 jam", "999999 jam", "99999999999999999999 jam", "1 jem",
        " 2 jam ", "2 jam\n", "1 jam\n30 menit", "satu jam", "1/2 jam"
    ]

    mutating func time() -> StandardTime {
        StandardTime(random.chance(0.9) ? random.pick(Self.times) : text())
    }

    /// A step number as the No column holds it: whole, or a sub-step of one to three levels.
    mutating func number(near main: Int) -> StepNumber {
        var parts = [main]
        while parts.count < 3, random.chance(0.25) { parts.append(random.count(0...12)) }
        if random.chance(0.05) { parts[0] = random.pick([0, 999_999_999]) }
        return StepNumber(parts)
    }

    mutating func roleID() -> String {
        random.chance(0.8) ? random.pick(["kepala", "tim", "staf", "sekretariat", "ppid", "petugas-1", "atasan_2"]) : text()
    }

    mutating func sop() -> SOP {
        let identity = Identity(
            organisation: texts(), number: text(), createdOn: text(), revisedOn: text(), effectiveOn: text(),
            approver: Approver(position: text(), name: text(), nip: random.chance(0.5) ? "19810708 200604 1 013" : text()),
            title: text(), legalBasis: texts(), relatedSOPs: texts(), equipment: texts(), warnings: texts(), records: texts())
        let roles = (0..<random.count(0...4)).map { _ in
            Role(id: roleID(), name: text(), staff: random.pick([1, 1, 2, 3, 0, -3, 999, Int.max, Int.min]), qualifications: texts())
        }
        let count = random.count(0...12)
        let numbers = (0..<count).map { index in random.chance(0.05) ? nil : number(near: index + 1) }
        let targets: [Target] = [.end] + numbers.compactMap { $0 }.map(Target.step) + [.step(StepNumber(99))]
        let steps = numbers.map { number in
            var step = Step(
                number: number, activity: text(), executors: [], requirements: text(), time: time(),
                output: text(), notes: random.chance(0.3) ? text() : "")
            let roleIDs = roles.map(\.id)
            step.executors = (0..<random.count(0...3)).map { _ in
                roleIDs.isEmpty || random.chance(0.1) ? random.pick(["", "tidak-ada", "Kepala Dinas"]) : random.pick(roleIDs)
            }
            if random.chance(0.3) {
                step.decision = Decision(
                    answers: (0..<random.count(0...4)).map { _ in
                        Answer(label: text(), target: random.chance(0.1) ? nil : random.pick(targets))
                    })
            } else if random.chance(0.3) {
                step.next = random.pick(targets)
            }
            return step
        }
        return SOP(identity: identity, roles: roles, steps: steps)
    }
}

/// Random damage to a text, as a slip of the keyboard, a bad copy or a broken disk does it.
extension SeededRandom {
    static let insertions = [
        ":", ": ", "-", "- ", "\"", "'", "\t", "\n", "\r", " ", "[", "]", "{", "}", "#", "&a ", "*a",
        "!!int ", "%YAML 1.2\n", "---\n", "...\n", "|", ">", "\u{0}", "\u{FEFF}", "\u{85}", "é", "🙂",
        "${", "(", ")", "\\", "$", "9999999999999999999999", "1e308", "-1", "0", ";"
    ]

    /// The text with one to four random changes: a character flipped, removed or inserted,
    /// the text cut short, a line repeated or two lines swapped.
    mutating func mutated(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<count(1...4) {
            let at = scalars.isEmpty ? 0 : count(0...scalars.count)
            switch count(0...5) {
            case 0 where at < scalars.count:
                scalars[at] = Unicode.Scalar(UInt8(truncatingIfNeeded: scalars[at].value ^ (1 << UInt32(count(0...6)))))
            case 1 where at < scalars.count:
                scalars.removeSubrange(at..<min(scalars.count, at + count(1...20)))
            case 2:
                scalars = Array(scalars.prefix(at))
            case 3:
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                let line = count(0...lines.count - 1)
                let other = count(0...lines.count - 1)
                if chance(0.5) { lines.insert(lines[line], at: other) } else { lines.swapAt(line, other) }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            default:
                scalars.insert(contentsOf: pick(Self.insertions).unicodeScalars, at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The bytes with one to four flipped, cut or inserted, often leaving them not UTF-8.
    mutating func mutatedBytes(_ data: [UInt8]) -> [UInt8] {
        var bytes = data
        for _ in 0..<count(1...4) {
            let at = bytes.isEmpty ? 0 : count(0...bytes.count - 1)
            switch count(0...2) {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8(1 << count(0...7))
            case 1: bytes.insert(pick([0xFF, 0xC3, 0xE2, 0x80, 0x00, 0xF0]), at: min(at, bytes.count))
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return bytes
    }
}

/// Whether `location` names a place inside `text`: a line the text has, and a column on that
/// line or just after its last character (where an unfinished construct ends). Lines are
/// counted at every line break an editor counts (`\n`, `\r\n`, a lone `\r`); columns in
/// characters, counted generously (as Unicode scalars, which are at least as many).
func isInside(_ location: SourceLocation, _ text: String) -> Bool {
    var lines: [[Unicode.Scalar]] = [[]]
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        if scalar == "\n" && previous == "\r" {
            // the second half of a Windows line break
        } else if scalar == "\n" || scalar == "\r" {
            lines.append([])
        } else {
            lines[lines.count - 1].append(scalar)
        }
        previous = scalar
    }
    guard location.line >= 1, location.line <= lines.count, location.column >= 1 else { return false }
    return location.column <= lines[location.line - 1].count + 1
}
