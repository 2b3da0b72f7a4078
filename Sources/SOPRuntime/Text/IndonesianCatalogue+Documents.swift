/// The Indonesian of what sopsh says while reading documents: opening and writing SOP files, reading its YAML, and importing an SOP's PDF or table text.
extension IndonesianCatalogue {
    static let documentsText = #"""
        # Opening a file
        en: no such file: {1}
        id: berkas tidak ditemukan: {1}
        en: check the path; it is relative to the current folder
        id: periksa path-nya; path itu relatif terhadap folder saat ini
        en: {1} is a directory, not an SOP file
        id: {1} adalah folder, bukan berkas SOP
        en: name a .yaml or .txt file inside it
        id: sebutkan berkas .yaml atau .txt di dalamnya
        en: the file is {1} MB; an SOP file is at most {2} MB
        id: berkas ini berukuran {1} MB; berkas SOP paling besar {2} MB
        en: check that this is the SOP you meant to open
        id: pastikan ini SOP yang ingin Anda buka
        en: the file is named .pdf but is not a PDF (it does not start with %PDF-)
        id: berkas ini bernama .pdf, tetapi bukan PDF (tidak diawali %PDF-)
        en: check that the download finished; a web page saved as .pdf looks like this
        id: pastikan unduhannya sudah selesai; halaman web yang disimpan sebagai .pdf tampak seperti ini
        en: this is a binary file, not an SOP (a NUL byte stands here)
        id: ini berkas biner, bukan SOP (ada byte NUL di sini)
        en: open a .yaml file in sopsh's format or the table text of an SOP
        id: buka berkas .yaml dalam format sopsh atau teks tabel SOP
        en: page {1}
        id: halaman {1}

        # Writing a file
        en: cannot write {1}: {2}; the previous file, if any, is unchanged
        id: tidak dapat menulis {1}: {2}; berkas sebelumnya, jika ada, tidak berubah
        en: it is a folder
        id: path itu adalah folder
        en: Wrote {1}: {2} ({3} bytes)
        id: Menulis {1}: {2} ({3} byte)
        en: {1} drafts
        id: {1} draf

        # Reading YAML: the file as a whole
        en: the file is empty
        id: berkas ini kosong
        en: start from examples/kebijakan-mutu-ukpbj.yaml or docs/format.md
        id: mulailah dari examples/kebijakan-mutu-ukpbj.yaml atau docs/format.md
        en: this is a work calendar file, not an SOP
        id: ini berkas kalender kerja, bukan SOP
        en: load it with `calendar load FILE`; `sopsh check FILE` checks it
        id: muat sebagai kalender dengan `calendar load FILE`; `sopsh check FILE` memeriksa berkas itu
        en: this is a simulation scenario file, not an SOP
        id: ini berkas skenario simulasi, bukan SOP
        en: open its SOP, then `simulate FILE`; `sopsh check FILE` checks it
        id: buka SOP-nya, lalu `simulate FILE`; `sopsh check FILE` memeriksa berkas itu
        en: "the file is YAML but not an SOP: its top level must be a mapping with "
        id: "berkas ini YAML, tetapi bukan SOP: tingkat teratasnya harus berupa mapping dengan "
        en: `identitas`, `pelaksana` and `kegiatan`
        id: `identitas`, `pelaksana`, dan `kegiatan`
        en: see docs/format.md for the layout
        id: lihat docs/format.md untuk susunannya
        en: invalid YAML: {1}
        id: YAML tidak valid: {1}
        en: invalid YAML: {1} that starts here never ends: {2}
        id: YAML tidak valid: {1} yang dimulai di sini tidak pernah berakhir: {2}
        en: close the quote or bracket that starts here
        id: tutup tanda kutip atau tanda kurung yang dimulai di sini
        en: check the indentation and quoting here and where the construct starts
        id: periksa indentasi dan tanda kutip di sini dan di tempat konstruksi itu dimulai
        en: the YAML is nested too deeply: lists or mappings more than 1000 levels inside one another
        id: YAML ini bersarang terlalu dalam: daftar atau mapping bertumpuk lebih dari 1000 tingkat
        en: an SOP nests only a few levels: look for brackets or `- ` repeated here
        id: SOP hanya bersarang beberapa tingkat: periksa tanda kurung atau `- ` yang berulang di sini
        en: the file holds more than one YAML document: a second one starts here
        id: berkas ini memuat lebih dari satu dokumen YAML: dokumen kedua dimulai di sini
        en: an SOP file is one document: remove the `---` here, or split the file
        id: berkas SOP adalah satu dokumen: hapus `---` di sini, atau pecah berkas itu
        en: `{1}` appears twice in the same mapping (first at line {2}, column {3})
        id: `{1}` muncul dua kali dalam mapping yang sama (pertama kali di baris {2}, kolom {3})
        en: keep one of them
        id: pertahankan salah satunya
        en: cannot read the file as text: {1}
        id: berkas tidak dapat dibaca sebagai teks: {1}
        en: save it as UTF-8 text
        id: simpan sebagai teks UTF-8
        en: " (1 more problem in this file)"
        id: " (1 masalah lain dalam berkas ini)"
        en: " ({1} more problems in this file)"
        id: " ({1} masalah lain dalam berkas ini)"

