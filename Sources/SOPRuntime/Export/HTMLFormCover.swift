/// The first sheet of the official form: the identity part as the standard lays it out (the
/// unit on the left, the numbers, dates and signature on the right, the title below them),
/// then the lists in two columns: Dasar Hukum beside Kualifikasi Pelaksana, Keterkaitan beside
/// Peralatan/Perlengkapan, Peringatan beside Pencatatan dan Pendataan.
enum HTMLFormCover {
    static func html(_ sop: SOP, sheet: Int, of sheets: Int) -> String {
        let identity = sop.identity
        let x = ExportEscaping.xmlText
        var out = "<section class=\"sheet cover\">\n"
        out += "<p class=\"sheet-head\"><span>Standar Operasional Prosedur</span><span>Halaman \(sheet) dari \(sheets)</span></p>\n"
        out +=
            "<table class=\"identity\">\n<colgroup><col style=\"width: 45%\"/><col style=\"width: 18%\"/><col style=\"width: 37%\"/></colgroup>\n"
        let unit = identity.organisation.map { "<div>\(x($0.uppercased()))</div>" }.joined()
        let approver = identity.approver
        let signature = [
            approver.position.isEmpty ? "" : "<div>\(x(approver.position))</div>",
            "<div class=\"signature\"></div>",
            approver.name.isEmpty ? "" : "<div class=\"name\">\(x(approver.name))</div>",
            approver.nip.isEmpty ? "" : "<div>NIP \(x(approver.nip))</div>"
        ].joined()
        let rows: [(String, String)] = [
            ("Nomor SOP", x(identity.number)),
            ("Tanggal Pembuatan", x(identity.createdOn)),
            ("Tanggal Revisi", x(identity.revisedOn)),
            ("Tanggal Efektif", x(identity.effectiveOn)),
            ("Disahkan oleh", signature),
            ("Nama SOP", "<strong>\(x(identity.title))</strong>")
        ]
        for (index, row) in rows.enumerated() {
            out += "<tr>"
            if index == 0 { out += "<td class=\"unit\" rowspan=\"\(rows.count)\">\(unit)</td>" }
            out += "<th class=\"label\">\(row.0)</th><td>\(row.1)</td></tr>\n"
        }
        out += "</table>\n"
        let qualifications = sop.roles.filter { !$0.qualifications.isEmpty }.map { role in
            "<li>\(x(role.name))<ol class=\"letters\">" + role.qualifications.map { "<li>\(x($0))</li>" }.joined() + "</ol></li>"
        }
        let pairs: [(String, String, String, String)] = [
            (
                "Dasar Hukum", list(identity.legalBasis), "Kualifikasi Pelaksana",
                qualifications.isEmpty ? "" : "<ol>" + qualifications.joined() + "</ol>"
            ),
            ("Keterkaitan", list(identity.relatedSOPs), "Peralatan/Perlengkapan", list(identity.equipment)),
            ("Peringatan", list(identity.warnings), "Pencatatan dan Pendataan", list(identity.records))
        ]
        out += "<table class=\"identity-lists\">\n"
        for pair in pairs {
            out += "<tr><th>\(pair.0):</th><th>\(pair.2):</th></tr>\n"
            out += "<tr><td>\(pair.1)</td><td>\(pair.3)</td></tr>\n"
        }
        out += "</table>\n</section>\n"
        return out
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "<ol>" + items.map { "<li>\(ExportEscaping.xmlText($0))</li>" }.joined() + "</ol>"
    }
}

/// The form's style sheet: A4 landscape pages, thin black rules as on the printed form, and
/// on screen the sheets shown as paper.
enum HTMLFormStyle {
    static let css =
        """
        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        html { background: #d9d9d9; }
        body { margin: 0; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 8pt; line-height: 1.25; color: #000000; }
        .sheet { width: 297mm; min-height: 210mm; padding: 10mm; margin: 6mm auto; background: #ffffff; box-shadow: 0 1px 5px rgba(0, 0, 0, 0.35); }
        .sheet-head { display: flex; justify-content: space-between; gap: 6mm; margin: 0 0 2.5mm; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        th, td { border: 0.8pt solid #000000; padding: 1mm 1.2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { background: #eeeeee; text-align: center; vertical-align: middle; }
        ol { margin: 0; padding-left: 5mm; }
        ol.letters { list-style-type: lower-alpha; }
        .identity { margin-bottom: 4mm; font-size: 9pt; }
        .identity td.unit { text-align: center; vertical-align: middle; font-weight: bold; font-size: 11pt; line-height: 1.5; }
        .identity th.label { text-align: left; background: #ffffff; }
        .identity .signature { height: 14mm; }
        .identity .name { font-weight: bold; text-decoration: underline; }
        .identity-lists th { text-align: left; }
        .identity-lists td { height: 16mm; }
        .steps thead { display: table-header-group; }
        .steps th.role { font-size: 7pt; }
        .steps tr { break-inside: avoid; page-break-inside: avoid; }
        .steps tr.step { height: 17mm; }
        .steps tr.between { height: 12mm; }
        .steps td.number, .steps td.time { text-align: center; }
        .steps td.aside { color: #444444; font-style: italic; }
        .steps td.lanes { position: relative; padding: 0; }
        .steps svg.lanes { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
        @media print {
          html { background: none; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; page-break-after: always; }
          .sheet:last-child { break-after: auto; page-break-after: auto; }
        }

        """
}
