/// Bahasa Indonesia, as a translator writes it (`CatalogueText`): formal Indonesian (PUEBI
/// spelling, "Anda" where a person is addressed) with the standard's own terms, as
/// docs/glossary.md lists them. IndonesianCatalogueTests checks that every pair keeps its
/// placeholders and uses the glossary's terms; IndonesianSessionTests that a trainer's whole
/// session (Tests/Catalogue/indonesian-session.sopsh) finds a translation for every pattern.
enum IndonesianCatalogue {
    /// Every part of the catalogue, one file for each part of sopsh, so that a translator
    /// reads a part's patterns beside each other.
    static let texts = [
        text, commandLineText, documentsText, commandsText, simulationText, languageText, checksText, workloadText, officeText
    ]

    static let text = #"""
        # Choosing the language
        en: {1} is not a language sopsh speaks; it knows {2}
        id: {1} bukan bahasa yang dikenal sopsh; sopsh mengenal {2}
        en: Language: {1} ({2}); sopsh knows {3}
        id: Bahasa: {1} ({2}); sopsh mengenal {3}

        # Opening and saving an SOP
        en: Opened {1}: {2}\n{3}; {4}{5}
        id: Membuka {1}: {2}\n{3}; {4}{5}
        en: 1 step
        id: 1 langkah
        en: {1} steps
        id: {1} langkah
        en: 1 role
        id: 1 pelaksana
        en: {1} roles
        id: {1} pelaksana
        en: " — `check` lists them"
        id: " — `check` menampilkan daftarnya"
        en: " — a draft: `check` lists what to fix"
        id: " — masih draf: `check` menampilkan apa yang perlu diperbaiki"
        en: Saved {1}
        id: Tersimpan: {1}
        en: \nThe run that was going on is closed; `resume` brings it back.
        id: \nLatihan yang sedang berjalan ditutup; `resume` memulihkannya.

        # Findings of `check`: severities and counts
        en: error
        id: kesalahan
        en: warning
        id: peringatan
        en: note
        id: catatan
        en: \n  hint: {1}
        id: \n  saran: {1}
        en: 1 error
        id: 1 kesalahan
        en: {1} errors
        id: {1} kesalahan
        en: 1 warning
        id: 1 peringatan
        en: {1} warnings
        id: {1} peringatan
        en: 1 note
        id: 1 catatan
        en: {1} notes
        id: {1} catatan

        # Findings of `check`: what is wrong
        en: step {1}
        id: langkah {1}
        en: steps {1} and {2}
        id: langkah {1} dan {2}
        en: steps {1}, {2} and {3}
        id: langkah {1}, {2}, dan {3}
        en: no role carries out this step
        id: tidak ada pelaksana yang melaksanakan langkah ini
        en: assign one: `assign {1} {2}` (roles: {3})
        id: tetapkan satu: `assign {1} {2}` (pelaksana: {3})
        en: the step has no Uraian Kegiatan
        id: langkah ini tidak memiliki Uraian Kegiatan
        en: write the decision's own verb, such as `Memeriksa rancangan …`; extraction from a PDF often loses it
        id: tuliskan kata kerja keputusan itu sendiri, misalnya `Memeriksa rancangan …`; ekstraksi dari PDF sering menghilangkannya
        en: step {1} is missing: the numbering goes from {2} to {3}
        id: langkah {1} tidak ada: penomoran melompat dari {2} ke {3}
        en: steps {1} to {2} are missing: the numbering goes from {3} to {4}
        id: langkah {1} sampai {2} tidak ada: penomoran melompat dari {3} ke {4}
        en: add the missing step, or renumber the steps that follow
        id: tambahkan langkah yang tidak ada, atau nomori ulang langkah-langkah berikutnya
        en: the step needs “{1}”, which no earlier step produces
        id: langkah ini memerlukan “{1}”, yang tidak dihasilkan oleh langkah sebelumnya mana pun
        en: the step needs “{1}”, which no earlier step produces ({2})
        id: langkah ini memerlukan “{1}”, yang tidak dihasilkan oleh langkah sebelumnya mana pun ({2})
        en: {1} produces “{2}”
        id: {1} menghasilkan “{2}”
        en: make the requirement name the document the step before hands over, or correct that step's output
        id: sesuaikan persyaratan dengan nama dokumen yang diserahkan langkah sebelumnya, atau perbaiki output langkah itu
        en: the step has no Output
        id: langkah ini tidak memiliki Output
        en: write the document or result the step produces
        id: tuliskan dokumen atau hasil yang dihasilkan langkah ini
        en: the step has no standard time (Waktu)
        id: langkah ini tidak memiliki waktu baku (Waktu)
        en: set one: `set-time {1} "1 jam"`, or write `Sesuai kebutuhan`
        id: tetapkan satu: `set-time {1} "1 jam"`, atau tulis `Sesuai kebutuhan`
        en: the answer “{1}” leads nowhere
        id: jawaban “{1}” tidak mengarah ke mana pun
        en: link it: `link {1} {2} STEP` (a step number or `selesai`)
        id: hubungkan jawaban itu: `link {1} {2} STEP` (nomor langkah atau `selesai`)

        # Findings of reading a table text (an SOP extracted from its PDF)
        en: the unnumbered step at row {1}
        id: langkah tanpa nomor pada baris {1}
        en: no role column is marked in any row (the drawn symbols were lost from the text), so the executors must be assigned
        id: tidak ada kolom pelaksana yang ditandai di baris mana pun (simbol gambarnya hilang dari teks), jadi pelaksananya harus ditetapkan
        en: assign STEP ROLE… for each step, e.g. `assign {1} {2}`
        id: tetapkan pelaksana dengan `assign STEP ROLE…` untuk setiap langkah, misalnya `assign {1} {2}`
        en: the activity holds only the decision's answers: the question it decides was lost
        id: uraian kegiatan hanya memuat jawaban keputusan: pertanyaan yang diputuskannya hilang
        en: write what is decided before the answers in Uraian Kegiatan: "Memeriksa … {1}"
        id: tuliskan apa yang diputuskan sebelum jawaban-jawabannya di Uraian Kegiatan: "Memeriksa … {1}"
        en: step {1} was read as a decision, but the text does not say where its answers lead, so their targets must be linked
        id: langkah {1} terbaca sebagai keputusan, tetapi teksnya tidak menyebutkan ke mana jawaban keputusan itu mengarah, jadi tujuannya harus dihubungkan
        en: steps {1} and {2} were read as decisions, but the text does not say where their answers lead, so their targets must be linked
        id: langkah {1} dan {2} terbaca sebagai keputusan, tetapi teksnya tidak menyebutkan ke mana jawaban-jawabannya mengarah, jadi tujuannya harus dihubungkan
        en: steps {1}, {2} and {3} were read as decisions, but the text does not say where their answers lead, so their targets must be linked
        id: langkah {1}, {2}, dan {3} terbaca sebagai keputusan, tetapi teksnya tidak menyebutkan ke mana jawaban-jawabannya mengarah, jadi tujuannya harus dihubungkan
        en: link STEP ANSWER TARGET for each answer, TARGET being a step number or `selesai`
        id: hubungkan dengan `link STEP ANSWER TARGET` untuk setiap jawaban, dengan TARGET berupa nomor langkah atau `selesai`

        # Editing the SOP
        en: Step {1}: {2}
        id: Langkah {1}: {2}
        en: “{1}” is not a time: {2}
        id: “{1}” bukan waktu: {2}
        en: write it like 30 menit, 1 jam 30 menit, 1-2 jam, 3 hari kerja or Sesuai kebutuhan
        id: tuliskan seperti 30 menit, 1 jam 30 menit, 1-2 jam, 3 hari kerja, atau Sesuai kebutuhan
        en: there is no step {1} to lead to
        id: tidak ada langkah {1} yang dapat dituju

        # The standard's own words: table headings and field labels, already Indonesian
        en: Alur
        id: Alur
        en: Dasar Hukum
        id: Dasar Hukum
        en: Disahkan oleh
        id: Disahkan oleh
        en: Dokumen
        id: Dokumen
        en: Id
        id: Id
        en: Instansi
        id: Instansi
        en: Jabatan
        id: Jabatan
        en: Jam
        id: Jam
        en: Jawaban
        id: Jawaban
        en: Judul SOP
        id: Judul SOP
        en: Jumlah
        id: Jumlah
        en: Kasus
        id: Kasus
        en: Ke
        id: Ke
        en: Keputusan
        id: Keputusan
        en: Keterkaitan
        id: Keterkaitan
        en: Kualifikasi
        id: Kualifikasi
        en: Lama
        id: Lama
        en: Langkah
        id: Langkah
        en: Menyimpang
        id: Menyimpang
        en: Mulai
        id: Mulai
        en: Mutu Baku
        id: Mutu Baku
        en: NIP
        id: NIP
        en: Nama
        id: Nama
        en: No
        id: No
        en: Nomor SOP
        id: Nomor SOP
        en: Oleh
        id: Oleh
        en: Output
        id: Output
        en: Pelaksana
        id: Pelaksana
        en: Pencatatan dan Pendataan
        id: Pencatatan dan Pendataan
        en: Peralatan/Perlengkapan
        id: Peralatan/Perlengkapan
        en: Peringatan
        id: Peringatan
        en: Persyaratan/Kelengkapan
        id: Persyaratan/Kelengkapan
        en: Selesai
        id: Selesai
        en: Siap
        id: Siap
        en: Tanggal Efektif
        id: Tanggal Efektif
        en: Tanggal Pembuatan
        id: Tanggal Pembuatan
        en: Tanggal Revisi
        id: Tanggal Revisi
        en: Tunggu
        id: Tunggu
        en: Uraian Kegiatan
        id: Uraian Kegiatan
        en: Versi
        id: Versi
        en: Waktu
        id: Waktu
        en: Keterangan
        id: Keterangan

        # Field labels of records (`status`, `cases`)
        en: name
        id: nama
        en: started
        id: dimulai
        en: clock
        id: waktu kasus
        en: step
        id: langkah
        en: waiting for
        id: menunggu
        en: finished
        id: selesai
        en: lead time
        id: waktu penyelesaian
        en: standard time
        id: waktu baku
        en: steps done
        id: langkah selesai
        en: overruns
        id: melebihi waktu
        en: exceeds standard
        id: melampaui waktu baku

