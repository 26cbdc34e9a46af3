import Foundation
import Testing
@testable import charts

/// The font bytes `--json` reports for an SVG: the decoded length of the base64 payloads of its
/// `@font-face` rules, read up to the end of its `<style>`.
@Suite struct EmbeddedFontBytesTests {
    private func svg(_ payloads: [Data], after: String = "") -> Data {
        let faces = payloads.map { "@font-face{src:url(data:font/ttf;base64,\($0.base64EncodedString())) format(\"truetype\")}" }
        return Data("<svg><style>\(faces.joined(separator: "\n"))</style>\(after)</svg>".utf8)
    }

    @Test func itAddsUpThePayloadsWhateverTheirPadding() {
        // 10, 11 and 12 bytes: base64 with two, one and no "=".
        let payloads = [Data(repeating: 1, count: 10), Data(repeating: 2, count: 11), Data(repeating: 3, count: 12)]
        #expect(ChartPipeline.embeddedFontBytes(svg(payloads)) == 33)
        #expect(ChartPipeline.embeddedFontBytes(svg([Data()])) == 0)
    }

    @Test func onlyTheStyleBlockCounts() {
        let later = "<text>;base64,QUJD)</text>"
        #expect(ChartPipeline.embeddedFontBytes(svg([Data(repeating: 7, count: 5)], after: later)) == 5)
        #expect(ChartPipeline.embeddedFontBytes(Data("<svg><text>;base64,QUJD)</text></svg>".utf8)) == 0)
        #expect(ChartPipeline.embeddedFontBytes(Data()) == 0)
    }

    @Test func aSliceOfLargerDataIsReadFromItsOwnStart() {
        let whole = Data("xxxx".utf8) + svg([Data(repeating: 9, count: 7)])
        #expect(ChartPipeline.embeddedFontBytes(whole.dropFirst(4)) == 7)
    }
}
