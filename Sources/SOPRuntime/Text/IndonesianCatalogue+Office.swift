/// The Indonesian of office files (`OfficeFile`): a unit's SOPs, the jabatan that fill their
/// roles and the what-ifs across the office, as the reader refuses or warns about them. A
/// position is a *jabatan*, a headcount a *jumlah pegawai*, as the civil service's workload
/// analysis (*analisis beban kerja*) says them.
extension IndonesianCatalogue {
    static let officeText = #"""
        # Office files: reading the file (OfficeFile)
        en: the office file is empty
        id: berkas kantor kosong
        en: start from examples/kantor-ukpbj.yaml
        id: mulailah dari contoh kantor examples/kantor-ukpbj.yaml
        en: see examples/kantor-ukpbj.yaml
        id: lihat examples/kantor-ukpbj.yaml
        en: the file is YAML but not an office
        id: berkas ini YAML, tetapi bukan berkas kantor
        en: this is an office file, not an SOP
        id: ini berkas kantor, bukan SOP
        en: `sopsh check FILE` checks it and the SOPs it names
        id: `sopsh check FILE` memeriksa berkas itu beserta SOP yang disebutnya
        en: {1}: an office file; no problems found
        id: {1}: berkas kantor; tidak ditemukan masalah
        en: {1}: an office file; {2}
        id: {1}: berkas kantor; {2}
        en: its top level is a mapping with `kantor`, `sop` and `jabatan`
        id: tingkat teratasnya harus berupa mapping dengan `kantor`, `sop`, dan `jabatan`

        # Office files: the top level (OfficeFileReader)
        en: the office file
        id: berkas kantor
        en: `kantor` is empty
        id: `kantor` kosong
        en: kantor: UKPBJ Kabupaten Contoh
        id: kantor: UKPBJ Kabupaten Contoh
        en: the office file does not name its unit (`kantor`)
        id: berkas kantor tidak menyebutkan nama unitnya (`kantor`)
        en: add `kantor: UKPBJ Kabupaten Contoh`
        id: tambahkan `kantor: UKPBJ Kabupaten Contoh`
        en: the office file lists no jabatan
        id: berkas kantor tidak memuat jabatan
        en: add `jabatan:` with each position: `- {{id: pokja, nama: Pokja Pemilihan, jumlah: 3}}`
        id: tambahkan `jabatan:` berisi setiap jabatan: `- {{id: pokja, nama: Pokja Pemilihan, jumlah: 3}}`
        en: the office file lists no SOP (`sop`)
        id: berkas kantor tidak memuat SOP (`sop`)
        en: add `sop:` with each SOP: `- {{berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {{…}}}}`
        id: tambahkan `sop:` berisi setiap SOP: `- {{berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {{…}}}}`
        en: a year has {1} hours; the guideline counts 1250 effective hours a person (1200 to 1300)
        id: setahun memiliki {1} jam; pedoman menghitung 1250 jam kerja efektif per orang (1200 sampai 1300)

