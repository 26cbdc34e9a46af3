/// The value axis of a bar chart: a niced linear scale from zero, or a log scale over whole decades.
public struct ValueScale: Equatable, Sendable {
    /// The underlying map.
    public enum Kind: Equatable, Sendable {
        case linear(LinearScale)
        case log(LogScale)
    }

    /// The map from values to pixels.
    public var kind: Kind
    /// The tick values, in domain order.
    public var ticks: [Double]

    /// A scale covering `extent` on `range`, niced for about `tickCount` ticks.
    ///
    /// Linear scales always include zero (bars start there). Log scales widen to whole powers of
    /// ten and, when the smallest value is itself a power of ten, start one decade lower so that
    /// its bar stays visible; when there are more decades than ticks asked for, only every second
    /// (third, …) power of ten gets a tick.
    public init(_ scale: BarOptions.Scale, extent: (Double, Double), range: (Double, Double), tickCount: Double) {
        switch scale {
        case .linear:
            let low = min(0, extent.0), high = max(0, extent.1)
            let niced = LinearScale(domain: (low, low == high ? 1 : high), range: range).niced(count: tickCount)
            kind = .linear(niced)
            ticks = niced.ticks(count: tickCount)
        case .log:
            var niced = LogScale(domain: (extent.0, extent.1), range: range).niced()
            if niced.domain.0 >= extent.0 * (1 - 1e-9) {
                niced = LogScale(domain: (niced.domain.0 / 10, niced.domain.1), range: range)
            }
            kind = .log(niced)
            // Too many decades for the room: every second, third, … power of ten.
            let all = niced.ticks()
            let keep = Int((Double(all.count) / max(1, tickCount + 1)).rounded(.up))
            ticks = keep <= 1 ? all : all.enumerated().filter { $0.offset % keep == 0 }.map(\.element)
        }
    }

    /// The pixel position of `value`.
    public func callAsFunction(_ value: Double) -> Double {
        switch kind {
        case .linear(let scale): return scale(value)
        case .log(let scale): return scale(value)
        }
    }

    /// Where bars start: zero on a linear scale, the bottom of the domain on a log scale.
    public var base: Double {
        switch kind {
        case .linear: return 0
        case .log(let scale): return scale.domain.0
        }
    }
}
