/// The Indonesian of what sopsh says outside the prompt: `sopsh --help` (the argument
/// parser's headings and sopsh's option texts) and the man page's own words (docs/sopsh.id.1).
/// Kept apart from the prompt's catalogue, which a pattern may not repeat.
extension IndonesianCatalogue {
    static let commandLineText = #"""
        # sopsh --help: the argument parser's headings and built-in options
        en: OVERVIEW:
        id: IKHTISAR:
        en: USAGE:
        id: PENGGUNAAN:
        en: ARGUMENTS:
        id: ARGUMEN:
        en: OPTIONS:
        id: OPSI:
        en: Show the version.
        id: Menampilkan versi.
        en: Show help information.
        id: Menampilkan bantuan.

        # sopsh --help: sopsh's own words
        en: A shell for Standard Operating Procedures (SOP AP): open, check, fix and save them.
        id: Shell untuk Standar Operasional Prosedur (SOP AP): membuka, memeriksa, memperbaiki, dan menyimpannya.
        en: At the prompt, `help` lists the commands and `help COMMAND` explains one. Exit status: 0 ok, 1 error, 2 usage.
        id: Di prompt, `help` (`bantuan`) mendaftar perintah dan `help PERINTAH` menjelaskan satu perintah. Status keluar: 0 berhasil, 1 kesalahan, 2 kesalahan penggunaan.
        en: sopsh [--norc] [--allow-exec]                 start the prompt (or read commands from stdin)\nsopsh [options] FILE [ARGS…]                  run a script\nsopsh [options] -c TEXT [ARGS…]               run TEXT\nsopsh check [--json] FILE…                    check SOP files; exit 1 on errors\nsopsh import [-o DIR] [--json] FILE…          save SOP PDFs as YAML; exit 1 if any is refused
        id: sopsh [--norc] [--allow-exec]                 memulai prompt (atau membaca perintah dari stdin)\nsopsh [options] FILE [ARGS…]                  menjalankan skrip\nsopsh [options] -c TEXT [ARGS…]               menjalankan TEXT\nsopsh check [--json] FILE…                    memeriksa berkas SOP; keluar dengan 1 bila ada kesalahan\nsopsh import [-o DIR] [--json] FILE…          menyimpan PDF SOP sebagai YAML; keluar dengan 1 bila ada berkas yang ditolak
        en: Run TEXT (statements separated by new lines or ';') and exit.
        id: Menjalankan TEXT (pernyataan dipisahkan baris baru atau ';') lalu keluar.
        en: Keep going after a failing statement (the exit status is still 1).
        id: Terus berjalan setelah pernyataan yang gagal (status keluar tetap 1).
        en: Do not run the start-up file ($XDG_CONFIG_HOME/sopsh/init.sopsh).
        id: Tidak menjalankan berkas awal ($XDG_CONFIG_HOME/sopsh/init.sopsh).
        en: Allow scripts to run host programs with `exec`.
        id: Mengizinkan skrip menjalankan program sistem dengan `exec`.
        en: Speak LANG: en (English) or id (Bahasa Indonesia); default SOPSH_LANG, else the locale.
        id: Menggunakan bahasa LANG: en (English) atau id (Bahasa Indonesia); bawaannya SOPSH_LANG, jika tidak ada, lokal sistem.
        en: A script to run, then its arguments (in `args`).
        id: Skrip yang dijalankan, lalu argumennya (dalam `args`).
        en: Arguments for the script.
        id: Argumen untuk skrip.
        en: Check SOP files (.yaml or table text), work calendar and scenario files; exit 1 if any has errors.
        id: Memeriksa berkas SOP (.yaml atau teks tabel), berkas kalender kerja, dan berkas skenario; keluar dengan 1 bila ada kesalahan.
        en: Print the findings as JSON.
        id: Mencetak temuan sebagai JSON.
        en: SOP files.
        id: Berkas SOP.
        en: Save SOP PDFs (or any SOP file sopsh opens) as YAML; a folder imports the PDFs in it. Exit 1 if any file is refused.
        id: Menyimpan PDF SOP (atau berkas SOP apa pun yang dapat dibuka sopsh) sebagai YAML; sebuah folder mengimpor PDF di dalamnya. Keluar dengan 1 bila ada berkas yang ditolak.
        en: Write the YAML files into DIR, made if missing (default: beside each input).
        id: Menulis berkas YAML ke DIR, yang dibuat bila belum ada (bawaannya: di samping setiap masukan).
        en: Print the outcome of each file as JSON.
        id: Mencetak hasil setiap berkas sebagai JSON.
        en: SOP PDFs, or folders of them.
        id: PDF SOP, atau folder berisi PDF SOP.

