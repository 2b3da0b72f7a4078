"""The documents scripts/check-schema.py --self-test checks each schema with: per kind of file,
one that conforms and the ways of breaking it that the schema must refuse.

Each bad document is the good one with one change (old text, new text), and names where and
by which schema keyword it must be refused: a rejection for some other reason would mean the
change did not test what it says. A keyword `false` is a key that a rule forbids there.
"""

SOP_GOOD = """\
identitas:
  nomor_sop: 1/SOP/2025
  tanggal_revisi:
pelaksana:
  - id: kepala
    nama: Kepala Unit
    jumlah: 2
  - id: staf
    nama: Staf Pelaksana
kegiatan:
  - nomor: 1
    uraian_kegiatan: Menyusun konsep
    pelaksana: [kepala, staf]
    mutu_baku: {persyaratan_kelengkapan: "", waktu: 1-2 jam, output: konsep}
    lanjut_ke: "2"
  - nomor: 2
    uraian_kegiatan: Memeriksa konsep
    pelaksana: kepala
    mutu_baku: {persyaratan_kelengkapan: konsep, waktu: 3 hari kerja, output: konsep diperiksa}
    keputusan:
      - {jawaban: no, ke: 1}
      - {jawaban: Ya, ke: selesai}
"""

SOP_BAD = [
    ("an unknown key", ("    uraian_kegiatan: Menyusun", "    uraian: Menyusun"),
     "kegiatan[0]", "additionalProperties"),
    ("a step's pelaksana as a mapping", ("pelaksana: [kepala, staf]", "pelaksana: {id: kepala}"),
     "kegiatan[0].pelaksana", "oneOf"),
    ("an empty pelaksana list", ("pelaksana: [kepala, staf]", "pelaksana: []"),
     "kegiatan[0].pelaksana", "oneOf"),
    ("jumlah 0", ("jumlah: 2", "jumlah: 0"), "pelaksana[0].jumlah", "minimum"),
    ("lanjut_ke on a decision", ("    keputusan:", "    lanjut_ke: 1\n    keputusan:"), "kegiatan[1]", "not"),
    ("a role id with capitals", ("id: staf", "id: Staf"), "pelaksana[1].id", "pattern"),
    ("an unquoted sub-step number", ("nomor: 2", "nomor: 2.1"), "kegiatan[1].nomor", "oneOf"),
    ("an answer leading to a word", ("ke: selesai", "ke: akhir"), "kegiatan[1].keputusan[1].ke", "oneOf"),
    ("a decision with one answer", ("      - {jawaban: no, ke: 1}\n", ""), "kegiatan[1].keputusan", "minItems"),
    ("a step without mutu_baku",
     ("    mutu_baku: {persyaratan_kelengkapan: konsep, waktu: 3 hari kerja, output: konsep diperiksa}\n", ""),
     "kegiatan[1]", "required"),
    ("the old key `no` for a step number", ("  - nomor: 1", "  - no: 1"), "kegiatan[0]", "additionalProperties"),
    ("a list where text belongs", ("nomor_sop: 1/SOP/2025", "nomor_sop: [1, 2]"), "identitas.nomor_sop", "type"),
]

SCENARIO_GOOD = """\
nama: dasar
sop: bench-seed.yaml
kedatangan:
  pola: poisson
  selang: 40 jam
jumlah_kasus: 1000
replikasi: 5
seed: 42
mulai: 2026-01-05T07:30
kalender: sepanjang_waktu
pegawai: {kepala: 1, tim: 3}
pelaksana: {"5": kepala, "9": [kepala, tim]}
durasi:
  sebaran: eksponensial
  lebar: 0,5
  sebaran_rentang: segitiga
  langkah:
    "12": 2 jam
    "5": {sebaran: lognormal, lebar: 0.3, waktu: 1 jam 30 menit}
keputusan:
  "3": {perlu perbaikan: 0.3}
  "6": {2: 25%}
batas_pengulangan: 10
jenis_kasus:
  - {nama: mendesak, porsi: 0.2, prioritas: 1}
  - {nama: biasa, porsi: 0.8}
hapus_langkah: [8]
gabung_langkah: [[9, 10]]
perubahan:
  - nama: tambah tim
    pegawai: {tim: 4}
  - nama: permintaan naik
    faktor_kedatangan: 1.5
  - nama: laju tetap
    kedatangan: {pola: tetap, laju: 20 per bulan}
  - nama: daftar
    kedatangan: {pola: daftar, waktu: [2026-03-02T07:30, 2026-03-02 9:00]}
"""