        # Reading YAML: keys and values
        en: unknown key `{1}`
        id: kunci `{1}` tidak dikenal
        en: unknown key `{1}` in {2}
        id: kunci `{1}` tidak dikenal dalam {2}
        en: the keys of {1} are: {2}
        id: kunci yang dikenal untuk {1}: {2}
        en: {1} must be a mapping of keys to values, not {2}
        id: {1} harus berupa mapping kunci ke nilai, bukan {2}
        en: write it as `key: value` lines indented under its name
        id: tuliskan sebagai baris-baris `key: value` yang menjorok di bawah namanya
        en: `{1}` must be text, not {2}
        id: `{1}` harus berupa teks, bukan {2}
        en: write the text after the colon, quoted if it contains `: ` or starts with a symbol
        id: tuliskan teksnya setelah titik dua, diapit tanda kutip jika mengandung `: ` atau diawali simbol
        en: `{1}` must be a list, not {2}
        id: `{1}` harus berupa daftar, bukan {2}
        en: write each item on its own line starting with `- `
        id: tuliskan setiap butir pada barisnya sendiri, diawali `- `
        en: write each entry as an indented block starting with `- `
        id: tuliskan setiap entri sebagai blok menjorok yang diawali `- `
        en: `{1}` must be a whole number, not {2}
        id: `{1}` harus berupa bilangan bulat, bukan {2}
        en: the YAML tag `{1}` is not part of sopsh's format
        id: tag YAML `{1}` bukan bagian dari format sopsh
        en: remove the tag and write the value as text (quoted if it starts with a symbol)
        id: hapus tag itu dan tuliskan nilainya sebagai teks (diapit tanda kutip jika diawali simbol)

        # Reading YAML: steps and their flow
        en: `nomor: {1}` is not a step number
        id: `nomor: {1}` bukan nomor langkah
        en: `{1}` is not a step number
        id: `{1}` bukan nomor langkah
        en: `{1}` is neither a step number nor `selesai`
        id: `{1}` bukan nomor langkah dan bukan `selesai`
        en: write the number of the step it leads to, or `selesai` for the end
        id: tuliskan nomor langkah yang dituju, atau `selesai` untuk akhir
        en: `lanjut_ke` is not allowed on a decision: its answers say where the flow goes
        id: `lanjut_ke` tidak boleh ada pada keputusan: jawaban-jawabannya yang menentukan ke mana alur berlanjut
        en: remove `lanjut_ke`, or give the answer that continues there its `ke`
        id: hapus `lanjut_ke`, atau tuliskan tujuan itu sebagai `ke` pada jawaban yang berlanjut ke sana

