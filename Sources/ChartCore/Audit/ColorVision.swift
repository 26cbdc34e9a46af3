import Foundation

/// Whether the colours that carry a chart's meaning stay apart for readers with a colour-vision
/// deficiency.
///
/// Each colour is simulated as a reader with protanopia, deuteranopia or tritanopia sees it
/// (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear sRGB), and every pair is
/// compared by CIEDE2000 in CIELAB (D65). Below ``threshold`` two fills are hard to tell apart:
/// about 10 is where small marks read as one colour at a glance (Szafir 2017 puts the noticeable
/// difference for marks of chart size between 5 and 10; a legend asks for more than noticing).
public enum ColorVision {
    /// A colour-vision deficiency that can be simulated.
    public enum Deficiency: String, CaseIterable, Sendable {
        case protanopia, deuteranopia, tritanopia

        /// Machado et al. (2009), table 1, severity 1.0: linear RGB to the simulated linear RGB.
        var matrix: [[Double]] {
            switch self {
            case .protanopia: return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
            case .deuteranopia: return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
            case .tritanopia: return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
            }
        }
    }

    /// The smallest CIEDE2000 difference at which two meaningful colours count as distinct.
    public static let threshold = 10.0

    /// Two colours of a chart that readers may not tell apart.
    public struct Conflict: Equatable, Sendable {
        public var first: String
        public var second: String
        /// The deficiency under which they merge; `nil`: for every reader.
        public var deficiency: Deficiency?
        /// Their CIEDE2000 difference, as that reader sees them.
        public var difference: Double

        /// The warning: which two, for whom, how far apart.
        public var message: String {
            let whom = deficiency.map { "for readers with \($0.rawValue)" } ?? "for every reader"
            return "the colours of “\(first)” and “\(second)” are hard to tell apart \(whom) (CIEDE2000 difference \(String(format: "%.1f", difference)), below \(Int(threshold)))"
        }
    }

    /// Every pair of `colors` closer than ``threshold`` under normal vision or a simulated
    /// deficiency, at most one conflict per pair: for every reader when normal vision already
    /// confuses them, else the deficiency that brings them closest.
    public static func conflicts(_ colors: [(name: String, color: Color)]) -> [Conflict] {
        var result: [Conflict] = []
        let conditions: [Deficiency?] = [nil] + Deficiency.allCases
        let labs = colors.map { entry in conditions.map { lab(simulate(entry.color, $0)) } }
        for a in colors.indices {
            for b in colors.indices where b > a {
                var worst: (Double, Deficiency?)?
                for (index, deficiency) in conditions.enumerated() {
                    let difference = ciede2000(labs[a][index], labs[b][index])
                    if difference < threshold && difference < (worst?.0 ?? .infinity) { worst = (difference, deficiency) }
                    // Alike for every reader: say so, not which deficiency makes it worse.
                    if deficiency == nil && worst != nil { break }
                }
                if let worst {
                    result.append(Conflict(first: colors[a].name, second: colors[b].name, deficiency: worst.1, difference: worst.0))
                }
            }
        }
        return result
    }

    /// The colour as a reader with `deficiency` sees it (unchanged for `nil`), as linear RGB.
    static func simulate(_ color: Color, _ deficiency: Deficiency?) -> [Double] {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4) }
        let rgb = [linear(color.red), linear(color.green), linear(color.blue)]
        guard let deficiency else { return rgb }
        return deficiency.matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    /// CIELAB (D65) of a linear RGB colour.
    static func lab(_ rgb: [Double]) -> (l: Double, a: Double, b: Double) {
        let (r, g, b) = (rgb[0], rgb[1], rgb[2])
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? Foundation.cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// The CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1.
    static func ciede2000(_ one: (l: Double, a: Double, b: Double), _ two: (l: Double, a: Double, b: Double)) -> Double {
        func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
        func degrees(_ y: Double, _ x: Double) -> Double {
            let angle = atan2(y, x) * 180 / .pi
            return angle < 0 ? angle + 360 : angle
        }
        let c1 = hypot(one.a, one.b), c2 = hypot(two.a, two.b), meanC = (c1 + c2) / 2
        let g = 0.5 * (1 - (Foundation.pow(meanC, 7) / (Foundation.pow(meanC, 7) + Foundation.pow(25, 7))).squareRoot())
        let a1 = (1 + g) * one.a, a2 = (1 + g) * two.a
        let c1p = hypot(a1, one.b), c2p = hypot(a2, two.b)
        let h1 = c1p == 0 ? 0 : degrees(one.b, a1), h2 = c2p == 0 ? 0 : degrees(two.b, a2)
        let dL = two.l - one.l, dC = c2p - c1p
        var dh = 0.0
        if c1p * c2p != 0 {
            dh = h2 - h1
            if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        }
        let dH = 2 * (c1p * c2p).squareRoot() * sin(radians(dh) / 2)
        let meanL = (one.l + two.l) / 2, meanCp = (c1p + c2p) / 2
        var meanH = h1 + h2
        if c1p * c2p != 0 {
            meanH = abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2)
        }
        let t = 1 - 0.17 * cos(radians(meanH - 30)) + 0.24 * cos(radians(2 * meanH)) + 0.32 * cos(radians(3 * meanH + 6))
            - 0.20 * cos(radians(4 * meanH - 63))
        let dTheta = 30 * exp(-Foundation.pow((meanH - 275) / 25, 2))
        let rc = 2 * (Foundation.pow(meanCp, 7) / (Foundation.pow(meanCp, 7) + Foundation.pow(25, 7))).squareRoot()
        let sl = 1 + 0.015 * Foundation.pow(meanL - 50, 2) / (20 + Foundation.pow(meanL - 50, 2)).squareRoot()
        let sc = 1 + 0.045 * meanCp, sh = 1 + 0.015 * meanCp * t
        let rt = -sin(radians(2 * dTheta)) * rc
        return ((dL / sl) * (dL / sl) + (dC / sc) * (dC / sc) + (dH / sh) * (dH / sh) + rt * (dC / sc) * (dH / sh)).squareRoot()
    }
}
