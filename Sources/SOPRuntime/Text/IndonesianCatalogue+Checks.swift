/// The Indonesian of `check`'s findings and hints, and of training runs: cases walked step by step, their refusals and the run journal.
extension IndonesianCatalogue {
    static let checksText = #"""
        # Findings of `check`: the cover and the roles
        en: error: {1}
        id: kesalahan: {1}
        en: missing from the cover (identitas)
        id: belum diisi pada sampul (identitas)
        en: fill in `{1}` under `identitas`
        id: isi `{1}` di bawah `identitas`
        en: role {1}
        id: pelaksana {1}
        en: role id `{1}` must start with a lowercase letter a–z, then only a–z, digits, `_` or `-`
        id: id pelaksana `{1}` harus diawali huruf kecil a–z, lalu hanya berisi a–z, angka, `_`, atau `-`
        en: for example `id: {1}`
        id: misalnya `id: {1}`
        en: role id `{1}` is used by roles {2} and {3}
        id: id pelaksana `{1}` dipakai oleh pelaksana {2} dan {3}
        en: give each role its own id
        id: beri setiap pelaksana id-nya sendiri
        en: role `{1}` has no name
        id: pelaksana `{1}` tidak memiliki nama
        en: write the name as the document's column heading gives it
        id: tuliskan nama sebagaimana tertulis pada judul kolom dokumen
        en: role `{1}` has {2} staff; a role needs at least one person
        id: pelaksana `{1}` memiliki {2} pegawai; setiap pelaksana memerlukan sedikitnya satu orang
        en: set `jumlah` to 1 or more
        id: tetapkan `jumlah` menjadi 1 atau lebih
        en: for example `{1}: 2`
        id: misalnya `{1}: 2`
        en: for example {1}
        id: misalnya {1}

        # Findings of `check`: step numbers and executors
        en: row {1} of the table has no step number
        id: baris {1} tabel tidak memiliki nomor langkah
        en: give it a number (`nomor:`) so that answers and people can name it
        id: beri nomor (`nomor:`) agar jawaban dan orang dapat merujuknya
        en: step number {1} is used twice (rows {2} and {3})
        id: nomor langkah {1} dipakai dua kali (baris {2} dan {3})
        en: renumber one of them; answers that lead to {1} go to the first
        id: nomori ulang salah satunya; jawaban yang mengarah ke {1} menuju baris yang pertama
        en: the executor `{1}` is not a role of this SOP
        id: pelaksana `{1}` bukan pelaksana dalam SOP ini
        en: add it under `pelaksana`, or use one of: {1}
        id: tambahkan di bawah `pelaksana`, atau gunakan salah satu dari: {1}
        en: a role is named twice among the executors
        id: ada pelaksana yang disebut dua kali di antara pelaksana langkah ini
        en: name each role once
        id: sebut setiap pelaksana satu kali saja

