/// The Indonesian of `simulate` and `compare` and the times they count in: scenario files and their checks against the SOP, the simulator's limits and warnings, durations, and work calendar files.
extension IndonesianCatalogue {
    static let simulationText = #"""
        # Scenario files: reading the file
        en: cannot read {1}
        id: tidak dapat membaca {1}
        en: check the path
        id: periksa path-nya
        en: the scenario file is empty
        id: berkas skenario kosong
        en: start from examples/bench-seed.scenario.yaml
        id: mulailah dari contoh skenario examples/bench-seed.scenario.yaml
        en: the file is YAML but not a scenario
        id: berkas ini YAML, tetapi bukan skenario
        en: its top level is a mapping with `kedatangan` and `jumlah_kasus`
        id: tingkat teratasnya harus berupa mapping dengan `kedatangan` dan `jumlah_kasus`
        en: scenario “{1}”: {2}
        id: skenario “{1}”: {2}
        en: the scenario does not say how cases arrive
        id: skenario tidak menyebutkan bagaimana kasus datang
        en: add `kedatangan: {{pola: poisson, selang: 40 jam}}`
        id: tambahkan `kedatangan: {{pola: poisson, selang: 40 jam}}`
        en: the scenario does not say when arrivals stop
        id: skenario tidak menyebutkan kapan kedatangan berhenti
        en: add `jumlah_kasus: 1000` or `horizon: 6 bulan`
        id: tambahkan `jumlah_kasus: 1000` atau `horizon: 6 bulan`

        # Scenario files: arrivals (`kedatangan`)
        en: `{1}` is a pattern of arrivals, not a key of `kedatangan`
        id: `{1}` adalah pola kedatangan, bukan kunci di bawah `kedatangan`
        en: write `pola: {1}` and give `{2}`
        id: tuliskan `pola: {1}` dan berikan `{2}`
        en: `pola` must be one of {1}
        id: `pola` harus salah satu dari {1}
        en: poisson: random arrivals; tetap: evenly spaced; daftar: listed times; sekaligus: all at the start
        id: poisson: kedatangan acak; tetap: berjarak sama; daftar: pada waktu-waktu yang didaftar; sekaligus: semuanya di awal
        en: `pola: {1}` does not use `{2}`
        id: `pola: {1}` tidak menggunakan `{2}`
        en: all cases arrive at the start: remove `{1}`
        id: semua kasus datang di awal: hapus `{1}`
        en: these arrivals take {1}: remove `{2}`, or choose another `pola`
        id: kedatangan ini menggunakan {1}: hapus `{2}`, atau pilih `pola` lain
        en: `selang` and `laju` both say how often cases arrive
        id: `selang` dan `laju` sama-sama menyatakan seberapa sering kasus datang
        en: keep one: `selang: 40 jam` (the mean interval) or `laju: 20 per bulan` (cases per period)
        id: pertahankan salah satu: `selang: 40 jam` (selang rata-rata) atau `laju: 20 per bulan` (kasus per periode)
        en: arrivals `{1}` need {2}
        id: kedatangan `{1}` memerlukan {2}
        en: their times
        id: waktu-waktunya
        en: an interval or a rate
        id: selang atau laju
        en: waktu: [2026-03-02T07:30, 2026-03-02T09:00]
        id: waktu: [2026-03-02T07:30, 2026-03-02T09:00]
        en: selang: 40 jam, or laju: 20 per bulan
        id: selang: 40 jam, atau laju: 20 per bulan
        en: the list of arrival times (`waktu`) is empty
        id: daftar waktu kedatangan (`waktu`) kosong
        en: list the moments cases arrive: waktu: [2026-03-02T07:30, 2026-03-02T09:00]
        id: daftarkan saat-saat kasus datang: waktu: [2026-03-02T07:30, 2026-03-02T09:00]
        en: `laju` must read as a number of cases per jam, hari, minggu or bulan, not “{1}”
        id: `laju` harus berupa jumlah kasus per jam, hari, minggu, atau bulan, bukan “{1}”
        en: laju: 20 per bulan
        id: laju: 20 per bulan
        en: faktor_kedatangan changes a rate, and a list of times or a batch has none
        id: faktor_kedatangan mengubah laju, sedangkan daftar waktu atau kedatangan sekaligus tidak memiliki laju
        en: give cases per period instead (`kedatangan: {{pola: poisson, laju: 20 per bulan}}`), or change `jumlah_kasus`
        id: sebagai gantinya, berikan kasus per periode (`kedatangan: {{pola: poisson, laju: 20 per bulan}}`), atau ubah `jumlah_kasus`

