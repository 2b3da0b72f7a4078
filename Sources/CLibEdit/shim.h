#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <histedit.h>

/* el_set, el_get and history are variadic, which Swift cannot call, and Swift 6 rejects
   the C globals stdin/stdout/stderr. One fixed-signature wrapper per operation sopsh uses. */
typedef char *(*clibedit_prompt_fn)(EditLine *);
typedef unsigned char (*clibedit_key_fn)(EditLine *, int);

static inline EditLine *clibedit_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
/* The editing UI on stderr, for `sopsh | tee log` where stdout is a pipe. */
static inline EditLine *clibedit_init_on_stderr(const char *program) {
    return el_init(program, stdin, stderr, stderr);
}
static inline int clibedit_set_prompt_esc(EditLine *el, clibedit_prompt_fn fn, char esc) {
    return el_set(el, EL_PROMPT_ESC, fn, esc);
}
static inline int clibedit_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int clibedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int clibedit_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int clibedit_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *clibedit_get_clientdata(EditLine *el) {
    void *data = NULL; el_get(el, EL_CLIENTDATA, &data); return data;
}
static inline int clibedit_add_function(EditLine *el, const char *name, const char *help, clibedit_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int clibedit_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
static inline int clibedit_terminal_columns(EditLine *el) {
    int cols = 80; if (el_get(el, EL_GETTC, "co", &cols) != 0) cols = 80; return cols;
}
static inline int clibedit_history_setsize(History *h, int n)   { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int clibedit_history_setunique(History *h, int on){ HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int clibedit_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int clibedit_history_load(History *h, const char *path)  { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int clibedit_history_save(History *h, const char *path)  { HistEvent ev; return history(h, &ev, H_SAVE, path); }
/* Makes libedit read UTF-8: without it every non-ASCII byte is silently dropped. */
static inline void clibedit_use_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL || (codeset[0] != 'U' && codeset[0] != 'u')) setlocale(LC_CTYPE, "C.UTF-8");
}
#endif
