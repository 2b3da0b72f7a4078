import Foundation
import SOPRuntime
import Testing

/// The five real signed SOPs import as their pages show them: every step, who does it (the
/// column of its symbol), its kind, a decision's answers and where each leads.
@Suite("PDFImport")
struct PDFImportTests {
    @Test(arguments: PDFFixtures.names)
    func everyStepIsReadWithItsNumberAndActivity(_ name: String) throws {
        let expected = try PDFFixtures.expected(name)
        let sop = try PDFFixtures.open(name).sop
        #expect(sop.steps.map(\.label) == expected.steps.map { String($0.number) })
        for comparison in expected.compare(with: sop) {
            #expect(comparison.actual?.activity == comparison.step.activity, "step \(comparison.step.number)")
            #expect(comparison.actual?.output == comparison.step.output, "step \(comparison.step.number)")
            #expect(comparison.actual?.time == StandardTime(comparison.step.time), "step \(comparison.step.number)")
        }
    }

    @Test(arguments: PDFFixtures.names)
    func theRolesAreThePelaksanaColumns(_ name: String) throws {
        let expected = try PDFFixtures.expected(name)
        #expect(try PDFFixtures.open(name).sop.roles.map(\.name) == expected.roles)
    }

    @Test(arguments: PDFFixtures.names)
    func executorsAreTheColumnsTheSymbolsStandIn(_ name: String) throws {
        let expected = try PDFFixtures.expected(name)
        for comparison in expected.compare(with: try PDFFixtures.open(name).sop) {
            #expect(comparison.executorNames == comparison.step.executors, "step \(comparison.step.number)")
        }
    }