        # Scenario files: numbers, times, dates and names
        en: `{1}` is {2}, more than the simulator takes (at most {3})
        id: `{1}` bernilai {2}, melebihi batas yang diterima simulator (paling banyak {3})
        en: `{1}` must be a whole number of at least {2}, not {3}
        id: `{1}` harus berupa bilangan bulat paling sedikit {2}, bukan {3}
        en: write it in plain digits, for example `{1}: 1.5`
        id: tuliskan dengan digit biasa, misalnya `{1}: 1.5`
        en: `{1}` must be a probability between 0 and 1 (or 0% and 100%), not {2}
        id: `{1}` harus berupa peluang antara 0 dan 1 (atau 0% dan 100%), bukan {2}
        en: for example `0.3` or `30%`
        id: misalnya `0.3` atau `30%`
        en: `seed` must be a whole number of zero or more, not {1}
        id: `seed` harus berupa bilangan bulat nol atau lebih, bukan {1}
        en: seed: 42
        id: seed: 42
        en: `{1}` does not read as a time: {2} (at character {3})
        id: `{1}` tidak terbaca sebagai waktu: {2} (pada karakter ke-{3})
        en: write it like `40 jam`, `3 hari` or `1 jam 30 menit`
        id: tuliskan seperti `40 jam`, `3 hari`, atau `1 jam 30 menit`
        en: `{1}` must be one time, not “{2}”
        id: `{1}` harus berupa satu waktu tertentu, bukan “{2}”
        en: write it like `40 jam`
        id: tuliskan seperti `40 jam`
        en: `{1}` must be more than zero
        id: `{1}` harus lebih dari nol
        en: `{1}` must be a date and time, not {2}
        id: `{1}` harus berupa tanggal dan waktu, bukan {2}
        en: write it as YYYY-MM-DDTHH:MM, such as 2026-03-02T07:30
        id: tuliskan dalam bentuk YYYY-MM-DDTHH:MM, misalnya 2026-03-02T07:30
        en: `{1}` must be one of {2}, not {3}
        id: `{1}` harus salah satu dari {2}, bukan {3}
        en: for example `{1}: eksponensial`
        id: misalnya `{1}: eksponensial`
        en: `sebaran_rentang` draws a range uniformly or triangularly, not {1}
        id: `sebaran_rentang` mengundi rentang secara seragam atau segitiga, bukan {1}
        en: write `sebaran_rentang: seragam` or `sebaran_rentang: segitiga`
        id: tuliskan `sebaran_rentang: seragam` atau `sebaran_rentang: segitiga`
        en: {1} must be a step number, not {2}
        id: {1} harus berupa nomor langkah, bukan {2}
        en: `kalender` names no readable calendar file: {1}
        id: `kalender` tidak menunjuk berkas kalender yang dapat dibaca: {1}
        en: write `kantor`, `sepanjang_waktu`, or the path of a calendar file such as kalender-kantor-2026.yaml
        id: tuliskan `kantor`, `sepanjang_waktu`, atau path berkas kalender, misalnya kalender-kantor-2026.yaml
        en: `pegawai` must map role ids to numbers of staff
        id: `pegawai` harus memetakan id pelaksana ke jumlah pegawai
        en: pegawai: {{kepala: 1, tim: 3}}
        id: pegawai: {{kepala: 1, tim: 3}}