        # Office files: the jabatan
        en: `jabatan` lists no position
        id: `jabatan` tidak memuat satu jabatan pun
        en: list each jabatan: `- {{id: pokja, nama: Pokja Pemilihan, jumlah: 3}}`
        id: cantumkan setiap jabatan: `- {{id: pokja, nama: Pokja Pemilihan, jumlah: 3}}`
        en: a position (jabatan)
        id: jabatan (jabatan)
        en: jabatan `{1}` is listed twice (first at line {2})
        id: jabatan `{1}` tercantum dua kali (pertama di baris {2})
        en: list each jabatan once, or give this one another id
        id: cantumkan setiap jabatan sekali saja, atau beri jabatan ini id lain
        en: a jabatan needs `{1}`
        id: setiap jabatan memerlukan `{1}`
        en: id: pokja (small letters, as a role id)
        id: id: pokja (huruf kecil, seperti id pelaksana)
        en: nama: Pokja Pemilihan
        id: nama: Pokja Pemilihan
        en: jumlah: 3
        id: jumlah: 3
        en: jabatan `{1}` has an empty `nama`
        id: `nama` jabatan `{1}` kosong
        en: give the number of people who hold the jabatan, such as `jumlah: 3`
        id: berikan jumlah pegawai yang memegang jabatan itu, misalnya `jumlah: 3`
        en: `cuti` counts the days of leave a person takes in a year, such as `cuti: 12`
        id: `cuti` menghitung hari cuti yang diambil seorang pegawai dalam setahun, misalnya `cuti: 12`
        en: {1} days of leave take all of the {2} effective hours of jabatan `{3}`
        id: {1} hari cuti menghabiskan seluruh {2} jam kerja efektif jabatan `{3}`
        en: give the days of leave a person takes in a year, such as `cuti: 12`
        id: berikan jumlah hari cuti yang diambil seorang pegawai dalam setahun, misalnya `cuti: 12`
        en: the jabatan id “{1}” is not small letters, digits, `_` and `-` starting with a letter
        id: id jabatan “{1}” tidak terdiri atas huruf kecil, angka, `_`, dan `-` yang diawali huruf
        en: write it like a role id, such as `{1}`
        id: tuliskan seperti id pelaksana, misalnya `{1}`
        en: `biaya_per_jam` is whole rupiah, written without separators, not {1}
        id: `biaya_per_jam` berupa rupiah bulat yang ditulis tanpa pemisah, bukan {1}
        en: write 150000 for Rp150.000 an hour
        id: tulis 150000 untuk Rp150.000 per jam
        en: give the rupiah an hour of a person's work costs, such as `biaya_per_jam: 150000`
        id: berikan biaya satu jam kerja seorang pegawai dalam rupiah, misalnya `biaya_per_jam: 150000`
        en: jabatan `{1}` fills no role of any SOP
        id: jabatan `{1}` tidak mengisi pelaksana mana pun di SOP mana pun
        en: name it under an SOP's `pelaksana` (`ROLE: {1}`), or remove it
        id: sebutkan jabatan itu di bawah `pelaksana` suatu SOP (`PELAKSANA: {1}`), atau hapus jabatan itu

        # Office files: the SOPs (OfficeFileProcedures)
        en: `sop` lists no SOP
        id: `sop` tidak memuat satu SOP pun
        en: list each SOP the unit runs: `- {{berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {{…}}}}`
        id: cantumkan setiap SOP yang dijalankan unit: `- {{berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {{…}}}}`
        en: the SOP {1} is listed twice (first at line {2})
        id: SOP {1} tercantum dua kali (pertama di baris {2})
        en: list each SOP once: its `volume` counts all of its cases, and changes name it by its `berkas`
        id: cantumkan setiap SOP sekali saja: `volume` menghitung semua kasus SOP itu, dan perubahan menyebut SOP itu dengan `berkas`
        en: an SOP of the office (sop)
        id: SOP kantor (sop)
        en: an SOP of the office needs `berkas`
        id: setiap SOP kantor memerlukan `berkas`
        en: berkas: kebijakan-mutu-ukpbj.yaml (a PDF, YAML or table text file, relative to the office file)
        id: berkas: kebijakan-mutu-ukpbj.yaml (berkas PDF, YAML, atau teks tabel, relatif terhadap berkas kantor)
        en: `berkas` is empty
        id: `berkas` kosong
        en: berkas: kebijakan-mutu-ukpbj.yaml
        id: berkas: kebijakan-mutu-ukpbj.yaml
        en: the entry of {1} does not say who fills its roles (`pelaksana`)
        id: entri {1} tidak menyebutkan jabatan yang mengisi setiap pelaksananya (`pelaksana`)
        en: add `pelaksana:` with each role of the SOP and its jabatan: {1}
        id: tambahkan `pelaksana:` berisi setiap pelaksana SOP dan jabatannya: {1}
        en: `volume` and `selang` both say how often cases come
        id: `volume` dan `selang` sama-sama menyatakan seberapa sering kasus datang
        en: keep one: `volume: 120` (cases a year) or `selang: 40 jam` (the mean interval between cases)
        id: pertahankan salah satu: `volume: 120` (kasus setahun) atau `selang: 40 jam` (selang rata-rata antara dua kasus)
        en: the entry does not say how often cases of the SOP come
        id: entri ini tidak menyebutkan seberapa sering kasus SOP itu datang
        en: add `volume: 120` (cases a year) or `selang: 40 jam` (the mean interval between cases)
        id: tambahkan `volume: 120` (kasus setahun) atau `selang: 40 jam` (selang rata-rata antara dua kasus)
        en: `volume` is {1} cases a year, more than the simulator takes (at most {2})
        id: `volume` bernilai {1} kasus setahun, melebihi batas yang diterima simulator (paling banyak {2})
        en: give the cases the SOP is asked for in a year, such as `volume: 120`
        id: berikan jumlah kasus SOP itu dalam setahun, misalnya `volume: 120`
        en: no such SOP file: {1}
        id: berkas SOP tidak ada: {1}
        en: `berkas` names the SOP's file relative to the office file's folder
        id: `berkas` menyebut berkas SOP relatif terhadap folder berkas kantor
        en: cannot open the SOP {1}: {2}
        id: tidak dapat membuka SOP {1}: {2}
        en: `sopsh check {1}` says more
        id: `sopsh check {1}` menjelaskan lebih lanjut
        en: the SOP {1} is a draft with 1 error, so it cannot be simulated: {2}
        id: SOP {1} masih draf dengan 1 kesalahan, sehingga tidak dapat disimulasikan: {2}
        en: the SOP {1} is a draft with {2} errors, so it cannot be simulated; the first: {3}
        id: SOP {1} masih draf dengan {2} kesalahan, sehingga tidak dapat disimulasikan; yang pertama: {3}
        en: fix the SOP and save it; `sopsh check {1}` lists every error
        id: perbaiki SOP itu lalu simpan; `sopsh check {1}` menampilkan setiap kesalahan
        en: `pelaksana` must map the SOP's role ids to jabatan ids, not {1}
        id: `pelaksana` harus memetakan id pelaksana SOP ke id jabatan, bukan {1}
        en: pelaksana: {{{1}}}
        id: pelaksana: {{{1}}}
        en: a key in `pelaksana` must be a role id
        id: kunci di bawah `pelaksana` harus berupa id pelaksana
        en: pelaksana: {{{1}: JABATAN}}
        id: pelaksana: {{{1}: JABATAN}}
        en: {1} has no role `{2}`
        id: {1} tidak memiliki pelaksana `{2}`
        en: did you mean `{1}`? Its roles are {2}
        id: maksud Anda `{1}`? Pelaksana yang ada: {2}
        en: no jabatan has the id `{1}`
        id: tidak ada jabatan dengan id `{1}`
        en: the jabatan are {1}; add it under `jabatan` if it is another
        id: jabatan yang ada: {1}; tambahkan di bawah `jabatan` jika itu jabatan lain
        en: role `{1}` ({2}) of {3} is filled by no jabatan
        id: pelaksana `{1}` ({2}) dalam {3} tidak diisi jabatan mana pun
        en: add `{1}: JABATAN` under `pelaksana`
        id: tambahkan `{1}: JABATAN` di bawah `pelaksana`

