import Dataset

/// The language an edition of a chart is written in: how it writes dates and numbers, the few
/// words the tool adds itself ("Source:", "since"), and its typography.
///
/// A spec names its locales with `locales = ["en", "zh"]` (the first is the spec's own, whose
/// edition keeps the chart's file names); every text key can be given per locale as `KEY_zh`,
/// and every text column as a column `COLUMN_zh` (see ``Translation``).
public enum ChartLocale: String, SpecChoice {
    /// English: `25 Sep 2019`, `late 2023`, compact units K, M, B, T.
    case en
    /// Simplified Chinese: `2019年9月25日`, `约2023年11月`, units 万, 亿 and 万亿, Noto Sans CJK SC
    /// as the primary face and full-width punctuation.
    case zh

    /// The language's name in English, for messages and the schema.
    public var englishName: String {
        switch self {
        case .en: "English"
        case .zh: "Chinese"
        }
    }

    /// The language tag of the edition's files (SVG `xml:lang`, PDF metadata).
    public var languageTag: String {
        switch self {
        case .en: "en"
        case .zh: "zh-Hans"
        }
    }

    /// Whether text is set in the CJK face first (its Latin letters and digits too, so that a
    /// Chinese line does not mix two designs).
    public var prefersCJKFace: Bool { self == .zh }

    /// The compact units, largest first: English counts in thousands (K, M, B, T), Chinese in
    /// ten-thousands (万, 亿 = 10⁸, 万亿 = 10¹²), each set after a space as Chinese copy writes
    /// them (`1,000 亿`).
    public var compactUnits: [NumberFormat.Unit] {
        switch self {
        case .en:
            [.init(divisor: 1e12, symbol: "T"), .init(divisor: 1e9, symbol: "B"),
             .init(divisor: 1e6, symbol: "M"), .init(divisor: 1e3, symbol: "K")]
        case .zh:
            [.init(divisor: 1e12, symbol: " 万亿"), .init(divisor: 1e8, symbol: " 亿"), .init(divisor: 1e4, symbol: " 万")]
        }
    }

    // MARK: Dates

    /// A date for readers, no more precise than its source.
    ///
    /// English: `25 Sep 2019`, `Feb 2024`, `2025`, `c. 2025`, `c. Nov 2023` for an approximate
    /// month, `early|mid|late 2024` for a part of a year, `by Dec 2023` for a deadline. Chinese:
    /// `2019年9月25日`, `2024年2月`, `2025年`, `约2025年`, `约2023年11月`, `2024年初|年中|年底`,
    /// `截至2023年12月` (a deadline, as loose as "by").
    public func text(of date: PartialDate) -> String {
        switch self {
        case .en:
            return date.displayText
        case .zh:
            if date.isBound {
                return "截至" + text(of: PartialDate(year: date.year, month: date.month, day: date.day)!)
            }
            switch date.precision {
            case .year:
                return (date.isApproximate ? "约" : "") + "\(date.year)年"
            case .month:
                // A part of a year as the source wrote it; an approximate month keeps its month.
                if let part = date.yearPart {
                    return "\(date.year)年" + (part == .early ? "初" : part == .mid ? "中" : "底")
                }
                return (date.isApproximate ? "约" : "") + "\(date.year)年\(date.month!)月"
            case .day:
                return (date.isApproximate ? "约" : "") + "\(date.year)年\(date.month!)月\(date.day!)日"
            }
        }
    }

    /// A month on a calendar axis, with its year when `year` is given: `Apr`, `Apr 2023`;
    /// `4月`, `2023年4月`.
    public func month(_ month: Int, year: Int? = nil) -> String {
        switch self {
        case .en:
            let name = CivilCalendar.monthAbbreviations[month - 1]
            return year.map { "\(name) \($0)" } ?? name
        case .zh:
            return (year.map { "\($0)年" } ?? "") + "\(month)月"
        }
    }

    /// A year among months on a calendar axis: `2024`; `2024年` (beside `11月` and `2月`, a bare
    /// number would read as another kind of label).
    public func year(_ year: Int) -> String {
        self == .zh ? "\(year)年" : String(year)
    }

    /// A day on a calendar axis, with its year when `year` is given: `3 Aug`, `3 Aug 2023`;
    /// `8月3日`, `2023年8月3日`.
    public func day(_ day: Int, month: Int, year: Int? = nil) -> String {
        switch self {
        case .en:
            let text = "\(day) \(CivilCalendar.monthAbbreviations[month - 1])"
            return year.map { "\(text) \($0)" } ?? text
        case .zh:
            return (year.map { "\($0)年" } ?? "") + "\(month)月\(day)日"
        }
    }

    /// A period between two dates as text: `Oct 2017 – Oct 2020`; `2017年10月至2020年10月`.
    public func period(_ start: String, _ end: String) -> String {
        switch self {
        case .en: "\(start) – \(end)"
        case .zh: "\(start)至\(end)"
        }
    }

    /// Between a date and its note on a label's second line: ` · `; `，` (the Chinese face
    /// sets a middle dot full-width, which with spaces leaves a gap of two ems).
    public var noteSeparator: String {
        switch self {
        case .en: " · "
        case .zh: "，"
        }
    }

    /// How many times one value is another: `3.8×`; `3.8 倍` (the Chinese face sets `×` full-width).
    public func times(_ number: String) -> String {
        switch self {
        case .en: number + "×"
        case .zh: number + " 倍"
        }
    }

    /// A range that has not ended: `since Mar 2024`; `2024年3月起`.
    public func since(_ start: String) -> String {
        switch self {
        case .en: "since \(start)"
        case .zh: "\(start)起"
        }
    }

    // MARK: Words

    /// The source line's opening: `Source: `; `来源：`.
    public var sourcePrefix: String {
        switch self {
        case .en: "Source: "
        case .zh: "来源："
        }
    }

    /// Whether a written source line already opens with its own "Source".
    func opensWithSource(_ text: String) -> Bool {
        text.lowercased().hasPrefix("source") || text.hasPrefix("来源") || text.hasPrefix("资料来源")
    }

    /// The legend of bars coloured by sign: zero or more, then negative.
    public var signNames: [String] {
        switch self {
        case .en: ["Zero or more", "Negative"]
        case .zh: ["零或正值", "负值"]
        }
    }

    /// The word before a stacked bar's net total: `net `; `净值 `.
    public var net: String {
        switch self {
        case .en: "net "
        case .zh: "净值 "
        }
    }

    /// The unit of gaps between dates, as a series name: `months`, `days`; `月数`, `天数`.
    public func gapUnit(_ unit: BarOptions.GapUnit) -> String {
        switch (self, unit) {
        case (.en, _): unit.rawValue
        case (.zh, .months): "月数"
        case (.zh, .days): "天数"
        }
    }
}