        # Training runs: cases, roles, steps and decisions
        en: Case {1} started {2}; first: step {3} ({4})
        id: Kasus {1} dimulai {2}; langkah pertama: langkah {3} ({4})
        en: Case {1} started {2}; first: the end
        id: Kasus {1} dimulai {2}; langkah pertama: selesai
        en: Acting as {1} ({2})
        id: Bertindak sebagai {1} ({2})
        en: step {1} done by {2}, {3}
        id: langkah {1} dilaksanakan oleh {2}, {3}
        en: step {1} decided “{2}” by {3}, {4}
        id: langkah {1} diputuskan “{2}” oleh {3}, {4}
        en: " and "
        id: " dan "
        en: "  next: step {1} — {2}"
        id: "  berikutnya: langkah {1} — {2}"
        en: "  the case is finished: lead time {1} of working time, standard {2}"
        id: "  kasus selesai: waktu penyelesaian {1} dalam jam kerja, waktu baku {2}"
        en: {1} has nothing to do now
        id: {1} tidak memiliki tugas saat ini
        en: {1} does not carry out step {2}: {3} does
        id: {1} tidak melaksanakan langkah {2}: langkah itu dilaksanakan oleh {3}
        en: step {1} is not ready: case {2} is at step {3}
        id: langkah {1} belum siap: kasus {2} berada di langkah {3}
        en: instead: {1}
        id: sebagai gantinya: {1}
        en: step {1} ({2})
        id: langkah {1} ({2})
        en: start a new case
        id: mulai kasus baru
        en: no case has been started
        id: belum ada kasus yang dimulai
        en: start one: start, or start kasus1 at 2026-03-02T07:30
        id: mulailah satu kasus: start, atau start kasus1 at 2026-03-02T07:30
        en: {1} has unsaved changes; a run follows the SOP as saved
        id: {1} memiliki perubahan yang belum disimpan; latihan mengikuti SOP sebagaimana tersimpan
        en: save it first (`save`), then start
        id: simpan dulu (`save`), lalu mulai
        en: the SOP is a draft with 1 error (`check` lists them): a case cannot run through it until they are fixed and the SOP saved
        id: SOP ini masih draf dengan 1 kesalahan (`check` menampilkan daftarnya): kasus tidak dapat berjalan sebelum kesalahan itu diperbaiki dan SOP disimpan
        en: the SOP is a draft with {1} errors (`check` lists them): a case cannot run through it until they are fixed and the SOP saved
        id: SOP ini masih draf dengan {1} kesalahan (`check` menampilkan daftarnya): kasus tidak dapat berjalan sebelum kesalahan-kesalahan itu diperbaiki dan SOP disimpan
        en: Undone: {1}
        id: Dibatalkan: {1}
        en: waiting {1} in {2}
        id: menunggu {1} di {2}
        en: {1} working hours a week; 1 hari = {2} jam
        id: {1} jam kerja seminggu; 1 hari = {2} jam
        en: No holidays
        id: Tidak ada hari libur
        en: closed
        id: tutup
        en: Saved the run ({1} actions) to {2}
        id: Latihan ({1} tindakan) disimpan ke {2}
        en: Run of {1} brought back: 1 case
        id: Latihan {1} dipulihkan: 1 kasus
        en: Run of {1} brought back: {2} cases
        id: Latihan {1} dipulihkan: {2} kasus
        en: {1}: at step {2}, {3}
        id: {1}: di langkah {2}, {3}
        en: {1}: finished {2}
        id: {1}: selesai {2}

        # Walking a case
        en: "  walk stopped at step {1}: no scripted answer is left for this decision"
        id: "  walk berhenti di langkah {1}: tidak ada lagi jawaban yang disiapkan untuk keputusan ini"
        en: "  go on with `decide ANSWER`, or `walk --answers "{1}"`"
        id: "  lanjutkan dengan jawaban: `decide ANSWER`, atau `walk --answers "{1}"`"

        # Timeline
        en: Case {1}: {2}, {3} → {4}, {5} working hours{6}
        id: Kasus {1}: {2}, {3} → {4}, {5} jam kerja{6}
        en: , in progress, clock {1}
        id: , sedang berjalan, waktu kasus {1}
        en: █ work  ┄ paused outside working time  ░ waiting for staff  ─ working time
        id: █ kerja  ┄ jeda di luar jam kerja  ░ menunggu pegawai  ─ jam kerja

        # Simulation report
        en: Scenario {1}: {2} of {3} cases finished in 1 replication, seed {4}{5}
        id: Skenario {1}: {2} dari {3} kasus selesai dalam 1 replikasi, seed {4}{5}
        en: Scenario {1}: {2} of {3} cases finished in {4} replications, seed {5}{6}
        id: Skenario {1}: {2} dari {3} kasus selesai dalam {4} replikasi, seed {5}{6}
        en: " (stopped early)"
        id: " (dihentikan lebih awal)"
        en: Assumed, since not given:
        id: Diasumsikan, karena tidak diberikan:
        en: arrivals: at random (Poisson), one a working day on average (--every, --rate, --interval, --at or --batch)
        id: kedatangan: acak (Poisson), rata-rata satu per hari kerja (--every, --rate, --interval, --at, atau --batch)
        en: decisions: no odds, so every decision takes its forward answer and no case is reworked (--decide {1}:2=30%)
        id: keputusan: tanpa peluang, jadi setiap keputusan mengambil jawaban majunya dan tidak ada kasus yang diulang (--decide {1}:2=30%)
        en: durations: every step takes exactly its standard time, without spread (--distribution exponential)
        id: durasi: setiap langkah memakan tepat waktu baku langkah itu, tanpa sebaran (--distribution exponential)
        en: staff: as many as each role's `jumlah` in the SOP (--staff ROLE=N)
        id: pegawai: sebanyak `jumlah` setiap pelaksana dalam SOP (--staff ROLE=N)
        en: Lead time, working hours:  mean {1}  p50 {2}  p90 {3}  p95 {4}  max {5}
        id: Waktu penyelesaian, jam kerja:  rata-rata {1}  p50 {2}  p90 {3}  p95 {4}  maks {5}
        en: Within standard time: {1}   waiting per case: {2} h   work in progress: {3} cases
        id: Dalam waktu baku: {1}   tunggu per kasus: {2} jam   pekerjaan berjalan: {3} kasus
        en: Rework: {1} loops back ({2} a case), cap {3} hit 1 time
        id: Pengulangan: {1} kali kembali ({2} per kasus), batas {3} tercapai 1 kali
        en: Rework: {1} loops back ({2} a case), cap {3} hit {4} times
        id: Pengulangan: {1} kali kembali ({2} per kasus), batas {3} tercapai {4} kali
        en: Bottleneck: {1}
        id: Hambatan utama: {1}
        en: Lead time, share of finished cases:
        id: Waktu penyelesaian, bagian dari kasus yang selesai:
        en: Lead time: no case finished
        id: Waktu penyelesaian: tidak ada kasus yang selesai
        en: {1}–{2} h
        id: {1}–{2} jam
        en: > {1} h
        id: > {1} jam
        en: Utilisation per role:
        id: Utilisasi per pelaksana:

        # Simulation: an overloaded role
        en: ⚠ overloaded: offered load of {1}: queues will grow for as long as cases arrive (the report says what to change)
        id: ⚠ kelebihan beban: beban kerja {1}: antrean akan terus bertambah selama kasus berdatangan (laporan menyebutkan apa yang perlu diubah)
        en: {1} at {2}
        id: {1} sebesar {2}
        en: ⚠ overloaded: work arrives faster than it can be done. Offered load of {1}
        id: ⚠ kelebihan beban: pekerjaan datang lebih cepat daripada yang dapat diselesaikan. Beban kerja {1}
        en: "  and of {1}"
        id: "  dan {1}"
        en: {1} ({2}) at {3}: {4} cases an hour × {5} h of work a case ÷ {6} staff
        id: {1} ({2}) sebesar {3}: {4} kasus per jam × {5} jam kerja per kasus ÷ {6} pegawai
        en: "  At a load of 1 or more the queues grow for as long as cases arrive: the lead times and shares below measure how long the run was, not the procedure."
        id: "  Pada beban 1 atau lebih, antrean terus bertambah selama kasus berdatangan: waktu penyelesaian dan persentase di bawah ini mengukur lamanya simulasi berjalan, bukan prosedurnya."
        en: "  To change it: more staff (--staff {1}, or `pegawai:` in a scenario file), or arrivals further apart (--every {2}h or more, or `kedatangan: {{selang: …}}`)."
        id: "  Untuk mengubahnya: tambah pegawai (--staff {1}, atau `pegawai:` dalam berkas skenario), atau jarak kedatangan yang lebih panjang (--every {2}h atau lebih, atau `kedatangan: {{selang: …}}`)."
        en: "  To change it: more staff (--staff {1}, or `pegawai:` in a scenario file), or arrivals further apart (--every {2}h or more, or `kedatangan: {{selang: …}}`), or less rework (--decide)."
        id: "  Untuk mengubahnya: tambah pegawai (--staff {1}, atau `pegawai:` dalam berkas skenario), atau jarak kedatangan yang lebih panjang (--every {2}h atau lebih, atau `kedatangan: {{selang: …}}`), atau kurangi pengulangan (--decide)."

        # Comparing scenarios
        en: Compared with {1}, seed {2}, 1 replication each:
        id: Dibandingkan dengan {1}, seed {2}, masing-masing 1 replikasi:
        en: Compared with {1}, seed {2}, {3} replications each:
        id: Dibandingkan dengan {1}, seed {2}, masing-masing {3} replikasi:
        en: Metric
        id: Ukuran
        en: lead time, mean
        id: waktu penyelesaian, rata-rata
        en: lead time, p50
        id: waktu penyelesaian, p50
        en: lead time, p90
        id: waktu penyelesaian, p90
        en: lead time, p95
        id: waktu penyelesaian, p95
        en: waiting per case
        id: tunggu per kasus
        en: within standard time
        id: dalam waktu baku
        en: work in progress
        id: pekerjaan berjalan
        en: rework per case
        id: pengulangan per kasus
        en: utilisation, {1}
        id: utilisasi, {1}
        en: Times in working hours; ± is the 95% interval across replications; * marks a change whose intervals do not overlap.
        id: Waktu dalam jam kerja; ± adalah interval 95% di antara replikasi; * menandai perubahan yang intervalnya tidak saling tumpang-tindih.

