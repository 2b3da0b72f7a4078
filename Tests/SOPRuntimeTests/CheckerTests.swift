import SOPRuntime
import Testing

/// The checker's rules, one at a time: each test breaks one thing in an otherwise clean SOP
/// and expects the finding that names it, with its severity, its subject and a hint.
@Suite struct CheckerRules {
    /// The clean SOP with `change` applied.
    func broken(_ change: (inout SOP) -> Void) -> SOP {
        var sop = TestSOPs.clean()
        change(&sop)
        return sop
    }

    /// Expects exactly one finding with `code` in `sop`, of `severity`, about `subject` and with
    /// a hint; that the other findings have exactly the codes `others`; and that the clean SOP
    /// has no such finding, so that the break is what caused it.
    @discardableResult
    func expectFinding(
        _ code: Diagnostic.Code, _ severity: Diagnostic.Severity, about subject: String?, in sop: SOP,
        alongside others: Set<Diagnostic.Code> = [], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        #expect(TestSOPs.clean().check().with(code: code).isEmpty, sourceLocation: sourceLocation)
        let all = sop.check()
        #expect(Set(all.map(\.code)).subtracting([code]) == others, "\(all)", sourceLocation: sourceLocation)
        let found = all.with(code: code)
        #expect(found.count == 1, "\(all)", sourceLocation: sourceLocation)
        guard let finding = found.first else { return nil }
        #expect(finding.severity == severity, sourceLocation: sourceLocation)
        #expect(finding.subject == subject, sourceLocation: sourceLocation)
        #expect(!(finding.hint ?? "").isEmpty, "a finding says how to fix it", sourceLocation: sourceLocation)
        #expect(!finding.message.isEmpty, sourceLocation: sourceLocation)
        return finding
    }

    @Test func aCleanSOPHasNoFindingsAtAll() {
        #expect(TestSOPs.clean().check() == [])
    }

    // MARK: Identity and roles

    @Test(arguments: [IdentityField.number, .title, .createdOn, .effectiveOn, .approver, .legalBasis])
    func aBlankRequiredCoverFieldIsMissing(_ field: IdentityField) {
        let sop = broken { sop in
            switch field {
            case .number: sop.identity.number = ""
            case .title: sop.identity.title = ""
            case .createdOn: sop.identity.createdOn = ""
            case .effectiveOn: sop.identity.effectiveOn = ""
            case .approver: sop.identity.approver.name = ""
            default: sop.identity.legalBasis = []
            }
        }
        let finding = expectFinding(.identityMissing, .warning, about: field.label, in: sop)
        #expect(finding?.place == .identity(field))
        #expect(finding?.hint?.contains(field.rawValue) == true)
    }

    @Test func aRoleIDWithCapitalsAndSpacesIsRefusedWithASuggestion() {
        let sop = broken { $0.roles.append(Role(id: "Tim Teknis", name: "Tim Teknis")) }
        let finding = expectFinding(.roleBadID, .error, about: "role Tim Teknis", in: sop)
        #expect(finding?.hint?.contains("id: tim") == true)
    }

    @Test func aRoleWithoutAnIDIsNamedByItsPosition() {
        let sop = broken { $0.roles.append(Role(id: "", name: "Sekretariat")) }
        expectFinding(.roleBadID, .error, about: "role #3", in: sop)
    }

    @Test func twoRolesWithOneIDAreReported() {
        let sop = broken { $0.roles.append(Role(id: "staf", name: "Staf Administrasi")) }
        let finding = expectFinding(.roleDuplicateID, .error, about: "role staf", in: sop)
        #expect(finding?.place == .role(2, .id))
        #expect(finding?.message.contains("roles 2 and 3") == true)
    }

    @Test func aRoleWithoutANameIsReported() {
        let sop = broken { $0.roles[1].name = "" }
        expectFinding(.roleNoName, .warning, about: "role staf", in: sop)
    }

    @Test func aRoleWithNoStaffIsReported() {
        let sop = broken { $0.roles[1].staff = 0 }
        let finding = expectFinding(.roleNoStaff, .error, about: "role staf", in: sop)
        #expect(finding?.hint?.contains("jumlah") == true)
    }

    // MARK: Numbering and executors

