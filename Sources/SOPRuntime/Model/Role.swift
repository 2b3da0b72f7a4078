/// A Pelaksana: a role that executes steps, one column of the flowchart table.
public struct Role: Hashable, Sendable {
    /// A short id for typing, such as `kepala`: lower case, no spaces.
    public var id: String
    /// The name as the document writes it, such as "Kepala UKPBJ".
    public var name: String
    /// How many people hold this role (the simulator's pool size).
    public var staff: Int
    /// Kualifikasi Pelaksana: what a holder of this role must know or be able to do.
    public var qualifications: [String]

    public init(id: String, name: String, staff: Int = 1, qualifications: [String] = []) {
        self.id = id
        self.name = name
        self.staff = staff
        self.qualifications = qualifications
    }

    /// Whether `id` follows the format's rule (docs/format.md, and the schema's `roleID`
    /// pattern `^[a-z][a-z0-9_-]*$`): an ASCII lower-case letter, then lower-case letters,
    /// digits, `_` or `-`. Ids are typed at the prompt and in scripts, so they stay plain.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// A short id made from a role's name: its first word that is not a generic title word,
    /// lower-cased, its accents dropped and stripped of anything but ASCII letters and digits
    /// ("Kepala UKPBJ" → `kepala`, "Tim Pelaksana Fungsi UKPBJ" → `tim`), so that it is a valid
    /// id. `taken` ids are avoided by adding more words.
    public static func suggestedID(for name: String, avoiding taken: Set<String> = []) -> String {
        let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words = plain.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
        // An id starts with a letter: a name that starts with a number ("2 Staf") is not its id.
        while let first = words.first, !(first.first?.isLetter ?? false) { words.removeFirst() }
        guard !words.isEmpty else { return uniqued("peran", avoiding: taken) }
        var id = words[0]
        var next = 1
        while taken.contains(id), next < words.count {
            id += "-" + words[next]
            next += 1
        }
        return uniqued(id, avoiding: taken)
    }

    private static func uniqued(_ id: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(id) else { return id }
        var counter = 2
        while taken.contains("\(id)\(counter)") { counter += 1 }
        return "\(id)\(counter)"
    }
}
