import ChartCore
import Dataset
import Foundation

/// A chart's spec and data, read once, and the editions to render from them.
struct LoadedChart: Sendable {
    var name: String
    var spec: ChartSpec
    var context: SpecContext
    var dataset: Dataset
    /// The editions to render, the default first.
    var editions: [Edition]
}

/// One edition laid out and rendered, in memory: what ``ChartPipeline/finish(_:_:settings:since:)``
/// writes once every edition of the chart is done.
struct EditionProduct: Sendable {
    var layout: ChartLayout
    /// Its own warnings, before the chart's are merged.
    var warnings: [Diagnostic]
    /// File names in the output folder and their bytes (none when `--strict` stopped it).
    var outputs: [(String, Data)] = []
    /// Bytes of font data its SVG embeds.
    var fontBytes = 0
}

/// A chart being rendered by several workers at once, one edition each: the chart's slot on the
/// board, its loaded inputs, and the editions done so far.
///
/// `@unchecked Sendable`: `products` and `remaining` are read and written only while `lock` is
/// held (``complete(_:_:)``); the other properties never change.
final class ChartJob: @unchecked Sendable {
    let index: Int
    let chart: LoadedChart
    let inputs: String
    let start: DispatchTime
    private let lock = NSLock()
    private var products: [Result<EditionProduct, DiagnosticList>?]
    private var remaining: Int

    init(index: Int, chart: LoadedChart, inputs: String, start: DispatchTime) {
        self.index = index
        self.chart = chart
        self.inputs = inputs
        self.start = start
        products = Array(repeating: nil, count: chart.editions.count)
        remaining = chart.editions.count
    }

    /// Records edition `edition`'s result; returns every result, in edition order, when it was
    /// the last one (the caller then finishes the chart), else `nil`.
    func complete(_ edition: Int, _ result: Result<EditionProduct, DiagnosticList>) -> [Result<EditionProduct, DiagnosticList>]? {
        lock.lock()
        defer { lock.unlock() }
        products[edition] = result
        remaining -= 1
        return remaining == 0 ? products.map { $0! } : nil
    }
}
