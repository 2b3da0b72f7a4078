// The only file in sopsh that calls MuPDF. Each entry point catches MuPDF's errors and turns
// them into a status and a message; the Swift side never sees a longjmp.
#include "sop_pdf.h"

#include <mupdf/fitz.h>
#include <stdlib.h>
#include <string.h>

struct sop_pdf {
    fz_context *ctx;
    fz_document *doc;
    fz_stream *stream; // set when opened from memory
    fz_buffer *buffer;
};

/// A growable array of fixed-size records; `ok` drops to 0 when a bound is reached.
typedef struct { void *items; int count, capacity, limit; size_t size; int ok; } sop_list;

static void *list_add(sop_list *list) {
    if (list->count >= list->limit) { list->ok = 0; return NULL; }
    if (list->count == list->capacity) {
        int capacity = list->capacity ? list->capacity * 2 : 64;
        void *grown = realloc(list->items, (size_t)capacity * list->size);
        if (!grown) { list->ok = 0; return NULL; }
        list->items = grown;
        list->capacity = capacity;
    }
    return (char *)list->items + (size_t)list->count++ * list->size;
}

static void set_error(char *error, size_t error_size, const char *message) {
    if (!error || error_size == 0) return;
    strncpy(error, message ? message : "unknown error", error_size - 1);
    error[error_size - 1] = 0;
}

static sop_pdf *finish_open(sop_pdf *pdf, sop_pdf_status *status, char *error, size_t error_size) {
    fz_context *ctx = pdf->ctx;
    int encrypted = 0;
    fz_try(ctx) {
        encrypted = fz_needs_password(ctx, pdf->doc);
        if (!encrypted) fz_count_pages(ctx, pdf->doc);
    }
    fz_catch(ctx) {
        *status = SOP_PDF_CANNOT_OPEN;
        set_error(error, error_size, fz_caught_message(ctx));
        sop_pdf_close(pdf);
        return NULL;
    }
    if (encrypted) {
        *status = SOP_PDF_ENCRYPTED;
        set_error(error, error_size, "the document is encrypted and needs a password");
        sop_pdf_close(pdf);
        return NULL;
    }
    *status = SOP_PDF_OK;
    return pdf;
}

static sop_pdf *new_pdf(sop_pdf_status *status, char *error, size_t error_size) {
    sop_pdf *pdf = calloc(1, sizeof *pdf);
    if (!pdf) { *status = SOP_PDF_CANNOT_OPEN; set_error(error, error_size, "out of memory"); return NULL; }
    pdf->ctx = fz_new_context(NULL, NULL, 64 << 20);
    if (!pdf->ctx) { free(pdf); *status = SOP_PDF_CANNOT_OPEN; set_error(error, error_size, "out of memory"); return NULL; }
    fz_try(pdf->ctx) fz_register_document_handlers(pdf->ctx);
    fz_catch(pdf->ctx) {
        *status = SOP_PDF_CANNOT_OPEN;
        set_error(error, error_size, fz_caught_message(pdf->ctx));
        sop_pdf_close(pdf);
        return NULL;
    }
    // MuPDF prints warnings about repaired files to stderr; the importer reports in its own words.
    fz_set_warning_callback(pdf->ctx, NULL, NULL);
    fz_set_error_callback(pdf->ctx, NULL, NULL);
    return pdf;
}

sop_pdf *sop_pdf_open(const char *path, sop_pdf_status *status, char *error, size_t error_size) {
    sop_pdf *pdf = new_pdf(status, error, error_size);
    if (!pdf) return NULL;
    fz_try(pdf->ctx) pdf->doc = fz_open_document(pdf->ctx, path);
    fz_catch(pdf->ctx) {
        *status = SOP_PDF_CANNOT_OPEN;
        set_error(error, error_size, fz_caught_message(pdf->ctx));
        sop_pdf_close(pdf);
        return NULL;
    }
    return finish_open(pdf, status, error, error_size);
}