        # Importing a PDF: the document
        en: the PDF has no pages
        id: PDF ini tidak memiliki halaman
        en: check that the file was saved completely
        id: pastikan berkas itu tersimpan secara utuh
        en: the PDF has {1} pages; sopsh reads SOPs of at most {2} pages
        id: PDF ini memiliki {1} halaman; sopsh membaca SOP paling banyak {2} halaman
        en: split the document, or check that this is the SOP you meant
        id: pecah dokumennya, atau pastikan ini SOP yang Anda maksud
        en: the PDF is a scan: its pages are pictures with no text layer
        id: PDF ini hasil pindaian: halaman-halamannya berupa gambar tanpa lapisan teks
        en: run it through OCR (for example `ocrmypdf`) or open the original Word file's PDF export
        id: proses dengan OCR (misalnya `ocrmypdf`), atau buka PDF hasil ekspor dari berkas Word aslinya
        en: the PDF is encrypted and needs a password
        id: PDF ini terenkripsi dan memerlukan kata sandi
        en: save an unprotected copy (for example `qpdf --decrypt`) and open that
        id: simpan salinan tanpa proteksi (misalnya dengan `qpdf --decrypt`), lalu buka salinan itu
        en: the PDF cannot be read: {1}
        id: PDF tidak dapat dibaca: {1}
        en: the file may be damaged or cut short; download or export it again
        id: berkas ini mungkin rusak atau terpotong; unduh atau ekspor ulang
        en: page {1} cannot be read: {2}
        id: halaman {1} tidak dapat dibaca: {2}
        en: the file may be damaged; download or export it again
        id: berkas ini mungkin rusak; unduh atau ekspor ulang
        en: the PDF has no flowchart table: no page has a row headed No and Kegiatan (or Uraian Kegiatan)
        id: PDF ini tidak memiliki tabel diagram alir: tidak ada halaman yang memuat baris berjudul No dan Kegiatan (atau Uraian Kegiatan)
        en: sopsh reads SOPs in the SOP AP form (Permen PANRB No. 35 Tahun 2012); check that this is one
        id: sopsh membaca SOP dalam bentuk SOP AP (Permen PANRB No. 35 Tahun 2012); pastikan dokumen ini berbentuk demikian

        # Importing a PDF: the flowchart drawn in the Pelaksana columns
        en: the Pelaksana columns on this page hold more shapes than a flowchart (over {1} symbols or {2} arrows); they were not read
        id: kolom Pelaksana pada halaman ini memuat lebih banyak bentuk daripada sebuah diagram alir (lebih dari {1} simbol atau {2} panah); kolom-kolom itu tidak dibaca
        en: check that this is an SOP's flowchart; write the executors and flow in the saved YAML
        id: pastikan ini diagram alir SOP; tuliskan pelaksana dan alurnya di YAML yang disimpan
        en: no symbol in any Pelaksana column
        id: tidak ada simbol di kolom Pelaksana mana pun
        en: add the step's executors (`pelaksana`) to the saved YAML
        id: tambahkan pelaksana langkah ini (`pelaksana`) ke YAML yang disimpan
        en: the activity names {1} but the symbol stands in {2}; the drawing is followed
        id: uraian kegiatan menyebut {1}, tetapi simbolnya berada di kolom {2}; yang diikuti adalah gambarnya
        en: check the document; change `pelaksana` in the saved YAML if the text is right
        id: periksa dokumennya; ubah `pelaksana` di YAML yang disimpan jika teksnya yang benar
        en: a symbol stands across the border of {1} and {2}; it was counted for {3}, where its centre is
        id: sebuah simbol melintasi batas kolom {1} dan {2}; simbol itu dihitung untuk {3}, tempat titik tengahnya berada
        en: check the document; change `pelaksana` in the saved YAML if it is {1}'s
        id: periksa dokumennya; ubah `pelaksana` di YAML yang disimpan jika simbol itu milik {1}
        en: no arrow leaves the step's symbol; the step below is taken to come next
        id: tidak ada panah yang keluar dari simbol langkah ini; langkah di bawahnya dianggap sebagai langkah berikutnya
        en: arrows lead from this step to steps {1}; sopsh follows one path, to step {2}
        id: panah-panah dari langkah ini mengarah ke langkah {1}; sopsh mengikuti satu jalur, ke langkah {2}
        en: make the step a decision in the saved YAML if each path is taken in some cases
        id: jadikan langkah ini keputusan di YAML yang disimpan jika setiap jalur ditempuh pada kasus tertentu
        en: exit {1}
        id: keluar dengan status {1}

