import Foundation
import SOPRuntime

extension Shell {
    /// How one file of `sopsh import` came out.
    enum ImportOutcome: String {
        /// Read with no errors: ready to check, walk and simulate.
        case clean
        /// Read and saved, with errors to fix in the YAML before it can run.
        case draft
        /// Not read: a scan, an encrypted or damaged file, not an SOP.
        case refused
    }

    /// `sopsh import FILE…`: each SOP (a PDF, a folder of them, or any file `open` reads) saved
    /// as YAML beside it or in `directory`, atomically, which is made if missing; a summary of
    /// clean, draft and refused files; exit status 1 if any was refused.
    public func importFiles(_ inputs: [String], into directory: String?, json: Bool) -> Int32 {
        if let directory, let reason = Self.makeFolder(directory) {
            let problem = localized("\(directory): error: cannot make this folder for the YAML files: \(reason)")
            FileHandle.standardError.write(
                Data((problem + "\n" + localized("hint: check the path and that you may write there") + "\n").utf8))
            return 1
        }
        let files = Self.expand(inputs)
        let progress = isatty(STDERR_FILENO) != 0 && !json
        var outcomes: [(file: String, outcome: ImportOutcome, reason: String?)] = []
        var written: Set<String> = []
        var reports: [Value] = []
        for (index, file) in files.enumerated() {
            if progress {
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(files.count)] \(file)".utf8))
            }
            let output = Self.outputPath(for: file, in: directory)
            var record: Record = ["file": .string(file)]
            do throws(SOPReadError) {
                guard !written.contains(output) else {
                    throw SOPReadError(
                        "another input of this import is saved as \(output) too", at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "import files with the same name into different folders (-o DIR)")
                }
                let (loaded, _) = try SOPFile.open(file)
                let diagnostics = loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)
                do {
                    try SOPFile.save(loaded.sop, to: output)
                } catch {
                    throw SOPReadError(
                        "cannot write \(output): \(error.localizedDescription)", at: SourceLocation(file: output, line: 1, column: 1),
                        hint: "check that the folder exists and can be written")
                }
                written.insert(output)
                let outcome: ImportOutcome = diagnostics.hasErrors ? .draft : .clean
                outcomes.append((file, outcome, nil))
                record["output"] = .string(output)
                record["outcome"] = .string(outcome.rawValue)
                record["errors"] = .number(Double(diagnostics.count(of: .error)))
                record["warnings"] = .number(Double(diagnostics.count(of: .warning)))
                record["diagnostics"] = .list(diagnostics.map(SOPValues.diagnostic))
                if !json { line(progress, "\(file) → \(output): \(outcome.label), " + SOPValues.tally(diagnostics)) }
            } catch {
                outcomes.append((file, .refused, error.message))
                record["outcome"] = .string(ImportOutcome.refused.rawValue)
                record["read_error"] = .string(error.description)
                if !json { line(progress, error.description) }
            }
            reports.append(.record(record))
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if json {
            terminal.write(JSONWriter.write(.list(reports)))
        } else {
            terminal.write(Self.summary(outcomes.map(\.outcome)))
        }
        return outcomes.contains { $0.outcome == .refused } || files.isEmpty ? 1 : 0
    }

    /// `import -o sop/ pdf/` as the README prints it: the folder is made as `mkdir -p` would.
    /// Nil once it is a folder, else the system's reason (Foundation's own error only says
    /// "NSCocoaErrorDomain error 512"; the POSIX error under it says what happened).
    private static func makeFolder(_ path: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return nil
        } catch {
            guard let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error else { return error.localizedDescription }
            return String(cString: strerror(Int32((posix as NSError).code)))
        }
    }

    /// A result line, after wiping the progress line it replaces.
    private func line(_ progress: Bool, _ text: String) {
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        terminal.write(text)
    }

    /// "30 files: 25 clean, 4 drafts, 1 refused".
    static func summary(_ outcomes: [ImportOutcome]) -> String {
        let clean = outcomes.filter { $0 == .clean }.count
        let drafts = outcomes.filter { $0 == .draft }.count
        let refused = outcomes.filter { $0 == .refused }.count
        let files = outcomes.count == 1 ? localized("1 file") : localized("\(outcomes.count) files")
        let draftCount = drafts == 1 ? localized("1 draft") : localized("\(drafts) drafts")
        return files + ": " + localized("\(clean) clean, \(draftCount), \(refused) refused")
    }

    /// Files as given, and each folder's PDFs in name order.
    private static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue,
                let names = try? FileManager.default.contentsOfDirectory(atPath: input)
            else { return [input] }
            return names.filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
                .map { URL(fileURLWithPath: input).appendingPathComponent($0).relativePath }
        }
    }

    /// `025.pdf` → `025.yaml`, beside the input or in `directory`.
    private static func outputPath(for file: String, in directory: String?) -> String {
        let url = URL(fileURLWithPath: file)
        let name = url.deletingPathExtension().lastPathComponent + ".yaml"
        guard let directory else { return url.deletingLastPathComponent().appendingPathComponent(name).relativePath }
        return URL(fileURLWithPath: directory).appendingPathComponent(name).relativePath
    }
}

extension Shell.ImportOutcome {
    var label: String {
        switch self {
        case .clean: localized("clean")
        case .draft: localized("draft")
        case .refused: localized("refused")
        }
    }
}
