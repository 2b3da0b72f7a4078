import Foundation
import SOPRuntime

/// The signed PDFs in Tests/Fixtures/pdf and what a person read off their pages
/// (Tests/Fixtures/pdf/expected/NNN.json; the folder's README says how it was made).
enum PDFFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("pdf").path

    static let names = ["005", "025", "087", "118", "262"]

    static func path(_ name: String) -> String { directory + "/" + name + ".pdf" }

    static func expected(_ name: String) throws -> ExpectedDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/expected/" + name + ".json"))
        return try JSONDecoder().decode(ExpectedDocument.self, from: data)
    }

    static func open(_ name: String) throws -> LoadedSOP {
        try PDFImporter.read(file: path(name))
    }
}

/// One document as its pages show it.
struct ExpectedDocument: Decodable {
    struct Cover: Decodable {
        struct Approver: Decodable {
            var position: String
            var name: String
            var nip: String
        }
        var number: String
        var title: String
        var approver: Approver
        var legalBasis: [String]
        var equipment: [String]
    }

    struct ExpectedStep: Decodable {
        struct ExpectedAnswer: Decodable {
            var label: String
            var target: Int
            var question: String?
        }

        var number: Int
        var page: Int
        var activity: String
        var executors: [String]
        var symbols: [String]
        var time: String
        var output: String
        var next: [Int]
        var answers: [ExpectedAnswer]
    }

    var file: String
    var pages: Int
    var cover: Cover
    var roles: [String]
    var steps: [ExpectedStep]
}

/// How one imported step compares with what the page shows.
struct StepComparison {
    var step: ExpectedDocument.ExpectedStep
    var actual: Step?
    var executorNames: [String]

    var hasRightExecutors: Bool { executorNames == step.executors }

    /// Where the flow goes after the step: its own target, else the step below it.
    static func successor(of index: Int, in sop: SOP) -> Int? {
        let step = sop.steps[index]
        switch step.next {
        case .step(let number): return number.main
        case .end: return nil
        case nil: return index + 1 < sop.steps.count ? sop.steps[index + 1].number?.main : nil
        }
    }
}

extension ExpectedDocument {
    /// Each expected step beside the imported step with its number.
    func compare(with sop: SOP) -> [StepComparison] {
        let names = Dictionary(uniqueKeysWithValues: sop.roles.map { ($0.id, $0.name) })
        return steps.map { expected in
            let actual = sop.steps.first { $0.number?.description == String(expected.number) }
            return StepComparison(
                step: expected, actual: actual,
                executorNames: actual?.executors.map { names[$0] ?? $0 } ?? [])
        }
    }
}