        # Importing table text: the cover
        en: {1} is given twice; the later value is kept
        id: {1} diisi dua kali; nilai yang terakhir dipertahankan
        en: delete one of the two lines
        id: hapus salah satu dari kedua baris itu
        en: this line was read as the continuation of {1} (a wrapped line)
        id: baris ini dibaca sebagai lanjutan {1} (baris yang terlipat)
        en: if it is not part of {1}, give it a field label of its own
        id: jika baris ini bukan bagian dari {1}, beri baris ini label isian tersendiri
        en: this line was read as the continuation of the item above it (a wrapped line)
        id: baris ini dibaca sebagai lanjutan butir di atasnya (baris yang terlipat)
        en: if it is an item of its own, number it
        id: jika baris ini butir tersendiri, beri nomor
        en: this line belongs to no field of the cover and was not imported
        id: baris ini tidak termasuk isian sampul mana pun dan tidak diimpor
        en: put it under a field label such as `Keterkaitan :`, or delete it
        id: letakkan baris ini di bawah label isian seperti `Keterkaitan :`, atau hapus
        en: the qualifications of "{1}" name no role of the table, so they were not imported
        id: kualifikasi "{1}" tidak menyebut pelaksana mana pun dalam tabel, jadi tidak diimpor
        en: add the role as a Pelaksana column of the table
        id: tambahkan pelaksana itu sebagai kolom Pelaksana pada tabel
        en: rename the group to one of the table's roles: {1}
        id: ganti nama kelompok itu menjadi salah satu pelaksana dalam tabel: {1}

        # Importing table text: finding the flowchart table
        en: the text is empty: there is no SOP to import
        id: teks ini kosong: tidak ada SOP yang dapat diimpor
        en: give the SOP's table text: the cover's fields, then the flowchart table; {1}
        id: berikan teks tabel SOP: isian sampul, lalu tabel diagram alir; {1}
        en: the table's header row starts with `No` and names `Uraian Kegiatan`, its cells separated by tabs
        id: baris kepala tabel diawali `No` dan memuat `Uraian Kegiatan`, dengan sel-sel yang dipisahkan tab
        en: this line names Uraian Kegiatan but is not the flowchart table's header row
        id: baris ini memuat Uraian Kegiatan, tetapi bukan baris kepala tabel diagram alir
        en: the text has no flowchart table: no header row starting with `No` and naming `Uraian Kegiatan`
        id: teks ini tidak memiliki tabel diagram alir: tidak ada baris kepala tabel yang diawali `No` dan memuat `Uraian Kegiatan`

        # Importing table text: the table's columns
        en: the table's column "{1}" is not one the standard names; its cells were not imported
        id: kolom tabel "{1}" tidak termasuk kolom yang disebut standar; sel-selnya tidak diimpor
        en: name it No, Uraian Kegiatan, a role under Pelaksana, Persyaratan/Kelengkapan, Waktu, Output or Keterangan
        id: namai kolom itu No, Uraian Kegiatan, nama pelaksana di bawah Pelaksana, Persyaratan/Kelengkapan, Waktu, Output, atau Keterangan
        en: the table names no roles, so no step can say who carries it out
        id: tabel tidak menyebut pelaksana satu pun, jadi tidak ada langkah yang dapat menyatakan siapa pelaksananya
        en: put the role names in the header row below `Pelaksana`, one column each
        id: tuliskan nama-nama pelaksana di baris kepala tabel di bawah `Pelaksana`, satu kolom untuk setiap pelaksana
        en: the table has no `{1}` column, so every step's {2} is blank
        id: tabel tidak memiliki kolom `{1}`, jadi {2} setiap langkah kosong
        en: name the column `{1}` in the table's header
        id: namai kolom itu `{1}` di kepala tabel
        en: the role column "{1}" names alternatives (A/B); it was read as one role, {2}, whichever of them does a step
        id: kolom pelaksana "{1}" menyebut beberapa alternatif (A/B); kolom itu dibaca sebagai satu pelaksana, {2}, siapa pun di antara mereka yang melaksanakan suatu langkah
        en: if one of them usually does the steps, name the column after that role and note the other in Keterangan
        id: jika salah satunya yang biasanya melaksanakan langkah-langkahnya, namai kolom itu dengan nama pelaksana tersebut dan catat yang lain di Keterangan

