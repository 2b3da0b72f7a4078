/// The scripting language's messages (SOPShell's Interpreter and Language folders: lexer, parser, interpreter, built-in functions).
extension IndonesianCatalogue {
    static let languageText = #"""
        # Statements out of place: `break`, `continue`, `return`
        en: `break` belongs inside a loop
        id: `break` hanya dapat ditulis di dalam perulangan
        en: it leaves the `for` or `while` loop it is written in; to leave a procedure, use `return`
        id: `break` keluar dari perulangan `for` atau `while` tempatnya ditulis; untuk keluar dari prosedur, gunakan `return`
        en: `continue` belongs inside a loop
        id: `continue` hanya dapat ditulis di dalam perulangan
        en: it goes on with the next turn of the `for` or `while` loop it is written in
        id: `continue` melanjutkan ke putaran berikutnya dari perulangan `for` atau `while` tempatnya ditulis
        en: `return` belongs inside a procedure
        id: `return` hanya dapat ditulis di dalam prosedur
        en: it ends the `proc` it is written in and gives back its value; to end a script, use `exit`
        id: `return` mengakhiri `proc` tempatnya ditulis dan mengembalikan nilainya; untuk mengakhiri skrip, gunakan `exit`

        # `assert`
        en: assertion failed
        id: asersi (`assert`) tidak terpenuhi
        en: left side: {1}, right side: {2}, expected {3} to hold
        id: sisi kiri: {1}, sisi kanan: {2}, seharusnya {3} terpenuhi
        en: the condition was {1}
        id: kondisinya bernilai {1}

        # Variables, procedures and calls
        en: `{1}` is neither a variable nor a command
        id: `{1}` bukan variabel dan bukan perintah
        en: declare it first: let {1} = …
        id: deklarasikan dulu: let {1} = …
        en: there is no procedure or function `{1}`
        id: tidak ada prosedur atau fungsi `{1}`
        en: define it with `proc {1}(…) {{ … }}`
        id: definisikan dengan `proc {1}(…) {{ … }}`
        en: the procedure `{1}` is not defined yet
        id: prosedur `{1}` belum didefinisikan
        en: define it before this line runs
        id: definisikan prosedur itu sebelum baris ini dijalankan
        en: it is declared as {1}({2}) at line {3}
        id: prosedur itu dideklarasikan sebagai {1}({2}) di baris {3}
        en: too deep: more than {1} procedure calls are running at once
        id: terlalu dalam: lebih dari {1} pemanggilan prosedur berjalan sekaligus
        en: a recursive procedure needs a case that stops it
        id: prosedur rekursif memerlukan kasus dasar yang menghentikannya
        en: interrupted
        id: dihentikan

        # Values of the wrong kind
        en: a condition must be true or false, not {1}
        id: kondisi harus bernilai `true` atau `false`, bukan {1}
        en: compare it, for example `x > 0` or `x != nil`
        id: bandingkan nilainya, misalnya `x > 0` atau `x != nil`
        en: cannot compare {1} with {2}
        id: tidak dapat membandingkan {1} dengan {2}
        en: compare values of one kind; convert with num(…), str(…) or duration(…)
        id: bandingkan nilai-nilai yang sejenis; ubah dengan num(…), str(…), atau duration(…)
        en: convert one side first, with num(…), str(…) or duration(…)
        id: ubah salah satu sisinya dulu, dengan num(…), str(…), atau duration(…)
        en: cannot negate {1}
        id: tidak dapat memberi tanda minus pada {1}
        en: only a number or a duration has a minus sign; convert with num(…) or duration(…)
        id: hanya angka atau durasi yang dapat diberi tanda minus; ubah dengan num(…) atau duration(…)
        en: remainder of a division by zero
        id: sisa pembagian dengan nol
        en: expected a whole number, not {1}
        id: seharusnya bilangan bulat, bukan {1}
        en: round it first, with round(…), floor(…) or ceil(…)
        id: bulatkan dulu, dengan round(…), floor(…), atau ceil(…)
        en: cannot loop over {1}
        id: tidak dapat melakukan perulangan atas {1}
        en: loop over a list, a range such as 1..10, or a table
        id: lakukan perulangan atas daftar, rentang seperti 1..10, atau tabel

