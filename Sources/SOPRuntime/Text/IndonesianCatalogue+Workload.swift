/// The Indonesian of an office's results and of its workload analysis (`simulate OFFICE.yaml`,
/// `workload`), in the words the civil service's ABK forms use: beban kerja, jam kerja
/// efektif, kebutuhan pegawai, efisiensi jabatan.
extension IndonesianCatalogue {
    static let workloadText = #"""
        # An office simulated: its headline and tables
        en: Office {1}, scenario {2}: {3} of {4} cases of {5} SOPs finished in 1 replication, seed {6}
        id: Kantor {1}, skenario {2}: {3} dari {4} kasus dari {5} SOP selesai dalam 1 replikasi, seed {6}
        en: Office {1}, scenario {2}: {3} of {4} cases of {5} SOPs finished in {6} replications, seed {7}
        id: Kantor {1}, skenario {2}: {3} dari {4} kasus dari {5} SOP selesai dalam {6} replikasi, seed {7}
        en: Bottleneck of the office: {1} ({2}), utilisation {3}
        id: Hambatan utama kantor: {1} ({2}), utilisasi {3}
        en: The year's work costs {1}
        id: Biaya pekerjaan setahun: {1}
        en: SOP
        id: SOP
        en: Cases a year
        id: Kasus per tahun
        en: Lead time (h)
        id: Waktu penyelesaian (jam)
        en: p90 (h)
        id: p90 (jam)
        en: Target (h)
        id: Target (jam)
        en: Within target
        id: Dalam target
        en: Cost a case
        id: Biaya per kasus
        en: Position
        id: Jabatan
        en: Busy hours a year
        id: Jam sibuk per tahun
        en: Cost a year
        id: Biaya per tahun
        en: SOPs
        id: SOP
        en: Ctrl-C stopped the run: the figures are of the cases that finished
        id: Ctrl-C menghentikan simulasi: angka-angkanya berasal dari kasus yang sudah selesai

        # The workload analysis (Analisis Beban Kerja)
        en: Workload analysis (ABK) of {1}: effective hours a year {2}, staff needed = workload ÷ effective hours
        id: Analisis beban kerja (ABK) {1}: jam kerja efektif setahun {2}, kebutuhan pegawai = beban kerja ÷ jam kerja efektif
        en: Workload (h)
        id: Beban kerja (jam)
        en: Effective hours
        id: Jam kerja efektif
        en: Needed
        id: Kebutuhan
        en: Rounded
        id: Pembulatan
        en: Today
        id: Pegawai yang ada
        en: Difference
        id: Selisih (+/-)
        en: Efficiency
        id: Efisiensi jabatan
        en: Rating
        id: Prestasi kerja jabatan
        en: Utilisation (simulated)
        id: Utilisasi (simulasi)
        en: For the targets
        id: Untuk target
        en: Standard time (h)
        id: Waktu baku (jam)
        en: Volume a year
        id: Volume per tahun
        en: {1} ({2}):
        id: {1} ({2}):
        en: very good (over 1.00)
        id: Sangat Baik (di atas 1,00)
        en: good (0.90–1.00)
        id: Baik (0,90–1,00)
        en: fair (0.70–0.89)
        id: Cukup (0,70–0,89)
        en: moderate (0.50–0.69)
        id: Sedang (0,50–0,69)
        en: poor (under 0.50)
        id: Kurang (di bawah 0,50)
        en: Ratings (efficiency = workload ÷ (staff today × effective hours)): A {1}, B {2}, C {3}, D {4}, E {5}
        id: Prestasi kerja jabatan (efisiensi jabatan = beban kerja ÷ (pegawai yang ada × jam kerja efektif)): A {1}, B {2}, C {3}, D {4}, E {5}
        en: For the targets: the fewest staff found (adding one person at a time to the busiest position that a missed target waits for) at which every SOP finishes {1} of its cases within its target
        id: Untuk target: jumlah pegawai paling sedikit yang ditemukan (dengan menambah satu orang demi satu orang pada jabatan tersibuk yang ditunggu oleh target yang terlewat) yang membuat setiap SOP menyelesaikan {1} dari kasus-kasusnya dalam targetnya
        en: For the targets: no staffing found within {1} rounds meets every target; still missed: {2}
        id: Untuk target: tidak ditemukan susunan pegawai dalam {1} putaran yang memenuhi semua target; yang masih terlewat: {2}
        en: Workload analysis of {1}
        id: Analisis beban kerja {1}
        en: Workload analysis (ABK)
        id: Analisis beban kerja (ABK)
        en: Staff needed = workload (volume a year × standard time) ÷ effective hours of one person a year ({1} less leave).
        id: Kebutuhan pegawai = beban kerja (volume per tahun × waktu baku) ÷ jam kerja efektif satu orang per tahun ({1} dikurangi cuti).
        en: The office simulated: {1} cases, {2} replications
        id: Simulasi kantor: {1} kasus, {2} replikasi

