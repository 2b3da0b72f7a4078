extension Diagnostic {
    /// The kind of a finding. The raw values are what scripts, `--json` and the docs see, so
    /// they never change; a case of its own per kind lets the compiler catch a mistyped code,
    /// and `rule` says which of the checker's rules finds it.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        // MARK: The checker's

        /// A required cover field (number, title, dates, approver, legal basis) is blank.
        case identityMissing = "identity.missing"
        /// A role id is not lowercase a–z, digits, `_` and `-`, beginning with a letter.
        case roleBadID = "role.bad-id"
        /// Two roles share one id.
        case roleDuplicateID = "role.duplicate-id"
        /// A role has no name.
        case roleNoName = "role.no-name"
        /// A role has fewer than one person.
        case roleNoStaff = "role.no-staff"
        /// A row of the table has no step number.
        case stepUnnumbered = "step.unnumbered"
        /// Two rows have the same step number.
        case stepDuplicateNumber = "step.duplicate-number"
        /// The numbering skips one or more steps.
        case stepMissing = "step.missing"
        /// No role carries out a step.
        case stepNoExecutor = "step.no-executor"
        /// A step's executor is not a role of the SOP.
        case stepUnknownRole = "step.unknown-role"
        /// A step names one role twice among its executors.
        case stepRepeatedExecutor = "step.repeated-executor"
        /// `lanjut_ke` leads to a step that does not exist.
        case stepNextMissing = "step.next-missing"
        /// A decision has fewer than two answers.
        case decisionTooFewAnswers = "decision.too-few-answers"
        /// An answer has no label.
        case answerNoLabel = "answer.no-label"
        /// A decision gives one answer twice, whatever its case.
        case answerDuplicate = "answer.duplicate"
        /// An answer leads nowhere.
        case answerNoTarget = "answer.no-target"
        /// An answer leads to a step that does not exist.
        case answerMissingStep = "answer.missing-step"
        /// The SOP has no steps at all.
        case sopNoSteps = "sop.no-steps"
        /// No path from the first step reaches a step.
        case stepUnreachable = "step.unreachable"
        /// Steps form a loop that every path leads back into.
        case flowEndlessLoop = "flow.endless-loop"
        /// The flow stops at a step that is not the end.
        case flowDeadEnd = "flow.dead-end"
        /// A step has no Uraian Kegiatan.
        case stepNoActivity = "step.no-activity"
        /// A step has no standard time (Waktu).
        case stepNoTime = "step.no-time"
        /// A step's time does not read as a duration.
        case stepBadTime = "step.bad-time"
        /// A step's time range ends before it starts.
        case stepBadRange = "step.bad-range"
        /// A step has no Output.
        case stepNoOutput = "step.no-output"
        /// A step needs a document that no earlier step produces.
        case handOffMismatch = "handoff.mismatch"
        /// A long SOP's requirements that were not traced past the step before, counted.
        case handOffUntraced = "handoff.untraced"

        // MARK: The importers' (table text and PDF)

        /// A cover line belongs to no field and was not imported.
        case importUnreadLine = "import.unread-line"
        /// A cover line was read as the continuation of the field above it.
        case importWrappedValue = "import.wrapped-value"
        /// A line was read as the continuation of the list item above it.
        case importWrappedItem = "import.wrapped-item"
        /// A cover field is given twice; the later value is kept.
        case importRepeatedField = "import.repeated-field"
        /// The table lacks a column of the standard, so every step's cell for it is blank.
        case importMissingColumn = "import.missing-column"
        /// The table has a column the standard does not name; its cells were not imported.
        case importUnknownColumn = "import.unknown-column"
        /// The table names no roles, so no step says who carries it out.
        case importNoRoles = "import.no-roles"
        /// The table's header is repeated (a page break) and was skipped.
        case importRepeatedHeader = "import.repeated-header"
        /// A row without a number and with only text was read as the rest of the row above.
        case importContinuationRow = "import.continuation-row"
        /// "sda" (same as above) was read as a copy of the cell above.
        case importSDA = "import.sda"
        /// "sda" (same as above) has no row above it and was kept as written.
        case importSDAWithoutRowAbove = "import.sda-without-row-above"
        /// A row has fewer cells than the header; the rest are read as blank.
        case importMissingCells = "import.missing-cells"
        /// A row has more cells than the header; the cells beyond the last column were moved or dropped.
        case importExtraCells = "import.extra-cells"
        /// A role column holds text instead of a mark; it was read as a mark.
        case importRoleCellText = "import.role-cell-text"
        /// A role column or cell names alternatives (A/B); they were read as one role.
        case importAlternativeRoles = "import.alternative-roles"
        /// An activity holds a single numbered answer, so the row was read as a process step.
        case importSingleAnswer = "import.single-answer"
        /// The activity names a role other than the one marked, or drawn, as its executor.
        case importActorMismatch = "import.actor-mismatch"
        /// The No cell is not a step number.
        case importBadNumber = "import.bad-number"
        /// A decision's activity holds only its answers: the question was lost.
        case importDecisionWithoutActivity = "import.decision-without-activity"
        /// No role column is marked in any row, so every step's executors must be assigned.
        case importNoExecutorMarks = "import.no-executor-marks"
        /// Decisions were read without where their answers lead, so their targets must be linked.
        case importDecisionTargets = "import.decision-targets"
        /// Qualifications name no role of the table and were not imported.
        case importUnknownQualificationRole = "import.unknown-qualification-role"
        /// The table names no roles, so Kualifikasi Pelaksana was not imported.
        case importUnassignedQualifications = "import.unassigned-qualifications"
        /// Kualifikasi Pelaksana names no role, so every role was given its items.
        case importSharedQualifications = "import.shared-qualifications"
        /// A PDF row has no symbol in any Pelaksana column.
        case importNoSymbol = "import.no-symbol"
        /// A PDF process step's arrows lead to two steps; one is followed.
        case importFork = "import.fork"
        /// No arrow leaves a PDF step's symbol; the step below is taken to come next.
        case importNoArrow = "import.no-arrow"
        /// An arrow leaves a PDF diamond without a label.
        case importUnlabelledAnswer = "import.unlabelled-answer"
        /// Two arrows from one PDF row's diamonds carry the same label.
        case importRepeatedAnswer = "import.repeated-answer"
        /// A PDF diamond's arrows reach no other step.
        case importNoAnswers = "import.no-answers"
        /// A PDF symbol stands across a column border; it counts for the column of its centre.
        case importStraddlingSymbol = "import.straddling-symbol"
        /// A PDF page's Pelaksana columns hold more shapes than a flowchart; they were not read.
        case importBusyDrawing = "import.busy-drawing"

        // MARK: The YAML readers' and the office file's

        /// A YAML file's keys or values are not of the shape its format needs.
        case yamlShape = "yaml.shape"
        /// An office's jabatan fills no role of any SOP.
        case officeUnusedPosition = "office.unused-position"
    }
}
