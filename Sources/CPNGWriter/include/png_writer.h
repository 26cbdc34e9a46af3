#ifndef CHARTS_PNG_WRITER_H
#define CHARTS_PNG_WRITER_H

#include <stddef.h>

/// Encodes an opaque Cairo ARGB32 image (native-endian, as cairo_image_surface_get_data gives it)
/// as an 8-bit RGB PNG in memory with libpng. `level` is the zlib level (0-9), `filters` a mask
/// of PNG_FILTER_* values, `strategy` a zlib strategy. On success returns 0 and sets *out to a
/// malloc'ed buffer of *out_size bytes (free it with free); on failure returns -1.
/// What the PNG says about itself: UTF-8 texts written as iTXt chunks (NULL: left out), the
/// language of those texts, and the resolution in pixels per metre (pHYs; 0: left out).
struct charts_png_metadata {
    const char *title;
    const char *description;
    const char *source;
    const char *software;
    const char *language;
    unsigned int pixels_per_metre;
};

int charts_png_encode(const unsigned char *data, int width, int height, int stride,
                      int level, int filters, int strategy, const struct charts_png_metadata *metadata,
                      unsigned char **out, size_t *out_size);

#endif
