import Yams

/// Which of sopsh's YAML files a text is: an SOP, a work calendar, a simulation scenario or an
/// office, told by keys only that kind has. The SOP reader uses it to say "this is a calendar,
/// not an SOP" (`SOPReadError.otherKind`) instead of listing every key as unknown, and
/// `sopsh check` then checks the file as what it is.
public enum YAMLDocumentKind: String, Sendable {
    case sop
    case workCalendar = "work calendar"
    case scenario
    case office

    /// The kind of a YAML document; an SOP when it says nothing clearer (not a mapping, or
    /// none of the telling keys), so that the SOP reader reports what is wrong.
    static func of(_ root: Node) -> YAMLDocumentKind {
        guard case .mapping(let mapping) = root else { return .sop }
        let keys = Set(mapping.keys.compactMap(\.string))
        if !keys.isDisjoint(with: ["identitas", "kegiatan"]) { return .sop }
        // An office also has a scenario's `sop`, `perubahan` and `horizon`: its own keys tell it first.
        if !keys.isDisjoint(with: ["kantor", "jabatan"]) { return .office }
        if !keys.isDisjoint(with: [
            "kedatangan", "faktor_kedatangan", "jumlah_kasus", "perubahan", "replikasi", "sop", "horizon",
            "seed", "utas", "mulai", "batas_pengulangan", "jenis_kasus", "hapus_langkah", "gabung_langkah"
        ]) {
            return .scenario
        }
        if !keys.isDisjoint(with: ["jam_kerja", "libur", "sepanjang_waktu"]) { return .workCalendar }
        return .sop
    }

    /// The kind of the YAML file at `path`; nil when it cannot be read or is not YAML (the
    /// reader of the kind asked for then says what is wrong).
    public static func of(fileAt path: String) -> YAMLDocumentKind? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let root = try? Yams.compose(yaml: text) else { return nil }
        return of(root)
    }
}