        # Scenarios against the SOP: steps, roles and decisions
        en: the scenario gives a time to step {1}, which the SOP does not have
        id: skenario memberikan waktu kepada langkah {1}, padahal SOP tidak memiliki langkah itu
        en: its steps are {1}
        id: langkah-langkahnya: {1}
        en: step {1} is not a decision, so its answers have no probabilities
        id: langkah {1} bukan keputusan, jadi jawaban-jawabannya tidak memiliki peluang
        en: its decisions are {1}
        id: keputusan yang ada: {1}
        en: its answers are {1}
        id: jawaban yang ada: {1}
        en: the probabilities of step {1} add up to {2}, more than 1
        id: jumlah peluang langkah {1} adalah {2}, lebih dari 1
        en: lower them so that they add up to 1 at most
        id: turunkan peluang-peluang itu sehingga jumlahnya paling banyak 1
        en: the SOP has no role `{1}`
        id: SOP tidak memiliki pelaksana `{1}`
        en: its roles are {1}
        id: pelaksana yang ada: {1}
        en: role `{1}` has {2} staff in the SOP, more than the simulator counts (at most {3})
        id: pelaksana `{1}` memiliki {2} pegawai dalam SOP, melebihi yang dapat dihitung simulator (paling banyak {3})
        en: give a realistic number under `pegawai`
        id: berikan jumlah yang realistis di bawah `pegawai`
        en: step {1} is given the role `{2}`, which the SOP does not have
        id: langkah {1} diberi pelaksana `{2}`, padahal SOP tidak memiliki pelaksana itu
        en: step {1} is “{2}” and the scenario gives it none: it counts as zero (give it one: simulate --time {3}=DURATION, or durasi.langkah.{4} in a scenario file)
        id: langkah {1} bertuliskan “{2}” dan skenario tidak memberinya waktu: waktunya dihitung nol (berikan waktu: simulate --time {3}=DURATION, atau durasi.langkah.{4} dalam berkas skenario)

        # Scenarios against the SOP: removed and merged steps
        en: the SOP has no step {1}
        id: SOP tidak memiliki langkah {1}
        en: step {1} does not lead straight to step {2}, so they cannot be merged
        id: langkah {1} tidak langsung mengarah ke langkah {2}, jadi keduanya tidak dapat digabung
        en: merge a process step with the step it leads to
        id: gabungkan langkah proses dengan langkah yang ditujunya

        # Scenario limits: what the simulator takes
        en: {1} replications are more than a simulation needs (at most {2})
        id: {1} replikasi melebihi yang diperlukan simulasi (paling banyak {2})
        en: 5 to 30 replications give a narrow interval; raise the cases instead
        id: 5 sampai 30 replikasi sudah memberikan interval yang sempit; sebagai gantinya, tambah jumlah kasus
        en: {1} cases per replication are more than a run can finish (at most {2})
        id: {1} kasus per replikasi melebihi yang dapat diselesaikan satu simulasi (paling banyak {2})
        en: a million cases already give every figure to a fraction of a per cent
        id: sejuta kasus sudah memberikan setiap angka hingga ketelitian sepersekian persen
        en: a rework cap of {1} is more than a case can loop (at most {2})
        id: batas pengulangan {1} melebihi jumlah putaran yang mungkin bagi satu kasus (paling banyak {2})
        en: a cap of about 10 reworks per case is usual: batas_pengulangan: 10
        id: batas sekitar 10 pengulangan per kasus sudah lazim: batas_pengulangan: 10
        en: role `{1}` is given {2} staff, more than the simulator counts (at most {3})
        id: pelaksana `{1}` diberi {2} pegawai, melebihi yang dapat dihitung simulator (paling banyak {3})
        en: give the number of people who hold the role, such as `pegawai: {{tim: 3}}`
        id: berikan jumlah orang yang memegang peran pelaksana itu, misalnya `pegawai: {{tim: 3}}`
        en: the interval between arrivals must be more than zero
        id: selang antarkedatangan harus lebih dari nol