    @Test(arguments: PDFFixtures.names)
    func aDiamondMakesADecisionWithTheAnswersItsArrowsAreLabelledWith(_ name: String) throws {
        let expected = try PDFFixtures.expected(name)
        for comparison in expected.compare(with: try PDFFixtures.open(name).sop) {
            let step = comparison.step
            #expect(comparison.actual?.isDecision == step.symbols.contains("decision"), "step \(step.number)")
            let answers = comparison.actual?.decision?.answers ?? []
            // With two diamonds on a row, the arrow from one into the other is inside the
            // step: the import names the other answers by their question instead.
            let diamonds = step.symbols.filter { $0 == "decision" }.count
            let leaving = step.answers.filter { diamonds < 2 || $0.target != step.number }
            #expect(answers.count == leaving.count, "step \(step.number): \(answers)")
            for answer in leaving {
                #expect(
                    answers.contains { $0.label.hasPrefix(answer.label) && $0.target == .step(StepNumber(answer.target)) },
                    "step \(step.number): \(answer.label) → \(answer.target) among \(answers)")
            }
        }
    }

    @Test(arguments: PDFFixtures.names)
    func aProcessStepGoesWhereItsArrowPoints(_ name: String) throws {
        let expected = try PDFFixtures.expected(name)
        let sop = try PDFFixtures.open(name).sop
        for (index, comparison) in expected.compare(with: sop).enumerated() where comparison.step.answers.isEmpty {
            let successor = StepComparison.successor(of: index, in: sop)
            if comparison.step.next.isEmpty {
                #expect(successor == nil, "step \(comparison.step.number) ends the procedure")
            } else {
                // A fork (arrows to two steps) is followed along its first arrow, with a warning.
                #expect(
                    successor.map(comparison.step.next.contains) == true,
                    "step \(comparison.step.number) → \(String(describing: successor))")
            }
        }
    }

    @Test(arguments: PDFFixtures.names)
    func theCoverGivesNumberTitleAndSigner(_ name: String) throws {
        let cover = try PDFFixtures.expected(name).cover
        let identity = try PDFFixtures.open(name).sop.identity
        #expect(identity.number == cover.number)
        #expect(identity.title == cover.title)
        #expect(identity.approver.position == cover.approver.position)
        #expect(identity.approver.name == cover.approver.name)
        #expect(identity.approver.nip == cover.approver.nip)
        #expect(identity.legalBasis == cover.legalBasis)
        #expect(identity.equipment == cover.equipment)
    }

    @Test(arguments: PDFFixtures.names)
    func aCompleteDocumentChecksWithoutErrors(_ name: String) throws {
        let loaded = try PDFFixtures.open(name)
        let errors = (loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
    }

    @Test(arguments: PDFFixtures.names)
    func theImportSavedAsYAMLOpensAgainUnchanged(_ name: String) throws {
        let sop = try PDFFixtures.open(name).sop
        let reopened = try SOPYAMLReader.read(SOPYAMLWriter.write(sop), file: "saved.yaml").sop
        #expect(reopened == sop)
    }

    /// The bar for documents of this collection: the right steps on nine documents in
    /// ten, the right executors on 95% of steps.
    @Test func acrossTheDocumentsStepsAndExecutorsMeetTheBar() throws {
        var rightDocuments = 0
        var rightExecutors = 0
        var steps = 0
        for name in PDFFixtures.names {
            let expected = try PDFFixtures.expected(name)
            let sop = try PDFFixtures.open(name).sop
            if sop.steps.map(\.label) == expected.steps.map({ String($0.number) }) { rightDocuments += 1 }
            let comparisons = expected.compare(with: sop)
            rightExecutors += comparisons.filter(\.hasRightExecutors).count
            steps += comparisons.count
        }
        #expect(Double(rightDocuments) >= 0.9 * Double(PDFFixtures.names.count))
        #expect(Double(rightExecutors) >= 0.95 * Double(steps), "\(rightExecutors) of \(steps) steps")
    }

    // MARK: Diagnostics and refusals

    @Test func findingsArePlacedByPage() throws {
        let loaded = try PDFFixtures.open("025")
        let fork = try #require(loaded.diagnostics.first { $0.code == .importFork })
        #expect(fork.location?.page == 2)
        #expect(fork.description.hasPrefix(PDFFixtures.path("025") + ": page 2: warning: step 1: "))
    }

    @Test func whereTheActivityNamesAnotherRoleTheDrawingWinsAndTheImporterSaysSo() throws {
        let loaded = try PDFFixtures.open("262")
        let step = try #require(loaded.sop.steps.first { $0.label == "4" })
        #expect(step.activity.hasPrefix("Peserta menyampaikan"))
        #expect(step.executors == ["pokja"])
        let finding = try #require(loaded.diagnostics.first { $0.code == .importActorMismatch && $0.subject == "step 4" })
        #expect(finding.message.contains("names Peserta but the symbol stands in Pokja Pemilihan"))
    }

    @Test func aSymbolAcrossAColumnBorderIsCountedWhereItsCentreIsAndSaidSo() throws {
        let loaded = try PDFFixtures.open("025")
        let finding = try #require(loaded.diagnostics.first { $0.code == .importStraddlingSymbol })
        #expect(finding.subject == "step 5")
        #expect(finding.message.contains("Bagian Umum and Sekretaris"))
    }

    @Test func aFileNamedPDFThatIsNotOneIsRefusedSayingSo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-really-\(UUID().uuidString).pdf")
        try Data("<html>404 Not Found</html>".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect {
            _ = try SOPFile.open(file.path)
        } throws: { error in
            (error as? SOPReadError)?.message.contains("is not a PDF") == true
        }
    }

    @Test func bytesThatAreNoPDFAreRefusedNotCrashedOn() {
        for bytes in [[UInt8](), Array("%PDF-1.4\n".utf8), Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".utf8)] {
            #expect(throws: SOPReadError.self) { _ = try PDFImporter.read(bytes: bytes, file: "x.pdf") }
        }
    }

    @Test func aTruncatedRealDocumentGivesADraftOrAReason() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: PDFFixtures.path("025"))))
        for fraction in [0.1, 0.5, 0.9] {
            do {
                _ = try PDFImporter.read(bytes: Array(bytes.prefix(Int(Double(bytes.count) * fraction))), file: "cut.pdf")
            } catch {
                #expect(!error.message.isEmpty && error.hint != nil)
            }
        }
    }
}
