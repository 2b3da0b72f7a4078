/// One Standard Operating Procedure as the SOP AP standard (Permen PANRB No. 35/2012) lays it
/// out: the identity part on the cover, the roles that head the flowchart's Pelaksana columns,
/// and the steps of the flowchart table.
///
/// An `SOP` may be a draft: every field may be blank or inconsistent, because real documents
/// are. `Checker` says what is wrong; nothing here refuses to hold it.
public struct SOP: Hashable, Sendable {
    public var identity: Identity
    public var roles: [Role]
    public var steps: [Step]

    public init(identity: Identity = Identity(), roles: [Role] = [], steps: [Step] = []) {
        self.identity = identity
        self.roles = roles
        self.steps = steps
    }

    /// The role with this short id, or nil.
    public func role(id: String) -> Role? {
        roles.first { $0.id == id }
    }

    /// Every step's index, in the table's order.
    public var stepIndices: [StepIndex] {
        steps.indices.map(StepIndex.init(offset:))
    }

    /// Indices of the steps numbered `number` (more than one in a document with duplicates).
    public func stepIndices(numbered number: StepNumber) -> [StepIndex] {
        stepIndices.filter { steps[$0].number == number }
    }

    /// The first step numbered `number`, or nil.
    public func step(_ number: StepNumber) -> Step? {
        steps.first { $0.number == number }
    }
}

/// The identity part ("identitas") on the cover of an SOP. Dates stay as written
/// ("21 Februari 2025"): they are text that an official signed, not values to reformat.
public struct Identity: Hashable, Sendable {
    /// The organisation, from the ministry down to the unit, one line each.
    public var organisation: [String]
    /// Nomor SOP.
    public var number: String
    /// Tanggal Pembuatan: when the SOP was finished.
    public var createdOn: String
    /// Tanggal Revisi: when it was revised or is due for review; often blank.
    public var revisedOn: String
    /// Tanggal Efektif: when it came into force.
    public var effectiveOn: String
    /// Disahkan oleh: who signed it.
    public var approver: Approver
    /// Judul SOP (also written "Nama SOP").
    public var title: String
    /// Dasar Hukum: the legal basis, one item each.
    public var legalBasis: [String]
    /// Keterkaitan: related SOPs.
    public var relatedSOPs: [String]
    /// Peralatan/Perlengkapan: equipment and supplies.
    public var equipment: [String]
    /// Peringatan: warnings.
    public var warnings: [String]
    /// Pencatatan dan Pendataan: records kept.
    public var records: [String]

    public init(
        organisation: [String] = [], number: String = "", createdOn: String = "",
        revisedOn: String = "", effectiveOn: String = "", approver: Approver = Approver(),
        title: String = "", legalBasis: [String] = [], relatedSOPs: [String] = [],
        equipment: [String] = [], warnings: [String] = [], records: [String] = []
    ) {
        self.organisation = organisation
        self.number = number
        self.createdOn = createdOn
        self.revisedOn = revisedOn
        self.effectiveOn = effectiveOn
        self.approver = approver
        self.title = title
        self.legalBasis = legalBasis
        self.relatedSOPs = relatedSOPs
        self.equipment = equipment
        self.warnings = warnings
        self.records = records
    }
}

/// The official who signed the SOP ("Disahkan oleh").
public struct Approver: Hashable, Sendable {
    /// Jabatan: the position, e.g. "Kepala Biro Keuangan dan Umum".
    public var position: String
    /// Nama: the name with titles, e.g. "Dr. Ramadhan NA, M.Si".
    public var name: String
    /// NIP: the civil-service number, kept with its spaces.
    public var nip: String

    public init(position: String = "", name: String = "", nip: String = "") {
        self.position = position
        self.name = name
        self.nip = nip
    }
}
