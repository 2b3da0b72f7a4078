/// Why a scenario cannot run on an SOP: a name the SOP does not have, a probability out of
/// range, a merge of steps that do not follow each other. Says what is wrong and how to fix it.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    /// The scenario-file key the problem sits under, dotted ("pegawai.tim", "keputusan.3",
    /// "durasi.langkah.12"), so that a reader of the file can point at its line; nil for the
    /// SOP itself or the scenario as a whole.
    public var key: String?

    public init(_ message: Message, hint: Message? = nil, key: String? = nil) {
        self.message = message.text
        self.hint = hint?.text
        self.key = key
    }

    public var description: String {
        localized("error: \(message)") + (hint.map { localized("\n  hint: \($0)") } ?? "")
    }
}
