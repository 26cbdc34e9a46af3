import CPangoCairo
import ChartCore
import Foundation

/// Lean Chinese text in PDFs: Cairo 1.16's subsetter keeps the local subroutines of every font
/// dictionary of Noto Sans CJK (about 50 KB per weight, for a few glyphs), so the CJK runs of a
/// PDF are drawn from a HarfBuzz subset of the face (every glyph at its original index, so
/// Pango's shaping still applies), which Cairo then subsets again — down to a few KB. Latin runs
/// are drawn by Pango as usual. The subset keeps its character map, so the text stays
/// selectable and searchable.
final class PDFCJKFonts {
    /// One FreeType library for the process: faces may outlive a renderer in Cairo's font cache,
    /// and FreeType wants faces of one library created and freed under a lock.
    nonisolated(unsafe) private static var library: FT_Library?
    private static let lock = NSLock()

    private var faces: [Bool: OpaquePointer] = [:]
    private let embedder: FontEmbedder

    /// The CJK subsets for the texts of `scene`, or `nil` when it draws no CJK character.
    init?(scene: Scene, embedder: FontEmbedder) {
        self.embedder = embedder
        var characters: [Bool: Set<UInt32>] = [:]
        for item in scene.allItems {
            guard case .text(let run) = item.shape else { continue }
            for scalar in run.text.unicodeScalars where embedder.cjkDraws(scalar, font: run.font) {
                characters[run.font.weight == .bold, default: []].insert(scalar.value)
            }
        }
        guard !characters.isEmpty else { return nil }
        for (bold, set) in characters {
            guard let data = embedder.cjkSubsetKeepingGlyphIDs(set, bold: bold), let face = Self.cairoFace(data) else { continue }
            faces[bold] = face
        }
        if faces.isEmpty { return nil }
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    /// A Cairo font face over the font bytes, freeing its FreeType face when Cairo lets it go.
    ///
    /// The lock guards FreeType calls only, never a call into Cairo: Cairo calls the face's
    /// destroy function (which takes the lock) while holding its own font-map lock, so holding
    /// ours across `cairo_ft_font_face_create_for_ft_face` (which takes Cairo's) would deadlock
    /// two workers rendering Chinese PDFs at once.
    private static func cairoFace(_ data: Data) -> OpaquePointer? {
        guard let face = freeTypeFace(data) else { return nil }
        let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0)!
        let done: cairo_destroy_func_t = { pointer in
            PDFCJKFonts.lock.lock()
            FT_Done_Face(pointer?.assumingMemoryBound(to: FT_FaceRec.self))
            PDFCJKFonts.lock.unlock()
        }
        if cairo_font_face_set_user_data(cairoFace, &PDFCJKFonts.key, UnsafeMutableRawPointer(face), done) != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(cairoFace)
            lock.lock()
            FT_Done_Face(face)
            lock.unlock()
            return nil
        }
        return cairoFace
    }

    /// A FreeType face over a copy of the font bytes, made under the lock.
    private static func freeTypeFace(_ data: Data) -> FT_Face? {
        lock.lock()
        defer { lock.unlock() }
        if library == nil {
            var created: FT_Library?
            guard FT_Init_FreeType(&created) == 0 else { return nil }
            library = created
        }
        let buffer = malloc(data.count)!
        data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: data.count)
        var face: FT_Face?
        guard FT_New_Memory_Face(library, buffer.assumingMemoryBound(to: FT_Byte.self), FT_Long(data.count), 0, &face) == 0,
              let face else {
            free(buffer)
            return nil
        }
        // The bytes live as long as the FreeType face.
        face.pointee.generic.data = buffer
        face.pointee.generic.finalizer = { object in
            guard let object else { return }
            free(UnsafeMutablePointer<FT_FaceRec>(OpaquePointer(object)).pointee.generic.data)
        }
        return face
    }

    nonisolated(unsafe) private static var key = cairo_user_data_key_t()

    /// Draws `layout` at the current point: each run in its PangoCairo font, except CJK runs,
    /// drawn with the same glyphs from the subset face at the same size.
    func show(_ layout: OpaquePointer, on cr: OpaquePointer, font: FontStyle) {
        guard let face = faces[font.weight == .bold] else {
            pango_cairo_show_layout(cr, layout)
            return
        }
        var originX = 0.0, originY = 0.0
        cairo_get_current_point(cr, &originX, &originY)
        let iterator = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iterator) }
        let text = pango_layout_get_text(layout)!
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator) else { continue }
            var extents = PangoRectangle()
            pango_layout_iter_get_run_extents(iterator, nil, &extents)
            let x = originX + Double(extents.x) / Double(PANGO_SCALE)
            let baseline = originY + Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
            let item = run.pointee.item!.pointee
            let glyphs = run.pointee.glyphs!.pointee
            let first = String(cString: text.advanced(by: Int(item.offset))).unicodeScalars.first
            let isCJK = first.map { embedder.cjkDraws($0, font: font) } ?? false
            guard isCJK, let pangoFont = item.analysis.font,
                  let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(pangoFont)) else {
                cairo_move_to(cr, x, baseline)
                pango_cairo_show_glyph_item(cr, text, UnsafeMutablePointer(mutating: run))
                continue
            }
            // The same size and options as Pango's font for the run, from the subset face.
            var matrix = cairo_matrix_t()
            cairo_scaled_font_get_font_matrix(scaled, &matrix)
            let options = cairo_font_options_create()!
            defer { cairo_font_options_destroy(options) }
            cairo_scaled_font_get_font_options(scaled, options)
            var cursor = x
            var cairoGlyphs: [cairo_glyph_t] = []
            for index in 0..<Int(glyphs.num_glyphs) {
                let glyph = glyphs.glyphs[index]
                let id = glyph.glyph
                if id & PANGO_GLYPH_UNKNOWN_FLAG == 0 && id != PANGO_GLYPH_EMPTY {
                    cairoGlyphs.append(cairo_glyph_t(index: UInt(id),
                                                     x: cursor + Double(glyph.geometry.x_offset) / Double(PANGO_SCALE),
                                                     y: baseline + Double(glyph.geometry.y_offset) / Double(PANGO_SCALE)))
                }
                cursor += Double(glyph.geometry.width) / Double(PANGO_SCALE)
            }
            cairo_save(cr)
            cairo_set_font_face(cr, face)
            cairo_set_font_matrix(cr, &matrix)
            cairo_set_font_options(cr, options)
            cairo_show_glyphs(cr, cairoGlyphs, Int32(cairoGlyphs.count))
            cairo_restore(cr)
        } while pango_layout_iter_next_run(iterator) != 0
    }
}