    @Test func aRowWithoutANumberIsNamedByItsRow() {
        // The decision's answer can no longer name the step: that is reported too.
        let sop = broken { $0.steps[2].number = nil }
        expectFinding(
            .stepUnnumbered, .error, about: "the unnumbered step at row 3", in: sop,
            alongside: [.answerMissingStep])
    }

    @Test func aNumberUsedTwiceIsReportedAtTheSecondRow() {
        let sop = broken { sop in
            sop.steps.append(
                TestSOPs.step(
                    3, "Mengarsipkan laporan bulanan", by: "staf",
                    needs: "laporan bulanan yang ditandatangani", time: "15 menit", gives: "arsip laporan"))
        }
        let finding = expectFinding(.stepDuplicateNumber, .error, about: "step 3", in: sop)
        #expect(finding?.place == .step(.at(3), .number))
        #expect(finding?.message.contains("rows 3 and 4") == true)
    }

    @Test func aGapInTheNumberingNamesTheMissingStep() {
        let sop = broken { sop in
            sop.steps[2].number = StepNumber(4)
            sop.steps[1].decision!.answers[0].target = .step(StepNumber(4))
        }
        let finding = expectFinding(.stepMissing, .warning, about: "step 4", in: sop)
        #expect(finding?.message.contains("step 3 is missing") == true)
    }

    @Test func aWiderGapNamesTheRangeOfMissingSteps() {
        let sop = broken { sop in
            sop.steps[2].number = StepNumber(6)
            sop.steps[1].decision!.answers[0].target = .step(StepNumber(6))
        }
        let finding = expectFinding(.stepMissing, .warning, about: "step 6", in: sop)
        #expect(finding?.message.contains("steps 3 to 5 are missing") == true)
    }

    @Test func subStepsAreNotAGap() {
        let sop = broken { sop in
            sop.steps[1].number = StepNumber([1, 1])
            sop.steps[2].number = StepNumber(2)
            sop.steps[1].decision!.answers[0].target = .step(StepNumber(2))
        }
        #expect(sop.check() == [])
    }

    @Test func aStepWithoutAnExecutorIsReportedWithAnAssignCommand() {
        let sop = broken { $0.steps[1].executors = [] }
        let finding = expectFinding(.stepNoExecutor, .error, about: "step 2", in: sop)
        #expect(finding?.hint?.contains("assign 2 kepala") == true)
    }

    @Test func anUnknownExecutorSuggestsTheNearestRole() {
        let sop = broken { $0.steps[0].executors = ["stf"] }
        let finding = expectFinding(.stepUnknownRole, .error, about: "step 1", in: sop)
        #expect(finding?.hint == "did you mean `staf`?")
    }

    @Test func aRoleNamedTwiceAmongTheExecutorsIsReported() {
        let sop = broken { $0.steps[1].executors = ["kepala", "kepala"] }
        expectFinding(.stepRepeatedExecutor, .error, about: "step 2", in: sop)
    }

    // MARK: Decisions and flow

    @Test func lanjutKeToAStepThatDoesNotExistIsReported() {
        let sop = broken { $0.steps[0].next = .step(StepNumber(9)) }
        let finding = expectFinding(.stepNextMissing, .error, about: "step 1", in: sop)
        #expect(finding?.message.contains("step 9") == true)
    }

    @Test func aDecisionWithOneAnswerIsReported() {
        let sop = broken { $0.steps[1].decision!.answers.removeLast() }
        expectFinding(.decisionTooFewAnswers, .error, about: "step 2", in: sop)
    }

    @Test func anAnswerWithoutALabelIsReported() {
        let sop = broken { $0.steps[1].decision!.answers[1].label = "" }
        let finding = expectFinding(.answerNoLabel, .error, about: "step 2", in: sop)
        #expect(finding?.place == .answer(step: .at(1), answer: 1))
    }

    @Test func anAnswerGivenTwiceIsReportedWhateverItsCase() {
        let sop = broken { $0.steps[1].decision!.answers[1].label = "Menyetujui" }
        let finding = expectFinding(.answerDuplicate, .error, about: "step 2", in: sop)
        #expect(finding?.place == .answer(step: .at(1), answer: 1))
    }