        # Fields and items
        en: the record has no field `{1}`
        id: rekaman tidak memiliki kolom `{1}`
        en: its fields are: {1}
        id: kolomnya: {1}
        en: a duration has no field `{1}`
        id: durasi tidak memiliki kolom `{1}`
        en: its fields are: minutes, hours, days
        id: kolomnya: minutes, hours, days
        en: a date-time has no field `{1}`
        id: tanggal-waktu tidak memiliki kolom `{1}`
        en: its fields are: year, month, day, hour, minute, weekday
        id: kolomnya: year, month, day, hour, minute, weekday
        en: {1} has no field `{2}`
        id: {1} tidak memiliki kolom `{2}`
        en: fields belong to records, durations (minutes, hours, days) and date-times (year … weekday); type(x) says what x is
        id: kolom hanya dimiliki rekaman, durasi (minutes, hours, days), dan tanggal-waktu (year … weekday); type(x) menunjukkan jenis x
        en: cannot index {1} with {2}
        id: tidak dapat mengindeks {1} dengan {2}
        en: index {1} is out of range: there are {2} items
        id: indeks {1} di luar jangkauan: hanya ada {2} butir
        en: items are numbered from 0
        id: butir-butirnya dinomori mulai dari 0

        # Built-in functions
        en: “{1}” is not a number
        id: “{1}” bukan angka
        en: write it with digits, such as 12 or 3.5 (a comma works as the decimal point: 3,5)
        id: tuliskan dengan digit, misalnya 12 atau 3.5 (koma juga dapat dipakai sebagai tanda desimal: 3,5)
        en: “{1}” is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)
        id: “{1}” berada di luar rentang yang dapat dihitung sopsh dengan tepat (-10¹⁵ sampai 10¹⁵)
        en: scale the figure down, for example count in thousands
        id: perkecil angkanya, misalnya hitung dalam ribuan
        en: `round` keeps -15 to 15 decimal places, not {1}
        id: `round` hanya menerima -15 sampai 15 tempat desimal, bukan {1}
        en: round(x, 2) keeps two decimals; round(x, -3) rounds to thousands
        id: round(x, 2) menyisakan dua desimal; round(x, -3) membulatkan ke ribuan
        en: cannot take the square root of a negative number ({1})
        id: tidak dapat menghitung akar kuadrat bilangan negatif ({1})
        en: check the sign first (`if x >= 0`), or take sqrt(abs(x))
        id: periksa tandanya dulu (`if x >= 0`), atau gunakan sqrt(abs(x))
        en: `keys` needs a record
        id: `keys` memerlukan rekaman
        en: a list's positions are 0..len(l) - 1
        id: posisi dalam daftar adalah 0..len(l) - 1
        en: “{1}” is not a duration
        id: “{1}” bukan durasi
        en: write it like 1 jam 30 menit, 90m or 1h30m
        id: tuliskan seperti 1 jam 30 menit, 90m, atau 1h30m
        en: write it as 2026-03-02 or 2026-03-02T08:30
        id: tuliskan dalam bentuk 2026-03-02 atau 2026-03-02T08:30

        # Limits of a value
        en: {1} is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)
        id: {1} berada di luar rentang yang dapat dihitung sopsh dengan tepat (-10¹⁵ sampai 10¹⁵)
        en: scale the figures down, for example count in thousands
        id: perkecil angka-angkanya, misalnya hitung dalam ribuan
        en: the duration is beyond what sopsh computes with (10¹⁵ minutes)
        id: durasi itu melampaui batas yang dapat dihitung sopsh (10¹⁵ menit)
        en: check the values that went into it; a duration is a working time, such as 3d or 1h30m
        id: periksa nilai-nilai yang menghasilkannya; durasi adalah jam kerja, misalnya 3d atau 1h30m
        en: the date falls {1}, outside the years 1 to 9999
        id: tanggal itu jatuh {1}, di luar tahun 1 sampai 9999
        en: check the duration added to it
        id: periksa durasi yang ditambahkan padanya
        en: the text would be {1} MiB long, more than sopsh holds in one value (64 MiB)
        id: teks itu akan sepanjang {1} MiB, lebih dari yang dapat ditampung sopsh dalam satu nilai (64 MiB)
        en: a loop probably grows it without end; build it in pieces and print or export each
        id: kemungkinan ada perulangan yang terus memperbesarnya tanpa henti; susun per bagian, lalu cetak atau ekspor setiap bagian
        en: the list would have {1} items, more than sopsh holds in one value (10 000 000)
        id: daftar itu akan memuat {1} butir, lebih dari yang dapat ditampung sopsh dalam satu nilai (10 000 000)
        en: a loop probably grows it without end; loop over the items instead of collecting them
        id: kemungkinan ada perulangan yang terus memperbesarnya tanpa henti; telusuri butir-butirnya dengan perulangan, alih-alih mengumpulkannya
        en: the value is nested more than {1} deep, too deep to write out
        id: nilai itu bersarang lebih dari {1} tingkat, terlalu dalam untuk dituliskan
        en: write out a part of it, such as x[0], or count it with len(x)
        id: tuliskan sebagiannya saja, misalnya x[0], atau hitung dengan len(x)
        en: the value holds more than {1}, too much to write out
        id: nilai itu memuat lebih dari {1}, terlalu banyak untuk dituliskan
        en: a list may hold another many times over; write out a part of it, such as x[0], or count it with len(x)
        id: suatu daftar dapat memuat daftar lain berkali-kali; tuliskan sebagiannya saja, misalnya x[0], atau hitung dengan len(x)

        # Reading a script file
        en: this is a binary file, not a script (a NUL byte stands here)
        id: ini berkas biner, bukan skrip (ada bita NUL di sini)
        en: remove the NUL; a script is UTF-8 text, not UTF-16 or a program
        id: hapus NUL itu; skrip adalah teks UTF-8, bukan UTF-16 atau program
        en: check the path; it is relative to where sopsh was started
        id: periksa jalurnya; jalur itu relatif terhadap folder tempat sopsh dijalankan
        en: a NUL character stands here: a script is text, and text holds no NUL
        id: ada karakter NUL di sini: skrip adalah teks, dan teks tidak memuat NUL
        en: remove it; the file may have been saved as UTF-16 or be binary
        id: hapus karakter itu; berkas ini mungkin tersimpan sebagai UTF-16 atau berupa berkas biner

        # Syntax: characters, numbers, dates and strings
        en: unexpected character `{1}`
        id: karakter `{1}` tidak terduga
        en: operators are + - * / % == != < <= > >= and or not ..; quote text that holds other symbols
        id: operatornya adalah + - * / % == != < <= > >= and or not ..; apit dengan tanda kutip teks yang memuat simbol lain
        en: `{1}` is not a date-time
        id: `{1}` bukan tanggal-waktu
        en: write the hour and the minute with two digits each: 2026-03-02T08:30
        id: tuliskan jam dan menit masing-masing dengan dua digit: 2026-03-02T08:30
        en: `{1}` is not a number or a duration: {2}
        id: `{1}` bukan angka atau durasi: {2}
        en: durations are written like 90m, 1.5h, 2d, 1h30m or 1w
        id: durasi ditulis seperti 90m, 1.5h, 2d, 1h30m, atau 1w
        en: `{1}` is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)
        id: `{1}` berada di luar rentang yang dapat dihitung sopsh dengan tepat (-10¹⁵ sampai 10¹⁵)
        en: write a smaller number: whole numbers are exact up to 999999999999999
        id: tuliskan angka yang lebih kecil: bilangan bulat tepat sampai 999999999999999
        en: `{1}` is not a real date
        id: `{1}` bukan tanggal yang benar-benar ada
        en: the string that starts here is not closed
        id: string yang dimulai di sini belum ditutup
        en: add the closing {1}
        id: tambahkan tanda kutip penutup {1}
        en: `${{` in this string is not closed
        id: `${{` dalam string ini belum ditutup
        en: add `}}` to end the expression
        id: tambahkan `}}` untuk mengakhiri ekspresi
        en: add `}}`
        id: tambahkan `}}`
        en: nested too deeply: more than {1} `${{` inside one another
        id: bersarang terlalu dalam: lebih dari {1} `${{` saling bersarang
        en: unexpected text inside `${{…}}`
        id: ada teks tak terduga di dalam `${{…}}`
        en: unknown escape `\\{1}` in a string
        id: urutan escape `\\{1}` dalam string tidak dikenal
        en: write the rest on the next line
        id: tuliskan sisanya di baris berikutnya

        # Syntax: statements and blocks
        en: expected the end of the statement, found {1}
        id: seharusnya pernyataan berakhir di sini, tetapi ditemukan {1}
        en: put one statement per line, or separate them with `;`
        id: tulis satu pernyataan per baris, atau pisahkan dengan `;`
        en: only a variable, a field or an element can be assigned to
        id: hanya variabel, kolom, atau elemen yang dapat diberi nilai
        en: `{1}` is a keyword and cannot be used as a value
        id: `{1}` adalah kata kunci dan tidak dapat digunakan sebagai nilai
        en: expected `{{` to start a block
        id: seharusnya ada `{{` untuk memulai blok
        en: blocks are written {{ … }}, with `{{` on the same line
        id: blok ditulis {{ … }}, dengan `{{` pada baris yang sama
        en: the block opened here is not closed
        id: blok yang dibuka di sini belum ditutup
        en: `else` must follow the `}}` of its `if` block on the same line
        id: `else` harus ditulis langsung setelah `}}` blok `if`-nya, pada baris yang sama
        en: write `}} else {{`
        id: tuliskan `}} else {{`
        en: expected `in` after the loop variable, found {1}
        id: seharusnya ada `in` setelah variabel perulangan, tetapi ditemukan {1}
        en: for step in steps {{ … }}
        id: for langkah in steps {{ … }}
        en: expected `catch` after the `try` block
        id: seharusnya ada `catch` setelah blok `try`
        en: try {{ … }} catch e {{ … }}
        id: try {{ … }} catch e {{ … }}
        en: parameter `{1}` needs a default, since the one before it has one
        id: parameter `{1}` memerlukan nilai bawaan, karena parameter sebelumnya memilikinya
        en: nested too deeply: more than {1} brackets, blocks or operators inside one another
        id: bersarang terlalu dalam: lebih dari {1} kurung, blok, atau operator saling bersarang
        en: split it up: name parts with `let`, or move inner blocks into procedures
        id: pecah menjadi beberapa bagian: beri nama bagian-bagiannya dengan `let`, atau pindahkan blok di dalamnya ke prosedur
        en: the text ends after `{1}`
        id: teks berakhir setelah `{1}`
        en: write the value that follows it
        id: tuliskan nilai yang mengikutinya
        en: the text ends inside an open bracket or block
        id: teks berakhir di dalam kurung atau blok yang masih terbuka
        en: close it
        id: tambahkan penutupnya

        # Syntax: what was expected (after "expected …")
        en: a variable name after `let`
        id: nama variabel setelah `let`
        en: write it as let NAME = VALUE, for example: let jumlah = 3
        id: tuliskan dalam bentuk let NAME = VALUE, misalnya: let jumlah = 3
        en: `=` after the variable's name
        id: `=` setelah nama variabel
        en: a loop variable after `for`
        id: variabel perulangan setelah `for`
        en: the procedure's name after `proc`
        id: nama prosedur setelah `proc`
        en: `(` and the parameters after the procedure's name
        id: `(` dan parameter-parameternya setelah nama prosedur
        en: a parameter name
        id: nama parameter
        en: the error's name after `catch`
        id: nama kesalahan setelah `catch`
        en: choose a name that is not a keyword, such as catch e {{ … }}
        id: pilih nama yang bukan kata kunci, misalnya catch e {{ … }}
        en: `)` after the parameters
        id: `)` setelah parameter-parameternya
        en: `)` to close the expression
        id: `)` untuk menutup ekspresi
        en: `)` after the arguments
        id: `)` setelah argumen-argumennya
        en: `]` after the index
        id: `]` setelah indeks
        en: `:` after the field name
        id: `:` setelah nama kolom
        en: `{1}` to close the {2}
        id: `{1}` untuk menutup {2}
        en: the {1} opened here is not closed
        id: {1} yang dibuka di sini belum ditutup

        # Syntax: expressions
        en: expected a value, found {1}
        id: seharusnya ada nilai, tetapi ditemukan {1}
        en: expected a value, found `{1}`
        id: seharusnya ada nilai, tetapi ditemukan `{1}`
        en: expected a field name after `.`
        id: seharusnya ada nama kolom setelah `.`
        en: expected a field name in the record, found {1}
        id: seharusnya ada nama kolom dalam rekaman, tetapi ditemukan {1}
        en: expected a variable name after `$`
        id: seharusnya ada nama variabel setelah `$`
        en: comparisons do not chain
        id: perbandingan tidak dapat dirangkai
        en: join two comparisons with `and`, for example: a < b and b < c
        id: gabungkan dua perbandingan dengan `and`, misalnya: a < b and b < c

        # Not reached by the tests
        en: `len` needs a list, text, a record or a table, not {1}
        id: `len` memerlukan daftar, teks, rekaman, atau tabel, bukan {1}
        en: for a number of digits, count str(x)
        id: untuk jumlah digit suatu angka, hitung panjang str(x)
        en: `has` needs a record, a list or text
        id: `has` memerlukan rekaman, daftar, atau teks
        en: compare single values with ==
        id: bandingkan nilai tunggal dengan ==
        en: `append` needs a list first
        id: `append` memerlukan daftar sebagai argumen pertama
        en: start from a list: append([], x), or append(l, x) where l is a list
        id: mulailah dari daftar: append([], x), atau append(l, x) dengan l berupa daftar
        en: `hours` needs a duration or a number
        id: `hours` memerlukan durasi atau angka
        en: hours(90m) gives 1.5; hours(2) gives 2h; text becomes a duration with duration(…)
        id: hours(90m) menghasilkan 1.5; hours(2) menghasilkan 2h; teks diubah menjadi durasi dengan duration(…)
        en: `minutes` needs a duration or a number
        id: `minutes` memerlukan durasi atau angka
        en: minutes(1h) gives 60; minutes(90) gives 90m; text becomes a duration with duration(…)
        id: minutes(1h) menghasilkan 60; minutes(90) menghasilkan 90m; teks diubah menjadi durasi dengan duration(…)
        en: “{1}” is not a date
        id: “{1}” bukan tanggal
        en: expected a number, not {1}
        id: seharusnya angka, bukan {1}
        en: convert it with num(…)
        id: ubah dengan num(…)
        en: convert it with num(…), then round(…) if needed
        id: ubah dengan num(…), lalu round(…) jika perlu
        en: division by a zero duration
        id: pembagian dengan durasi nol
        en: check that the duration is not 0m before dividing by it
        id: pastikan durasinya bukan 0m sebelum membagi dengannya
        en: the range {1}..{2} is too long to make into a list
        id: rentang {1}..{2} terlalu panjang untuk dijadikan daftar
        en: loop over it with `for i in a..b`, which does not build it
        id: telusuri dengan `for i in a..b`, yang tidak membentuk daftarnya
        en: cannot set {1} in {2}
        id: tidak dapat mengisi {1} di dalam {2}
        en: set a field of a record (r.a = 1) or an item of a list by its number (l[0] = 1)
        id: isi kolom rekaman (r.a = 1) atau butir daftar menurut nomornya (l[0] = 1)
        en: the result is not a number that sopsh can compute with ({1})
        id: hasilnya bukan angka yang dapat dihitung sopsh ({1})
        en: numbers stay between -10¹⁵ and 10¹⁵; check the values that went into it
        id: angka harus tetap di antara -10¹⁵ dan 10¹⁵; periksa nilai-nilai yang menghasilkannya
        en: only a variable, or a field or element of one, can be assigned to
        id: hanya variabel, atau kolom atau elemen dari suatu variabel, yang dapat diberi nilai
        en: the procedure is not defined yet
        id: prosedur itu belum didefinisikan
        en: `source` is nested more than 50 deep
        id: `source` bersarang lebih dari 50 tingkat
        en: a script probably sources itself
        id: kemungkinan ada skrip yang menjalankan dirinya sendiri dengan `source`
        en: `source` needs a file
        id: `source` memerlukan berkas
        en: the text ends inside an open bracket
        id: teks berakhir di dalam kurung yang masih terbuka
        en: use \\" for a quote, \\\\ for a backslash, \\$ for a dollar, \\n for a new line
        id: gunakan \\" untuk tanda kutip, \\\\ untuk garis miring terbalik, \\$ untuk tanda dolar, \\n untuk baris baru
        en: nested too deeply: more than {1} fields one after another
        id: bersarang terlalu dalam: lebih dari {1} kolom berturut-turut
        """#
}
