/// The Indonesian of what sopsh's commands and shell say at the prompt (SOPShell's Commands, Shell, Values, Rendering).
extension IndonesianCatalogue {
    static let commandsText = #"""
        # Opening and saving an SOP
        en: (untitled)
        id: (tanpa judul)
        en: {1} has unsaved changes
        id: {1} memiliki perubahan yang belum disimpan
        en: save them first (`save`), or open with --force to discard them
        id: simpan dulu (`save`), atau buka dengan --force untuk membuangnya
        en: sopsh saves SOPs as YAML; `{1}` does not end in .yaml
        id: sopsh menyimpan SOP sebagai YAML; `{1}` tidak berakhiran .yaml
        en: {1} is table text; sopsh saves SOPs as YAML
        id: {1} adalah teks tabel; sopsh menyimpan SOP sebagai YAML
        en: give a file name: save {1}
        id: berikan nama berkas: save {1}
        en: check that the folder exists and is writable
        id: pastikan foldernya ada dan dapat ditulisi

        # Naming the open SOP, its steps, roles and answers
        en: no SOP is open
        id: belum ada SOP yang terbuka
        en: open one first: open examples/kebijakan-mutu-ukpbj.yaml
        id: buka satu SOP dulu: open examples/kebijakan-mutu-ukpbj.yaml
        en: write a number such as 3, or 3.1 for a sub-step
        id: tuliskan nomor seperti 3, atau 3.1 untuk sub-langkah
        en: `{1}` could be any of: {2}
        id: `{1}` dapat berarti salah satu dari: {2}
        en: write more of the role's id or name
        id: tuliskan lebih banyak bagian dari id atau nama pelaksana
        en: did you mean `{1}`? The roles are: {2}
        id: maksud Anda `{1}`? Pelaksana yang ada: {2}
        en: its answers are {1}; quote an answer that has spaces
        id: jawabannya: {1}; apit dengan tanda kutip jawaban yang mengandung spasi

        # Editing the SOP
        en: step {1} is a decision: say which answer leads there
        id: langkah {1} adalah keputusan: sebutkan jawaban mana yang mengarah ke sana
        en: link {1} ANSWER {2}, with ANSWER one of {3}
        id: link {1} ANSWER {2}, dengan ANSWER salah satu jawaban berikut: {3}