        # Simulation: why a run stopped early
        en: more than {1} cases were in progress at once, so the run stopped: the staff cannot keep up with the arrivals; add staff or space the arrivals out
        id: lebih dari {1} kasus sedang berjalan bersamaan, jadi simulasi dihentikan: pegawai tidak dapat mengimbangi kedatangan; tambah pegawai atau perpanjang jarak antarkedatangan
        en: the simulated period reached the end of the calendar (9999-12-31) and the run stopped there: simulate fewer cases or a shorter horizon, or start earlier
        id: periode yang disimulasikan mencapai akhir kalender (9999-12-31) dan simulasi berhenti di sana: simulasikan lebih sedikit kasus atau horizon yang lebih pendek, atau mulailah lebih awal

        # Durations: a step's Waktu, and times in scenario files
        en: the time is empty: write one such as {1}
        id: waktunya kosong: tuliskan waktu seperti {1}
        en: a time cannot be negative: write it without the minus sign
        id: waktu tidak boleh negatif: tuliskan tanpa tanda minus
        en: write a zero before the decimal point, such as 0,5 jam
        id: tuliskan nol sebelum tanda desimal, misalnya 0,5 jam
        en: '{1}' needs a number before it, such as 1 {2}
        id: '{1}' memerlukan angka di depannya, misalnya 1 {2}
        en: write the number in digits: 1 {1} instead of '{2}'
        id: tuliskan angkanya dengan digit: 1 {1}, bukan '{2}'
        en: expected a number, not '{1}': write a time such as {2}
        id: seharusnya angka, bukan '{1}': tuliskan waktu seperti {2}
        en: {1} is too large for a standard time: write a larger unit instead, such as hari or bulan
        id: {1} terlalu besar untuk waktu baku: gunakan satuan yang lebih besar, misalnya hari atau bulan
        en: {1} needs a unit: write {2}
        id: {1} memerlukan satuan: tuliskan {2}
        en: fractions are not read: write a decimal, such as 0,5 jam
        id: pecahan tidak dapat dibaca: tuliskan bilangan desimal, misalnya 0,5 jam
        en: exponents are not read: write the number in plain digits, such as 1000
        id: eksponen tidak dapat dibaca: tuliskan angkanya dengan digit biasa, misalnya 1000
        en: {1}: write each unit once, largest first, such as 1 jam 30 menit
        id: {1}: tuliskan setiap satuan sekali saja, dari yang terbesar, misalnya 1 jam 30 menit
        en: the range has no upper end: write both ends, such as 1-2 jam
        id: rentang tidak memiliki batas atas: tuliskan kedua batasnya, misalnya 1-2 jam
        en: unexpected '{1}' after the time: a time is only numbers and units, such as 1 jam 30 menit; notes belong in Keterangan
        id: '{1}' tidak diharapkan setelah waktu: waktu hanya terdiri atas angka dan satuan, misalnya 1 jam 30 menit; catatan ditulis di Keterangan