        # Office files: the changes (OfficeFileChanges)
        en: two changes are named “{1}” (the first at line {2})
        id: dua perubahan bernama “{1}” (yang pertama di baris {2})
        en: give each change its own name: `simulate` and `compare` tell them by it
        id: beri setiap perubahan namanya sendiri: `simulate` dan `compare` membedakannya dengan nama itu
        en: a change cannot be named “{1}”: the baseline is the office as the file writes it
        id: perubahan tidak boleh bernama “{1}”: skenario dasar adalah kantor sebagaimana ditulis dalam berkas
        en: name it after what it changes, such as `nama: tambah pokja`
        id: namai sesuai apa yang diubahnya, misalnya `nama: tambah pokja`
        en: give it one: `nama: tambah pokja`
        id: berikan nama: `nama: tambah pokja`
        en: `jabatan` in a change must map jabatan ids to numbers of people, not {1}
        id: `jabatan` dalam perubahan harus memetakan id jabatan ke jumlah pegawai, bukan {1}
        en: jabatan: {{pokja: 4}}
        id: jabatan: {{pokja: 4}}
        en: the jabatan are {1}
        id: jabatan yang ada: {1}
        en: give the number of people who hold the jabatan, such as `jabatan: {{{1}: 4}}`
        id: berikan jumlah pegawai yang memegang jabatan itu, misalnya `jabatan: {{{1}: 4}}`
        en: an edit of an SOP (perubahan.sop)
        id: perubahan SOP (perubahan.sop)
        en: an edit of an SOP needs `berkas`, the SOP's file as the office lists it
        id: setiap perubahan SOP memerlukan `berkas`, yaitu berkas SOP sebagaimana tercantum di daftar SOP kantor
        en: berkas: {1}
        id: berkas: {1}
        en: the change edits {1} twice
        id: perubahan ini mengubah {1} dua kali
        en: put all its edits of the SOP in one entry
        id: satukan semua perubahan SOP itu dalam satu entri
        en: the office lists no SOP {1}
        id: kantor tidak memuat SOP {1}
        en: its SOPs are {1}
        id: SOP yang ada: {1}
        """#
}
