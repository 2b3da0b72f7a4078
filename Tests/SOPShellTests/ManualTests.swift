import Foundation
import Testing

@Suite struct ManualPage {
    /// docs/sopsh.1 is made from the help text by scripts/make-manual; it must not fall behind.
    @Test func theCommittedManPageIsTheOneTheHelpTextMakes() throws {
        let made = try Sopsh.run(["--manual"])
        #expect(made.status == 0)
        let committed = try String(contentsOf: Sopsh.root.appendingPathComponent("docs/sopsh.1"), encoding: .utf8)
        #expect(made.stdout == committed, "run scripts/make-manual to bring docs/sopsh.1 up to date")
    }

    /// docs/sopsh.id.1 is the same page in Indonesian, made from the same words by the catalogue.
    @Test func theIndonesianManPageIsTheOneTheCatalogueMakes() throws {
        let made = try Sopsh.run(["--lang", "id", "--manual"])
        #expect(made.status == 0)
        let committed = try String(contentsOf: Sopsh.root.appendingPathComponent("docs/sopsh.id.1"), encoding: .utf8)
        #expect(made.stdout == committed, "run scripts/make-manual to bring docs/sopsh.id.1 up to date")
        for heading in [".SH NAMA", ".SH RINGKASAN", ".SH DESKRIPSI", ".SH OPSI", ".SH PERINTAH", ".SH LINGKUNGAN"] {
            #expect(committed.contains(heading + "\n"), "\(heading)")
        }
        #expect(!committed.contains(".SH DESCRIPTION"))
    }

    @Test func theManPageDescribesEveryCommand() throws {
        let page = try Sopsh.run(["--manual"]).stdout
        let help = try Sopsh.run("help").stdout
        let names = help.split(separator: "\n").filter { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first }
        #expect(names.count > 20)
        for name in names {
            #expect(page.contains("\\fB" + name.replacingOccurrences(of: "-", with: "\\-")), "the man page lacks \(name)")
        }
    }
}
