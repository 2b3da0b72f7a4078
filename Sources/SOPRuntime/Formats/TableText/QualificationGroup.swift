/// A role's Kualifikasi Pelaksana as the cover lists it: a numbered item naming the role and
/// ending in a colon, then lettered sub-items ("1. Kepala UKPBJ:" / " - a. memahami regulasi
/// PBJ"). Recognised by this shape wherever it stands, since a two-column page layout may put
/// the groups under another heading (in the seed, under Dasar Hukum).
struct QualificationGroup: Sendable {
    /// The role's name as the group writes it, without the number and the colon.
    var name: String
    var items: [String] = []
    var line: Int
    var column: Int
}

/// A cover item with the line it stood on.
struct CoverItem: Sendable {
    var text: String
    var line: Int
    var column: Int
}

extension [Role] {
    /// Gives each group's items to the role of the same name (ignoring case and spacing);
    /// a group that names no role of the table is reported, since its items have nowhere to go.
    /// Items under Kualifikasi Pelaksana that name no role at all go to every role.
    mutating func attach(
        _ groups: [QualificationGroup], shared: [CoverItem],
        sourceMap: inout SourceMap, findings: inout ImportFindings
    ) {
        for group in groups {
            guard let index = firstIndex(where: { $0.name.matchKey == group.name.matchKey }) else {
                let names = map { "\"\($0.name)\"" }.joined(separator: ", ")
                findings.add(
                    .warning, .importUnknownQualificationRole,
                    "the qualifications of \"\(group.name)\" name no role of the table, so they were not imported",
                    hint: isEmpty
                        ? "add the role as a Pelaksana column of the table"
                        : "rename the group to one of the table's roles: \(names)",
                    line: group.line, column: group.column)
                continue
            }
            self[index].qualifications += group.items
            sourceMap.record(.role(index, .qualifications), line: group.line, column: group.column)
        }
        guard let first = shared.first else { return }
        if isEmpty {
            findings.add(
                .warning, .importUnassignedQualifications,
                "the table names no roles, so Kualifikasi Pelaksana was not imported",
                hint: "add the roles as Pelaksana columns of the table", line: first.line, column: first.column)
            return
        }
        for index in indices { self[index].qualifications += shared.map(\.text) }
        findings.add(
            .note, .importSharedQualifications,
            shared.count == 1
                ? "Kualifikasi Pelaksana names no role, so every role was given its 1 item"
                : "Kualifikasi Pelaksana names no role, so every role was given its \(shared.count) items",
            hint: "group them by role: a line \"1. ROLE NAME:\" followed by \"a. …\" items",
            line: first.line, column: first.column)
    }
}