        # Work calendar files
        en: the calendar file is empty
        id: berkas kalender kosong
        en: start from examples/kalender-kantor-2026.yaml
        id: mulailah dari contoh kalender examples/kalender-kantor-2026.yaml
        en: the file is YAML but not a work calendar
        id: berkas ini YAML, tetapi bukan kalender kerja
        en: its top level is a mapping with `jam_kerja`, `libur` and `sepanjang_waktu`
        id: tingkat teratasnya harus berupa mapping dengan `jam_kerja`, `libur`, dan `sepanjang_waktu`
        en: the calendar has no working hours, so no work would ever finish
        id: kalender tidak memiliki jam kerja, sehingga tidak ada pekerjaan yang akan pernah selesai
        en: or write `sepanjang_waktu: true` for round the clock
        id: atau tuliskan `sepanjang_waktu: true` untuk kalender sepanjang waktu
        en: `{1}` is not a working interval
        id: `{1}` bukan selang jam kerja
        en: `{1}` ends before it starts
        id: `{1}` berakhir sebelum dimulai
        en: `{1}` in `{2}` is not a time of day
        id: `{1}` dalam `{2}` bukan jam yang sah
        en: `{1}` in `{2}` is not a time of day: {3}
        id: `{1}` dalam `{2}` bukan jam yang sah: {3}
        en: on {1}, `{2}` overlaps `{3}`
        id: pada {1}, `{2}` tumpang-tindih dengan `{3}`
        en: "list each stretch of working time once, with the break between intervals: "
        id: "tuliskan setiap rentang jam kerja sekali saja, dengan waktu istirahat di antara selang-selangnya: "
        en: a holiday needs its date
        id: hari libur memerlukan tanggalnya
        en: write `tanggal: 2026-03-19` in it
        id: tuliskan `tanggal: 2026-03-19` di dalamnya
        en: {1} is listed twice (first at line {2})
        id: {1} tercantum dua kali (pertama kali pada baris {2})
        en: keep one entry for each date
        id: pertahankan satu entri untuk setiap tanggal
        en: `{1}` is not a date
        id: `{1}` bukan tanggal
        en: write it as YYYY-MM-DD, such as 2026-03-19
        id: tuliskan dalam bentuk YYYY-MM-DD, misalnya 2026-03-19
        en: `{1}` does not exist: a year has months 01 to 12
        id: `{1}` tidak ada: bulan dalam setahun hanya 01 sampai 12
        en: `{1}` does not exist: {2} {3} has {4} days
        id: `{1}` tidak ada: {2} {3} hanya memiliki {4} hari
        en: check the date against the official list (the SKB on national holidays and cuti bersama)
        id: periksa tanggalnya dengan daftar resmi (SKB tentang hari libur nasional dan cuti bersama)
        en: `{1}` must be true or false, not `{2}`
        id: `{1}` harus true atau false, bukan `{2}`
        en: write `{1}: true` for round the clock, or leave it out
        id: tuliskan `{1}: true` untuk kalender sepanjang waktu, atau hilangkan saja

        # The calendar's summary (`calendar`)
        en: Round the clock: every minute is working time and 1 hari is 24 jam{1}
        id: Sepanjang waktu: setiap menit adalah jam kerja dan 1 hari adalah 24 jam{1}
        en: 1 holiday:
        id: 1 hari libur:
        en: {1} holidays:
        id: {1} hari libur:

        # The shell's language and `walk` (listed with the simulation's patterns)
        en: expected {1}, found {2}
        id: diharapkan {1}, tetapi ditemukan {2}
        en: add `{1}`
        id: tambahkan `{1}`
        en: Ctrl-C
        id: Ctrl-C

