/// Bahasa Indonesia, as a translator writes it (`CatalogueText`): formal Indonesian (PUEBI
/// spelling, "Anda" where a person is addressed) with the standard's own terms, as
/// docs/glossary.md lists them. IndonesianCatalogueTests checks that every pair keeps its
/// placeholders and uses the glossary's terms.
enum IndonesianCatalogue {
    static let text = #"""
# Choosing the language
en: {1} is not a language sopsh speaks; it knows {2}
id: {1} bukan bahasa yang dikenal sopsh; sopsh mengenal {2}

"""#
}