        # The workload command
        en: the workload analysis (ABK) of an office file: staff needed per position, beside the simulated office
        id: analisis beban kerja (ABK) suatu berkas kantor: kebutuhan pegawai per jabatan, berdampingan dengan simulasi kantor
        en: Reads OFFICE.yaml (its SOPs, their cases a year, the positions (jabatan) that fill their roles: see docs/simulation.md) and prints the workload analysis per position as Permen PANRB No. 1 Tahun 2020 computes it: each task (a step of an SOP the position does) has its standard time and its volume a year (the SOP's cases × how often a case comes to the step, rework at the decisions' odds); the workload is their product summed; staff needed = workload ÷ the effective hours of one person a year (1250 by default, less the position's leave), rounded (half or more up, at least one for any work); the difference is staff today less staff needed; the efficiency is workload ÷ (staff today × effective hours), rated A to E. Beside it: the office simulated at today's staffing (utilisation and the mean wait for each position), and, when SOPs have targets, the fewest staff found at which every SOP finishes --level (default 0.9) of its cases within its target. --scenario applies a named change of the file; --no-simulation prints the analysis alone; --tasks lists each position's tasks; --csv and --tasks-csv write them for a spreadsheet; --report writes the whole as one HTML page.
        id: Membaca OFFICE.yaml (SOP-SOP-nya, jumlah kasusnya per tahun, dan jabatan yang mengisi setiap pelaksana SOP itu: lihat docs/simulation.md) lalu mencetak analisis beban kerja per jabatan sebagaimana dihitung menurut Permen PANRB No. 1 Tahun 2020: setiap tugas (langkah SOP yang dikerjakan jabatan itu) memiliki waktu baku dan volume per tahun (jumlah kasus SOP × seberapa sering satu kasus sampai ke langkah itu, pengulangan menurut peluang keputusan); beban kerja adalah jumlah hasil kali keduanya; kebutuhan pegawai = beban kerja ÷ jam kerja efektif satu orang per tahun (bawaan 1250, dikurangi cuti jabatan itu), dibulatkan (setengah atau lebih ke atas, paling sedikit satu untuk pekerjaan apa pun); selisihnya adalah pegawai yang ada dikurangi kebutuhan pegawai; efisiensi jabatan adalah beban kerja ÷ (pegawai yang ada × jam kerja efektif), dengan prestasi A sampai E. Di sampingnya: simulasi kantor dengan pegawai yang ada (utilisasi dan tunggu rata-rata setiap jabatan), dan, jika SOP memiliki target, jumlah pegawai paling sedikit yang ditemukan yang membuat setiap SOP menyelesaikan --level (bawaan 0.9) kasusnya dalam targetnya. --scenario menerapkan skenario perubahan bernama dari berkas itu; --no-simulation mencetak analisisnya saja; --tasks menampilkan tugas-tugas setiap jabatan; --csv dan --tasks-csv menuliskannya untuk lembar kerja; --report menulis seluruhnya sebagai satu halaman laporan HTML.
        en: a named change of the office file (default its baseline)
        id: perubahan bernama dari berkas kantor (bawaan: skenario dasarnya)
        en: effective hours of one person a year (default the file's, or 1250)
        id: jam kerja efektif satu orang per tahun (bawaan: dari berkas, atau 1250)
        en: the share of cases that must finish within a target (default 0.9)
        id: bagian kasus yang harus selesai dalam target (bawaan 0.9)
        en: the analysis alone, without simulating the office
        id: analisisnya saja, tanpa menyimulasikan kantor
        en: list each position's tasks
        id: tampilkan tugas-tugas setiap jabatan
        en: write one row per position to FILE
        id: tulis satu baris per jabatan ke berkas FILE
        en: write one row per task to FILE
        id: tulis satu baris per tugas ke berkas FILE
        en: write the analysis and the simulated office as one HTML page
        id: tulis analisis dan simulasi kantor sebagai satu halaman HTML
        en: independent runs (default the file's, or 5)
        id: replikasi yang saling bebas (bawaan: dari berkas, atau 5)
        en: the random seed (default the file's, or 1)
        id: seed acak (bawaan: dari berkas, atau 1)
        en: --effective-hours is a number of hours from 1 to 8760, not {1}
        id: --effective-hours adalah jumlah jam dari 1 sampai 8760, bukan {1}
        en: agencies use 1200 to 1300, for example --effective-hours 1250
        id: instansi memakai 1200 sampai 1300, misalnya --effective-hours 1250
        en: Wrote {1}: a row per position
        id: Menulis {1}: satu baris per jabatan
        en: Wrote {1}: a row per task
        id: Menulis {1}: satu baris per tugas
        en: --level is a share above 0 and at most 1 (or 100%), not {1}
        id: --level adalah bagian di atas 0 dan paling banyak 1 (atau 100%), bukan {1}
        en: for example --level 0.9 or --level 95%
        id: misalnya --level 0.9 atau --level 95%
        en: --{1} does not apply to an office file
        id: --{1} tidak berlaku untuk berkas kantor
        en: an office says its staff, demand and edits in the file (`jabatan`, `sop`, `perubahan`); choose a change with --scenario, or see `help workload`
        id: kantor menyebutkan pegawai, permintaan, dan suntingannya di dalam berkas (`jabatan`, `sop`, `perubahan`); pilih skenario perubahan dengan --scenario, atau lihat analisis beban kerja di `help workload`
        en: the office file has no change named “{1}”
        id: berkas kantor tidak memiliki perubahan bernama “{1}”
        en: the office file has only its baseline: there is nothing to compare it with
        id: berkas kantor hanya memiliki skenario dasarnya: tidak ada yang dapat dibandingkan dengannya
        en: add named changes under `perubahan:`
        id: tambahkan perubahan bernama di bawah `perubahan:`

        # Building an office's simulation
        en: the office calendar has no working time
        id: kalender kantor tidak memiliki jam kerja
        en: the office runs no SOP
        id: kantor ini tidak menjalankan SOP apa pun
        en: list its SOPs under `sop`
        id: daftarkan SOP-nya di bawah `sop`
        en: {1}: its cases must arrive at a rate above zero
        id: {1}: kasus-kasusnya harus datang dengan laju di atas nol
        en: {1}: no position fills its role `{2}` ({3})
        id: {1}: tidak ada jabatan yang mengisi pelaksana `{2}` ({3})
        en: add `{1}: JABATAN` under its `pelaksana`
        id: tambahkan `{1}: JABATAN` di bawah `pelaksana`-nya
        """#
}