        # Not reached by the tests
        # — scenario files (ScenarioFile, ScenarioFileReader, ScenarioFileArrivals, ScenarioFileValues)
        en: see examples/bench-seed.scenario.yaml
        id: lihat contoh skenario examples/bench-seed.scenario.yaml
        en: write `pola: {1}`
        id: tuliskan `pola: {1}`
        en: for example `{1}: {2}`
        id: misalnya `{1}: {2}`
        en: write it like `3` or "3.1"
        id: tuliskan seperti `3` atau "3.1"
        en: change {1} has no name
        id: perubahan {1} tidak memiliki nama
        en: give it one: `nama: tambah tim`
        id: berikan nama: `nama: tambah tim`
        en: `keputusan.{1}` must map answers to probabilities
        id: `keputusan.{1}` harus memetakan jawaban ke peluang
        en: ""{1}": {{perlu perbaikan: 0.3}}"
        id: ""{1}": {{perlu perbaikan: 0.3}}"
        en: a case type needs a name
        id: jenis kasus memerlukan nama
        en: nama: mendesak
        id: nama: mendesak
        en: each item of `gabung_langkah` is a pair of step numbers
        id: setiap butir `gabung_langkah` berupa sepasang nomor langkah
        en: gabung_langkah: [[9, 10]]
        id: gabung_langkah: [[9, 10]]
        en: `{1}` must be a mapping keyed by step number
        id: `{1}` harus berupa mapping dengan nomor langkah sebagai kunci
        en: write `"3": …` lines under it
        id: tuliskan baris-baris `"3": …` di bawahnya
        # — scenarios against the SOP (StepCompiler, SimulationModel, FlowEdits)
        en: the scenario gives probabilities for step {1}, which the SOP does not have
        id: skenario memberikan peluang untuk langkah {1}, padahal SOP tidak memiliki langkah itu
        en: the probability of “{1}” at step {2} is {3}; it must be between 0 and 1
        id: peluang “{1}” pada langkah {2} bernilai {3}; peluang harus antara 0 dan 1
        en: write 0.3 or 30%
        id: tuliskan 0.3 atau 30%
        en: the answer “{1}” of step {2} is given two probabilities
        id: jawaban “{1}” pada langkah {2} diberi dua peluang
        en: keep one
        id: pertahankan salah satu
        en: the probabilities of step {1} add up to {2}, not 1
        id: jumlah peluang langkah {1} adalah {2}, bukan 1
        en: raise them so that they add up to 1, or leave one answer out to take the rest
        id: naikkan peluang-peluang itu sehingga jumlahnya 1, atau biarkan satu jawaban tanpa peluang agar mendapat sisanya
        en: the SOP is a draft with 1 error, so no case can run through it: {1}
        id: SOP ini masih draf dengan 1 kesalahan, jadi tidak ada kasus yang dapat berjalan melaluinya: {1}
        en: the SOP is a draft with {1} errors, so no case can run through it; the first: {2}
        id: SOP ini masih draf dengan {1} kesalahan, jadi tidak ada kasus yang dapat berjalan melaluinya; yang pertama: {2}
        en: run `check` and fix the errors
        id: jalankan `check` dan perbaiki kesalahan-kesalahannya
        en: the calendar has no working time
        id: kalender tidak memiliki jam kerja
        en: give it working hours, or use `sepanjang_waktu`
        id: berikan jam kerja pada kalender itu, atau gunakan `sepanjang_waktu`
        en: step {1} is given no role
        id: langkah {1} tidak diberi pelaksana
        en: after the scenario's edits, step {1} can no longer reach the end
        id: setelah perubahan dari skenario, langkah {1} tidak dapat lagi mencapai akhir prosedur
        en: remove or merge other steps
        id: hapus atau gabungkan langkah-langkah lain
        en: step {1} has no time and the scenario gives it none: it counts as zero (give it one: simulate --time {2}=DURATION, or durasi.langkah.{3} in a scenario file)
        id: langkah {1} tidak memiliki waktu dan skenario tidak memberinya waktu: waktunya dihitung nol (berikan waktu: simulate --time {2}=DURATION, atau durasi.langkah.{3} dalam berkas skenario)
        en: an arrival time ({1}) is before the scenario starts ({2})
        id: suatu waktu kedatangan ({1}) lebih awal daripada mulainya skenario ({2})
        en: start the scenario earlier, or leave its start out
        id: mulailah skenario lebih awal, atau hilangkan waktu mulainya
        en: step {1} has an arrow that leads nowhere
        id: langkah {1} memiliki panah yang tidak mengarah ke mana pun
        en: run `check` and link it
        id: jalankan `check` dan hubungkan panah itu
        en: add the steps of the procedure
        id: tambahkan langkah-langkah prosedurnya
        en: step {1} was already removed or merged into another step
        id: langkah {1} sudah dihapus atau digabung ke langkah lain
        en: step {1} cannot be removed: it leads only to itself
        id: langkah {1} tidak dapat dihapus: langkah itu hanya mengarah ke dirinya sendiri
        en: removing step {1} leaves no step for a case to go through
        id: menghapus langkah {1} tidak menyisakan langkah yang dapat dilalui kasus
        en: keep at least one step
        id: pertahankan paling sedikit satu langkah
        # — scenario limits (ScenarioLimits)
        en: a scenario needs at least one replication, not {1}
        id: skenario memerlukan paling sedikit satu replikasi, bukan {1}
        en: replikasi: 5
        id: replikasi: 5
        en: a run needs at least one thread, not {1}
        id: simulasi memerlukan paling sedikit satu thread, bukan {1}
        en: leave `utas` out to use every core
        id: hilangkan `utas` agar semua inti prosesor digunakan
        en: the number of cases cannot be negative ({1})
        id: jumlah kasus tidak boleh negatif ({1})
        en: the rework cap cannot be negative ({1})
        id: batas pengulangan tidak boleh negatif ({1})
        en: batas_pengulangan: 10
        id: batas_pengulangan: 10
        en: role `{1}` is given {2} staff; a role needs at least one person
        id: pelaksana `{1}` diberi {2} pegawai; setiap pelaksana memerlukan paling sedikit satu orang
        en: a spread of durations cannot be {1}
        id: lebar sebaran durasi tidak boleh {1}
        en: 0.5 is ±50 % (uniform, triangular) or a coefficient of variation of 0.5
        id: 0.5 berarti ±50 % (seragam, segitiga) atau koefisien variasi 0.5
        en: a range is drawn uniform or triangular, not {1}
        id: rentang diundi secara seragam atau segitiga, bukan {1}
        en: the shares of the case types must be positive
        id: porsi jenis-jenis kasus harus positif
        en: porsi: 0.2
        id: porsi: 0.2
        en: the list of arrival times is empty
        id: daftar waktu kedatangan kosong
        en: a batch needs a number of cases
        id: kedatangan sekaligus memerlukan jumlah kasus
        en: jumlah_kasus: 100
        id: jumlah_kasus: 100
        en: the horizon must be more than zero
        id: horizon harus lebih dari nol
        en: horizon: 6 bulan
        id: horizon: 6 bulan
        en: give `jumlah_kasus` or `horizon`
        id: berikan `jumlah_kasus` atau `horizon`
        # — durations (DurationParser)
        en: unknown unit '{1}': did you mean {2}? write menit, jam, hari, hari kerja, minggu or bulan (short: m, h, d, w)
        id: satuan '{1}' tidak dikenal: maksud Anda {2}? tuliskan menit, jam, hari, hari kerja, minggu, atau bulan (singkatan: m, h, d, w)
        en: unknown unit '{1}': write menit, jam, hari, hari kerja, minggu or bulan (short: m, h, d, w)
        id: satuan '{1}' tidak dikenal: tuliskan menit, jam, hari, hari kerja, minggu, atau bulan (singkatan: m, h, d, w)
        # — work calendar files (WorkCalendarFile)
        en: see examples/kalender-kantor-2026.yaml
        id: lihat contoh kalender examples/kalender-kantor-2026.yaml
        en: " (its {1} holidays are ignored)"
        id: " ({1} hari libur dalam kalender ini diabaikan)"
        en: "give weekdays their hours under `jam_kerja`, such as `senin: ["07:30-12:00", "13:00-16:00"]`, "
        id: "berikan jam kerja untuk hari-hari kerja di bawah `jam_kerja`, misalnya `senin: ["07:30-12:00", "13:00-16:00"]`, "
        en: `{1}` must be a list of working intervals, not {2}
        id: `{1}` harus berupa daftar selang jam kerja, bukan {2}
        en: write `{1}: ["07:30-12:00", "13:00-16:00"]`, or `[]` for a closed day
        id: tuliskan `{1}: ["07:30-12:00", "13:00-16:00"]`, atau `[]` untuk hari tutup
        en: write it as "HH:MM-HH:MM", such as "07:30-12:00"
        id: tuliskan dalam bentuk "HH:MM-HH:MM", misalnya "07:30-12:00"
        en: an interval lies within one day: split night work into "22:00-24:00" and, on the next day, "00:00-06:00"
        id: satu selang berada dalam satu hari: pisahkan kerja malam menjadi "22:00-24:00" dan, pada hari berikutnya, "00:00-06:00"
        en: write hours and minutes as HH:MM, such as "07:30-12:00"
        id: tuliskan jam dan menit dalam bentuk HH:MM, misalnya "07:30-12:00"
        en: write a time within the day, such as "07:30-16:00"
        id: tuliskan jam yang berada dalam satu hari, misalnya "07:30-16:00"
        en: ""07:30-12:00", "13:00-16:00""
        id: ""07:30-12:00", "13:00-16:00""
        """#
}