        # Findings of `check`: decisions, answers and the flow
        en: `lanjut_ke` leads to step {1}, which does not exist
        id: `lanjut_ke` mengarah ke langkah {1}, yang tidak ada
        en: point it at an existing step or at `selesai`
        id: arahkan ke langkah yang ada atau ke `selesai`
        en: a decision needs at least two answers; this one has {1}
        id: keputusan memerlukan sedikitnya dua jawaban; keputusan ini memiliki {1}
        en: add the other answer (such as `perlu perbaikan` or `Tidak`) with where it leads
        id: tambahkan jawaban lainnya (misalnya `perlu perbaikan` atau `Tidak`) beserta tujuannya
        en: answer {1} has no label
        id: jawaban {1} tidak memiliki label
        en: write the answer as the diamond shows it, such as `menyetujui`
        id: tuliskan jawaban sebagaimana tertera pada belah ketupat, misalnya `menyetujui`
        en: the answer “{1}” is given twice
        id: jawaban “{1}” diberikan dua kali
        en: give each answer its own label
        id: beri setiap jawaban labelnya sendiri
        en: the answer “{1}” leads to step {2}, which does not exist
        id: jawaban “{1}” mengarah ke langkah {2}, yang tidak ada
        en: link it to an existing step: `link {1} {2} STEP`
        id: hubungkan jawaban itu ke langkah yang ada: `link {1} {2} STEP`
        en: the SOP has no steps
        id: SOP ini tidak memiliki langkah
        en: add the flowchart's rows under `kegiatan`
        id: tambahkan baris-baris diagram alir di bawah `kegiatan`
        en: no path from the first step reaches this step
        id: tidak ada jalur dari langkah pertama yang mencapai langkah ini
        en: link an answer to it, or remove it if it is no longer done
        id: hubungkan suatu jawaban ke langkah ini, atau hapus langkah ini jika tidak lagi dilakukan
        en: {1} form a loop with no way out: every path leads back into it
        id: {1} membentuk putaran tanpa jalan keluar: setiap jalur kembali ke dalamnya
        en: give one of these steps `lanjut_ke` a step after the loop, or `selesai`
        id: isi `lanjut_ke` salah satu langkah ini dengan langkah sesudah putaran, atau `selesai`
        en: link an answer of {1} to a step after the loop, or to `selesai`
        id: hubungkan salah satu jawaban {1} ke langkah sesudah putaran, atau ke `selesai`
        en: the flow stops at this step and never reaches the end
        id: alur berhenti di langkah ini dan tidak pernah mencapai akhir
        en: give the decision its answers, each leading to a step or `selesai`
        id: beri keputusan itu jawaban-jawabannya, masing-masing mengarah ke suatu langkah atau `selesai`

        # Findings of `check`: what each row says
        en: write what is done, as a verb phrase without subject
        id: tuliskan apa yang dilakukan, sebagai frasa kerja tanpa subjek
        en: the time “{1}” does not read: {2} (at character {3})
        id: waktu “{1}” tidak dapat dibaca: {2} (pada karakter ke-{3})
        en: write it like `30 menit`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja` or `Sesuai kebutuhan`
        id: tuliskan seperti `30 menit`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja`, atau `Sesuai kebutuhan`
        en: write it like `{1}: 40 jam`
        id: tuliskan seperti `{1}: 40 jam`
        en: the range “{1}” ends before it starts
        id: rentang “{1}” berakhir sebelum dimulai
        en: write the shorter time first, such as `1-2 jam`
        id: tuliskan waktu yang lebih singkat terlebih dahulu, misalnya `1-2 jam`
        en: requirements that the step before does not produce, not traced further back: {1}; the SOP has {2} steps, more than {3}
        id: persyaratan yang tidak dihasilkan oleh langkah sebelumnya, tidak ditelusuri lebih jauh ke belakang: {1}; SOP ini memiliki {2} langkah, lebih dari {3}
        en: check those hand-offs by hand, or split the SOP
        id: periksa serah terima itu secara manual, atau pecah SOP ini

        # Training runs: cases
        en: a case name is at most {1} characters; this one has {2}
        id: nama kasus paling banyak {1} karakter; nama ini memiliki {2} karakter
        en: there is already a case named {1}
        id: sudah ada kasus bernama {1}
        en: a case named {1} was started already
        id: kasus bernama {1} sudah dimulai sebelumnya
        en: there is no case named {1}
        id: tidak ada kasus bernama {1}
        en: case {1} has finished
        id: kasus {1} sudah selesai
        en: case {1} has reached the end of the procedure
        id: kasus {1} sudah mencapai akhir prosedur
        en: there is nothing to undo
        id: tidak ada yang dapat dibatalkan

