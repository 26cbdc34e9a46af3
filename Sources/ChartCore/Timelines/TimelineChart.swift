import Dataset

/// A validated timeline: events on a date axis, in tracks, with eras.
public struct TimelineChart: Equatable, Sendable {
    /// One dated event, or a span when it has an end.
    public struct Event: Equatable, Sendable {
        public var label: String
        public var date: PartialDate
        /// The end of a span (inclusive of its whole period), or `nil` for a single event.
        public var end: PartialDate?
        /// Index into ``TimelineChart/tracks``.
        public var track: Int
        /// A second, smaller line under the label.
        public var note: String?
        public var highlighted: Bool
        /// The ends of a range's further segments, after `end` (regular support, then extended support …).
        public var laterEnds: [PartialDate]
        /// Whether a range has not ended: its last segment runs on past its last end (or its start).
        public var isOpen: Bool

        /// Creates an event.
        public init(label: String, date: PartialDate, end: PartialDate? = nil, track: Int = 0, note: String? = nil,
                    highlighted: Bool = false, laterEnds: [PartialDate] = [], isOpen: Bool = false) {
            self.label = label
            self.date = date
            self.end = end
            self.track = track
            self.note = note
            self.highlighted = highlighted
            self.laterEnds = laterEnds
            self.isOpen = isOpen
        }

        /// The ends of a range's segments in order: `end`, then the later ones.
        public var ends: [PartialDate] { (end.map { [$0] } ?? []) + laterEnds }

        /// The first day the event covers (as its date reads: "late 2023" starts in September).
        public var startDay: Double { Double(date.period.lowerBound) }
        /// The day after the last day it covers.
        public var endDay: Double { Double((ends.last ?? date).period.upperBound) }
        /// The date line under the label, in `locale`: `3 Aug 2023`, `Feb 2024`, `late 2023`,
        /// `Oct 2017 – Oct 2020`, `since Mar 2024` for a range that has not ended.
        public func dateText(_ locale: ChartLocale) -> String {
            if isOpen { return locale.since(locale.text(of: date)) }
            guard let last = ends.last else { return locale.text(of: date) }
            return locale.period(locale.text(of: date), locale.text(of: last))
        }
    }

    /// A shaded date range.
    public struct Era: Equatable, Sendable {
        public var start: PartialDate
        public var end: PartialDate
        public var label: String

        /// Creates an era.
        public init(start: PartialDate, end: PartialDate, label: String) {
            self.start = start
            self.end = end
            self.label = label
        }
    }

    public var frame: ChartFrame.Texts
    public var width: Double
    public var height: Double
    /// Events in date order (ranges: in the order of their rows).
    public var events: [Event]
    /// Track names in display order; a single empty name when the spec has no tracks.
    public var tracks: [String]
    public var eras: [Era]
    public var orientation: TimelineOptions.Orientation
    /// Points on lanes, or one row per item (ranges).
    public var layout: TimelineOptions.Layout
    /// The legend names of a range layout's segments (empty: one unnamed segment).
    public var segments: [String]
    /// The colours it is drawn in.
    public var theme: ThemeName = .light
    /// The language it is written in (dates, numbers and the tool's own words).
    public var locale: ChartLocale = .en
    /// The date a range chart is current to: its open ranges run to it.
    public var asOf: PartialDate?

    /// Creates a timeline model directly (tests); timelines from files come from ``TimelineChartBuilder``.
    public init(frame: ChartFrame.Texts, width: Double = 800, height: Double = 500, events: [Event],
                tracks: [String] = [""], eras: [Era] = [], orientation: TimelineOptions.Orientation = .horizontal,
                layout: TimelineOptions.Layout = .points, segments: [String] = []) {
        self.frame = frame
        self.width = width
        self.height = height
        self.events = events
        self.tracks = tracks
        self.eras = eras
        self.orientation = orientation
        self.layout = layout
        self.segments = segments
    }

    /// Whether tracks are named (and so drawn as lanes or a legend).
    public var hasTracks: Bool { tracks.count > 1 || tracks.first?.isEmpty == false }
}