        # Importing table text: the table's rows
        en: the table's header is repeated here (a page break) and was skipped
        id: kepala tabel berulang di sini (pergantian halaman) dan dilewati
        en: this row has no number and only text, so it was read as the rest of {1}'s cells (a wrapped cell)
        id: baris ini tidak bernomor dan hanya berisi teks, jadi dibaca sebagai sisa sel-sel {1} (sel yang terlipat)
        en: if it is a step of its own, give it a number in the No column
        id: jika baris ini langkah tersendiri, beri nomor di kolom No
        en: ""{1}" (same as above) in {2} has no row above it, so it was kept as written"
        id: ""{1}" (sama dengan atas) di kolom {2} tidak memiliki baris di atasnya, jadi dibiarkan seperti yang tertulis"
        en: ""{1}" (same as above) in {2} was read as a copy of the cell above: {3}"
        id: ""{1}" (sama dengan atas) di kolom {2} dibaca sebagai salinan sel di atasnya: {3}"
        en: write the text out in full
        id: tuliskan teksnya secara lengkap
        en: this row has {1} cells where the header has {2}, so {3} are read as blank
        id: baris ini memiliki {1} sel, sedangkan kepala tabel memiliki {2}, jadi {3} dibaca kosong
        en: this row has {1} cells where the header has {2}; the cells beyond the last column {3}
        id: baris ini memiliki {1} sel, sedangkan kepala tabel memiliki {2}; sel-sel di luar kolom terakhir {3}
        en: were added to Keterangan
        id: ditambahkan ke Keterangan
        en: check that the row's cells are separated by tabs and line up with the header
        id: pastikan sel-sel baris ini dipisahkan tab dan sejajar dengan kepala tabel

        # Importing table text: a row's cells
        en: the No cell "{1}" is not a step number, so the row is an unnumbered step and the text was put before its activity
        id: sel No "{1}" bukan nomor langkah, jadi baris ini menjadi langkah tanpa nomor dan teksnya diletakkan di depan uraian kegiatan baris itu
        en: write a number such as 3 or 3.1 in the No column, or move the text into Uraian Kegiatan
        id: tuliskan nomor seperti 3 atau 3.1 di kolom No, atau pindahkan teksnya ke Uraian Kegiatan
        en: the {1} column holds "{2}", not a mark; it was read as marking {3} as an executor
        id: kolom {1} berisi "{2}", bukan tanda; isi itu dibaca sebagai tanda bahwa {3} adalah pelaksana
        en: put a mark such as X in the role's column, and write names or remarks in Keterangan
        id: beri tanda seperti X di kolom pelaksana itu, dan tuliskan nama atau catatan di Keterangan
        en: the {1} column holds the alternatives "{2}" (A/B) instead of a mark; it was read as marking {3}, the column's role
        id: kolom {1} berisi alternatif "{2}" (A/B), bukan tanda; isi itu dibaca sebagai tanda untuk {3}, pelaksana kolom itu
        en: the activity holds one numbered answer, "{1}", but a decision needs at least two answers, so the row was read as a process step with its text as written
        id: uraian kegiatan hanya memuat satu jawaban bernomor, "{1}", padahal keputusan memerlukan sekurang-kurangnya dua jawaban, jadi baris ini dibaca sebagai langkah proses dengan teks seperti yang tertulis
        en: the activity names "{1}" ({2}) as who does the step, but the column marked is {3}; the mark was kept
        id: uraian kegiatan menyebut "{1}" ({2}) sebagai yang melaksanakan langkah ini, tetapi kolom yang ditandai adalah {3}; tanda itu dipertahankan
        en: if "{1}" does the step, mark that role's column instead (or, once opened, `assign {2} {3}`); {4}
        id: jika "{1}" yang melaksanakan langkah ini, tandai kolom pelaksana itu sebagai gantinya (atau, setelah SOP dibuka, `assign {2} {3}`); {4}
        en: if "{1}" does the step, mark that role's column instead; {2}
        id: jika "{1}" yang melaksanakan langkah ini, tandai kolom pelaksana itu sebagai gantinya; {2}
        en: if the mark is right, start the activity with its verb, as the standard writes it
        id: jika tandanya benar, awali uraian kegiatan dengan kata kerjanya, sebagaimana standar menuliskannya