        # The man page's own words (docs/sopsh.id.1)
        en: User Commands
        id: Perintah Pengguna
        en: NAME
        id: NAMA
        en: SYNOPSIS
        id: RINGKASAN
        en: DESCRIPTION
        id: DESKRIPSI
        en: OPTIONS
        id: OPSI
        en: COMMANDS
        id: PERINTAH
        en: FILES
        id: BERKAS
        en: EXIT STATUS
        id: STATUS KELUAR
        en: ENVIRONMENT
        id: LINGKUNGAN
        en: SEE ALSO
        id: LIHAT JUGA
        en: a shell for Standard Operating Procedures (SOP AP)
        id: shell untuk Standar Operasional Prosedur (SOP AP)
        en: sopsh opens Standard Operating Procedures written to the SOP AP standard (Permen PANRB No. 35 Tahun 2012), in its YAML format or as the standard's table text; checks them, completes and saves them; walks cases through them as a role on an office calendar; and runs scripts in its own small language. At a terminal it is a line-editing prompt; with FILE, -c TEXT or piped input it runs the statements and stops at the first error.
        id: sopsh membuka Standar Operasional Prosedur yang disusun menurut standar SOP AP (Permen PANRB No. 35 Tahun 2012), dalam format YAML-nya atau sebagai teks tabel standar; memeriksa, melengkapi, dan menyimpannya; menjalankan kasus melalui prosedur sebagai pelaksana pada kalender kantor; dan menjalankan skrip dalam bahasa kecilnya sendiri. Di terminal, sopsh adalah prompt dengan penyuntingan baris; dengan berkas FILE, -c TEXT, atau masukan melalui pipa, sopsh menjalankan pernyataan dan berhenti pada kesalahan pertama.
        en: Run TEXT (statements separated by new lines or ;) and exit.
        id: Menjalankan TEXT (pernyataan dipisahkan baris baru atau ;) lalu keluar.
        en: Run the rest after a failing statement; the exit status is still 1.
        id: Menjalankan sisanya setelah pernyataan yang gagal; status keluar tetap 1.
        en: Do not run the start-up file.
        id: Tidak menjalankan berkas awal.
        en: Allow scripts to run host programs with exec.
        id: Mengizinkan skrip menjalankan program sistem dengan exec.
        en: Print the version, or the usage.
        id: Mencetak versi, atau cara penggunaan.
        en: Run before the first prompt (not with --norc, nor for scripts).
        id: Dijalankan sebelum prompt pertama (tidak dengan --norc, tidak untuk skrip).
        en: The prompt's history (else ~/.local/state/sopsh/history).
        id: Riwayat prompt (jika tidak ada, ~/.local/state/sopsh/history).
        en: The journal of the training run going on; resume reads it.
        id: Jurnal latihan yang sedang berjalan; resume membacanya.
        en: libedit key bindings; lines starting with sopsh: apply to sopsh only.
        id: Pengikatan tombol libedit; baris yang diawali sopsh: hanya berlaku untuk sopsh.
        en: 0 when everything ran, 1 at an error (or when check finds errors), 2 for a usage error, or the status given to exit.
        id: 0 bila semuanya berjalan, 1 pada kesalahan (atau bila check menemukan kesalahan), 2 untuk kesalahan penggunaan, atau status yang diberikan kepada exit.
        en: NO_COLOR turns colour off; PAGER pages long output at the prompt (default less -R); COLUMNS sets the width when output is not a terminal; SOPSH_LANG chooses the language (en or id), else LC_ALL, LC_MESSAGES or LANG beginning with id choose Indonesian.
        id: NO_COLOR mematikan warna; PAGER menampilkan output panjang per halaman di prompt (bawaannya less -R); COLUMNS menetapkan lebar bila output bukan terminal; SOPSH_LANG memilih bahasa (en atau id), jika tidak ada, LC_ALL, LC_MESSAGES, atau LANG yang diawali id memilih bahasa Indonesia.
        en: docs/format.md, docs/language.md in the sopsh sources.
        id: docs/format.md, docs/language.md (bahasa skrip) dalam kode sumber sopsh.
        """#
}