        # Mistyped commands, flags and arguments
        en: unknown command `{1}`
        id: perintah `{1}` tidak dikenal
        en: did you mean `{1}`?
        id: maksud Anda `{1}`?
        en: did you mean --{1}?
        id: maksud Anda --{1}?
        en: `help` lists the commands
        id: `help` menampilkan daftar perintah
        en: there is no command `{1}`
        id: tidak ada perintah `{1}`
        en: `{1}` has no flag --{2}
        id: `{1}` tidak memiliki opsi --{2}
        en: usage: {1}
        id: penggunaan: {1}
        en: too few arguments for `{1}`
        id: argumen untuk `{1}` terlalu sedikit
        en: too many arguments for `{1}`
        id: argumen untuk `{1}` terlalu banyak
        en: there is no step {1}
        id: tidak ada langkah {1}
        en: the steps are: {1}
        id: langkah-langkahnya: {1}
        en: there is no role `{1}`
        id: tidak ada pelaksana `{1}`
        en: the roles are: {1}
        id: pelaksana yang ada: {1}
        en: there is no export format `{1}`
        id: tidak ada format ekspor `{1}`
        en: the formats are: {1}
        id: formatnya: {1}
        en: write the number in digits: {1} instead of '{2}'
        id: tuliskan angkanya dengan digit: {1}, bukan '{2}'

        # Errors of the script language
        en: `{1}` is not defined
        id: `{1}` belum didefinisikan
        en: declare it with `let {1} = …`, or check its spelling
        id: deklarasikan dengan `let {1} = …`, atau periksa ejaannya
        en: division by zero
        id: pembagian dengan nol
        en: check that the divisor is not 0 before dividing
        id: pastikan pembaginya bukan 0 sebelum membagi
        en: `{1}` takes 1 argument, not {2}
        id: `{1}` menerima 1 argumen, bukan {2}
        en: `{1}` takes {2} arguments, not {3}
        id: `{1}` menerima {2} argumen, bukan {3}
        en: `{1}` takes {2} to 1 argument, not {3}
        id: `{1}` menerima {2} sampai 1 argumen, bukan {3}
        en: `{1}` takes {2} to {3} arguments, not {4}
        id: `{1}` menerima {2} sampai {3} argumen, bukan {4}
        en: docs/language.md lists each built-in function with its arguments
        id: docs/language.md memuat setiap fungsi bawaan bahasa skrip beserta argumennya

        # Help: the overview
        en: sopsh: open, check, fix and save Standard Operating Procedures (SOP AP).
        id: sopsh: membuka, memeriksa, memperbaiki, dan menyimpan Standar Operasional Prosedur (SOP AP).
        en: Documents
        id: Dokumen SOP
        en: Viewing
        id: Melihat
        en: Editing
        id: Menyunting
        en: Training runs
        id: Latihan
        en: Shell
        id: Shell
        en: {1}:
        id: {1}:
        en: Every command takes --json. `help COMMAND` explains one.
        id: Setiap perintah menerima --json. `help COMMAND` menjelaskan satu perintah.
        en: Statements are separated by new lines or `;`; `#` starts a comment.
        id: Pernyataan dipisahkan oleh baris baru atau `;`; `#` mengawali komentar.

        # Help: the parts of a command's page
        en: aliases: {1}
        id: nama lain: {1}
        en: flags:
        id: opsi:
        en: examples:
        id: contoh:
        en: print the result as JSON
        id: cetak hasilnya sebagai JSON

