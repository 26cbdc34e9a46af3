#ifndef CHARTS_PNG_WRITER_H
#define CHARTS_PNG_WRITER_H

#include <stddef.h>

/// Encodes an opaque Cairo ARGB32 image (native-endian, as cairo_image_surface_get_data gives it)
/// as an 8-bit RGB PNG in memory with libpng. `level` is the zlib level (0-9), `filters` a mask
/// of PNG_FILTER_* values, `strategy` a zlib strategy. On success returns 0 and sets *out to a
/// malloc'ed buffer of *out_size bytes (free it with free); on failure returns -1.
int charts_png_encode(const unsigned char *data, int width, int height, int stride,
                      int level, int filters, int strategy,
                      unsigned char **out, size_t *out_size);

#endif