        # Not reached by the tests
        en: cannot read {1}: permission denied or unreadable
        id: {1} tidak dapat dibaca: izin ditolak atau berkas tidak terbaca
        en: check the file's permissions
        id: periksa izin akses berkas itu
        en: cannot read YAML: {1}
        id: YAML tidak dapat dibaca: {1}
        en: a key in {1} must be a plain word
        id: kunci dalam {1} harus berupa kata biasa
        en: `{1}` appears twice in {2}
        id: `{1}` muncul dua kali dalam {2}
        en: the PDF has no text
        id: PDF ini tidak memiliki teks
        en: this sopsh cannot read PDFs: its PDF reader {1} did not load ({2})
        id: sopsh ini tidak dapat membaca PDF: pembaca PDF-nya, {1}, tidak berhasil dimuat ({2})
        en: build every product (`swift build`, not only --product sopsh) so that {1} lies beside sopsh, or set SOPSH_PDF_LIBRARY to its path
        id: bangun semua produk (`swift build`, tidak hanya --product sopsh) agar {1} berada di samping sopsh, atau tetapkan SOPSH_PDF_LIBRARY ke path-nya
        en: the unnumbered step on page {1}
        id: langkah tanpa nomor pada halaman {1}
        en: the No cell is not a step number
        id: sel No bukan nomor langkah
        en: write the step's number in the YAML's `nomor`
        id: tuliskan nomor langkah ini pada `nomor` di YAML
        en: name the answer (`jawaban`) in the saved YAML
        id: tuliskan nama jawaban itu (`jawaban`) di YAML yang disimpan
        en: two arrows from the step's diamonds say "{1}"; both are kept, the second as "{2} (2)"
        id: dua panah dari belah ketupat langkah ini bertuliskan "{1}"; keduanya dipertahankan, yang kedua sebagai "{2} (2)"
        en: rename one answer in the saved YAML
        id: ganti nama salah satu jawaban di YAML yang disimpan
        en: the diamond has no arrows to other steps
        id: belah ketupat ini tidak memiliki panah ke langkah lain
        en: write the decision's answers and where each leads in the saved YAML
        id: tuliskan jawaban-jawaban keputusan ini dan ke mana masing-masing mengarah di YAML yang disimpan
        en: were not imported
        id: tidak diimpor
        en: the table names no roles, so Kualifikasi Pelaksana was not imported
        id: tabel tidak menyebut pelaksana satu pun, jadi Kualifikasi Pelaksana tidak diimpor
        en: add the roles as Pelaksana columns of the table
        id: tambahkan pelaksana-pelaksananya sebagai kolom Pelaksana pada tabel
        en: the activity names "{1}" ({2}) as who does the step, but the columns marked are {3}; the marks were kept
        id: uraian kegiatan menyebut "{1}" ({2}) sebagai yang melaksanakan langkah ini, tetapi kolom yang ditandai adalah {3}; tanda-tanda itu dipertahankan
        """#
}