        # Exporting and the flowchart
        en: there is no run to export: `export {1}` writes the event log of the current run's cases
        id: tidak ada latihan untuk diekspor: `export {1}` menulis log peristiwa kasus-kasus dalam latihan saat ini
        en: start a case first (`start`), or bring a run back with `resume` or `replay FILE`
        id: mulai kasus dulu (`start`), atau pulihkan latihan dengan `resume` atau dari berkas latihan dengan `replay FILE`
        en: --zone {1} is not an offset from UTC
        id: --zone {1} bukan selisih jam dari UTC
        en: write it like +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT)
        id: tuliskan seperti +07:00 (WIB), +08:00 (WITA), atau +09:00 (WIT)
        en: --zone applies to the event logs (csv, xes) only
        id: --zone hanya berlaku untuk log peristiwa (csv, xes)
        en: leave it out for {1}
        id: jangan gunakan opsi itu untuk {1}
        en: {1} is the open SOP's own file; exporting over it would lose the SOP
        id: {1} adalah berkas SOP yang sedang terbuka; mengekspor ke berkas itu akan menghilangkan SOP-nya
        en: name another file, such as {1}.{2}
        id: sebutkan berkas lain, misalnya {1}.{2}
        en: --width {1} is not a width the flowchart can use
        id: --width {1} bukan lebar yang dapat digunakan diagram alir
        en: give a number of columns of at least 20, such as --width 100
        id: berikan jumlah kolom paling sedikit 20, misalnya --width 100
        en: the cases are: {1}
        id: kasus yang ada: {1}
        en: {1} is at step {2} (drawn in heavy lines)
        id: {1} berada di langkah {2} (digambar dengan garis tebal)

        # Training runs: roles, cases and what they did
        en: you are not acting as any role yet
        id: Anda belum bertindak sebagai pelaksana mana pun
        en: choose one with `as ROLE` ({1})
        id: pilih salah satu pelaksana dengan `as ROLE` ({1})
        en: start
        id: mulai
        en: Current case: {1}
        id: Kasus saat ini: {1}
        en: the case was not started: {1}
        id: kasus tidak dimulai: {1}
        en: finish or quit the run in that sopsh first; for two runs at once, give this one a state folder of its own: XDG_STATE_HOME=DIR sopsh
        id: selesaikan atau tutup dulu latihan di sopsh itu; untuk dua latihan sekaligus, berikan folder status tersendiri bagi sopsh ini: XDG_STATE_HOME=DIR sopsh
        en: --{1} needs a value
        id: --{1} memerlukan nilai
        en: write --{1} {2}
        id: tulis --{1} {2}
        en: {1}: {2} did its part of the joint step {3}; waiting for {4}
        id: {1}: {2} telah mengerjakan bagiannya dalam langkah bersama {3}; menunggu {4}
        en: "  ⚠ took {1}, longer than its Mutu Baku of {2}: a deviation from the standard"
        id: "  ⚠ memakan waktu {1}, lebih lama daripada Mutu Baku-nya, {2}: penyimpangan dari standar"
        en: "  ⚠ the lead time exceeds the sum of the standard times on its path"
        id: "  ⚠ waktu penyelesaian melampaui jumlah waktu baku pada jalurnya"

        # What `undo` took back
        en: the start of case {1} at {2}
        id: dimulainya kasus {1} pada {2}
        en: {1} doing step {2} in {3}
        id: {1} melaksanakan langkah {2} pada {3}
        en: {1} answering “{2}” at step {3} in {4}
        id: {1} menjawab “{2}” di langkah {3} pada {4}
        en: the change of calendar
        id: perubahan kalender

        # Walking a case
        en: "  [Enter] "
        id: "  [Enter] "
        en: "  walk stopped at step {1} ({2}): the steps walked stay done; `walk` goes on from here, `undo` takes back the last"
        id: "  walk berhenti di langkah {1} ({2}): langkah-langkah yang sudah dijalani tetap terlaksana; `walk` melanjutkan dari sini, `undo` membatalkan yang terakhir"
        en: \n{1}
        id: \n{1}
        en: Ctrl-D
        id: Ctrl-D
        en: step {1} has no standard time (“{2}”), so the walk cannot say how long it took
        id: langkah {1} tidak memiliki waktu baku (“{2}”), sehingga walk tidak dapat menentukan berapa lama langkah itu berlangsung
        en: walk --as-needed 2h gives such steps a time; or `do --took 2h`, then `walk`
        id: walk --as-needed 2h memberi waktu bagi langkah seperti itu; atau `do --took 2h`, lalu `walk`

        # Keeping, resuming and replaying runs
        en: it was set aside as {1}, unchanged, so that no new run writes over it; mend or remove the line there, then `resume {2}`
        id: jurnal itu disisihkan sebagai {1}, tanpa diubah, agar tidak ditimpa latihan baru; perbaiki atau hapus baris itu di sana, lalu `resume {2}`
        en: copy the SOP along with the run file, in the same place beside it
        id: salin SOP bersama berkas latihan, dan letakkan di tempat yang sama di sampingnya
        en: {1} has changed since this run was made, so the run cannot be played on it
        id: {1} telah berubah sejak latihan ini dibuat, sehingga latihan tidak dapat diputar pada SOP itu
        en: open the version of the SOP the run was made on (its steps, roles or times differ)
        id: buka versi SOP yang digunakan saat latihan itu dibuat (langkah, pelaksana, atau waktunya berbeda)

        # Simulation flags: arrivals and the number of cases
        en: --{1} and --{2} are two ways for cases to arrive: give one
        id: --{1} dan --{2} adalah dua cara kedatangan kasus: berikan salah satunya
        en: --every DURATION, --rate N/PERIOD, --interval DURATION, --at TIME,… or --batch N
        id: --every DURATION, --rate N/PERIOD, --interval DURATION, --at TIME,…, atau --batch N
        en: --rate is a number of cases per hour, day, week or month, such as 20/month or 3/day, not {1}
        id: --rate adalah jumlah kasus per jam, hari, minggu, atau bulan, misalnya 20/month atau 3/day, bukan {1}
        en: --at takes dates and times such as 2026-03-02T07:30, not {1}
        id: --at menerima tanggal dan waktu seperti 2026-03-02T07:30, bukan {1}
        en: --start is a date and time such as 2026-03-02T07:30, not {1}
        id: --start adalah tanggal dan waktu seperti 2026-03-02T07:30, bukan {1}
        en: --batch already gives the number of cases
        id: --batch sudah menentukan jumlah kasus
        en: leave --cases out: --batch {1}
        id: hapus opsi jumlah kasus (--cases): --batch {1}
        en: --arrival-factor changes a rate, and a list of times or a batch has none
        id: --arrival-factor mengubah laju kedatangan, sedangkan daftar waktu (--at) atau satu kelompok sekaligus (--batch) tidak memiliki laju
        en: give a rate instead (--rate 20/month), or change --cases
        id: berikan laju sebagai gantinya (--rate 20/month), atau ubah jumlah kasus (--cases)

        # Simulation flags: numbers, durations and lists
        en: --{1} is a number above zero, not {2}
        id: --{1} adalah angka lebih dari nol, bukan {2}
        en: --{1} must be more than zero, not {2}
        id: --{1} harus lebih dari nol, bukan {2}
        en: --{1} is a whole number of at least 1, not {2}
        id: --{1} adalah bilangan bulat paling sedikit 1, bukan {2}
        en: for example --{1} 5
        id: misalnya --{1} 5
        en: --{1} {2}{3}: {4} is not a duration: {5}
        id: --{1} {2}{3}: {4} bukan durasi: {5}
        en: {1}; the roles are {2}
        id: {1}; pelaksana yang ada: {2}
        en: {1}; the steps are {2}
        id: {1}; langkah-langkahnya: {2}

        # Simulation flags: staff, durations, decisions and changes to the procedure
        en: --staff {1}={2}: a role's staff is a whole number of at least 1, not {3}
        id: --staff {1}={2}: jumlah pegawai suatu pelaksana adalah bilangan bulat paling sedikit 1, bukan {3}
        en: --distribution: no distribution named {1}
        id: --distribution: tidak ada distribusi bernama {1}
        en: the distributions are {1}
        id: distribusi yang tersedia: {1}
        en: --spread is a number such as 0.5, not {1}
        id: --spread adalah angka seperti 0.5, bukan {1}
        en: --range is uniform or triangular, not {1}
        id: --range berupa uniform atau triangular, bukan {1}
        en: --decide is written STEP:ANSWER=P,…, not {1}
        id: --decide ditulis STEP:ANSWER=P,… (langkah:jawaban=peluang), bukan {1}
        en: --decide {1}: a probability is between 0 and 1 (or 0% and 100%), not {2}
        id: --decide {1}: peluang bernilai antara 0 dan 1 (atau 0% dan 100%), bukan {2}
        en: the decisions and their answers: {1}
        id: keputusan beserta jawaban-jawabannya: {1}
        en: --rework-cap is a whole number of 0 or more, not {1}
        id: --rework-cap (batas pengulangan) adalah bilangan bulat 0 atau lebih, bukan {1}
        en: --case-types {1}={2}: the share is above 0 and at most 1 (or 100%), not {3}
        id: --case-types {1}={2}: bagian jenis kasus itu lebih dari 0 dan paling besar 1 (atau 100%), bukan {3}
        en: --merge is written STEP+STEP,…, such as 9+10, not {1}
        id: --merge ditulis STEP+STEP,… (nomor langkah), misalnya 9+10, bukan {1}

        # Simulation flags: the calendar
        en: --calendar is office, 24h or a calendar file, and there is no file {1}
        id: --calendar berupa office, 24h, atau berkas kalender, dan tidak ada berkas {1}
        en: check the path, or write --calendar office or --calendar 24h
        id: periksa path-nya, atau gunakan kalender bawaan: --calendar office atau --calendar 24h
        en: no file {1}
        id: tidak ada berkas {1}

        # Simulating: scenario files, progress and what was written
        en: --scenario picks a scenario of a scenario file
        id: --scenario memilih skenario dari berkas skenario
        en: name the file: simulate FILE.yaml --scenario NAME
        id: sebutkan berkas skenario: simulate FILE.yaml --scenario NAME
        en: the scenario file has no scenario named “{1}”
        id: berkas skenario tidak memiliki skenario bernama “{1}”
        en: the scenario file has only its baseline: there is nothing to compare it with
        id: berkas skenario hanya memuat skenario dasarnya: tidak ada yang dapat dibandingkan dengannya
        en: add named changes under `perubahan:` (see examples/bench-seed.scenario.yaml)
        id: tambahkan perubahan skenario yang bernama di bawah `perubahan:` (lihat examples/bench-seed.scenario.yaml)
        en: the scenario's SOP {1} does not exist
        id: SOP yang disebut skenario, {1}, tidak ada
        en: `sop` names the SOP's file relative to the scenario file's folder
        id: `sop` menyebut berkas SOP relatif terhadap folder berkas skenario
        en: note: simulating {1}, the SOP that {2} names, not the open {3} (it stays open)
        id: catatan: yang disimulasikan adalah {1}, SOP yang disebut {2}, bukan {3} yang sedang terbuka (SOP itu tetap terbuka)
        en: --events writes CSV or XES: name a file ending in .csv or .xes, not {1}
        id: --events menulis CSV atau XES: sebutkan berkas berakhiran .csv atau .xes, bukan {1}
        en: --report writes an HTML page: name a file ending in .html, not {1}
        id: --report menulis laporan sebagai halaman HTML: sebutkan berkas berakhiran .html, bukan {1}
        en: "  simulating… {1}%"
        id: "  menyimulasikan… {1}%"
        en: Wrote {1}: every step of every case
        id: Menulis {1}: setiap langkah setiap kasus
        en: Wrote {1}: the report as one HTML page
        id: Menulis {1}: laporan sebagai satu halaman HTML
        en: {1} was not written: Ctrl-C stopped the run, so its log would be incomplete
        id: {1} tidak ditulis: Ctrl-C menghentikan simulasi, sehingga lognya tidak akan lengkap

        # Timeline
        en: nothing has been simulated yet
        id: belum ada yang disimulasikan
        en: run `simulate` first, then `timeline --simulated {1}`
        id: jalankan `simulate` dulu, lalu `timeline --simulated {1}`

        # The shell: language, leaving, input and history
        en: for example `language id`
        id: misalnya `language id` (atau `bahasa id`)
        en: `{1}` is not an exit status
        id: `{1}` bukan status keluar
        en: give a number from 0 to 255
        id: berikan angka dari 0 sampai 255
        en: \n{1} has unsaved changes: `save` keeps them; Ctrl-D again leaves without saving.\n
        id: \n{1} memiliki perubahan yang belum disimpan: `save` menyimpannya; Ctrl-D sekali lagi keluar tanpa menyimpan.\n
        en: "  hint: unset SOPSH_LANG for the locale's language, or set it to en or id"
        id: "  saran: hapus SOPSH_LANG agar sopsh memakai bahasa locale, atau isi dengan en atau id"
        en: cannot read {1}: no such file or not readable
        id: tidak dapat membaca {1}: berkas tidak ada atau tidak dapat dibaca
        en: this line of the input is not UTF-8 text
        id: baris masukan ini bukan teks UTF-8
        en: convert it to UTF-8, for example with iconv -t UTF-8
        id: ubah ke UTF-8, misalnya dengan iconv -t UTF-8
        en: sopsh: the history file could not be read; it was kept as {1}\n
        id: sopsh: berkas riwayat tidak dapat dibaca; berkas itu disimpan sebagai {1}\n
        en: sopsh: removed a temporary file left by an interrupted run: {1} ({2})\n
        id: sopsh: menghapus berkas sementara yang ditinggalkan program yang terhenti: {1} ({2})\n

        # sopsh check and sopsh import
        en: no problems found
        id: tidak ditemukan masalah
        en: {1}: a simulation scenario file; no problems found
        id: {1}: berkas skenario simulasi; tidak ditemukan masalah
        en: {1}: a work calendar file; no problems found
        id: {1}: berkas kalender kerja; tidak ditemukan masalah
        en: 1 file
        id: 1 berkas
        en: clean
        id: bersih
        en: {1} clean, {2}, {3} refused
        id: {1} bersih, {2}, {3} ditolak

        # Hints of the runtime's readers and of the script language
        en: the file is not UTF-8 text (an invalid byte stands here)
        id: berkas ini bukan teks UTF-8 (ada bita yang tidak valid di sini)
        en: save the file as UTF-8, for example with `iconv -f latin1 -t utf-8`
        id: simpan berkas sebagai UTF-8, misalnya dengan `iconv -f latin1 -t utf-8`
        en: write a whole number such as 4, or a sub-step such as "3.1"
        id: tuliskan bilangan bulat seperti 4, atau sub-langkah seperti "3.1"
        en: choose the role that usually does the step: put a mark such as X in its column, and note the other of "{1}" in Keterangan
        id: pilih pelaksana yang biasanya melaksanakan langkah itu: beri tanda seperti X di kolomnya, dan catat pilihan lain dari "{1}" di Keterangan
        en: if the step decides, write its other answer after this one in Uraian Kegiatan: "{1} 2. …"; if the number belongs to the activity's text, leave it
        id: jika langkah ini memutuskan sesuatu, tuliskan jawaban lainnya setelah jawaban ini di Uraian Kegiatan: "{1} 2. …"; jika nomor itu bagian dari teks kegiatan, biarkan saja
        en: group them by role: a line "1. ROLE NAME:" followed by "a. …" items
        id: kelompokkan menurut pelaksana: baris "1. ROLE NAME:" diikuti butir-butir "a. …"
        en: index a list, a table or text with a number (x[0]), a record with text (r["name"])
        id: indeks daftar, tabel, atau teks dengan angka (x[0]), rekaman dengan teks (r["name"])
        en: the text ends with `\\`, which continues the statement
        id: teks berakhir dengan `\\`, yang menyambung pernyataan ke baris berikutnya
        en: write {{1}} as {1}
        id: tuliskan {{1}} sebagai {1}

        # Not reached by the tests
        en: give the calendar file
        id: berikan berkas kalender
        en: give the file to write
        id: berikan berkas yang akan ditulis
        en: Saved the calendar to {1}
        id: Kalender disimpan ke {1}
        en: name a day: senin … minggu (or mon … sun)
        id: sebutkan hari: senin … minggu (atau mon … sun)
        en: “{1}” is not a working interval after the ones before it
        id: “{1}” bukan selang jam kerja yang terletak setelah selang-selang sebelumnya
        en: write intervals in order as HH:MM-HH:MM, such as 07:30-12:00 13:00-16:00
        id: tuliskan selang-selangnya secara berurutan sebagai HH:MM-HH:MM, misalnya 07:30-12:00 13:00-16:00
        en: give the date of the holiday
        id: berikan tanggal hari libur itu
        en: `calendar` has no action `{1}`
        id: perintah `calendar` (kalender) tidak mengenal tindakan `{1}`
        en: write the number of the step it leads to, or selesai for the end
        id: tuliskan nomor langkah yang dituju, atau selesai untuk akhir
        en: step {1} is not a decision, so it has no answers
        id: langkah {1} bukan keputusan, jadi tidak memiliki jawaban
        en: link {1} {2} makes its flow go there
        id: link {1} {2} membuat alurnya menuju ke sana
        en: give a time
        id: berikan waktunya
        en: for example: set-time {1} "1 jam"
        id: misalnya: set-time {1} "1 jam"
        en: check that the folder exists, that you may write to it and that the disk has room
        id: pastikan foldernya ada, Anda boleh menulis ke dalamnya, dan ruang disk masih cukup
        en: start one: start
        id: mulailah satu kasus: start
        en: "  “{1}” is not one of the answers"
        id: "  “{1}” bukan salah satu jawaban"
        en: “{1}” is not a date and time
        id: “{1}” bukan tanggal dan waktu
        en: write it as 2026-03-02T07:30
        id: tuliskan seperti 2026-03-02T07:30
        en: the SOP has changed since this run began; its cases follow the earlier version
        id: SOP telah berubah sejak latihan ini dimulai; kasus-kasusnya mengikuti versi sebelumnya
        en: open the SOP again to leave this run (`resume` brings it back), then start
        id: buka SOP itu lagi untuk meninggalkan latihan ini (`resume` memulihkannya), lalu mulai
        en: the case was not started: its run journal could not be begun ({1})
        id: kasus tidak dimulai: jurnal latihannya tidak dapat dibuat ({1})
        en: free some disk space and start again; an earlier run's journal is unchanged (`resume`)
        id: kosongkan sebagian ruang disk lalu mulai lagi; jurnal latihan sebelumnya tidak berubah (`resume`)
        en: “{1}” is not a duration: {2}
        id: “{1}” bukan durasi: {2}
        en: for example: wait 2h
        id: misalnya: wait 2h
        en: did you mean {1}? the formats are: {2}
        id: maksud Anda {1}? Formatnya: {2}
        en: --{1} {2} is not a duration: {3}
        id: --{1} {2} bukan durasi: {3}
        en: for example --{1} 90m or --{2} "1 jam 30 menit"
        id: misalnya --{1} 90m atau --{2} "1 jam 30 menit"
        en: the action was not done: it could not be written to the run journal ({1})
        id: tindakan tidak dilakukan: tindakan itu tidak dapat ditulis ke jurnal latihan ({1})
        en: free some disk space and do it again; the run stands as after its last action
        id: kosongkan sebagian ruang disk lalu lakukan lagi; latihan tetap seperti setelah tindakan terakhirnya
        en: there is no place for a run journal (HOME is not set)
        id: tidak ada tempat untuk jurnal latihan (HOME tidak ditetapkan)
        en: the run was not resumed: {1}
        id: latihan tidak dipulihkan: {1}
        en: the run was read but could not be journaled: {1}
        id: latihan terbaca, tetapi tidak dapat dicatat dalam jurnal: {1}
        en: the run was read but could not be journaled again ({1})
        id: latihan terbaca, tetapi tidak dapat dicatat ulang dalam jurnal ({1})
        en: free some disk space and try again; {1} is unchanged
        id: kosongkan sebagian ruang disk lalu coba lagi; {1} tidak berubah
        en: save them first (`save`)
        id: simpan dulu (`save`)
        en: {1}; it could not be set aside: {2}
        id: {1}; jurnal itu tidak dapat disisihkan: {2}
        en: it could not be set aside: {1}
        id: jurnal itu tidak dapat disisihkan: {1}
        en: put the SOP at that path, or open it and `save-run` again to keep its place relative to the run file
        id: letakkan SOP di path itu, atau buka SOP itu lalu `save-run` lagi agar letaknya disimpan relatif terhadap berkas latihan
        en: the run cannot be replayed on {1} as it is now: {2}
        id: latihan tidak dapat diputar ulang pada {1} dalam keadaannya sekarang: {2}
        en: line {1} of the run journal cannot be replayed: {2}
        id: baris {1} jurnal latihan tidak dapat diputar ulang: {2}
        en: the SOP was changed since the run; open the version the run was made on
        id: SOP telah diubah sejak latihan itu; buka versi yang digunakan saat latihan itu dibuat
        en: an undo
        id: pembatalan
        en: the open SOP has no decisions
        id: SOP yang terbuka tidak memiliki keputusan
        en: --{1} {2} has an empty item: separate the items by single commas
        id: --{1} {2} memiliki butir kosong: pisahkan butir-butirnya dengan satu koma
        en: --{1} is written {2}, and “{3}” is not a step number
        id: --{1} ditulis {2}, dan “{3}” bukan nomor langkah
        en: --case-types {1}={2}: the priority is a whole number, not {3}
        id: --case-types {1}={2}: prioritas jenis kasus adalah bilangan bulat, bukan {3}
        en: --case-types names {1} two times
        id: --case-types menyebut jenis kasus {1} dua kali
        en: --batch is a whole number of cases of at least 1, not {1}
        id: --batch adalah jumlah kasus berupa bilangan bulat paling sedikit 1, bukan {1}
        en: --assign is written STEP=ROLE,…, with + between the roles of a joint step, not {1}={2}
        id: --assign ditulis STEP=ROLE,… (langkah=pelaksana), dengan + di antara pelaksana langkah bersama, bukan {1}={2}
        en: --time gives step {1} two times
        id: --time menyebut langkah {1} dua kali
        en: --decide {1} names no answer: write its label or its number from 1
        id: --decide {1} tidak menyebut jawaban: tuliskan label jawaban atau nomornya mulai dari 1
        en: give --cases N or --horizon DURATION
        id: berikan --cases N (jumlah kasus) atau --horizon DURATION
        en: \nStopped: 1 scenario was not run
        id: \nDihentikan: 1 skenario tidak dijalankan
        en: \nStopped: {1} scenarios were not run
        id: \nDihentikan: {1} skenario tidak dijalankan
        en: Wrote {1}: the comparison and each scenario's report as one HTML page
        id: Menulis {1}: perbandingan dan laporan setiap skenario sebagai satu halaman HTML
        en: --width {1} is too narrow for a timeline
        id: --width {1} terlalu sempit untuk bagan timeline
        en: give at least 40 columns, such as --width 100
        id: berikan paling sedikit 40 kolom, misalnya --width 100
        en: name a case of the run, or --simulated N, not both
        id: sebutkan kasus dalam latihan, atau --simulated N, bukan keduanya
        en: --simulated takes a case number from 1, not {1}
        id: --simulated menerima nomor kasus mulai dari 1, bukan {1}
        en: the simulation's first replication has no case {1}
        id: replikasi pertama simulasi tidak memiliki kasus {1}
        en: it had {1} cases
        id: replikasi itu memiliki {1} kasus
        en: Case {1} has no steps done yet.
        id: Kasus {1} belum memiliki langkah yang selesai.
        en: running host programs is off
        id: menjalankan program di komputer tidak diizinkan
        en: start sopsh with --allow-exec to allow `exec`
        id: mulai sopsh dengan --allow-exec untuk mengizinkan `exec`
        en: cannot run {1}: {2}
        id: tidak dapat menjalankan {1}: {2}
        en: {1}: error: cannot make this folder for the YAML files: {2}
        id: {1}: kesalahan: folder untuk berkas YAML ini tidak dapat dibuat: {2}
        en: hint: check the path and that you may write there
        id: saran: periksa path-nya dan pastikan Anda boleh menulis di sana
        en: another input of this import is saved as {1} too
        id: masukan lain dalam impor ini juga disimpan sebagai {1}
        en: import files with the same name into different folders (-o DIR)
        id: impor berkas-berkas bernama sama ke folder yang berbeda (-o DIR)
        en: cannot write {1}: {2}
        id: tidak dapat menulis {1}: {2}
        en: check that the folder exists and can be written
        id: pastikan foldernya ada dan dapat ditulisi
        en: 1 draft
        id: 1 draf
        en: draft
        id: draf
        """#
}
