/// A part of an SOP that a diagnostic can point at. Steps and roles are named by their
/// position in the document, since a draft's numbers may be missing or repeated.
public enum Place: Hashable, Sendable {
    case document
    case identity(IdentityField)
    case role(Int, RoleField?)
    case step(StepIndex, StepField?)
    /// Answer `answer` (its place among the decision's answers, from 0) of the decision `step`.
    case answer(step: StepIndex, answer: Int)
}

/// The fields of the identity part, named by their keys in our YAML format.
public enum IdentityField: String, Hashable, Sendable, CaseIterable {
    case organisation = "instansi"
    case number = "nomor_sop"
    case createdOn = "tanggal_pembuatan"
    case revisedOn = "tanggal_revisi"
    case effectiveOn = "tanggal_efektif"
    case approver = "disahkan_oleh"
    case title = "judul_sop"
    case legalBasis = "dasar_hukum"
    case relatedSOPs = "keterkaitan"
    case equipment = "peralatan_perlengkapan"
    case warnings = "peringatan"
    case records = "pencatatan_pendataan"

    /// The label the standard prints on the cover ("Nomor SOP").
    public var label: String {
        switch self {
        case .organisation: "Instansi"
        case .number: "Nomor SOP"
        case .createdOn: "Tanggal Pembuatan"
        case .revisedOn: "Tanggal Revisi"
        case .effectiveOn: "Tanggal Efektif"
        case .approver: "Disahkan oleh"
        case .title: "Judul SOP"
        case .legalBasis: "Dasar Hukum"
        case .relatedSOPs: "Keterkaitan"
        case .equipment: "Peralatan/Perlengkapan"
        case .warnings: "Peringatan"
        case .records: "Pencatatan dan Pendataan"
        }
    }
}

/// The fields of a role, named by their keys in our YAML format.
public enum RoleField: String, Hashable, Sendable, CaseIterable {
    case id
    case name = "nama"
    case staff = "jumlah"
    case qualifications = "kualifikasi"
}

/// The fields of a step, named by their keys in our YAML format.
public enum StepField: String, Hashable, Sendable, CaseIterable {
    case number = "nomor"
    case activity = "uraian_kegiatan"
    case executors = "pelaksana"
    case requirements = "persyaratan_kelengkapan"
    case time = "waktu"
    case output = "output"
    case notes = "keterangan"
    case decision = "keputusan"
    case next = "lanjut_ke"

    /// The column heading of the flowchart table.
    public var label: String {
        switch self {
        case .number: "No"
        case .activity: "Uraian Kegiatan"
        case .executors: "Pelaksana"
        case .requirements: "Persyaratan/Kelengkapan"
        case .time: "Waktu"
        case .output: "Output"
        case .notes: "Keterangan"
        case .decision: "Keputusan"
        case .next: "Lanjut ke"
        }
    }
}
