import Foundation

/// An office file: a unit's SOPs, how often each is asked for, the positions (jabatan) that
/// fill their roles, and named what-ifs: an `Office` as an analyst writes it, in Indonesian
/// keys like the scenario and calendar files. examples/kantor-ukpbj.yaml is a whole one, and
/// schema/office.schema.json says the same for an author's editor (OfficeSchemaAgreementTests
/// hold the two together).
///
/// ```yaml
/// kantor: UKPBJ Kabupaten Contoh        # required: the unit's name
/// jam_kerja_efektif: 1250               # effective hours a year of one person (default 1250)
/// kalender: kantor                      # kantor (default) | sepanjang_waktu | a calendar file
/// horizon: 12 bulan                     # how long cases arrive in a replication (default 12 bulan)
/// replikasi: 5                          # default 5
/// seed: 2026                            # default 1
/// sop:                                  # required: the SOPs the unit runs
///   - berkas: kebijakan-mutu-ukpbj.yaml # an SOP file (PDF, YAML or table text), relative to this file
///     volume: 4                         # cases a year, or `selang: 40 jam` (the mean interval)
///     target: 10 hari kerja             # optional: the completion promised for a case
///     pelaksana: {kepala: kepala_ukpbj, tim: pokja}   # every role id of the SOP → a jabatan id
///     keputusan: {"3": {perlu perbaikan: 0.3}}        # optional, as in a scenario file
///     durasi: {sebaran: eksponensial}                 # optional, as in a scenario file
///     batas_pengulangan: 10                           # optional, as in a scenario file
/// jabatan:                              # required: the positions and their people
///   - {id: kepala_ukpbj, nama: Kepala UKPBJ, jumlah: 1, biaya_per_jam: 150000, cuti: 12}
///   - {id: pokja, nama: Pokja Pemilihan, jumlah: 6, kalender: kalender-kantor-2026.yaml, jam_kerja_efektif: 1200}
/// perubahan:                            # optional named what-ifs across the office
///   - nama: tambah pokja
///     jabatan: {pokja: 8}               # headcounts
///     sop:                              # edits of SOPs, by their `berkas`
///       - {berkas: kebijakan-mutu-ukpbj.yaml, volume: 6, gabung_langkah: [[9, 10]], hapus_langkah: [8]}
/// ```
///
/// Reading opens every SOP (`SOPFile.open`) and checks the file against them: each role of
/// each SOP is filled by a jabatan the file lists, and the steps and answers that `keputusan`,
/// `durasi` and a change's edits name exist. A jabatan that fills no role is a warning.
public struct OfficeFile: Sendable {
    public var office: Office
    /// What is probably a slip but does not stop the office from running (a jabatan that
    /// fills no role), located in the file like an error.
    public var warnings: [Diagnostic]
    /// The file the office was read from, for locating errors.
    public var file: String?
    /// Where each key stood: "kantor"; "sop.2" (the second SOP's entry), "sop.2.keputusan.3";
    /// "jabatan.pokja", "jabatan.pokja.jumlah"; "perubahan.1.jabatan.pokja",
    /// "perubahan.1.sop.1.hapus_langkah.4".
    var locations: [String: SourceLocation]

    /// The office file at `path`, refused like an SOP file when it is binary or not UTF-8.
    public static func open(_ path: String) throws(SOPReadError) -> OfficeFile {
        try read(try SOPFile.text(at: path), file: path)
    }

    /// Reads an office file and opens its SOPs (relative to `file`'s folder); anything wrong
    /// throws with its line, column and a hint.
    public static func read(_ text: String, file: String?) throws(SOPReadError) -> OfficeFile {
        let root = try YAMLNodeReader.compose(
            text, file: file, whenEmpty: "the office file is empty",
            hint: "start from examples/kantor-ukpbj.yaml")
        var reader = OfficeFileReader(file: file)
        reader.values.nodes.refuseTags(in: root)
        let office = reader.office(from: root)
        if let fileError = reader.values.fileErrors.first { throw fileError }
        if let problem = reader.values.nodes.firstProblem(in: root, otherwise: "see examples/kantor-ukpbj.yaml") { throw problem }
        guard let office else {
            throw SOPReadError(
                "the file is YAML but not an office", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "its top level is a mapping with `kantor`, `sop` and `jabatan`")
        }
        return OfficeFile(office: office, warnings: reader.warnings, file: file, locations: reader.values.locations)
    }

    /// The place of a dotted key ("sop.2.keputusan.3"): the nearest enclosing key that was
    /// written, else the start of the file.
    public func location(of key: String?) -> SourceLocation {
        var parts = key.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) } ?? []
        while !parts.isEmpty {
            if let found = locations[parts.joined(separator: ".")] { return found }
            parts.removeLast()
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    /// The place of a scenario key (`ScenarioError.key`, such as "keputusan.3") in procedure
    /// `index` of `office.procedures` (from 0): where a simulation's refusal of that SOP stands.
    public func location(ofProcedure index: Int, key: String?) -> SourceLocation {
        location(of: "sop.\(index + 1)" + (key.map { "." + $0 } ?? ""))
    }
}