sop_pdf *sop_pdf_open_memory(const unsigned char *data, size_t size, sop_pdf_status *status, char *error, size_t error_size) {
    sop_pdf *pdf = new_pdf(status, error, error_size);
    if (!pdf) return NULL;
    fz_try(pdf->ctx) {
        pdf->buffer = fz_new_buffer_from_copied_data(pdf->ctx, data, size);
        pdf->stream = fz_open_buffer(pdf->ctx, pdf->buffer);
        pdf->doc = fz_open_document_with_stream(pdf->ctx, "application/pdf", pdf->stream);
    }
    fz_catch(pdf->ctx) {
        *status = SOP_PDF_CANNOT_OPEN;
        set_error(error, error_size, fz_caught_message(pdf->ctx));
        sop_pdf_close(pdf);
        return NULL;
    }
    return finish_open(pdf, status, error, error_size);
}

int sop_pdf_page_count(sop_pdf *pdf) {
    int count = 0;
    fz_try(pdf->ctx) count = fz_count_pages(pdf->ctx, pdf->doc);
    fz_catch(pdf->ctx) count = 0;
    return count;
}

void sop_pdf_close(sop_pdf *pdf) {
    if (!pdf) return;
    if (pdf->ctx) {
        fz_drop_document(pdf->ctx, pdf->doc);
        fz_drop_stream(pdf->ctx, pdf->stream);
        fz_drop_buffer(pdf->ctx, pdf->buffer);
        fz_drop_context(pdf->ctx);
    }
    free(pdf);
}

// MARK: - Paths, through a custom device

typedef struct {
    fz_device base;
    sop_list paths, points, images;
    fz_matrix ctm; // of the path being walked
} sop_device;

static void add_point(sop_device *dev, int kind, float x, float y) {
    fz_point p = fz_transform_point(fz_make_point(x, y), dev->ctm);
    sop_point *point = list_add(&dev->points);
    if (point) { point->kind = kind; point->x = p.x; point->y = p.y; }
}

static void walk_move(fz_context *ctx, void *arg, float x, float y) { add_point(arg, SOP_MOVE, x, y); }
static void walk_line(fz_context *ctx, void *arg, float x, float y) { add_point(arg, SOP_LINE, x, y); }
static void walk_curve(fz_context *ctx, void *arg, float x1, float y1, float x2, float y2, float x3, float y3) {
    add_point(arg, SOP_CURVE, x3, y3);
}
static void walk_close(fz_context *ctx, void *arg) { add_point(arg, SOP_CLOSE, 0, 0); }

static const fz_path_walker walker = { walk_move, walk_line, walk_curve, walk_close, NULL, NULL, NULL, NULL };

static float luminance(fz_context *ctx, fz_colorspace *colorspace, const float *color) {
    if (!colorspace || !color) return 0;
    switch (fz_colorspace_n(ctx, colorspace)) {
    case 1: return color[0];
    case 3: return 0.299f * color[0] + 0.587f * color[1] + 0.114f * color[2];
    case 4: return (1 - color[3]) * (1 - (color[0] + color[1] + color[2]) / 3);
    default: return 0;
    }
}

static void record_path(fz_context *ctx, sop_device *dev, const fz_path *path, fz_matrix ctm,
                        int filled, const fz_stroke_state *stroke, float gray) {
    if (!dev->paths.ok || !dev->points.ok) return;
    sop_path *record = list_add(&dev->paths);
    if (!record) return;
    memset(record, 0, sizeof *record);
    record->filled = filled;
    record->stroked = stroke != NULL;
    record->gray = gray;
    record->line_width = stroke ? stroke->linewidth * fz_matrix_expansion(ctm) : 0;
    fz_rect box = fz_bound_path(ctx, path, NULL, ctm);
    record->box = (sop_rect){ box.x0, box.y0, box.x1, box.y1 };
    record->first_point = dev->points.count;
    dev->ctm = ctm;
    fz_walk_path(ctx, path, &walker, dev);
    record->point_count = dev->points.count - record->first_point;
}

static void device_fill_path(fz_context *ctx, fz_device *dev, const fz_path *path, int even_odd, fz_matrix ctm,
                             fz_colorspace *colorspace, const float *color, float alpha, fz_color_params params) {
    record_path(ctx, (sop_device *)dev, path, ctm, 1, NULL, luminance(ctx, colorspace, color));
}

