import Foundation
import SOPRuntime
import Testing

/// PDFs made at test time by scripts/make-test-pdfs (reportlab, installed by
/// `scripts/setup --for-tests`) for what the five real documents lack: a joint step, a
/// decision with three answers, a table over three pages joined by connectors, portrait and
/// landscape pages, vertical headings, and the files that must be refused.
enum GeneratedPDFs {
    /// The folder the script wrote, made once per test run.
    static let folder: Result<String, GenerationFailure> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-generated-pdfs-\(UUID().uuidString)").path
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/make-test-pdfs").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, folder]
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return .failure(GenerationFailure(message: String(decoding: message, as: UTF8.self)))
            }
        } catch {
            return .failure(GenerationFailure(message: "\(error)"))
        }
        return .success(folder)
    }()

    struct GenerationFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "scripts/make-test-pdfs failed (run scripts/setup --for-tests): \(message)" }
    }

    static func path(_ name: String) throws -> String { try folder.get() + "/" + name + ".pdf" }

    static func expected(_ name: String) throws -> ExpectedDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: try folder.get() + "/" + name + ".json"))
        return try JSONDecoder().decode(ExpectedDocument.self, from: data)
    }

    /// The read error for `name`, or nil when it reads.
    static func refusal(_ name: String) throws -> SOPReadError? {
        do {
            _ = try PDFImporter.read(file: try path(name))
            return nil
        } catch let error as SOPReadError {
            return error
        }
    }
}

@Suite("GeneratedPDF")
struct GeneratedPDFTests {
    static let documents = ["joint", "three-answers", "three-pages", "portrait", "vertical-header"]

    @Test(arguments: documents)
    func theDrawingGivesEveryStepItsExecutorsAndFlow(_ name: String) throws {
        let expected = try GeneratedPDFs.expected(name)
        let loaded = try PDFImporter.read(file: try GeneratedPDFs.path(name))
        let sop = loaded.sop
        #expect(sop.roles.map(\.name) == expected.roles)
        #expect(sop.steps.map(\.label) == expected.steps.map { String($0.number) })
        for (index, comparison) in expected.compare(with: sop).enumerated() {
            let step = comparison.step
            #expect(comparison.actual?.activity == step.activity, "step \(step.number)")
            #expect(comparison.executorNames == step.executors, "step \(step.number)")
            #expect(comparison.actual?.isDecision == step.symbols.contains("decision"), "step \(step.number)")
            let answers = comparison.actual?.decision?.answers ?? []
            #expect(answers.count == step.answers.count, "step \(step.number): \(answers)")
            for answer in step.answers {
                #expect(
                    answers.contains { $0.label == answer.label && $0.target == .step(StepNumber(answer.target)) },
                    "step \(step.number): \(answer.label) → \(answer.target) among \(answers)")
            }
            if step.answers.isEmpty {
                let successor = StepComparison.successor(of: index, in: sop)
                #expect(
                    step.next.isEmpty ? successor == nil : successor.map(step.next.contains) == true,
                    "step \(step.number) → \(String(describing: successor))")
            }
        }
        #expect(sop.identity.number == expected.cover.number)
        #expect(sop.identity.title == expected.cover.title)
        #expect(sop.identity.approver.name == expected.cover.approver.name)
        #expect(sop.identity.approver.nip == expected.cover.approver.nip)
        #expect(sop.identity.legalBasis == expected.cover.legalBasis)
        #expect(sop.identity.equipment == expected.cover.equipment)
        let errors = (loaded.diagnostics + sop.check(sourceMap: loaded.sourceMap)).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
    }

    @Test func aScanIsRefusedAsAScanWithAnOCRHint() throws {
        let error = try #require(try GeneratedPDFs.refusal("scan"))
        #expect(error.message == "the PDF is a scan: its pages are pictures with no text layer")
        #expect(error.hint?.contains("OCR") == true)
        #expect(error.location.page == 1)
    }

    @Test func anEncryptedFileIsRefusedAsEncrypted() throws {
        let error = try #require(try GeneratedPDFs.refusal("encrypted"))
        #expect(error.message == "the PDF is encrypted and needs a password")
    }

    @Test func aTruncatedFileGivesADraftOrSaysItIsDamaged() throws {
        if let error = try GeneratedPDFs.refusal("truncated") {
            #expect(
                error.message.hasPrefix("the PDF cannot be read") || error.message.contains("no flowchart table")
                    || error.message.hasPrefix("page "), "\(error)")
        }
    }

    @Test func aLetterIsNotAnSOP() throws {
        let error = try #require(try GeneratedPDFs.refusal("not-sop"))
        #expect(error.message.hasPrefix("the PDF has no flowchart table"))
    }

    @Test func aPageOfMoreShapesThanAFlowchartIsReportedNotMatched() throws {
        let loaded = try PDFImporter.read(file: try GeneratedPDFs.path("busy"))
        let finding = try #require(loaded.diagnostics.first { $0.code == .importBusyDrawing })
        #expect(finding.severity == .error)
        #expect(finding.location?.page == 1)
        #expect(loaded.sop.steps.map(\.activity) == ["Memeriksa berkas"])
    }

    @Test func aThousandPagesAreRefusedBeforeAnyIsRead() throws {
        let error = try #require(try GeneratedPDFs.refusal("thousand-pages"))
        #expect(error.message == "the PDF has 1000 pages; sopsh reads SOPs of at most \(PDFImporter.pageLimit) pages")
        #expect(error.hint != nil)
    }
}
