#include "png_writer.h"

#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct buffer {
    unsigned char *bytes;
    size_t size;
    size_t capacity;
    int failed;
};

static void write_bytes(png_structp png, png_bytep data, png_size_t length) {
    struct buffer *buffer = png_get_io_ptr(png);
    if (buffer->size + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 65536;
        if (length > SIZE_MAX / 2 - buffer->size) png_error(png, "image too large");
        /* Bounded: capacity doubles towards a need below SIZE_MAX / 2. */
        while (capacity < buffer->size + length) capacity *= 2;
        unsigned char *grown = realloc(buffer->bytes, capacity);
        if (!grown) {
            buffer->failed = 1;
            png_error(png, "out of memory");
        }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->size, data, length);
    buffer->size += length;
}

static void flush_bytes(png_structp png) { (void)png; }

int charts_png_encode(const unsigned char *data, int width, int height, int stride,
                      int level, int filters, int strategy, const struct charts_png_metadata *metadata,
                      unsigned char **out, size_t *out_size) {
    /* After a longjmp from png_error, only objects not changed since setjmp, objects in memory
       reached through such pointers, and volatile ones have defined values (C11 7.13.2.1): the
       buffer lives on the heap behind a pointer set before setjmp, and rows is volatile. */
    struct buffer *buffer = calloc(1, sizeof *buffer);
    if (!buffer) return -1;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) {
        free(buffer);
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    png_bytep *volatile rows = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(rows);
        free(buffer->bytes);
        free(buffer);
        return -1;
    }
    rows = malloc(sizeof(png_bytep) * (size_t)height);
    if (!rows) png_error(png, "out of memory");
    for (int y = 0; y < height; y++) rows[y] = (png_bytep)(data + (size_t)y * (size_t)stride);

    png_set_write_fn(png, buffer, write_bytes, flush_bytes);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    /* The colours are sRGB; a resolution so that layout software places a 2x PNG at its 1x size;
       the texts as uncompressed iTXt (UTF-8: titles may be Chinese). */
    png_set_sRGB_gAMA_and_cHRM(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    if (metadata) {
        if (metadata->pixels_per_metre > 0)
            png_set_pHYs(png, info, metadata->pixels_per_metre, metadata->pixels_per_metre, PNG_RESOLUTION_METER);
        const char *keys[] = {"Title", "Description", "Source", "Software"};
        const char *values[] = {metadata->title, metadata->description, metadata->source, metadata->software};
        png_text texts[4];
        int count = 0;
        memset(texts, 0, sizeof texts);
        for (int i = 0; i < 4; i++) {
            if (!values[i]) continue;
            texts[count].compression = PNG_ITXT_COMPRESSION_NONE;
            texts[count].key = (png_charp)keys[i];
            texts[count].text = (png_charp)values[i];
            texts[count].lang = (png_charp)(metadata->language ? metadata->language : "");
            texts[count].lang_key = (png_charp)keys[i];
            count++;
        }
        if (count > 0) png_set_text(png, info, texts, count);
    }
    png_write_info(png, info);
    /* Cairo's ARGB32 is B, G, R, A in memory on little-endian machines: drop A, swap to RGB. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    png_set_bgr(png);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    png_write_image(png, rows);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(rows);
    *out = buffer->bytes;
    *out_size = buffer->size;
    free(buffer);
    return 0;
}