static void device_stroke_path(fz_context *ctx, fz_device *dev, const fz_path *path, const fz_stroke_state *stroke,
                               fz_matrix ctm, fz_colorspace *colorspace, const float *color, float alpha, fz_color_params params) {
    record_path(ctx, (sop_device *)dev, path, ctm, 0, stroke, luminance(ctx, colorspace, color));
}

/// Pictures larger than this are photos or scans, not a pasted flowchart: no mask is made.
enum { SOP_MAX_MASK_PIXELS = 4 << 20 };

static float sample_luminance(const unsigned char *pixel, int colorants) {
    switch (colorants) {
    case 1: return pixel[0];
    case 3: return 0.299f * pixel[0] + 0.587f * pixel[1] + 0.114f * pixel[2];
    case 4: return (255 - pixel[3]) * (255 - (pixel[0] + pixel[1] + pixel[2]) / 3.0f) / 255;
    default: return 255;
    }
}

/// One byte per pixel: 1 where the picture shows ink. A soft mask of another size is sampled
/// at the nearest pixel.
static unsigned char *ink_of(fz_context *ctx, fz_image *image) {
    if (image->w <= 0 || image->h <= 0 || (long long)image->w * image->h > SOP_MAX_MASK_PIXELS) return NULL;
    fz_pixmap *pixmap = NULL, *mask = NULL;
    unsigned char *ink = NULL;
    fz_var(pixmap); fz_var(mask); fz_var(ink);
    fz_try(ctx) {
        pixmap = fz_get_pixmap_from_image(ctx, image, NULL, NULL, NULL, NULL);
        if (image->mask) mask = fz_get_pixmap_from_image(ctx, image->mask, NULL, NULL, NULL, NULL);
        int w = fz_pixmap_width(ctx, pixmap), h = fz_pixmap_height(ctx, pixmap);
        int n = fz_pixmap_components(ctx, pixmap), colorants = fz_pixmap_colorants(ctx, pixmap);
        int has_alpha = fz_pixmap_alpha(ctx, pixmap);
        if (w != image->w || h != image->h) fz_throw(ctx, FZ_ERROR_GENERIC, "unexpected pixmap size");
        ink = calloc((size_t)w * h, 1);
        if (!ink) fz_throw(ctx, FZ_ERROR_GENERIC, "out of memory");
        const unsigned char *samples = fz_pixmap_samples(ctx, pixmap);
        ptrdiff_t stride = fz_pixmap_stride(ctx, pixmap);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                const unsigned char *pixel = samples + y * stride + x * n;
                int opaque = has_alpha ? pixel[n - 1] >= 128 : 1;
                if (mask) {
                    int mx = x * fz_pixmap_width(ctx, mask) / w, my = y * fz_pixmap_height(ctx, mask) / h;
                    const unsigned char *m = fz_pixmap_samples(ctx, mask) + my * fz_pixmap_stride(ctx, mask) + mx * fz_pixmap_components(ctx, mask);
                    opaque = opaque && m[0] >= 128;
                }
                ink[(size_t)y * w + x] = opaque && sample_luminance(pixel, colorants) < 128;
            }
        }
    }
    fz_always(ctx) {
        fz_drop_pixmap(ctx, pixmap);
        fz_drop_pixmap(ctx, mask);
    }
    fz_catch(ctx) {
        free(ink);
        ink = NULL;
    }
    return ink;
}

static void device_fill_image(fz_context *ctx, fz_device *dev, fz_image *image, fz_matrix ctm, float alpha, fz_color_params params) {
    sop_device *device = (sop_device *)dev;
    fz_rect box = fz_transform_rect(fz_unit_rect, ctm);
    sop_image *record = list_add(&device->images);
    if (!record) return;
    *record = (sop_image){ { box.x0, box.y0, box.x1, box.y1 }, ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f,
                           image->w, image->h, NULL };
    // The e-signature's QR code is drawn on every page; only pictures big enough to hold a
    // flowchart are worth decoding.
    if (box.x1 - box.x0 >= 20 || box.y1 - box.y0 >= 20) record->ink = ink_of(ctx, image);
}

// MARK: - Pages

