import Foundation

/// Tick values and nice domains with the semantics of d3-array's `ticks`, `tickIncrement`,
/// `tickStep` and `nice` (d3-array 3.x, `src/ticks.js` and `src/nice.js`).
///
/// Ticks are multiples of 1, 2 or 5 times a power of ten, about `count + 1` of them, always
/// inside `[start, stop]`. Negative powers are computed by dividing integers by an integer
/// inverse increment, as d3 does, so `0.1 * 3` never shows up as `0.30000000000000004`.
public enum Ticks {
    private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

    /// d3's `tickSpec`: the integer index range and the signed increment (negative means 1/−inc).
    static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (Double, Double, Double) {
        let step = (stop - start) / max(0, count)
        let power = floor(log10(step))
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = (start * inc).roundedHalfUp()
            i2 = (stop * inc).roundedHalfUp()
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = (start / inc).roundedHalfUp()
            i2 = (stop / inc).roundedHalfUp()
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }

    /// About `count + 1` nice values in `[start, stop]` (in descending order when `stop < start`).
    public static func ticks(_ start: Double, _ stop: Double, count: Double) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite, count.isFinite else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, count) : spec(start, stop, count)
        guard i2 >= i1, i2 - i1 < 1e6 else { return [] }
        let n = Int(i2 - i1) + 1
        let values = (0..<n).map { offset -> Double in
            let index = reverse ? i2 - Double(offset) : i1 + Double(offset)
            let value = inc < 0 ? index / -inc : index * inc
            return value == 0 ? 0 : value
        }
        return values
    }

    /// d3's `tickIncrement`: the tick step as an integer when ≥ 1, or as −1/step when < 1.
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
        spec(start, stop, count).2
    }

    /// d3's `tickStep`: the signed distance between adjacent ticks.
    public static func tickStep(_ start: Double, _ stop: Double, count: Double) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// d3's `nice`: the domain widened to multiples of its tick step, repeated until stable (at
    /// most ten times, as d3-array's `nice` since v3, which guards against a step that oscillates).
    public static func nice(_ start: Double, _ stop: Double, count: Double) -> (Double, Double) {
        var start = start, stop = stop
        guard count > 0 else { return (start, stop) }
        var previous: Double?
        for _ in 0..<10 {
            let step = tickIncrement(start, stop, count: count)
            if step == previous || step == 0 || !step.isFinite {
                return (start, stop)
            } else if step > 0 {
                start = floor(start / step) * step
                stop = ceil(stop / step) * step
            } else {
                start = ceil(start * step) / step
                stop = floor(stop * step) / step
            }
            previous = step
        }
        return (start, stop)
    }
}

extension Double {
    /// JavaScript's `Math.round`: halves round towards +∞.
    func roundedHalfUp() -> Double {
        (self + 0.5).rounded(.down)
    }
}
