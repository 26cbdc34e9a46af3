import Foundation
import Dataset

/// Resolves a timeline spec against its dataset: dates, spans, tracks, highlights, eras.
public enum TimelineChartBuilder {
    /// Builds the model, or throws every problem found.
    public static func build(spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> TimelineChart {
        guard let options = spec.timeline else {
            throw DiagnosticList([context.problem("kind", "this spec is not a timeline")])
        }
        var problems: [Diagnostic] = []
        func column(_ key: String, _ name: String?, required example: String? = nil) -> Int? {
            guard let name else {
                if let example {
                    problems.append(context.problem(key, "a timeline needs the `\(key)` column", hint: "add \(key) = \"\(example)\""))
                }
                return nil
            }
            if let index = dataset.columnIndex(name) { return index }
            let (message, hint) = dataset.missingColumn(name)
            problems.append(context.problem(key, message, hint: hint))
            return nil
        }
        let dateColumn = column("date", options.date, required: dataset.columns.first { $0.lowercased().contains("date") } ?? "date")
        let labelColumn = column("label", options.label, required: "event")
        let ranges = options.layout == .ranges
        let endKeys = ranges ? (options.end != nil ? ["end"] : options.ends.indices.map { "ends[\($0 + 1)]" }) : ["end"]
        let endColumns = zip(endKeys, ranges ? options.ends : [options.end].compactMap { $0 }).map { column($0, $1) }
        let noteColumn = column("note", options.note)
        let trackColumn = column("track", options.track)
        if !problems.isEmpty { throw DiagnosticList(problems) }

        var dates: [PartialDate] = [], labels: [String] = []
        do throws(DiagnosticList) { dates = try dataset.dates(column: dateColumn!) } catch {
            problems += context.readBy("date", as: "dates", error.diagnostics)
        }
        do throws(DiagnosticList) { labels = try dataset.texts(column: labelColumn!) } catch { problems += error.diagnostics }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        let columns = endColumns.map { $0! }
        // Bad end cells are reported with the problems of the tracks below, not alone.
        var ends = Array(repeating: RowEnds(), count: dataset.rows.count)
        do throws(DiagnosticList) {
            ends = try RowEnds.read(dataset, columns: columns, keys: endKeys, starts: dates, dateColumn: dateColumn!, ranges: ranges, context: context)
        } catch {
            problems += error.diagnostics
        }

        var tracks = options.tracks
        var trackOf = Array(repeating: 0, count: dataset.rows.count)
        if let trackColumn {
            let names = dataset.rows.map { $0[trackColumn].trimmingCharacters(in: .whitespaces) }
            var unlisted: [(name: String, lines: [Int])] = []
            for (row, name) in names.enumerated() {
                if let index = tracks.firstIndex(of: name) {
                    trackOf[row] = index
                } else if options.tracks.isEmpty {
                    tracks.append(name)
                    trackOf[row] = tracks.count - 1
                } else if let index = unlisted.firstIndex(where: { $0.name == name }) {
                    unlisted[index].lines.append(dataset.lines[row])
                } else {
                    unlisted.append((name, [dataset.lines[row]]))
                }
            }
            // One error at the key, naming every track it misses (not one per row).
            if !unlisted.isEmpty {
                let listed = unlisted.map { entry in
                    let lines = entry.lines.prefix(3).map(String.init).joined(separator: ", ") + (entry.lines.count > 3 ? ", …" : "")
                    return "`\(entry.name)` (\(dataset.file) line\(entry.lines.count > 1 ? "s" : "") \(lines))"
                }.joined(separator: ", ")
                let suggestions = unlisted.compactMap { entry -> String? in
                    let hint = Suggestion.hint(for: entry.name, in: options.tracks, noun: "tracks")
                    return hint.hasPrefix("did you mean") ? "`\(entry.name)`: \(hint)" : nil
                }
                problems.append(context.problem("tracks", "`tracks` does not list \(listed), used in the `track` column",
                                                hint: (suggestions + ["add each to `tracks`, or correct the cells"]).joined(separator: "; ")))
            }
        } else if !options.tracks.isEmpty {
            problems.append(context.problem("tracks", "`tracks` orders the values of the `track` column, but no `track` column is given",
                                            hint: "add track = \"<column>\""))
        }
        if tracks.isEmpty { tracks = [""] }
        let colours = Theme(width: Double(spec.width), height: Double(spec.height)).palette.count
        if tracks.count > colours {
            problems.append(context.problem("track", "\(tracks.count) tracks, but the palette has \(colours) distinct colours, so some tracks would look alike",
                                            hint: "merge tracks (at most \(colours)) or chart some of them separately"))
        }
        for (index, name) in options.highlight.enumerated() where !labels.contains(name) {
            problems.append(context.problem("highlight[\(index + 1)]", "no event is labelled `\(name)`",
                                            hint: Suggestion.hint(for: name, in: labels, noun: "events")))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        let notes = noteColumn.map { column in dataset.rows.map { $0[column].isEmpty ? nil : $0[column] } }
        let events = dataset.rows.indices.map { row in
            TimelineChart.Event(label: labels[row], date: dates[row], end: ends[row].dates.first, track: trackOf[row],
                                note: notes?[row] ?? nil, highlighted: options.highlight.contains(labels[row]),
                                laterEnds: Array(ends[row].dates.dropFirst()), isOpen: ends[row].isOpen)
        }
        let order = rowOrder(events, ranges ? options.sort : .start)
        let sources = dataset.sources.map { all in order.map { all[$0] } } ?? []
        var chart = TimelineChart(
            frame: ChartFrame.Texts(title: spec.title, subtitle: spec.subtitle, notes: spec.notes,
                                    source: SourceLine.make(sources: sources, override: spec.source, extra: spec.sourceExtra, locale: spec.locale)),
            width: Double(spec.width), height: Double(spec.height),
            events: order.map { events[$0] }, tracks: tracks,
            eras: options.eras.map { TimelineChart.Era(start: $0.start, end: $0.end, label: $0.label) },
            orientation: options.orientation, layout: options.layout, segments: options.segments)
        chart.theme = spec.theme
        chart.locale = spec.locale
        chart.asOf = options.asOf
        if let asOf = options.asOf, let row = chart.events.firstIndex(where: { Double(asOf.endDay) < $0.endDay }) {
            throw DiagnosticList([context.problem("as_of", "the chart is current to \(asOf), but “\(chart.events[row].label)” runs to \(chart.events[row].ends.last ?? chart.events[row].date)",
                                                  hint: "give the date of the latest information the chart shows")])
        }
        return chart
    }

    /// The order of the events: by start (first day, then the coarser date first, then file
    /// order), by end (an open range last), or as in the file.
    static func rowOrder(_ events: [TimelineChart.Event], _ sort: TimelineOptions.Sort) -> [Int] {
        func start(_ index: Int) -> (Int, Int, Int) { (events[index].date.firstDay, events[index].date.precision.rawValue, index) }
        switch sort {
        case .data: return Array(events.indices)
        case .start: return events.indices.sorted { start($0) < start($1) }
        case .end:
            func end(_ index: Int) -> Double { events[index].isOpen ? .infinity : events[index].endDay }
            return events.indices.sorted { (end($0), start($0).0, $0) < (end($1), start($1).0, $1) }
        }
    }
}