static void read_glyphs(fz_context *ctx, fz_stext_page *text, sop_list *glyphs) {
    int line_index = 0;
    for (fz_stext_block *block = text->first_block; block; block = block->next) {
        if (block->type != FZ_STEXT_BLOCK_TEXT) continue;
        for (fz_stext_line *line = block->u.t.first_line; line; line = line->next, line_index++) {
            for (fz_stext_char *ch = line->first_char; ch; ch = ch->next) {
                sop_glyph *glyph = list_add(glyphs);
                if (!glyph) return;
                fz_rect box = fz_rect_from_quad(ch->quad);
                glyph->codepoint = (unsigned int)ch->c;
                glyph->box = (sop_rect){ box.x0, box.y0, box.x1, box.y1 };
                glyph->size = ch->size;
                glyph->line = line_index;
                glyph->dir_x = line->dir.x;
                glyph->dir_y = line->dir.y;
                glyph->bold = ch->font ? fz_font_is_bold(ctx, ch->font) : 0;
            }
        }
    }
}

sop_page *sop_pdf_read_page(sop_pdf *pdf, int index, int max_points, int max_glyphs,
                            sop_pdf_status *status, char *error, size_t error_size) {
    fz_context *ctx = pdf->ctx;
    sop_page *result = calloc(1, sizeof *result);
    if (!result) { *status = SOP_PDF_PAGE_FAILED; set_error(error, error_size, "out of memory"); return NULL; }
    *status = SOP_PDF_OK;
    sop_list glyphs = { NULL, 0, 0, max_glyphs, sizeof(sop_glyph), 1 };
    fz_page *page = NULL;
    fz_stext_page *text = NULL;
    sop_device *device = NULL;
    fz_var(page); fz_var(text); fz_var(device);
    fz_try(ctx) {
        page = fz_load_page(ctx, pdf->doc, index);
        fz_rect bounds = fz_bound_page(ctx, page);
        result->bounds = (sop_rect){ bounds.x0, bounds.y0, bounds.x1, bounds.y1 };
        fz_stext_options options = { 0 };
        text = fz_new_stext_page_from_page(ctx, page, &options);
        read_glyphs(ctx, text, &glyphs);
        device = fz_new_derived_device(ctx, sop_device);
        device->base.fill_path = device_fill_path;
        device->base.stroke_path = device_stroke_path;
        device->base.fill_image = device_fill_image;
        device->paths = (sop_list){ NULL, 0, 0, max_points, sizeof(sop_path), 1 };
        device->points = (sop_list){ NULL, 0, 0, max_points, sizeof(sop_point), 1 };
        device->images = (sop_list){ NULL, 0, 0, 64, sizeof(sop_image), 1 };
        fz_run_page(ctx, page, &device->base, fz_identity, NULL);
        fz_close_device(ctx, &device->base);
    }
    fz_catch(ctx) {
        *status = SOP_PDF_PAGE_FAILED;
        set_error(error, error_size, fz_caught_message(ctx));
    }
    if (device) {
        result->paths = device->paths.items; result->path_count = device->paths.count;
        result->points = device->points.items; result->point_count = device->points.count;
        result->images = device->images.items; result->image_count = device->images.count;
        int bounded = device->paths.ok && device->points.ok;
        device->paths.items = device->points.items = device->images.items = NULL;
        fz_drop_device(ctx, &device->base);
        if (!bounded && *status != SOP_PDF_PAGE_FAILED) {
            *status = SOP_PDF_TOO_LARGE;
            set_error(error, error_size, "the page draws more shapes than an SOP page has");
        }
    }
    result->glyphs = glyphs.items; result->glyph_count = glyphs.count;
    if (!glyphs.ok && *status == SOP_PDF_OK) {
        *status = SOP_PDF_TOO_LARGE;
        set_error(error, error_size, "the page holds more text than an SOP page has");
    }
    fz_drop_stext_page(ctx, text);
    fz_drop_page(ctx, page);
    if (*status == SOP_PDF_PAGE_FAILED) { sop_page_free(result); return NULL; }
    return result;
}

void sop_page_free(sop_page *page) {
    if (!page) return;
    for (int i = 0; i < page->image_count; i++) free(page->images[i].ink);
    free(page->glyphs); free(page->paths); free(page->points); free(page->images);
    free(page);
}
