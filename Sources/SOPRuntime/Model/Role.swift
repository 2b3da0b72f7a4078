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

    /// A short id made from a role's name: its first word that is not a generic title word,
    /// lower-cased and stripped of anything but letters and digits ("Kepala UKPBJ" → `kepala`,
    /// "Tim Pelaksana Fungsi UKPBJ" → `tim`). `taken` ids are avoided by adding more words.
    public static func suggestedID(for name: String, avoiding taken: Set<String> = []) -> String {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.lowercased() }
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