SCENARIO_BAD = [
    ("an unknown key", ("jumlah_kasus: 1000", "jumlah_kasu: 1000"), "(document)", "additionalProperties"),
    ("no way for arrivals to stop", ("jumlah_kasus: 1000\n", ""), "(document)", "anyOf"),
    ("a duration without a unit", ("selang: 40 jam", "selang: 40"), "kedatangan.selang", "type"),
    ("a range as the interval", ("selang: 40 jam", "selang: 1-2 jam"), "kedatangan.selang", "pattern"),
    ("an interval of zero", ("selang: 40 jam", "selang: 0 jam"), "kedatangan.selang", "pattern"),
    ("both selang and laju", ("  selang: 40 jam", "  selang: 40 jam\n  laju: 20 per bulan"), "kedatangan", "oneOf"),
    ("an unknown pattern", ("pola: poisson", "pola: acak"), "kedatangan.pola", "pattern"),
    ("a rate per year", ("laju: 20 per bulan", "laju: 20 per tahun"), "perubahan[2].kedatangan.laju", "pattern"),
    ("a rate in exponent form", ("laju: 20 per bulan", "laju: 2e1 per bulan"), "perubahan[2].kedatangan.laju", "pattern"),
    ("selang beside a list of times", ("{pola: daftar, waktu", "{pola: daftar, selang: 1 jam, waktu"),
     "perubahan[3].kedatangan.selang", "false"),
    ("an empty list of times", ("waktu: [2026-03-02T07:30, 2026-03-02 9:00]", "waktu: []"), "perubahan[3].kedatangan.waktu", "minItems"),
    ("a minute of one digit", ("2026-03-02 9:00", "2026-03-02 9:0"), "perubahan[3].kedatangan.waktu[1]", "pattern"),
    ("a date that does not exist", ("mulai: 2026-01-05T07:30", "mulai: 2026-02-29T07:30"), "mulai", "pattern"),
    ("an unknown distribution", ("sebaran: eksponensial", "sebaran: gamma"), "durasi.sebaran", "pattern"),
    ("a range drawn normally", ("sebaran_rentang: segitiga", "sebaran_rentang: normal"), "durasi.sebaran_rentang", "pattern"),
    ("zero replications", ("replikasi: 5", "replikasi: 0"), "replikasi", "minimum"),
    ("more staff than the simulator counts", ("{kepala: 1, tim: 3}", "{kepala: 1000000000000, tim: 3}"), "pegawai.kepala", "maximum"),
    ("cases in exponent form", ("jumlah_kasus: 1000", "jumlah_kasus: 1e12"), "jumlah_kasus", "type"),
    ("a role id with capitals", ("{kepala: 1, tim: 3}", "{kepala: 1, Tim: 3}"), "pegawai", "pattern"),
    ("a probability above 1", ("perlu perbaikan: 0.3", "perlu perbaikan: 1.3"), "keputusan.3.perlu perbaikan", "anyOf"),
    ("a change without a name", ("  - nama: tambah tim\n    pegawai", "  - pegawai"), "perubahan[0]", "required"),
    ("a factor over a list of times", ("kedatangan:\n  pola: poisson\n  selang: 40 jam", "kedatangan:\n  pola: daftar\n  waktu: [2026-03-02T07:30]"),
     "perubahan[1].faktor_kedatangan", "false"),
]

CALENDAR_GOOD = """\
jam_kerja:
  senin: ["07:30-12:00", "13:00-16:00"]
  selasa: ["07:30-12:00", "13:00-16:00"]
  jumat: "07.30 – 11.30"
  sabtu: []
  minggu:
libur:
  - tanggal: 2026-03-19
    nama: Hari Suci Nyepi
  - tanggal: 2028-2-29
sepanjang_waktu: tidak
"""

