import Foundation
import SOPRuntime

/// Small SOPs built in code, and the examples shipped with the package, for the specification
/// tests. Each test starts from `TestSOPs.clean()` and breaks exactly one thing, so that the
/// finding it expects cannot come from anything else.
enum TestSOPs {
    /// A short procedure the checker has nothing to say about: staff draft a report, the head
    /// checks it (sending it back for rework when needed) and signs it.
    static func clean() -> SOP {
        SOP(
            identity: Identity(
                organisation: ["Pemerintah Kabupaten Contoh", "Dinas Komunikasi dan Informatika"],
                number: "001/SOP/DISKOMINFO/I/2025", createdOn: "2 Januari 2025",
                effectiveOn: "6 Januari 2025",
                approver: Approver(position: "Kepala Dinas", name: "Budi Santoso, S.Kom.", nip: "19810708 200604 1 013"),
                title: "Penyusunan Laporan Bulanan",
                legalBasis: ["Peraturan Menteri PANRB Nomor 35 Tahun 2012"]),
            roles: [
                Role(id: "kepala", name: "Kepala Dinas"),
                Role(id: "staf", name: "Staf Pelaksana", staff: 2)
            ],
            steps: [
                step(
                    1, "Menyusun rancangan laporan bulanan", by: "staf",
                    needs: "data kegiatan bulan berjalan", time: "8 jam", gives: "rancangan laporan bulanan"),
                step(
                    2, "Memeriksa rancangan laporan bulanan", by: "kepala",
                    needs: "rancangan laporan bulanan", time: "1 jam", gives: "rancangan laporan bulanan yang diperiksa",
                    answers: [("menyetujui", .step(StepNumber(3))), ("perlu perbaikan", .step(StepNumber(1)))]),
                step(
                    3, "Menandatangani laporan bulanan", by: "kepala",
                    needs: "rancangan laporan bulanan yang diperiksa", time: "30 menit", gives: "laporan bulanan yang ditandatangani")
            ])
    }

    /// A complete row of the table; `answers` makes it a decision.
    static func step(
        _ number: Int, _ activity: String, by executor: String, needs: String, time: String, gives: String,
        answers: [(String, Target?)]? = nil
    ) -> Step {
        Step(
            number: StepNumber(number), activity: activity, executors: [executor], requirements: needs,
            time: StandardTime(time), output: gives,
            decision: answers.map { Decision(answers: $0.map { Answer(label: $0.0, target: $0.1) }) })
    }

    /// A chain of `count` process steps numbered from 1, with outputs and no requirements: the
    /// checker finds nothing in it, however long it is.
    static func chain(_ count: Int) -> SOP {
        var sop = clean()
        sop.steps = (1...count).map { number in
            step(number, "Mengerjakan bagian \(number)", by: "staf", needs: "", time: "1 jam", gives: "bagian \(number)")
        }
        return sop
    }
}

/// The example SOPs in the package's `examples/` folder, found from this file's own path so
/// that the tests run from any working directory.
enum Examples {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples").path

    static let seed = "kebijakan-mutu-ukpbj.yaml"
    static let yamlFiles = [seed, "bench-seed.yaml", "pengajuan-cuti-pegawai.yaml", "permohonan-informasi-publik.yaml"]
    /// Every example SOP: the YAML files and the seed's table text.
    static let sopFiles = yamlFiles + ["kebijakan-mutu-ukpbj.txt"]

    static func path(_ name: String) -> String { directory + "/" + name }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// The example read as its extension says: YAML, or the table text (`.txt`) imported.
    static func load(_ name: String) throws -> LoadedSOP {
        name.hasSuffix(".txt")
            ? try TableTextImporter.read(text(name), file: path(name))
            : try SOPYAMLReader.read(text(name), file: path(name))
    }
}

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "sopsh-runtimetests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension Array where Element == Diagnostic {
    /// The findings with this code.
    func with(code: Diagnostic.Code) -> [Diagnostic] { filter { $0.code == code } }

    /// "code@subject" for each finding: a compact picture of a check's result.
    var summary: [String] { map { "\($0.code.rawValue)@\($0.subject ?? "-")" } }
}

/// The 1-based line and column where `needle` first stands in `text`, as an editor counts.
func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
    for (offset, line) in text.components(separatedBy: "\n").enumerated() {
        if let range = line.range(of: needle) {
            return (offset + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
    }
    return nil
}

extension StepIndex {
    /// The step in row `offset` of the table, counted from 0 as `SOP.steps` counts: how the
    /// tests name the steps of the SOPs they build.
    static func at(_ offset: Int) -> StepIndex { StepIndex(offset: offset) }
}
