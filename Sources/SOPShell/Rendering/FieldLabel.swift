import SOPRuntime

/// The heading a person reads for a record key. SOP fields use the keys of our YAML format,
/// so their labels are the standard's own ("nomor_sop" → "Nomor SOP"); any other key is
/// shown with its underscores as spaces.
enum FieldLabel {
    static func of(_ key: String) -> String {
        localized(Message(catalogued: known[key] ?? key.replacingOccurrences(of: "_", with: " ")))
    }

    private static let known: [String: String] = {
        var labels: [String: String] = [:]
        for field in IdentityField.allCases { labels[field.rawValue] = field.label }
        for field in StepField.allCases { labels[field.rawValue] = field.label }
        labels["mutu_baku"] = "Mutu Baku"
        labels["jabatan"] = "Jabatan"
        labels["nama"] = "Name"
        labels["nip"] = "NIP"
        labels["jumlah"] = "Staff"
        labels["kualifikasi"] = "Kualifikasi"
        labels["id"] = "Id"
        labels["alur"] = "Flow"
        labels["jawaban"] = "Answer"
        labels["ke"] = "To"
        labels["langkah"] = "Steps"
        return labels
    }()
}
