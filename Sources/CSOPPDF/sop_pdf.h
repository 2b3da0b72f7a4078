// A plain-C view of what the SOP importer needs from a PDF: per page, its glyphs with their
// boxes and the vector paths it draws. MuPDF reports errors by longjmp; every MuPDF call is
// made inside fz_try/fz_catch in Sources/CMuPDF/sop_pdf.c, so no jump ever crosses a Swift frame.
//
// That code and MuPDF form libSOPPDF.so, which SOPRuntime loads with dlopen the first time a
// PDF is opened (PDFLibrary.swift): linked into sopsh, MuPDF's 45 MB would slow every start.
// This header gives SOPRuntime the types; the functions are looked up by these names.
#ifndef SOP_PDF_H
#define SOP_PDF_H

#include <stddef.h>

typedef struct sop_pdf sop_pdf;

typedef enum {
    SOP_PDF_OK = 0,
    SOP_PDF_CANNOT_OPEN = 1,  // not a PDF, damaged beyond repair, unreadable
    SOP_PDF_ENCRYPTED = 2,    // needs a password
    SOP_PDF_PAGE_FAILED = 3,  // one page could not be read
    SOP_PDF_TOO_LARGE = 4,    // a page draws more than the bounds allow
} sop_pdf_status;

typedef struct { float x0, y0, x1, y1; } sop_rect;

/// One character as drawn: its code point, its box, the line MuPDF grouped it into.
typedef struct {
    unsigned int codepoint;
    sop_rect box;
    float size;
    int line;         // index of its text line on the page
    float dir_x, dir_y; // the line's writing direction (1,0 for ordinary text)
    int bold;
} sop_glyph;

typedef enum { SOP_MOVE = 0, SOP_LINE = 1, SOP_CURVE = 2, SOP_CLOSE = 3 } sop_segment_kind;

/// One point of a path, in page space; a curve is kept as its end point, marked SOP_CURVE.
typedef struct { int kind; float x, y; } sop_point;

typedef struct {
    int filled;
    int stroked;
    float gray;       // luminance of its colour, 0 black to 1 white
    float line_width; // page-space width of a stroke
    sop_rect box;
    int first_point;  // index into the page's points
    int point_count;
} sop_path;

/// An image drawn on the page. Word sometimes pastes the flowchart as a picture; `ink` then
/// holds one byte per pixel, 1 where the picture shows dark ink on the paper (its soft mask
/// applied), row by row from the top. Pixel (x, y)'s centre maps to the page through the
/// matrix: (a * u + c * v + e, b * u + d * v + f) with u = (x + 0.5) / width, v = (y + 0.5) / height.
typedef struct {
    sop_rect box;
    float a, b, c, d, e, f;
    int width, height;
    unsigned char *ink; // NULL when the picture is too large or could not be decoded
} sop_image;

typedef struct {
    sop_rect bounds;
    sop_glyph *glyphs; int glyph_count;
    sop_path *paths; int path_count;
    sop_point *points; int point_count;
    sop_image *images; int image_count;
} sop_page;

/// Opens `path`. On failure returns NULL and sets *status and a message in `error`.
sop_pdf *sop_pdf_open(const char *path, sop_pdf_status *status, char *error, size_t error_size);
/// Opens a document held in memory (the fuzz target's way in); same contract as sop_pdf_open.
sop_pdf *sop_pdf_open_memory(const unsigned char *data, size_t size, sop_pdf_status *status, char *error, size_t error_size);
int sop_pdf_page_count(sop_pdf *doc);
/// Reads page `index` (0-based), stopping at `max_points` path points and `max_glyphs` glyphs.
sop_page *sop_pdf_read_page(sop_pdf *doc, int index, int max_points, int max_glyphs,
                            sop_pdf_status *status, char *error, size_t error_size);
void sop_page_free(sop_page *page);
void sop_pdf_close(sop_pdf *doc);

#endif