    @Test func anAnswerThatLeadsNowhereIsReportedWithALinkCommand() {
        let sop = broken { $0.steps[1].decision!.answers[1].target = nil }
        let finding = expectFinding(.answerNoTarget, .error, about: "step 2", in: sop)
        #expect(finding?.hint?.contains("link 2 \"perlu perbaikan\"") == true)
    }

    @Test func anAnswerLeadingToAMissingStepIsReported() {
        let sop = broken { $0.steps[1].decision!.answers[0].target = .step(StepNumber(7)) }
        let finding = expectFinding(.answerMissingStep, .error, about: "step 2", in: sop)
        #expect(finding?.message.contains("step 7") == true)
    }

    @Test func anSOPWithoutStepsIsReportedForTheDocument() {
        let sop = broken { $0.steps = [] }
        let finding = expectFinding(.sopNoSteps, .error, about: nil, in: sop)
        #expect(finding?.place == .document)
    }

    @Test func aStepNoArrowReachesIsUnreachable() {
        let sop = broken { $0.steps[1].decision!.answers[0].target = .end }
        expectFinding(.stepUnreachable, .warning, about: "step 3", in: sop)
    }

    @Test func aDecisionWhoseAnswersAllLoopBackIsAnEndlessLoop() {
        let sop = broken { $0.steps[1].decision!.answers[0].target = .step(StepNumber(1)) }
        let finding = expectFinding(.flowEndlessLoop, .error, about: "step 1", in: sop, alongside: [.stepUnreachable])
        #expect(finding?.message.contains("steps 1 and 2") == true)
        #expect(finding?.hint?.contains("step 2") == true)
    }

    @Test func aLoopOfProcessStepsIsAnEndlessLoopFixedByLanjutKe() {
        let sop = broken { sop in
            sop.steps[1].decision = nil
            sop.steps[1].next = .step(StepNumber(1))
        }
        let finding = expectFinding(.flowEndlessLoop, .error, about: "step 1", in: sop, alongside: [.stepUnreachable])
        #expect(finding?.hint?.contains("lanjut_ke") == true)
    }

    @Test func aDecisionWithNoAnswersIsADeadEnd() {
        let sop = broken { $0.steps[1].decision!.answers = [] }
        expectFinding(
            .flowDeadEnd, .error, about: "step 2", in: sop,
            alongside: [.decisionTooFewAnswers, .stepUnreachable])
    }

    // MARK: Content and hand-offs

    @Test func aStepWithoutAnActivityIsReported() {
        let sop = broken { $0.steps[0].activity = "" }
        let finding = expectFinding(.stepNoActivity, .warning, about: "step 1", in: sop)
        #expect(finding?.place == .step(.at(0), .activity))
    }

    @Test func aDecisionWithoutAnActivityIsToldItsVerbWasLost() {
        let sop = broken { $0.steps[1].activity = "" }
        let finding = expectFinding(.stepNoActivity, .warning, about: "step 2", in: sop)
        #expect(finding?.hint?.contains("decision") == true)
    }

    @Test func aStepWithoutATimeIsReportedWithASetTimeCommand() {
        let sop = broken { $0.steps[2].time = .unspecified }
        let finding = expectFinding(.stepNoTime, .warning, about: "step 3", in: sop)
        #expect(finding?.hint?.contains("set-time 3") == true)
    }

    @Test func aTimeAsNeededIsNotMissing() {
        let sop = broken { $0.steps[2].time = StandardTime("Sesuai kebutuhan") }
        #expect(sop.check() == [])
    }

    @Test func aTimeThatDoesNotReadIsAnError() {
        let sop = broken { $0.steps[2].time = StandardTime("sejam") }
        let finding = expectFinding(.stepBadTime, .error, about: "step 3", in: sop)
        #expect(finding?.message.contains("sejam") == true)
        #expect(finding?.place == .step(.at(2), .time))
    }

    @Test func aRangeThatEndsBeforeItStartsIsAnError() {
        let sop = broken { $0.steps[2].time = StandardTime("3-1 jam") }
        let finding = expectFinding(.stepBadRange, .error, about: "step 3", in: sop)
        #expect(finding?.message.contains("3-1 jam") == true)
    }

