extension Checker {
    /// The checker's rules. `diagnostics()` runs every case, and the switch in `findings(of:)`
    /// must name a function for each, so a rule cannot be registered without running. The
    /// other way round, a rule function that no case runs, is caught by the tests: each
    /// checker code belongs to one rule (`Diagnostic.Code.rule`), and each must be found
    /// by that rule on an SOP that has the fault.
    public enum Rule: CaseIterable, Sendable {
        /// The cover's required fields.
        case identity
        /// Role ids, names and staff.
        case roles
        /// Step numbers: missing, repeated, skipped.
        case numbering
        /// Who carries out each step.
        case executors
        /// Where `lanjut_ke` and each decision's answers lead.
        case decisions
        /// Whether the flow reaches every step and the end.
        case reachability
        /// Each row's activity, time and output.
        case content
        /// Whether each step's requirement is what an earlier step produces.
        case handOffs
    }

    /// What one rule finds, in the order it finds it.
    public func findings(of rule: Rule) -> [Diagnostic] {
        switch rule {
        case .identity: identityFindings()
        case .roles: roleFindings()
        case .numbering: numberingFindings()
        case .executors: executorFindings()
        case .decisions: decisionFindings()
        case .reachability: reachabilityFindings()
        case .content: contentFindings()
        case .handOffs: handOffFindings()
        }
    }
}

extension Diagnostic.Code {
    /// The checker's rule that finds this code, or nil for a reader's code. A switch without a
    /// default, so that a new code cannot be added without saying whose it is.
    public var rule: Checker.Rule? {
        switch self {
        case .identityMissing:
            .identity
        case .roleBadID, .roleDuplicateID, .roleNoName, .roleNoStaff:
            .roles
        case .stepUnnumbered, .stepDuplicateNumber, .stepMissing:
            .numbering
        case .stepNoExecutor, .stepUnknownRole, .stepRepeatedExecutor:
            .executors
        case .stepNextMissing, .decisionTooFewAnswers, .answerNoLabel, .answerDuplicate, .answerNoTarget, .answerMissingStep:
            .decisions
        case .sopNoSteps, .stepUnreachable, .flowEndlessLoop, .flowDeadEnd:
            .reachability
        case .stepNoActivity, .stepNoTime, .stepBadTime, .stepBadRange, .stepNoOutput:
            .content
        case .handOffMismatch, .handOffUntraced:
            .handOffs
        case .importUnreadLine, .importWrappedValue, .importWrappedItem, .importRepeatedField, .importMissingColumn,
            .importUnknownColumn, .importNoRoles, .importRepeatedHeader, .importContinuationRow, .importSDA,
            .importSDAWithoutRowAbove, .importMissingCells, .importExtraCells, .importRoleCellText, .importAlternativeRoles,
            .importSingleAnswer, .importActorMismatch, .importBadNumber, .importDecisionWithoutActivity,
            .importNoExecutorMarks, .importDecisionTargets, .importUnknownQualificationRole,
            .importUnassignedQualifications, .importSharedQualifications, .importNoSymbol, .importFork, .importNoArrow,
            .importUnlabelledAnswer, .importRepeatedAnswer, .importNoAnswers, .importStraddlingSymbol, .importBusyDrawing,
            .yamlShape, .officeUnusedPosition:
            nil
        }
    }
}
