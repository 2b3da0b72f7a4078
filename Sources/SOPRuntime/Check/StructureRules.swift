import Foundation

/// Rules about the table's skeleton: the identity part, the roles, step numbers, executors.
extension Checker {
    func identityFindings() -> [Diagnostic] {
        let identity = sop.identity
        let required: [(IdentityField, Bool)] = [
            (.number, identity.number.isEmpty),
            (.title, identity.title.isEmpty),
            (.createdOn, identity.createdOn.isEmpty),
            (.effectiveOn, identity.effectiveOn.isEmpty),
            (.approver, identity.approver.name.isEmpty || identity.approver.position.isEmpty),
            (.legalBasis, identity.legalBasis.isEmpty)
        ]
        return required.filter(\.1).map { field, _ in
            finding(
                .warning, .identityMissing, "missing from the cover (identitas)",
                hint: "fill in `\(field.rawValue)` under `identitas`", at: .identity(field))
        }
    }

    func roleFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, role) in sop.roles.enumerated() {
            if !Role.isValidID(role.id) {
                findings.append(
                    finding(
                        .error, .roleBadID,
                        "role id `\(role.id)` must start with a lowercase letter a–z, then only a–z, digits, `_` or `-`",
                        hint: "for example `id: \(Role.suggestedID(for: role.name))`", at: .role(index, .id)))
            } else if let first = seen[role.id] {
                findings.append(
                    finding(
                        .error, .roleDuplicateID, "role id `\(role.id)` is used by roles \(first + 1) and \(index + 1)",
                        hint: "give each role its own id", at: .role(index, .id)))
            }
            seen[role.id] = seen[role.id] ?? index
            if role.name.isEmpty {
                findings.append(
                    finding(
                        .warning, .roleNoName, "role `\(role.id)` has no name",
                        hint: "write the name as the document's column heading gives it", at: .role(index, .name)))
            }
            if role.staff < 1 {
                findings.append(
                    finding(
                        .error, .roleNoStaff, "role `\(role.id)` has \(role.staff) staff; a role needs at least one person",
                        hint: "set `jumlah` to 1 or more", at: .role(index, .staff)))
            }
        }
        return findings
    }

    func numberingFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var firstRow: [StepNumber: StepIndex] = [:]
        var previousMain: Int?
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            guard let number = step.number else {
                findings.append(
                    finding(
                        .error, .stepUnnumbered, "row \(index.row) of the table has no step number",
                        hint: "give it a number (`nomor:`) so that answers and people can name it", at: .step(index, .number)))
                continue
            }
            if let first = firstRow[number] {
                findings.append(
                    finding(
                        .error, .stepDuplicateNumber, "step number \(number) is used twice (rows \(first.row) and \(index.row))",
                        hint: "renumber one of them; answers that lead to \(number) go to the first", at: .step(index, .number)))
            } else {
                firstRow[number] = index
            }
            if let previous = previousMain, number.main > previous + 1 {
                let missing = (previous + 1)...(number.main - 1)
                // One sentence each, not "step N is" glued to "missing…": a translation needs the whole.
                let message: Message =
                    missing.count == 1
                    ? "step \(missing.lowerBound) is missing: the numbering goes from \(previous) to \(number.main)"
                    : "steps \(missing.lowerBound) to \(missing.upperBound) are missing: the numbering goes from \(previous) to \(number.main)"
                findings.append(
                    finding(
                        .warning, .stepMissing, message,
                        hint: "add the missing step, or renumber the steps that follow", at: .step(index, .number)))
            }
            previousMain = max(previousMain ?? number.main, number.main)
        }
        return findings
    }

    func executorFindings() -> [Diagnostic] {
        let known = sop.roles.map(\.id)
        var findings: [Diagnostic] = []
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            if step.executors.isEmpty {
                let example = known.first ?? "ROLE"
                findings.append(
                    finding(
                        .error, .stepNoExecutor, "no role carries out this step",
                        hint: "assign one: `assign \(step.label) \(example)` (roles: \(known.joined(separator: ", ")))",
                        at: .step(index, .executors)))
            }
            for id in step.executors where !known.contains(id) {
                let nearest = EditDistance.suggestions(for: id, among: known)
                let hint: Message =
                    nearest.isEmpty
                    ? "add it under `pelaksana`, or use one of: \(known.joined(separator: ", "))"
                    : "did you mean `\(nearest[0])`?"
                findings.append(
                    finding(
                        .error, .stepUnknownRole, "the executor `\(id)` is not a role of this SOP",
                        hint: hint, at: .step(index, .executors)))
            }
            if Set(step.executors).count < step.executors.count {
                findings.append(
                    finding(
                        .error, .stepRepeatedExecutor, "a role is named twice among the executors",
                        hint: "name each role once", at: .step(index, .executors)))
            }
        }
        return findings
    }
}
