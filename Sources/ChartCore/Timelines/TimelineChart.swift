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

        /// Creates an event.
        public init(label: String, date: PartialDate, end: PartialDate? = nil, track: Int = 0, note: String? = nil,
                    highlighted: Bool = false) {
            self.label = label
            self.date = date
            self.end = end
            self.track = track
            self.note = note
            self.highlighted = highlighted
        }

        /// The first day the event covers (as its date reads: "late 2023" starts in September).
        public var startDay: Double { Double(date.period.lowerBound) }
        /// The day after the last day it covers.
        public var endDay: Double { Double((end ?? date).period.upperBound) }
        /// The date line under the label: `3 Aug 2023`, `Feb 2024`, `late 2023`, `Oct 2017 – Oct 2020`.
        public var dateText: String {
            guard let end else { return date.displayText }
            return "\(date.displayText) – \(end.displayText)"
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
    /// Events in date order.
    public var events: [Event]
    /// Track names in display order; a single empty name when the spec has no tracks.
    public var tracks: [String]
    public var eras: [Era]
    public var orientation: TimelineOptions.Orientation

    /// Creates a timeline model directly (tests); timelines from files come from ``TimelineChartBuilder``.
    public init(frame: ChartFrame.Texts, width: Double = 800, height: Double = 500, events: [Event],
                tracks: [String] = [""], eras: [Era] = [], orientation: TimelineOptions.Orientation = .horizontal) {
        self.frame = frame
        self.width = width
        self.height = height
        self.events = events
        self.tracks = tracks
        self.eras = eras
        self.orientation = orientation
    }

    /// Whether tracks are named (and so drawn as lanes or a legend).
    public var hasTracks: Bool { tracks.count > 1 || tracks.first?.isEmpty == false }
}