    @Test func aStepWithoutAnOutputIsReported() {
        let sop = broken { $0.steps[2].output = "" }
        expectFinding(.stepNoOutput, .warning, about: "step 3", in: sop)
    }

    @Test func aRequirementNoEarlierStepProducesIsABrokenHandOff() {
        let sop = broken { $0.steps[2].requirements = "surat keputusan penetapan" }
        let finding = expectFinding(.handOffMismatch, .warning, about: "step 3", in: sop)
        #expect(finding?.message.contains("step 2 produces “rancangan laporan bulanan yang diperiksa”") == true)
        #expect(finding?.place == .step(.at(2), .requirements))
    }

    @Test func theFirstStepsRequirementComesFromOutsideEvenWhenReworkReturnsToIt() {
        let sop = TestSOPs.clean()
        #expect(sop.steps[0].requirements == "data kegiatan bulan berjalan")
        #expect(FlowGraph(sop).predecessors[.at(0)] == [.at(1)])
        #expect(sop.check().with(code: .handOffMismatch).isEmpty)
    }

    @Test func findingsComeInDocumentOrder() {
        let sop = broken { sop in
            sop.steps[2].output = ""
            sop.steps[0].activity = ""
            sop.roles[1].name = ""
            sop.identity.title = ""
        }
        #expect(
            sop.check().summary == [
                "identity.missing@Judul SOP", "role.no-name@role staf", "step.no-activity@step 1", "step.no-output@step 3"
            ])
    }
}

/// The checker on the example files: the seed's known faults, and nothing on the others.
extension CheckerRules {
    @Test func theSeedHasExactlyItsKnownWarningsAndNoErrors() throws {
        let findings = try Examples.load(Examples.seed).sop.check()
        #expect(!findings.hasErrors)
        #expect(
            findings.summary == [
                "step.no-activity@step 3", "step.missing@step 5", "handoff.mismatch@step 10",
                "step.no-activity@step 11", "step.no-output@step 12"
            ])
        #expect(findings.with(code: .stepMissing).first?.message.contains("step 4 is missing") == true)
    }

    @Test func theSeedsHandOffFromNineToTenIsTheOnlyOneFlagged() throws {
        let findings = try Examples.load(Examples.seed).sop.check().with(code: .handOffMismatch)
        #expect(findings.map(\.subject) == ["step 10"])
        let message = try #require(findings.first?.message)
        #expect(message.contains("Hasil pelaksanaan sosialisasi"))
        #expect(message.contains("step 9 produces “laporan sosialisasi standar kebijakan mutu dan layanan UKPBJ”"))
    }

    @Test(arguments: ["pengajuan-cuti-pegawai.yaml", "permohonan-informasi-publik.yaml"])
    func theOtherExamplesAreClean(_ name: String) throws {
        let loaded = try Examples.load(name)
        #expect(loaded.diagnostics == [])
        #expect(loaded.sop.check() == [])
    }

    @Test func findingsAreLocatedInTheFileTheSOPWasReadFrom() throws {
        let text = try Examples.text(Examples.seed)
        let loaded = try Examples.load(Examples.seed)
        let findings = loaded.sop.check(sourceMap: loaded.sourceMap)

        let handOff = try #require(findings.with(code: .handOffMismatch).first)
        let requirement = try #require(position(of: "Hasil pelaksanaan sosialisasi", in: text))
        #expect(
            handOff.location
                == SourceLocation(
                    file: Examples.path(Examples.seed),
                    line: requirement.line, column: requirement.column))
        #expect(
            handOff.description.hasPrefix(
                "\(Examples.path(Examples.seed)):\(requirement.line):\(requirement.column): warning: step 10: "))

        let noOutput = try #require(findings.with(code: .stepNoOutput).first)
        let output = try #require(position(of: "output: \"\"", in: text))
        #expect(noOutput.location?.line == output.line)
        #expect(noOutput.location?.column == output.column + "output: ".count)
    }

    @Test func findingsOfAnSOPBuiltInCodeHaveNoLocation() {
        var sop = TestSOPs.clean()
        sop.steps[2].output = ""
        #expect(sop.check().map(\.location) == [nil])
    }
}