        # Help: what each command does, in one line
        en: open an SOP file (a signed PDF, our YAML, or the standard's table text)
        id: membuka berkas SOP (PDF bertanda tangan, YAML sopsh, atau teks tabel sesuai standar)
        en: write the open SOP as YAML, atomically
        id: menulis SOP yang terbuka sebagai YAML, secara atomik
        en: list what is wrong with the open SOP (or FILE), with hints
        id: menampilkan apa yang salah pada SOP yang terbuka (atau berkas FILE), beserta saran
        en: write the SOP, or the run's event log, to a file in another format
        id: menulis SOP, atau log peristiwa latihan, ke berkas dalam format lain
        en: show the identity part (cover) of the open SOP
        id: menampilkan bagian identitas (sampul) SOP yang terbuka
        en: list the roles (Pelaksana) with their ids, staff and steps
        id: menampilkan daftar pelaksana (Pelaksana) beserta id, pegawai, dan langkah masing-masing
        en: list the steps: activity, executors, time, output and where each leads
        id: menampilkan daftar langkah: kegiatan, pelaksana, waktu, output, dan ke mana setiap langkah mengarah
        en: show one step in full
        id: menampilkan satu langkah secara lengkap
        en: draw the flowchart: a lane per role, boxes, diamonds, arrows, loops back
        id: menggambar diagram alir: satu lajur per pelaksana, kotak, belah ketupat, panah, putaran balik
        en: set the role(s) that carry out a step
        id: menetapkan pelaksana suatu langkah
        en: say where an answer of a decision (or a step) leads
        id: menetapkan ke mana jawaban suatu keputusan (atau suatu langkah) mengarah
        en: set a step's standard time (Waktu)
        id: menetapkan waktu baku suatu langkah (Waktu)
        en: start a case of the open SOP (at the next working morning, or at a given time)
        id: memulai kasus pada SOP yang terbuka (pada pagi hari kerja berikutnya, atau pada waktu tertentu)
        en: list the cases of the run
        id: menampilkan daftar kasus dalam latihan
        en: choose the case that do, decide and status act on
        id: memilih kasus yang menjadi sasaran do, decide, dan status
        en: act as a role (its id, its name, or the beginning of either)
        id: bertindak sebagai pelaksana (id-nya, namanya, atau awal dari salah satunya)
        en: what the current role may do now, in every case
        id: apa yang dapat dilakukan pelaksana saat ini, di setiap kasus
        en: which roles have something to do now
        id: pelaksana mana yang memiliki tugas saat ini
        en: carry out a step as the current role (by default its one ready step)
        id: melaksanakan langkah sebagai pelaksana saat ini (secara bawaan, satu-satunya langkahnya yang siap)
        en: answer the current decision as the current role
        id: memberikan jawaban atas keputusan saat ini sebagai pelaksana saat ini
        en: the documents of the current case, with their versions
        id: dokumen kasus saat ini, beserta versinya
        en: where the current case stands
        id: posisi kasus saat ini
        en: every step of the current case: who, when, how long, which answer
        id: setiap langkah kasus saat ini: siapa, kapan, berapa lama, jawaban apa
        en: take back the last action of the run (again and again)
        id: membatalkan tindakan terakhir latihan (dapat diulang terus)
        en: explain a step: who, what, with what, producing what, how long, the warnings
        id: menjelaskan langkah: siapa, apa, dengan apa, menghasilkan apa, berapa lama, dan peringatan
        en: the flow of the procedure with the current case's place marked
        id: alur prosedur dengan posisi kasus saat ini ditandai
        en: the current case's time on the calendar
        id: waktu kasus saat ini pada kalender
        en: let working time pass in the current case
        id: melewatkan jam kerja pada kasus saat ini
        en: show or change the work calendar (hours, breaks, days, holidays, 24-hour mode)
        id: menampilkan atau mengubah kalender kerja (jam, istirahat, hari, hari libur, mode 24 jam)
        en: play the current case through with narration, for a room (pauses, asks at decisions)
        id: memainkan kasus saat ini sampai selesai dengan narasi, untuk ruang kelas (berhenti sejenak, bertanya di setiap keputusan)
        en: bring back the run that was going on (after a crash or a closed terminal)
        id: memulihkan latihan yang sedang berjalan (setelah program terhenti atau terminal tertutup)
        en: keep the run in a file, to replay it for a later class
        id: menyimpan latihan dalam berkas, untuk diputar ulang di kelas berikutnya
        en: play a saved run again: its SOP, its cases, step by step
        id: memutar ulang latihan yang tersimpan: SOP-nya, kasus-kasusnya, langkah demi langkah
        en: simulate many cases: lead times, waiting, workload per role, the bottleneck
        id: menyimulasikan banyak kasus: waktu penyelesaian, waktu tunggu, beban kerja per pelaksana, hambatan utama
        en: simulate a scenario file's scenarios and show them side by side
        id: menyimulasikan skenario-skenario dalam berkas skenario dan menampilkannya berdampingan
        en: draw a case as a Gantt chart by role on the calendar
        id: menggambar kasus sebagai bagan Gantt per pelaksana pada kalender
        en: list the commands, or explain one
        id: menampilkan daftar perintah, atau menjelaskan satu perintah
        en: print values: text as it is, other values as the language writes them
        id: mencetak nilai: teks apa adanya, nilai lain sebagaimana bahasa skrip menuliskannya
        en: run a host program (only with sopsh --allow-exec)
        id: menjalankan program di komputer (hanya dengan sopsh --allow-exec)
        en: leave sopsh (with an exit status)
        id: keluar dari sopsh (dengan status keluar)
        en: show or switch the language sopsh speaks (en, id)
        id: menampilkan atau mengganti bahasa yang digunakan sopsh (en, id)

        # Help: flags
        en: discard unsaved changes of the open SOP
        id: buang perubahan SOP terbuka yang belum disimpan
        en: the identity part and the flowchart table in Markdown
        id: bagian identitas dan tabel diagram alir dalam Markdown
        en: the official form (identity part and flowchart table), one HTML page, printable on A4 landscape
        id: bentuk resmi (bagian identitas dan tabel diagram alir), satu halaman HTML, dapat dicetak pada A4 melintang
        en: the swimlane flowchart alone, as an SVG picture
        id: diagram alir berlajur saja, sebagai gambar SVG
        en: Graphviz DOT, a cluster per role (draw it with dot -Tsvg)
        id: Graphviz DOT, satu klaster per pelaksana (gambar dengan dot -Tsvg)
        en: a Mermaid flowchart, a subgraph per role (GitHub, GitLab, wikis)
        id: diagram alir Mermaid, satu subgraf per pelaksana (GitHub, GitLab, wiki)
        en: BPMN 2.0 XML with lanes and diagram layout (bpmn.io, Camunda Modeler)
        id: XML BPMN 2.0 dengan lajur dan tata letak diagram (bpmn.io, Camunda Modeler)
        en: the run's event log as CSV (case, step, activity, role, start, end, answer)
        id: log peristiwa latihan sebagai CSV (kasus, langkah, kegiatan, pelaksana, mulai, selesai, jawaban)
        en: the run's event log as XES (IEEE 1849), for process-mining tools
        id: log peristiwa latihan sebagai XES (IEEE 1849), untuk perangkat process mining
        en: csv and xes: the clock's offset from UTC, such as +07:00
        id: csv dan xes: selisih jam dari UTC, misalnya +07:00
        en: draw for N columns instead of the terminal's width
        id: gambar untuk N kolom, bukan selebar terminal
        en: highlight where this case of the run is
        id: sorot posisi kasus latihan ini
        en: the time it actually took
        id: waktu yang sebenarnya diperlukan
        en: every case, not only the current one
        id: semua kasus, tidak hanya kasus saat ini
        en: the answers to give at the decisions, in order
        id: jawaban yang diberikan pada keputusan-keputusan, secara berurutan
        en: do not wait for Enter between steps
        id: jangan menunggu Enter di antara langkah
        en: the time a step without a standard time takes
        id: waktu yang diperlukan langkah tanpa waktu baku
        en: cases per replication (default 1000, or the file's)
        id: kasus per replikasi (bawaan 1000, atau sesuai berkas)
        en: Poisson arrivals, one every DURATION on average (default 1d)
        id: kedatangan Poisson, rata-rata satu setiap DURATION (bawaan 1d)
        en: Poisson arrivals, N per hour, day, week or month (20/month)
        id: kedatangan Poisson, N per jam, hari, minggu, atau bulan (20/month)
        en: one case exactly every DURATION
        id: satu kasus tepat setiap DURATION
        en: one case at each date and time, such as 2026-03-02T07:30
        id: satu kasus pada setiap tanggal dan waktu, misalnya 2026-03-02T07:30
        en: N cases all at once at the start
        id: N kasus sekaligus di awal
        en: X times as many arrivals per unit of time (1.5: half again)
        id: kedatangan X kali lipat per satuan waktu (1.5: satu setengah kali)
        en: arrivals stop after this much working time (or at --cases)
        id: kedatangan berhenti setelah jam kerja sebanyak ini (atau setelah jumlah kasus --cases)
        en: people per role instead of the SOP's
        id: jumlah orang per pelaksana, menggantikan jumlah dalam SOP
        en: who does a step instead of the SOP's executors
        id: siapa yang melaksanakan langkah, menggantikan pelaksana dalam SOP
        en: fixed, uniform, triangular, exponential, lognormal or normal
        id: fixed, uniform, triangular, exponential, lognormal, atau normal
        en: the width around the standard time (default 0.5)
        id: lebar sebaran di sekitar waktu baku (bawaan 0.5)
        en: how a range such as 1-2 jam is drawn (default uniform)
        id: cara rentang seperti 1-2 jam diundi (bawaan uniform)
        en: a step's own time (needed by a step “Sesuai kebutuhan”)
        id: waktu khusus suatu langkah (diperlukan langkah “Sesuai kebutuhan”)
        en: an answer's probability, 0.3 or 30%; forward answers share the rest
        id: peluang suatu jawaban, 0.3 atau 30%; jawaban maju berbagi sisanya
        en: reworks allowed per case, then the shortest way out (default 10)
        id: pengulangan yang diizinkan per kasus, lalu jalan keluar terpendek (bawaan 10)
        en: kinds of case: share of the arrivals, priority (higher first)
        id: jenis kasus: bagian dari kedatangan, prioritas (yang lebih tinggi didahulukan)
        en: take steps out of the procedure
        id: keluarkan langkah dari prosedur
        en: do two steps as one (the first leads straight to the second)
        id: laksanakan dua langkah sebagai satu (langkah pertama langsung mengarah ke langkah kedua)
        en: the work calendar or a calendar file (default: the session's)
        id: kalender kerja atau berkas kalender (bawaan: kalender sesi)
        en: when the simulated period begins (default Mon 2026-01-05)
        id: awal periode yang disimulasikan (bawaan Sen 2026-01-05)
        en: independent runs (default 5, or the file's)
        id: jumlah replikasi independen (bawaan 5, atau sesuai berkas)
        en: the random seed (default 1, or the file's)
        id: seed acak (bawaan 1, atau sesuai berkas)
        en: threads to spread replications over (default: every core)
        id: jumlah thread untuk membagi replikasi (bawaan: semua inti prosesor)
        en: which scenario of the file to run (default its baseline)
        id: skenario mana dari berkas yang dijalankan (bawaan: skenario dasarnya)
        en: write every step of every case to FILE (.csv or .xes)
        id: tulis setiap langkah setiap kasus ke berkas FILE (.csv atau .xes)
        en: write the report as one HTML page
        id: tulis laporan sebagai satu halaman HTML
        en: write the comparison and the reports as one HTML page
        id: tulis perbandingan dan laporan-laporannya sebagai satu halaman HTML
        en: case N of the last simulation's first replication
        id: kasus N dari replikasi pertama simulasi terakhir

        # Help: what each command does, in full
        en: Reads FILE as an SOP: a signed PDF in the standard's form (its flowchart gives who does each step and where it leads; docs/import.md), a .yaml file in sopsh's format, or the table text of an SOP (.txt). A draft with problems still opens; `check` lists them. Refuses to replace an SOP with unsaved changes unless --force is given.
        id: Membaca berkas FILE sebagai SOP: PDF bertanda tangan dalam bentuk standar (diagram alir PDF itu menunjukkan siapa yang melaksanakan setiap langkah dan ke mana langkah itu mengarah; docs/import.md), berkas .yaml dalam format sopsh, atau teks tabel suatu SOP (.txt). Draf yang masih bermasalah tetap dapat dibuka; `check` menampilkan masalahnya. Menolak menggantikan SOP yang memiliki perubahan belum disimpan, kecuali diberikan --force.
        en: Writes the open SOP in sopsh's YAML format to FILE, or back to the YAML file it was opened from. The file is replaced in one step (a temporary file, then a rename), so a crash never leaves half a file. An SOP opened from table text must be saved under a new .yaml name.
        id: Menulis SOP yang terbuka dalam format YAML sopsh ke berkas FILE, atau kembali ke berkas YAML asal SOP itu dibuka. Berkas diganti dalam satu langkah (berkas sementara, lalu diganti nama), sehingga program yang terhenti tidak pernah meninggalkan berkas setengah jadi. SOP yang dibuka dari teks tabel harus disimpan dengan nama .yaml yang baru.
        en: Checks the open SOP, or FILE without opening it: numbering, executors and roles, decisions and their answers, steps no path reaches, loops with no way out, times and outputs, the identity part, and hand-offs where a step needs a document no earlier step produces. Each finding has a severity (error, warning, note), a place, and a hint. An office file is checked with the SOPs it names.
        id: Memeriksa SOP yang terbuka, atau berkas FILE tanpa membukanya: penomoran, pelaksana, keputusan beserta jawaban-jawabannya, langkah yang tidak tercapai oleh jalur mana pun, putaran tanpa jalan keluar, waktu dan output, bagian identitas, serta serah terima ketika suatu langkah memerlukan dokumen yang tidak dihasilkan langkah sebelumnya. Setiap temuan memiliki tingkat (kesalahan, peringatan, catatan), letak, dan saran. Berkas kantor diperiksa beserta SOP-SOP yang disebutnya.
        en: Writes FILE atomically (a reader sees the old file or the new one, never a part), the same bytes for the same input. FORMAT is one of: {1}. csv and xes write the cases of the current run; --zone gives the office clock's offset from UTC (+07:00 WIB, +08:00 WITA, +09:00 WIT), which the times otherwise go without.
        id: Menulis berkas FILE secara atomik (pembaca melihat berkas lama atau berkas baru, tidak pernah sebagian), dengan bita yang sama untuk masukan yang sama. FORMAT adalah salah satu dari: {1}. csv dan xes menulis kasus-kasus latihan saat ini; --zone memberikan selisih jam kantor dari UTC (+07:00 WIB, +08:00 WITA, +09:00 WIT), yang jika tidak diberikan, waktu ditulis tanpa selisih.
        en: Shows the cover of the open SOP: unit, number, dates, who signed it, title, legal basis, related SOPs, equipment, warnings and records.
        id: Menampilkan sampul SOP yang terbuka: unit kerja, nomor, tanggal, penanda tangan, judul, dasar hukum, SOP terkait, peralatan, peringatan, serta pencatatan dan pendataan.
        en: Lists the roles in the flowchart's column order: the short id to type, the name as written, how many people hold the role, and the steps it carries out.
        id: Menampilkan daftar pelaksana sesuai urutan kolom diagram alir: id singkat untuk diketik, nama sebagaimana tertulis, jumlah orang yang memegang peran itu, dan langkah-langkah yang dilaksanakannya.
        en: Lists the steps of the flowchart table in order, with the executors' ids, the standard time, the output and the flow after each step (decisions show each answer and where it leads; `?` where a draft does not say).
        id: Menampilkan langkah-langkah tabel diagram alir secara berurutan, beserta id pelaksana, waktu baku, output, dan alur setelah setiap langkah (keputusan menunjukkan setiap jawaban dan ke mana jawaban itu mengarah; `?` jika draf tidak menyebutkannya).
        en: Shows everything about one step: activity, executors by name, the Mutu Baku (requirements, time, output), notes, and where the flow goes after it.
        id: Menampilkan segala hal tentang satu langkah: kegiatan, nama pelaksana, Mutu Baku (persyaratan/kelengkapan, waktu, output), keterangan, dan ke mana alur berlanjut setelahnya.
        en: Draws the open SOP's flowchart as the standard does, fitted to the terminal's width: a lane per role, the first and last activities as rounded capsules, process boxes, decisions as diamonds with their answers beside their arrows, arrows (▼) into each step and loops back (▲) for rework along the lanes' margins. Under it, a key gives each decision's answers and where they lead. While a run is going on, the step the current case (or --case NAME) is at is drawn in heavy lines. Narrow lanes show step numbers only, and the key lists the steps.
        id: Menggambar diagram alir SOP yang terbuka sebagaimana standar menggambarnya, disesuaikan dengan lebar terminal: satu lajur per pelaksana, kegiatan pertama dan terakhir sebagai kapsul bersudut bulat, kotak proses, keputusan sebagai belah ketupat dengan jawaban di samping panahnya, panah (▼) menuju setiap langkah, dan putaran balik (▲) untuk pengulangan di sepanjang tepi lajur. Di bawahnya, keterangan gambar memuat jawaban setiap keputusan dan ke mana jawaban itu mengarah. Selama latihan berjalan, langkah tempat kasus saat ini (atau --case NAME) berada digambar dengan garis tebal. Lajur yang sempit hanya menampilkan nomor langkah, dan keterangan gambar memuat daftar langkahnya.
        en: Makes ROLE the executor of STEP; several roles make a joint step. A role may be named by its id, its name (quoted when it has spaces) or an unambiguous beginning of either. Replaces the step's executors.
        id: Menjadikan pelaksana ROLE sebagai pelaksana langkah STEP; beberapa pelaksana menjadikannya langkah bersama. Pelaksana dapat disebut dengan id-nya, namanya (diapit tanda kutip jika mengandung spasi), atau awal yang tidak ambigu dari salah satunya. Menggantikan pelaksana langkah itu.
        en: For a decision, makes ANSWER (its label, quoted when it has spaces, or its position 1, 2, …) lead to TARGET: a step number or `selesai` for the end. For a process step, `link STEP TARGET` makes the flow go to TARGET instead of the step below.
        id: Untuk keputusan, membuat jawaban ANSWER (labelnya, diapit tanda kutip jika mengandung spasi, atau urutannya 1, 2, …) mengarah ke TARGET: nomor langkah atau `selesai` untuk akhir. Untuk langkah proses, `link STEP TARGET` membuat alur menuju TARGET, bukan ke langkah di bawahnya.
        en: Sets the standard time of STEP. TIME is written as SOPs write it (`1 jam`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja`, `Sesuai kebutuhan`) or in short form (`90m`, `1.5h`, `2d`), which is written into the SOP in its own words (`1 jam 30 menit`); the words may follow the step without quotes.
        id: Menetapkan waktu baku langkah STEP. TIME ditulis sebagaimana SOP menuliskannya (`1 jam`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja`, `Sesuai kebutuhan`) atau dalam bentuk singkat (`90m`, `1.5h`, `2d`), yang dituliskan ke dalam SOP dengan kata-katanya sendiri (`1 jam 30 menit`); kata-kata itu boleh ditulis setelah nomor langkah tanpa tanda kutip.
        en: Starts a case of the open SOP, named NAME (kasus1, kasus2, … by default), at DATE-TIME (2026-03-02T07:30) or else at the next working morning on the calendar. Several cases may run at once; `cases` lists them and `switch` chooses one. The run is journaled as it happens, so `resume` can bring it back after a crash.
        id: Memulai kasus pada SOP yang terbuka, bernama NAME (secara bawaan kasus1, kasus2, …), pada DATE-TIME (2026-03-02T07:30) atau pada pagi hari kerja berikutnya menurut kalender. Beberapa kasus dapat berjalan bersamaan; `cases` menampilkan daftarnya dan `switch` memilih salah satunya. Latihan dicatat dalam jurnal selama berlangsung, sehingga `resume` dapat memulihkannya setelah program terhenti.
        en: Lists every case with the step it is at, its clock, and its lead time so far. The current case is marked with *.
        id: Menampilkan setiap kasus beserta langkah tempatnya berada, waktu kasusnya, dan waktu penyelesaian sejauh ini. Kasus saat ini ditandai dengan *.
        en: Makes CASE the current case.
        id: Menjadikan kasus CASE sebagai kasus saat ini.
        en: Sets the role you act as: `do` and `decide` act for it, `todo` lists what it may do. ROLE is the role's short id, its name (quoted when it has spaces), or an unambiguous beginning of either.
        id: Menetapkan pelaksana yang Anda perankan: `do` dan `decide` bertindak atas namanya, `todo` menampilkan apa yang dapat dilakukannya. ROLE adalah id singkat pelaksana, namanya (diapit tanda kutip jika mengandung spasi), atau awal yang tidak ambigu dari salah satunya.
        en: Lists the steps the role you act as may carry out now, in every case, with what each needs and produces.
        id: Menampilkan langkah-langkah yang dapat dilaksanakan sekarang oleh pelaksana yang Anda perankan, di setiap kasus, beserta apa yang diperlukan dan dihasilkan setiap langkah.
        en: Lists, for every case still running, the roles that have something to do now.
        id: Menampilkan, untuk setiap kasus yang masih berjalan, pelaksana yang memiliki tugas saat ini.
        en: Carries out STEP of the current case as the role you act as; without STEP, the step the case is at. It takes the step's standard time on the calendar (the upper end of a range) unless --took gives the actual time. Refused, with the reason and what can be done instead, when the role is not the step's executor, the step is not ready, or it is a decision (use `decide`). A joint step needs each of its roles to do its part.
        id: Melaksanakan langkah STEP pada kasus saat ini sebagai pelaksana yang Anda perankan; tanpa STEP, langkah tempat kasus itu berada. Langkah memakan waktu baku langkah itu pada kalender (batas atas jika berupa rentang), kecuali --took memberikan waktu sebenarnya. Ditolak, beserta alasan dan apa yang dapat dilakukan sebagai gantinya, jika pelaksana itu bukan pelaksana langkah tersebut, langkahnya belum siap, atau langkahnya berupa keputusan (gunakan `decide`). Langkah bersama memerlukan setiap pelaksananya untuk mengerjakan bagiannya.
        en: Answers the decision the current case is at, as the role you act as: ANSWER is the answer's label (quoted when it has spaces), its number (1, 2, …), or the label's beginning. The case goes where that answer leads; a rework answer makes the steps after it produce new versions of their documents.
        id: Menjawab keputusan tempat kasus saat ini berada, sebagai pelaksana yang Anda perankan: ANSWER adalah label jawaban (diapit tanda kutip jika mengandung spasi), nomornya (1, 2, …), atau awal labelnya. Kasus berlanjut ke tempat yang dituju jawaban itu; jawaban pengulangan membuat langkah-langkah sesudahnya menghasilkan versi baru dokumennya.
        en: Lists the documents the current case has produced: each step's Output, the version (a step redone after rework makes a new one), who made it and when.
        id: Menampilkan dokumen yang telah dihasilkan kasus saat ini: Output setiap langkah, versinya (langkah yang dikerjakan ulang setelah pengulangan membuat versi baru), siapa yang membuatnya, dan kapan.
        en: Shows the current case: the step it is at and who must act, its clock, its lead time against the sum of the standard times of the steps it went through, and its deviations.
        id: Menampilkan kasus saat ini: langkah tempatnya berada dan siapa yang harus bertindak, waktu kasusnya, waktu penyelesaian kasus dibandingkan dengan jumlah waktu baku langkah-langkah yang telah dilaluinya, dan penyimpangannya.
        en: Lists every step the current case went through (with --all, every case's): who did it, when it began and ended on the calendar, how long it took against its Mutu Baku, the answer given, and whether it deviated from the standard.
        id: Menampilkan setiap langkah yang telah dilalui kasus saat ini (dengan --all, langkah semua kasus): siapa yang melaksanakannya, kapan mulai dan selesai menurut kalender, berapa lama dibandingkan dengan Mutu Baku-nya, jawaban yang diberikan, dan apakah menyimpang dari standar.
        en: Takes back the last action of the run (a start, a step, a decision, a wait), putting every case exactly as it was before it. Repeat to go further back.
        id: Membatalkan tindakan terakhir latihan (memulai kasus, melaksanakan langkah, keputusan, atau menunggu), sehingga setiap kasus kembali persis seperti sebelum tindakan itu. Ulangi untuk mundur lebih jauh.
        en: Explains STEP as a trainer would: its activity, its executor and the qualification that role needs, its requirements, output and standard time, where the flow goes after it, and the SOP's warnings.
        id: Menjelaskan langkah STEP sebagaimana seorang pelatih menjelaskannya: kegiatan, pelaksana dan kualifikasi yang diperlukan pelaksana itu, persyaratan/kelengkapan, output, dan waktu baku, ke mana alur berlanjut setelahnya, serta peringatan dalam SOP.
        en: Shows every step in order with where it leads, marking the steps the current case has done (✓, with how many times) and the one it is at (▶).
        id: Menampilkan setiap langkah secara berurutan beserta ke mana langkah itu mengarah, dengan menandai langkah yang telah dilaksanakan kasus saat ini (✓, beserta berapa kali) dan langkah tempatnya berada (▶).
        en: Shows the current case's clock: when its last action ended.
        id: Menampilkan waktu kasus saat ini: kapan tindakan terakhirnya selesai.
        en: Moves the current case's clock on by DURATION of working time on the calendar, as when a case waits for a signature or a meeting.
        id: Memajukan waktu kasus saat ini sebanyak DURATION jam kerja pada kalender, seperti ketika suatu kasus menunggu tanda tangan atau rapat.
        en: Without arguments, shows the calendar that runs count working time on: the working hours of each day with their breaks, and the holidays. `office` is the common office calendar (Mon–Thu 07:30–16:00, Fri 07:30–16:30, breaks at noon); `24h` counts every hour; `load FILE` reads a calendar file (examples/kalender-kantor-2026.yaml); `save FILE` writes one; `hours DAY …` sets a day's working intervals (none closes it); `holiday DATE NAME` closes a date. A change applies to the cases from then on.
        id: Tanpa argumen, menampilkan kalender yang digunakan latihan untuk menghitung jam kerja: jam kerja setiap hari beserta waktu istirahatnya, dan hari libur. `office` adalah kalender kantor yang umum (Sen–Kam 07:30–16:00, Jum 07:30–16:30, istirahat siang); `24h` menghitung setiap jam; `load FILE` membaca berkas kalender (examples/kalender-kantor-2026.yaml); `save FILE` menulis berkas kalender; `hours DAY …` menetapkan selang jam kerja suatu hari (tanpa selang, hari itu ditutup); `holiday DATE NAME` menutup suatu tanggal sebagai hari libur. Perubahan berlaku bagi kasus-kasus sejak saat itu.
        en: Plays the current case (starting one if there is none) to the end: at each step it narrates who does what, with what, producing what, in how long, and waits for Enter; at each decision it asks the room for the answer, or takes the next of --answers (labels or numbers, separated by commas). The actions are the same as `do` and `decide` typed by each role, so the log is the same, and each is journaled as soon as it is done: a crash loses no step the walk has shown. At a pause or a question, Ctrl-C stops the walk and Ctrl-D ends it; either way the steps walked so far stay done (the room saw them; `undo` takes them back one by one), as they do when a step is refused, and `walk` goes on from where the case stands. Away from a terminal it does not pause, and every decision needs a scripted answer. A step with no standard time (“Sesuai kebutuhan”, or blank) takes --as-needed, as `do --took` would.
        id: Memainkan kasus saat ini (memulai kasus baru jika belum ada) sampai selesai: di setiap langkah, menarasikan siapa melakukan apa, dengan apa, menghasilkan apa, dalam berapa lama, lalu menunggu Enter; di setiap keputusan, menanyakan jawabannya kepada peserta di ruangan, atau mengambil jawaban berikutnya dari --answers (label atau nomor, dipisahkan koma). Tindakannya sama dengan `do` dan `decide` yang diketik oleh setiap pelaksana, sehingga lognya sama, dan setiap tindakan dicatat dalam jurnal begitu selesai: program yang terhenti tidak menghilangkan langkah yang sudah ditampilkan. Saat jeda atau pertanyaan, Ctrl-C menghentikan walk dan Ctrl-D mengakhirinya; dengan cara mana pun, langkah-langkah yang sudah dijalani tetap terlaksana (peserta telah melihatnya; `undo` membatalkannya satu per satu), sama seperti ketika suatu langkah ditolak, dan `walk` melanjutkan dari posisi kasus saat itu. Di luar terminal, walk tidak berhenti sejenak, dan setiap keputusan memerlukan jawaban yang sudah disiapkan. Langkah tanpa waktu baku (“Sesuai kebutuhan”, atau kosong) memakan waktu --as-needed, sebagaimana `do --took`.
        en: Reads the run journal that sopsh writes as a run happens ($XDG_STATE_HOME/sopsh/run.journal, or JOURNAL: a new run keeps the one before it as run.journal.previous), opens its SOP, and brings every case back exactly as it was after its last completed action. The run goes on being journaled.
        id: Membaca jurnal latihan yang ditulis sopsh selama latihan berlangsung ($XDG_STATE_HOME/sopsh/run.journal, atau JOURNAL: latihan baru menyimpan jurnal sebelumnya sebagai run.journal.previous), membuka SOP-nya, dan memulihkan setiap kasus persis seperti setelah tindakan terakhirnya yang selesai. Latihan terus dicatat dalam jurnal.
        en: Writes the run (its SOP's file, its calendar and every action, undone ones left out) to FILE, atomically. The SOP's file is kept relative to FILE's folder, so the two can be copied together to another machine. `replay FILE` plays it again.
        id: Menulis latihan (berkas SOP-nya, kalender, dan setiap tindakan, kecuali yang dibatalkan) ke berkas FILE, secara atomik. Berkas SOP disimpan relatif terhadap folder FILE, sehingga keduanya dapat disalin bersama ke komputer lain. `replay FILE` memutarnya kembali.
        en: Reads a run kept with `save-run`, opens its SOP, plays every action again in order (printing each step as it happens), and leaves the cases where the run left them, to go on from there.
        id: Membaca latihan yang disimpan dengan `save-run`, membuka SOP-nya, memutar ulang setiap tindakan secara berurutan (mencetak setiap langkah saat terjadi), dan membiarkan kasus-kasus di posisi terakhir latihan itu, untuk dilanjutkan dari sana.
        en: Runs the open SOP's simulation: cases arrive, wait for a free member of each step's role, take their step's time, and take decisions' answers by the scenario's odds. Every setting is a flag (below): arrivals (Poisson every DURATION on average, or N per hour, day, week or month; exactly every DURATION; at listed times; or a batch at once), staff per role and who does a step, durations (fixed, or drawn from --distribution around the standard time with --spread; a range 1-2 jam drawn --range uniform or triangular; --time for a step's own time, which a step "Sesuai kebutuhan" needs), answer probabilities (--decide 3:2=0.3 or "3:perlu perbaikan=30%": the answer's label or number; the forward answers share the rest) and the rework cap, kinds of case, steps removed or merged, and the calendar (office, 24h or a calendar file). SCENARIO.yaml sets all of this and named what-if changes (see examples/bench-seed.scenario.yaml); when it names its SOP (`sop:`), that SOP is simulated (opened if none is, and a note says so when another is open); its baseline is run, or the change --scenario names, with any flags given over the file's settings (`compare` runs them all side by side). A list flag takes items separated by commas, or is given again. Times are working time on the calendar. Prints lead time (mean, p50, p90, p95, max, with 95% intervals across replications, in working hours) and a histogram of it, the share finished within the standard time, work in progress, waiting per step, busy hours and utilisation per role, the bottleneck and rework. --events writes every step of every case (CSV: case, step, activity, role, start, end, answer; or XES when FILE ends in .xes); --report writes the whole report as one HTML page. `timeline --simulated N` then draws case N of the first replication. Ctrl-C stops a run cleanly: the report shows what ran, and no --events file is written. OFFICE.yaml (an office file: several SOPs sharing the staff of its positions, see docs/simulation.md) simulates every SOP's cases at once over the positions' shared pools, its baseline or the change --scenario names, and prints per SOP the cases a year, the lead time, the share within its target and the cost of a case, and per position across SOPs the utilisation, the hours of work a year, the mean wait and the cost of a year; `workload` gives its workload analysis.
        id: Menjalankan simulasi SOP yang terbuka: kasus-kasus datang, menunggu anggota pelaksana setiap langkah yang sedang luang, memakan waktu langkahnya, dan mengambil jawaban keputusan menurut peluang dalam skenario. Setiap pengaturan adalah opsi (di bawah): kedatangan (Poisson rata-rata setiap DURATION, atau N per jam, hari, minggu, atau bulan; tepat setiap DURATION; pada waktu-waktu yang didaftar; atau sekaligus dalam satu kelompok), pegawai per pelaksana dan siapa yang melaksanakan suatu langkah, durasi (tetap, atau diundi dari --distribution di sekitar waktu baku dengan --spread; rentang 1-2 jam diundi dengan --range uniform atau triangular; --time untuk waktu khusus suatu langkah, yang diperlukan langkah "Sesuai kebutuhan"), peluang jawaban (--decide 3:2=0.3 atau "3:perlu perbaikan=30%": label atau nomor jawaban; jawaban-jawaban maju berbagi sisanya) dan batas pengulangan (--rework-cap), jenis kasus, langkah yang dihapus atau digabung, serta kalender (office, 24h, atau berkas kalender). Berkas SCENARIO.yaml menetapkan semua ini beserta perubahan seandainya yang diberi nama (lihat examples/bench-seed.scenario.yaml); jika berkas itu menyebut SOP-nya (`sop:`), SOP itulah yang disimulasikan (dibuka jika belum ada SOP yang terbuka, dan sebuah catatan memberitahukannya jika SOP lain sedang terbuka); yang dijalankan adalah skenario dasarnya, atau perubahan yang disebut --scenario, dengan opsi yang diberikan menggantikan pengaturan dalam berkas (`compare` menjalankan semuanya berdampingan). Opsi berupa daftar menerima butir-butir yang dipisahkan koma, atau diberikan lagi. Waktu adalah jam kerja pada kalender. Mencetak waktu penyelesaian (rata-rata, p50, p90, p95, maks, dengan interval 95% di antara replikasi, dalam jam kerja) beserta histogramnya, bagian yang selesai dalam waktu baku, pekerjaan berjalan, waktu tunggu per langkah, jam sibuk dan utilisasi per pelaksana, hambatan utama, dan pengulangan. --events menulis setiap langkah setiap kasus (CSV: kasus, langkah, kegiatan, pelaksana, mulai, selesai, jawaban; atau XES jika nama berkas FILE berakhiran .xes); --report menulis seluruh laporan sebagai satu halaman HTML. `timeline --simulated N` kemudian menggambar kasus N dari replikasi pertama. Ctrl-C menghentikan simulasi dengan rapi: laporan menampilkan apa yang sudah berjalan, dan berkas --events tidak ditulis. OFFICE.yaml (berkas kantor: beberapa SOP yang berbagi pegawai jabatan-jabatannya, lihat docs/simulation.md) menyimulasikan kasus-kasus setiap SOP sekaligus di atas kelompok pegawai bersama setiap jabatan, dengan skenario dasarnya atau perubahan yang disebut --scenario, lalu mencetak per SOP jumlah kasus per tahun, waktu penyelesaian, bagian yang selesai dalam targetnya, dan biaya per kasus, serta per jabatan di seluruh SOP utilisasi, jam kerja per tahun, tunggu rata-rata, dan biaya setahun; `workload` memberikan analisis beban kerja kantor itu.
        en: Simulates the baseline and every named change of SCENARIO.yaml (or only the scenarios NAMEd, the first of them taken as the reference) on the SOP the file names (`sop:`), else on the open SOP, all with the same seed, so that they see the same arrivals and draws where their changes allow. Prints a table: lead time (mean, p50, p90, p95), waiting, the share within the standard time, work in progress, rework and each role's utilisation, with each scenario's change against the reference in per cent; a change is marked * when the two 95% intervals do not overlap (it needs two replications or more). --report writes the comparison and each scenario's full report as one HTML page. With OFFICE.yaml, compares the office's baseline and its changes (`perubahan`), each position's utilisation as a role's.
        id: Menyimulasikan skenario dasar dan setiap perubahan bernama dalam berkas SCENARIO.yaml (atau hanya skenario yang disebut dengan NAME, yang pertama dijadikan acuan) pada SOP yang disebut berkas itu (`sop:`), atau pada SOP yang terbuka, semuanya dengan seed yang sama, sehingga semuanya mendapat kedatangan dan undian yang sama sejauh perubahannya memungkinkan. Mencetak tabel: waktu penyelesaian (rata-rata, p50, p90, p95), waktu tunggu, bagian yang selesai dalam waktu baku, pekerjaan berjalan, pengulangan, dan utilisasi setiap pelaksana, beserta perubahan setiap skenario terhadap acuan dalam persen; perubahan ditandai * jika kedua interval 95%-nya tidak tumpang-tindih (diperlukan dua replikasi atau lebih). --report menulis perbandingan dan laporan lengkap setiap skenario sebagai satu halaman HTML. Dengan OFFICE.yaml, membandingkan skenario dasar kantor dan perubahan-perubahannya (`perubahan`), dengan utilisasi setiap jabatan sebagai utilisasi pelaksana.
        en: Draws the current case of the run (or CASE) as a Gantt chart: a row per role, time running right on the calendar, each step a bar with its number, and the wait for a free member of the role before it; the line under the chart marks working time, so nights, weekends and holidays show as gaps. A table of the steps follows. --simulated N draws case N of the first replication of the last `simulate` (or `compare`'s reference scenario) instead: the same case, draw for draw, that the simulation counted.
        id: Menggambar kasus saat ini dalam latihan (atau kasus CASE) sebagai bagan Gantt: satu baris per pelaksana, waktu berjalan ke kanan menurut kalender, setiap langkah berupa batang dengan nomornya, dan waktu tunggu anggota pelaksana yang luang sebelumnya; garis di bawah bagan menandai jam kerja, sehingga malam hari, akhir pekan, dan hari libur tampak sebagai celah. Sesudahnya ditampilkan tabel langkah-langkahnya. --simulated N menggambar kasus N dari replikasi pertama `simulate` terakhir (atau skenario acuan `compare`) sebagai gantinya: kasus yang sama, undian demi undian, yang dihitung dalam simulasi.
        en: Without an argument, lists every command grouped by purpose. With a command's name, shows its usage, what it does, its flags and examples.
        id: Tanpa argumen, menampilkan semua perintah yang dikelompokkan menurut kegunaannya. Dengan nama perintah, menampilkan cara penggunaannya, apa yang dilakukannya, opsinya, dan contohnya.
        en: Prints its arguments separated by spaces: bare words and text as they are, numbers, durations, lists and records as the language writes them. With --json, prints each value as JSON.
        id: Mencetak argumen-argumennya dipisahkan spasi: kata dan teks apa adanya, angka, durasi, daftar, dan rekaman sebagaimana bahasa skrip menuliskannya. Dengan --json, mencetak setiap nilai sebagai JSON.
        en: Runs PROGRAM (found on PATH) with the arguments and waits for it. Gives a record with its exit status, standard output and standard error. Scripts cannot run host programs unless sopsh was started with --allow-exec, so that opening someone else's script is safe.
        id: Menjalankan PROGRAM (dicari di PATH) dengan argumen-argumennya dan menunggunya selesai. Menghasilkan rekaman berisi status keluar, output standar (stdout), dan pesan kesalahan standar (stderr). Skrip tidak dapat menjalankan program komputer kecuali sopsh dimulai dengan --allow-exec, agar membuka skrip milik orang lain tetap aman.
        en: Leaves sopsh. In a script, stops it with STATUS (0 by default) as the exit status.
        id: Keluar dari sopsh. Di dalam skrip, menghentikan skrip dengan STATUS (bawaan 0) sebagai status keluar.
        en: Without an argument, shows the language in use and the ones sopsh knows. With one, speaks it for the rest of the session: messages, errors, reports and help. SOP text stays as it is written. sopsh starts in the language of SOPSH_LANG, else of the locale (LC_ALL, LC_MESSAGES, LANG beginning with id), else English; `sopsh --lang id` chooses at start.
        id: Tanpa argumen, menampilkan bahasa yang sedang digunakan dan bahasa-bahasa yang dikenal sopsh. Dengan satu argumen, menggunakan bahasa itu untuk sisa sesi: pesan, kesalahan, laporan, dan bantuan. Teks SOP tetap seperti yang tertulis. sopsh dimulai dalam bahasa SOPSH_LANG, jika tidak ada, bahasa locale (LC_ALL, LC_MESSAGES, LANG yang diawali id), jika tidak ada juga, bahasa Inggris; `sopsh --lang id` memilihnya saat mulai.

        # The simulation report's tables
        en: Role
        id: Pelaksana
        en: Name
        id: Nama
        en: Staff
        id: Pegawai
        en: Busy hours
        id: Jam sibuk
        en: Utilisation
        id: Utilisasi
        en: Longest queue
        id: Antrean terpanjang
        en: Step
        id: Langkah
        en: Visits per case
        id: Kali per kasus
        en: Mean wait (h)
        id: Tunggu rata-rata (jam)
        en: Longest wait
        id: Tunggu terlama
        en: " (time?)"
        id: " (waktu?)"

        # Tables of the steps, the roles and the run (the standard's field names stay as they are)
        en: Steps
        id: Langkah
        en: Case
        id: Kasus
        en: Start
        id: Mulai
        en: End
        id: Selesai
        en: Waited
        id: Tunggu
        en: Ready
        id: Siap
        en: Answer
        id: Jawaban
        en: Answers
        id: Jawaban
        en: Clock
        id: Jam
        en: Lead time
        id: Waktu penyelesaian
        en: Took
        id: Lama
        en: Deviation
        id: Menyimpang
        en: By
        id: Oleh
        en: At
        id: Waktu
        en: Flow
        id: Alur
        en: To
        id: Ke
        en: Version
        id: Versi
        en: Document
        id: Dokumen

        # A walk's narration
        en: ▶ Step {1} — {2}
        id: ▶ Langkah {1} — {2}
        en: "  needs: {1}"
        id: "  perlu: {1}"
        en: "  produces: {1}"
        id: "  menghasilkan: {1}"
        en: "  time: {1}"
        id: "  waktu: {1}"
        en: "  answer: {1}"
        id: "  jawaban: {1}"
        en: "  The room's answer? "
        id: "  Jawaban ruangan? "
        # Days and months, short, as an Indonesian office writes them
        en: Mon
        id: Sen
        en: Tue
        id: Sel
        en: Wed
        id: Rab
        en: Thu
        id: Kam
        en: Fri
        id: Jum
        en: Sat
        id: Sab
        en: Sun
        id: Min
        en: Jan
        id: Jan
        en: Feb
        id: Feb
        en: Mar
        id: Mar
        en: Apr
        id: Apr
        en: May
        id: Mei
        en: Jun
        id: Jun
        en: Jul
        id: Jul
        en: Aug
        id: Agu
        en: Sep
        id: Sep
        en: Oct
        id: Okt
        en: Nov
        id: Nov
        en: Dec
        id: Des

        # The simulation report as an HTML page
        en: Simulation of {1}
        id: Simulasi {1}
        en: Simulation report
        id: Laporan simulasi
        en: Times in working hours on the scenario's calendar. ± is half the width of the 95% confidence interval across replications.
        id: Waktu dalam jam kerja menurut kalender skenario. ± adalah setengah lebar selang kepercayaan 95% di antara replikasi.
        en: Results
        id: Hasil
        en: " (stopped)"
        id: " (dihentikan)"
        en: Cases finished
        id: Kasus selesai
        en: {1} of {2}{3}
        id: {1} dari {2}{3}
        en: Mean lead time
        id: Waktu penyelesaian rata-rata
        en: Median (p50)
        id: Median (p50)
        en: p90
        id: p90
        en: p95
        id: p95
        en: Scenario {1}
        id: Skenario {1}
        en: Step {1}
        id: Langkah {1}
        en: Longest
        id: Terlama
        en: Waiting per case
        id: Tunggu per kasus
        en: Finished within the standard time
        id: Selesai dalam waktu baku
        en: Cases in progress
        id: Kasus dalam proses
        en: Rework (loops back)
        id: Pengulangan (putaran ulang)
        en: {1}, {2} per case; cap {3} reached {4} times
        id: {1}, {2} per kasus; batas {3} tercapai {4} kali
        en: Bottleneck
        id: Hambatan utama
        en: Distribution of the lead time
        id: Sebaran waktu penyelesaian
        en: Utilisation per role
        id: Utilisasi per pelaksana
        en: Mean wait per step
        id: Tunggu rata-rata per langkah
        en: All settings
        id: Semua pengaturan
        en: the same
        id: sama
        en: Settings that differ from {1}
        id: Pengaturan yang berbeda dari {1}
        en: Settings
        id: Pengaturan
        en: Compared with {1}
        id: Perbandingan dengan {1}
        en: Measure
        id: Ukuran
        en: Bold: the confidence intervals of the two scenarios do not overlap.
        id: Tebal: selang kepercayaan kedua skenario tidak bertumpang tindih.
        en: no limit
        id: tanpa batas
        en: Arrivals
        id: Kedatangan
        en: Cases per replication
        id: Jumlah kasus per replikasi
        en: {1}, as the list of times gives
        id: {1}, sesuai daftar waktu
        en: Arrival horizon
        id: Horizon kedatangan
        en: Replications
        id: Replikasi
        en: Seed
        id: Seed
        en: Spread of durations
        id: Sebaran durasi
        en: {1}, width {2}
        id: {1}, lebar {2}
        en: Spread of times written as a range
        id: Sebaran waktu berupa rentang
        en: Duration per step
        id: Durasi per langkah
        en: the SOP's standard time with the general spread
        id: waktu baku SOP dengan sebaran umum
        en: Duration of step {1}
        id: Durasi langkah {1}
        en: Staff of {1}
        id: Pegawai {1}
        en: 1 person
        id: 1 orang
        en: {1} people
        id: {1} orang
        en: as the SOP says
        id: sesuai SOP
        en: Pelaksana of step {1}
        id: Pelaksana langkah {1}
        en: no odds given
        id: tanpa peluang yang ditentukan
        en: Decisions
        id: Keputusan
        en: no odds given: the main path
        id: tanpa peluang yang ditentukan: jalur utama
        en: Decision of step {1}
        id: Keputusan langkah {1}
        en: Answers without odds
        id: Jawaban tanpa peluang
        en: share the odds left evenly; a rework answer only when given odds
        id: berbagi rata sisa peluang; jawaban pengulangan hanya bila diberi peluang
        en: Rework cap
        id: Batas pengulangan
        en: {1} per case
        id: {1} per kasus
        en: Kinds of case
        id: Jenis kasus
        en: one kind
        id: satu jenis
        en: {1} {2}%, priority {3}
        id: {1} {2}%, prioritas {3}
        en: Steps removed
        id: Langkah dihapus
        en: Steps merged
        id: Langkah digabung
        en: {1} with {2}
        id: {1} dengan {2}
        en: none
        id: tidak ada
        en: Poisson, every {1} on average
        id: Poisson, rata-rata tiap {1}
        en: fixed, every {1}
        id: tetap, tiap {1}
        en: {1} listed times: {2}
        id: {1} waktu yang ditentukan: {2}
        en: all at once at the start
        id: sekaligus di awal
        en: Calendar
        id: Kalender
        en: round the clock (24 jam a day, every day)
        id: sepanjang waktu (24 jam sehari, setiap hari)
        en: {1}; {2} of work a week
        id: {1}; {2} kerja seminggu
        en: Holidays
        id: Hari libur
        en: width {1}
        id: lebar {1}
        en: answer {1}
        id: jawaban {1}
        en: Mean lead time (h)
        id: Waktu penyelesaian rata-rata (jam)
        en: Lead time p50 (h)
        id: Waktu penyelesaian p50 (jam)
        en: Lead time p90 (h)
        id: Waktu penyelesaian p90 (jam)
        en: Lead time p95 (h)
        id: Waktu penyelesaian p95 (jam)
        en: Waiting per case (h)
        id: Tunggu per kasus (jam)
        en: Rework per case
        id: Pengulangan per kasus
        en: Utilisation of {1}
        id: Utilisasi {1}
        en: No case finished.
        id: Tidak ada kasus yang selesai.
        en: {1} of cases took longer than {2} jam.
        id: {1} kasus lebih lama dari {2} jam.
        # Pieces that other messages set in place: kinds of value, parts of a file, words of a list
        en: nil
        id: nil
        en: true or false
        id: true atau false
        en: a number
        id: angka
        en: text
        id: teks
        en: a duration
        id: durasi
        en: a date-time
        id: tanggal-waktu
        en: a list
        id: daftar
        en: a record
        id: rekaman
        en: a table
        id: tabel
        en: undefined
        id: tidak terdefinisi
        en: infinite
        id: tak hingga
        en: in the year {1}
        id: pada tahun {1}
        en: millions of years away
        id: jutaan tahun dari sekarang
        en: 64 MiB of text
        id: 64 MiB teks
        en: 10 000 000 items
        id: 10 000 000 butir
        en: the end of the text
        id: akhir teks
        en: the end of the line
        id: akhir baris
        en: a string
        id: teks bertanda kutip
        en: parenthesis
        id: kurung
        en: list
        id: daftar
        en: record
        id: rekaman
        en: blank
        id: kosong
        en: ` or `
        id: ` atau `
        en: " or "
        id: " atau "
        en: yes
        id: ya
        en: no
        id: tidak
        en: 1 row
        id: 1 baris
        en: {1} rows
        id: {1} baris
        en: (joint)
        id: (bersama)
        en: the document
        id: dokumen
        en: a role (pelaksana)
        id: pelaksana (pelaksana)
        en: a step (kegiatan)
        id: langkah (kegiatan)
        en: an answer (keputusan)
        id: jawaban (keputusan)
        en: a case type (jenis_kasus)
        id: jenis kasus (jenis_kasus)
        en: the calendar
        id: kalender
        en: a holiday (libur)
        id: hari libur (libur)
        en: the scenario
        id: skenario
        en: a change (perubahan)
        id: perubahan (perubahan)
        en: an empty value
        id: nilai kosong
        en: a mapping
        id: mapping
        en: an alias
        id: alias
        en: an empty cell
        id: sel kosong
        en: column {1}
        id: kolom {1}
        en: an item of waktu
        id: butir waktu
        en: an interval of {1}
        id: interval {1}
        en: a key of {1}
        id: kunci {1}
        en: column {1}: {2}
        id: kolom {1}: {2}

        # Messages said whole, in place of pieces glued together
        en: cannot add {1} and {2}
        id: tidak dapat menjumlahkan {1} dan {2}
        en: cannot subtract {1} and {2}
        id: tidak dapat mengurangkan {1} dan {2}
        en: cannot multiply {1} and {2}
        id: tidak dapat mengalikan {1} dan {2}
        en: cannot divide {1} and {2}
        id: tidak dapat membagi {1} dan {2}
        en: cannot take the remainder of {1} and {2}
        id: tidak dapat mengambil sisa bagi {1} dan {2}
        en: assertion failed: {1}
        id: asersi gagal: {1}
        en: {1} is written twice
        id: {1} ditulis dua kali
        en: {1} cannot follow {2}
        id: {1} tidak boleh sesudah {2}
        en: 30 menit, 1 jam 30 menit or 1h30m
        id: 30 menit, 1 jam 30 menit, atau 1h30m
        en: 30 menit, 1 jam, 1-2 jam or Sesuai kebutuhan
        id: 30 menit, 1 jam, 1-2 jam, atau Sesuai kebutuhan
        en: {1} menit, {2} jam or {3} hari
        id: {1} menit, {2} jam, atau {3} hari
        en: another sopsh (process {1}) is keeping a training run in {2}
        id: sopsh lain (proses {1}) sedang memegang latihan di {2}
        en: another sopsh is keeping a training run in {1}
        id: sopsh lain sedang memegang latihan di {1}
        en: the last line of {1} was cut off (sopsh stopped while writing it) and was dropped
        id: baris terakhir {1} terpotong (sopsh berhenti saat menuliskannya) dan dibuang
        en: the run's SOP is not at {1}
        id: SOP latihan ini tidak ada di {1}
        en: the run's SOP is not at {1} (the run keeps it as {2}, from the run file's folder)
        id: SOP latihan ini tidak ada di {1} (latihan menyimpannya sebagai {2}, dari folder berkas latihan)
        en: an arrow leaves the diamond without a label, to step {1}
        id: sebuah panah keluar dari belah ketupat tanpa label, menuju langkah {1}
        en: an arrow leaves the diamond without a label
        id: sebuah panah keluar dari belah ketupat tanpa label
        en: check the flow in the saved YAML (`lanjut_ke`)
        id: periksa alurnya di YAML yang disimpan (`lanjut_ke`)
        en: the file is YAML but not an SOP: its top level must be a mapping with `identitas`, `pelaksana` and `kegiatan`
        id: berkas ini YAML, tetapi bukan SOP: tingkat teratasnya harus berupa mapping dengan `identitas`, `pelaksana`, dan `kegiatan`
        en: Kualifikasi Pelaksana names no role, so every role was given its 1 item
        id: Kualifikasi Pelaksana tidak menyebut pelaksana mana pun, jadi setiap pelaksana diberi 1 butir kualifikasi tersebut
        en: Kualifikasi Pelaksana names no role, so every role was given its {1} items
        id: Kualifikasi Pelaksana tidak menyebut pelaksana mana pun, jadi setiap pelaksana diberi {1} butir kualifikasi tersebut
        en: write it in digits, for example `{1}: {2}`
        id: tuliskan dengan digit, misalnya `{1}: {2}`
        en: write it in digits, from {1} to {2}, for example `{3}: {4}`
        id: tuliskan dengan digit, dari {1} sampai {2}, misalnya `{3}: {4}`
        en: `{1}` must be a number above zero, not {2}
        id: `{1}` harus berupa angka di atas nol, bukan {2}
        en: `{1}` must be a number of zero or more, not {2}
        id: `{1}` harus berupa angka nol atau lebih, bukan {2}
        en: minutes run from 00 to 59
        id: menit berkisar dari 00 sampai 59
        en: hours run from 00 to 23 (24:00 only ends a day)
        id: jam berkisar dari 00 sampai 23 (24:00 hanya untuk akhir hari)
        en: give weekdays their hours under `jam_kerja`, such as `senin: ["07:30-12:00", "13:00-16:00"]`, or write `sepanjang_waktu: true` for round the clock
        id: berikan jam kerja hari-hari kerja di bawah `jam_kerja`, misalnya `senin: ["07:30-12:00", "13:00-16:00"]`, atau tulis `sepanjang_waktu: true` untuk sepanjang waktu
        en: list each stretch of working time once, with the break between intervals: "07:30-12:00", "13:00-16:00"
        id: tuliskan setiap rentang jam kerja satu kali, dengan jeda di antara interval: "07:30-12:00", "13:00-16:00"
        en: (the flowchart is wider than the terminal's {1} columns: its {2} lanes need at least {3}; widen the terminal, or let a pager scroll sideways: less -S)
        id: (diagram alir lebih lebar daripada {1} kolom terminal: {2} lajurnya memerlukan sedikitnya {3}; lebarkan terminal, atau gunakan pager yang dapat bergulir ke samping: less -S)
        en: … and {1} more (`check --json` lists them all)
        id: … dan {1} lagi (`check --json` menampilkan semuanya)
        en: did you mean “{1}”? its scenarios: {2}
        id: maksud Anda “{1}”? skenario yang ada: {2}
        en: its scenarios: {1}
        id: skenario yang ada: {1}
        en: it had fewer cases
        id: replikasi itu memiliki lebih sedikit kasus
        """#
}