CALENDAR_BAD = [
    ("an unknown key", ("libur:", "hari_libur:"), "(document)", "additionalProperties"),
    ("a misspelt weekday", ("  senin:", "  senen:"), "jam_kerja", "additionalProperties"),
    ("an hour past 24", ('"13:00-16:00"]\n  selasa', '"13:00-25:00"]\n  selasa'), "jam_kerja.senin", "anyOf"),
    ("24:00 as a start", ("07.30 – 11.30", "24:00-24:00"), "jam_kerja.jumat", "anyOf"),
    ("no working time", ('  senin: ["07:30-12:00", "13:00-16:00"]\n  selasa: ["07:30-12:00", "13:00-16:00"]\n  jumat: "07.30 – 11.30"\n', ""),
     "(document)", "anyOf"),
    ("a date that does not exist", ("2028-2-29", "2026-2-29"), "libur[1].tanggal", "pattern"),
    ("a holiday without its date", ("  - tanggal: 2028-2-29", "  - nama: Libur"), "libur[1]", "required"),
    ("a flag that is neither", ("sepanjang_waktu: tidak", "sepanjang_waktu: kadang"), "sepanjang_waktu", "anyOf"),
]

OFFICE_GOOD = """\
kantor: UKPBJ Kabupaten Contoh
jam_kerja_efektif: 1250
kalender: kantor
horizon: 12 bulan
replikasi: 5
seed: 2026
sop:
  - berkas: kebijakan-mutu-ukpbj.yaml
    volume: 120
    target: 14 hari kerja
    pelaksana: {kepala: kepala_ukpbj, sekretariat: sekretariat, tim: pokja, atasan: kepala_ukpbj}
    keputusan: {"3": {perlu perbaikan: 0.3}}
    durasi: {sebaran: eksponensial, langkah: {"12": 2 jam}}
    batas_pengulangan: 10
  - berkas: sop-025-pengelolaan-surat-masuk.pdf
    selang: 8 jam
    pelaksana: {tim: pokja, bagian: sekretariat, sekretaris: sekretariat, kepala: kepala_ukpbj}
jabatan:
  - id: kepala_ukpbj
    nama: Kepala UKPBJ
    jumlah: 1
    biaya_per_jam: 150000
    cuti: 12
    kalender: kalender-kantor-2026.yaml
    jam_kerja_efektif: 1200
  - {id: sekretariat, nama: Sekretariat UKPBJ, jumlah: 2}
  - {id: pokja, nama: Pokja Pemilihan, jumlah: 3}
perubahan:
  - nama: tambah pokja
    jabatan: {pokja: 4}
    sop:
      - berkas: kebijakan-mutu-ukpbj.yaml
        volume: 200
        gabung_langkah: [[9, 10]]
        hapus_langkah: [4]
"""

OFFICE_BAD = [
    ("an unknown key", ("kantor: UKPBJ", "kantr: UKPBJ"), "(document)", "additionalProperties"),
    ("no jabatan", ("jabatan:\n  - id: kepala_ukpbj", "jabatan_:\n  - id: kepala_ukpbj"), "(document)", "required"),
    ("both volume and selang", ("    volume: 120\n", "    volume: 120\n    selang: 40 jam\n"), "sop[0]", "oneOf"),
    ("neither volume nor selang", ("    selang: 8 jam\n", ""), "sop[1]", "oneOf"),
    ("a volume of zero", ("volume: 120", "volume: 0"), "sop[0].volume", "anyOf"),
    ("a target that is not a time", ("target: 14 hari kerja", "target: dua minggu"), "sop[0].target", "pattern"),
    ("a jabatan id with capitals", ("{id: pokja,", "{id: Pokja,"), "jabatan[2].id", "pattern"),
    ("a headcount of zero", ("jumlah: 1\n", "jumlah: 0\n"), "jabatan[0].jumlah", "minimum"),
    ("a cost with a thousands separator", ("biaya_per_jam: 150000", "biaya_per_jam: 150,000"), "jabatan[0].biaya_per_jam", "type"),
    ("a change named baseline", ("nama: tambah pokja", "nama: baseline"), "perubahan[0].nama", "not"),
    ("an edit with volume and selang", ("        volume: 200\n", "        volume: 200\n        selang: 8 jam\n"),
     "perubahan[0].sop[0]", "not"),
]

# Per kind of file: its conforming document and the changes that break it.
SAMPLES = {
    "sop": (SOP_GOOD, SOP_BAD),
    "scenario": (SCENARIO_GOOD, SCENARIO_BAD),
    "calendar": (CALENDAR_GOOD, CALENDAR_BAD),
    "office": (OFFICE_GOOD, OFFICE_BAD),
}
