import Foundation
import SOPRuntime

/// What the shell does with a file a user opens and then saves: bytes to text
/// (`SOPFile.decode` refuses binary and non-UTF-8), the reader, the checker, the YAML writer,
/// and the saved text opened again. Shared by the targets for both SOP formats.
///
/// Any input must give an SOP or a `SOPReadError`; a crash, a trap or a sanitizer report is a
/// finding, and so is a saved SOP that does not open again: a user who saves a draft must get
/// it back.
public enum OpenCheckSave {
    public static func run(_ data: Data, file: String, reader: (String, String) throws(SOPReadError) -> LoadedSOP) {
        run(loading: { () throws(SOPReadError) in try reader(try SOPFile.decode(data, file: file), file) })
    }

    /// The same for a reader that takes bytes (the PDF importer).
    public static func run(loading: () throws(SOPReadError) -> LoadedSOP) {
        do throws(SOPReadError) {
            let loaded = try loading()
            _ = loaded.sop.check(sourceMap: loaded.sourceMap)
            let saved = SOPYAMLWriter.write(loaded.sop)
            do throws(SOPReadError) {
                _ = try SOPYAMLReader.read(saved, file: "saved.yaml")
            } catch {
                fatalError("what save wrote does not open again: \(error)\n--- written ---\n\(saved)")
            }
        } catch {
            _ = error.description
        }
    }
}
