import SOPRuntime
import Testing

/// A rule the checker does not run must fail here. Each checker code names the rule that finds
/// it (`Diagnostic.Code.rule`, a switch the compiler holds to every code), and each is found
/// by that rule on an SOP with the fault: a rule function that no `Checker.Rule` case runs
/// finds nothing, so its codes are not found.
@Suite struct CheckerRuleRegistry {
    /// The codes the checker finds, as opposed to the readers'.
    static let checkerCodes = Diagnostic.Code.allCases.filter { $0.rule != nil }

    /// For each checker code, how to break the clean SOP so that it has that fault (the breaks
    /// of CheckerRules, which checks each finding's words and place).
    static let faults: [Diagnostic.Code: @Sendable (inout SOP) -> Void] = [
        .identityMissing: { $0.identity.title = "" },
        .roleBadID: { $0.roles.append(Role(id: "Tim Teknis", name: "Tim Teknis")) },
        .roleDuplicateID: { $0.roles.append(Role(id: "staf", name: "Staf Administrasi")) },
        .roleNoName: { $0.roles[1].name = "" },
        .roleNoStaff: { $0.roles[1].staff = 0 },
        .stepUnnumbered: { $0.steps[2].number = nil },
        .stepDuplicateNumber: { $0.steps.append($0.steps[2]) },
        .stepMissing: { sop in
            sop.steps[2].number = StepNumber(4)
            sop.steps[1].decision!.answers[0].target = .step(StepNumber(4))
        },
        .stepNoExecutor: { $0.steps[1].executors = [] },
        .stepUnknownRole: { $0.steps[0].executors = ["stf"] },
        .stepRepeatedExecutor: { $0.steps[1].executors = ["kepala", "kepala"] },
        .stepNextMissing: { $0.steps[0].next = .step(StepNumber(9)) },
        .decisionTooFewAnswers: { $0.steps[1].decision!.answers.removeLast() },
        .answerNoLabel: { $0.steps[1].decision!.answers[1].label = "" },
        .answerDuplicate: { $0.steps[1].decision!.answers[1].label = "Menyetujui" },
        .answerNoTarget: { $0.steps[1].decision!.answers[1].target = nil },
        .answerMissingStep: { $0.steps[1].decision!.answers[0].target = .step(StepNumber(7)) },
        .sopNoSteps: { $0.steps = [] },
        .stepUnreachable: { $0.steps[1].decision!.answers[0].target = .end },
        .flowEndlessLoop: { $0.steps[1].decision!.answers[0].target = .step(StepNumber(1)) },
        .flowDeadEnd: { $0.steps[1].decision!.answers = [] },
        .stepNoActivity: { $0.steps[0].activity = "" },
        .stepNoTime: { $0.steps[2].time = .unspecified },
        .stepBadTime: { $0.steps[2].time = StandardTime("sejam") },
        .stepBadRange: { $0.steps[2].time = StandardTime("3-1 jam") },
        .stepNoOutput: { $0.steps[2].output = "" },
        .handOffMismatch: { $0.steps[2].requirements = "surat keputusan penetapan" },
        // Past the checker's trace limit of 1 000 steps, a broken hand-off is counted, not traced.
        .handOffUntraced: { sop in
            sop = TestSOPs.chain(1_001)
            sop.steps[1].requirements = "formulir permohonan"
        }
    ]

    static func sop(with code: Diagnostic.Code) -> SOP? {
        guard let fault = faults[code] else { return nil }
        var sop = TestSOPs.clean()
        fault(&sop)
        return sop
    }

    @Test(arguments: checkerCodes)
    func everyCheckerCodeIsFoundByItsOwnRule(_ code: Diagnostic.Code) throws {
        let sop = try #require(Self.sop(with: code), "no SOP with the fault \(code.rawValue): add one to `faults`")
        let rule = try #require(code.rule)
        let checker = Checker(sop)
        #expect(checker.findings(of: rule).contains { $0.code == code }, "\(code.rawValue) is not found by the rule \(rule)")
        #expect(checker.diagnostics().contains { $0.code == code })
    }

    @Test func eachRuleFindsOnlyTheCodesThatAreItsOwn() throws {
        for code in Self.checkerCodes {
            let checker = Checker(try #require(Self.sop(with: code)))
            for rule in Checker.Rule.allCases {
                let strays = checker.findings(of: rule).map(\.code).filter { $0.rule != rule }
                #expect(strays.isEmpty, "the rule \(rule) finds \(strays.map(\.rawValue)), which `Code.rule` gives to others")
            }
        }
    }
}