        # Training runs: a step that cannot be done now
        en: step {1} is a decision: answer it with decide
        id: langkah {1} adalah keputusan: berikan jawaban dengan decide
        en: step {1} is not a decision: carry it out with do
        id: langkah {1} bukan keputusan: laksanakan dengan do
        en: step {1} has no answer “{2}”
        id: langkah {1} tidak memiliki jawaban “{2}”
        en: {1} has already done its part of the joint step {2}; it waits for {3}
        id: {1} sudah mengerjakan bagiannya dalam langkah bersama {2}; kini menunggu {3}
        en: step {1} is not ready: it needs “{2}”, which {3}, and case {4} does not hold it
        id: langkah {1} belum siap: langkah ini memerlukan “{2}”, yang {3}, dan kasus {4} tidak memilikinya
        en: step {1} produces
        id: dihasilkan oleh langkah {1}
        en: steps {1} and {2} produce
        id: dihasilkan oleh langkah {1} dan {2}
        en: undo, then take a path through step {1}
        id: batalkan dengan undo, lalu tempuh jalur yang melalui langkah {1}
        en: step {1} is not ready: {2}
        id: langkah {1} belum siap: {2}
        en: it needs “{1}”
        id: perlu “{1}”
        en: step {1} has no standard time ({2}): say how long it took
        id: langkah {1} tidak memiliki waktu baku ({2}): sebutkan berapa lama langkah itu berlangsung
        en: no standard time
        id: tidak ada waktu baku
        en: refused
        id: ditolak

        # Training runs: the run journal
        en: no run journal at {1}
        id: tidak ada jurnal latihan di {1}
        en: a run is journaled from its first `start`
        id: latihan dicatat dalam jurnal sejak `start` pertamanya
        en: the journal is in format {1}, which this sopsh does not read (it reads {2})
        id: jurnal ini berformat {1}, yang tidak dapat dibaca oleh sopsh ini (sopsh ini membaca {2})
        en: open it with the sopsh that wrote it, or save the run again from there with save-run
        id: bukalah dengan sopsh yang menulisnya, atau simpan ulang latihan itu dari sana dengan save-run
        en: line {1} of the run journal: {2}
        id: baris {1} jurnal latihan: {2}
        en: the journal was changed by hand or damaged; keep a copy and mend or remove the line to resume
        id: jurnal ini telah diubah secara manual atau rusak; simpan salinannya, lalu perbaiki atau hapus baris itu untuk melanjutkan latihan
        en: line {1} of the run journal cannot be read
        id: baris {1} jurnal latihan tidak dapat dibaca
        en: the journal was changed by hand or damaged; keep a copy and remove the line to resume
        id: jurnal ini telah diubah secara manual atau rusak; simpan salinannya, lalu hapus baris itu untuk melanjutkan latihan
        en: the run names row {1} of the table, and rows count from 1
        id: latihan ini menyebut baris {1} tabel, padahal baris dihitung mulai dari 1
        en: the run names a step this SOP does not have (row {1})
        id: latihan ini menyebut langkah yang tidak dimiliki SOP ini (baris {1})
        en: step {1} of the run is a decision in this SOP, not a process step
        id: langkah {1} dalam latihan ini adalah keputusan dalam SOP ini, bukan langkah proses
        en: the run answers step {1} as a decision, but in this SOP it is a process step
        id: latihan ini memberikan jawaban pada langkah {1} sebagai keputusan, padahal dalam SOP ini langkah itu adalah langkah proses
        en: the run gives answer {1} at step {2}, which has {3} answers
        id: latihan ini memberikan jawaban {1} pada langkah {2}, yang memiliki {3} jawaban

        # Shell messages listed with this part
        en: --{1} is written {2}, not {3}
        id: --{1} ditulis {2}, bukan {3}
        en: save {1}.yaml
        id: simpan dengan: save {1}.yaml
        en: {1} files
        id: {1} berkas

        # Not reached by the tests
        en: {1} is not a sopsh run journal (its first line is not a run header)
        id: {1} bukan jurnal latihan sopsh (baris pertamanya bukan kepala jurnal latihan)
        en: name a file written by sopsh's runs or save-run
        id: sebutkan berkas yang ditulis oleh latihan sopsh atau oleh save-run
        en: answer {1} is not an answer's number
        id: jawaban {1} bukan nomor jawaban yang sah
        en: a case name cannot be empty
        id: nama kasus tidak boleh kosong
        en: a case name cannot hold control characters (a tab, a line break)
        id: nama kasus tidak boleh memuat karakter kendali (tab, baris baru)
        """#
}
