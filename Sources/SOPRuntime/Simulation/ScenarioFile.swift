import Foundation
import Yams

/// A scenario file: a baseline and named what-if changes, in Indonesian keys like the SOP and
/// calendar files. Every key but `kedatangan` and a way to stop (`jumlah_kasus` or `horizon`;
/// a list of times stops by itself) is optional. schema/scenario.schema.json says the same for
/// an author's editor, and ScenarioSchemaAgreementTests hold the two together.
///
/// ```yaml
/// nama: dasar                    # the baseline's name (default "baseline")
/// sop: bench-seed.yaml           # optional: the SOP, relative to this file
/// kedatangan:                    # arrivals, in working time
///   pola: poisson                # poisson | tetap (regular) | daftar (list) | sekaligus (batch)
///   selang: 40 jam               # the (mean) interval, or:
///   # laju: 20 per bulan         # a rate per jam | hari | minggu | bulan (working days)
///   # waktu: [2026-03-02T07:30]  # the moments, for pola: daftar
/// jumlah_kasus: 1000000          # cases per replication
/// horizon: 6 bulan               # or: arrivals stop after this much working time
/// replikasi: 5                   # replications
/// seed: 42
/// utas: 2                        # threads; default every core; results do not depend on it
/// mulai: 2026-01-05T07:30        # start of the simulated period
/// kalender: sepanjang_waktu      # kantor (default) | sepanjang_waktu | a calendar file
/// pegawai: {kepala: 1, tim: 3}   # staff per role id (default the SOP's jumlah)
/// pelaksana: {"5": kepala}       # who carries out a step, in place of the SOP's
/// durasi:
///   sebaran: eksponensial        # tetap | seragam | segitiga | eksponensial | lognormal | normal
///   lebar: 0.5                   # spread: ± share (seragam, segitiga) or coefficient of variation
///   sebaran_rentang: seragam     # how a range 1-2 jam is drawn under `tetap`: seragam | segitiga
///   langkah:                     # per step number: a time, or a mapping
///     "12": 2 jam
///     "5": {sebaran: lognormal, lebar: 0.3, waktu: 6 jam}
/// keputusan:                     # probabilities per answer label (or number from 1)
///   "3": {perlu perbaikan: 0.3}  # the rest goes to the forward answers
/// batas_pengulangan: 10          # rework cap per case
/// jenis_kasus:                   # optional: kinds of case, priority higher first
///   - {nama: mendesak, porsi: 0.2, prioritas: 1}
///   - {nama: biasa, porsi: 0.8}
/// hapus_langkah: [8]             # steps removed
/// gabung_langkah: [[9, 10]]      # pairs of steps merged
/// perubahan:                     # named what-if changes to the baseline
///   - nama: tambah tim
///     pegawai: {tim: 4}
///   - nama: permintaan naik 50%
///     faktor_kedatangan: 1.5
/// ```
///
/// A change may hold `pegawai`, `pelaksana`, `keputusan`, `durasi`, `kedatangan`,
/// `faktor_kedatangan`, `kalender`, `batas_pengulangan`, `jenis_kasus`, `hapus_langkah` and
/// `gabung_langkah`; distribution names are also read in English (`exponential`).
public struct ScenarioFile: Sendable {
    /// The SOP file named by `sop`, as written (relative to the scenario file).
    public var sopPath: String?
    public var baseline: Scenario
    public var changes: [ScenarioChange]
    /// The file the scenarios were read from, for locating errors.
    public var file: String?
    /// Where each key stood: "pegawai.tim" for the baseline, "perubahan.2.pegawai.tim" in the
    /// second change.
    var locations: [String: SourceLocation]

    /// Where the file names its SOP (the value of `sop`), for an error about that SOP.
    public var sopLocation: SourceLocation? { locations["sop"] }

    /// Whether the file sets `key` (`keputusan`, `durasi`…) for scenario `index` of `scenarios`:
    /// in its baseline, or in that change. What it does not set, the simulator assumes.
    public func sets(_ key: String, inScenario index: Int) -> Bool {
        let prefixes = [""] + (index > 0 ? ["perubahan.\(index)."] : [])
        return locations.keys.contains { written in
            prefixes.contains { written == $0 + key || written.hasPrefix($0 + key + ".") }
        }
    }

    /// The baseline, then each change applied to it, in the file's order.
    public var scenarios: [Scenario] {
        [baseline] + changes.map(baseline.applying)
    }

    /// The scenario file at `path`, refused like an SOP file when it is binary or not UTF-8.
    public static func open(_ path: String) throws(SOPReadError) -> ScenarioFile {
        try read(try SOPFile.text(at: path), file: path)
    }

    /// The path of the SOP the file names (`sop`, relative to the file's folder), if it names one.
    public var sopFile: String? {
        guard let sopPath else { return nil }
        let folder = file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        return sopPath.hasPrefix("/") || folder.isEmpty ? sopPath : folder + "/" + sopPath
    }

    /// Reads a scenario file; anything wrong throws with its line, column and a hint.
    /// `file` also locates a calendar file named in it.
    public static func read(_ text: String, file: String?) throws(SOPReadError) -> ScenarioFile {
        let root = try YAMLNodeReader.compose(
            text, file: file, whenEmpty: "the scenario file is empty",
            hint: "start from examples/bench-seed.scenario.yaml")
        var reader = ScenarioFileReader(file: file)
        reader.nodes.refuseTags(in: root)
        let read = reader.scenarioFile(from: root)
        if let fileError = reader.fileErrors.first { throw fileError }
        if let problem = reader.nodes.firstProblem(in: root, otherwise: "see examples/bench-seed.scenario.yaml") { throw problem }
        guard let read else {
            throw SOPReadError(
                "the file is YAML but not a scenario", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "its top level is a mapping with `kedatangan` and `jumlah_kasus`")
        }
        return read
    }

    /// Every scenario compiled against `sop`: the first that does not fit it throws, located
    /// at the key of the file it comes from.
    public func simulations(sop: SOP) throws(SOPReadError) -> [Simulation] {
        var compiled: [Simulation] = []
        for (index, scenario) in scenarios.enumerated() {
            do {
                compiled.append(try Simulation(sop: sop, scenario: scenario))
            } catch {
                throw readError(error, scenario: index)
            }
        }
        return compiled
    }

    /// Why scenario `index` (0 the baseline, then the changes) does not fit the SOP, located
    /// at the key of the file it comes from.
    public func readError(_ error: ScenarioError, scenario index: Int) -> SOPReadError {
        let change = index == 0 ? nil : index
        let message = change.map { "scenario “\(scenarios[$0].name)”: \(error.message)" } ?? Message(verbatim: error.message)
        return SOPReadError(message, at: location(of: error.key, change: change), hint: error.hint.map(Message.init(verbatim:)))
    }

    /// The place of a dotted key: in the change (numbered from 1) if it sets it, else in the
    /// baseline; the nearest enclosing key that was written, else the start of the file.
    public func location(of key: String?, change: Int? = nil) -> SourceLocation {
        var parts = key.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) } ?? []
        while true {
            let path = parts.joined(separator: ".")
            if let change, let found = locations["perubahan.\(change)" + (path.isEmpty ? "" : "." + path)] { return found }
            if !path.isEmpty, let found = locations[path] { return found }
            if parts.isEmpty { break }
            parts.removeLast()
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }
}
