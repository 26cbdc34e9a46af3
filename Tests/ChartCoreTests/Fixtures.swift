import Dataset
import Foundation
@testable import ChartCore

/// Builds specs and datasets for tests without files: specs decode from JSON with the same Codable types.
enum Fixtures {
    static func spec(_ json: String) throws -> ChartSpec {
        try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8))
    }

    static func dataset(_ csv: String) throws -> Dataset {
        try CSVLoader.parse(data: Data(csv.utf8), displayName: "data/t.csv")
    }

    static let context = SpecContext(file: "charts/t.toml", locator: SpecLocator(text: ""))

    static let investmentCSV = """
    commitment,announced,total,per_year,source
    DAMO Academy founding pledge,2017-10-11,100,33.3,"§I, ref. 1"
    Cloud and AI infrastructure plan,2025-02,380,126.7,"§V, ref. 11"
    """

    static func investment(width: Int = 800, height: Int = 500, extra: String = "") throws -> BarChart {
        let spec = try spec("""
        {"kind": "bar", "data": "t.csv", "title": "Alibaba's AI bet grew 3.8-fold", "subtitle": "RMB billion",
         "width": \(width), "height": \(height), "category": "commitment", "value": "total", "detail": "announced",
         "format": {"prefix": "¥", "suffix": "B"},
         "annotations": [{"type": "ratio", "from": "DAMO Academy founding pledge", "to": "Cloud and AI infrastructure plan"}]
         \(extra)}
        """)
        return try BarChartBuilder.build(spec: spec, dataset: dataset(investmentCSV), context: context)
    }

    static func grouped(layout: String, width: Int = 800, height: Int = 500) throws -> BarChart {
        let spec = try spec("""
        {"kind": "bar", "data": "t.csv", "title": "Totals and years", "width": \(width), "height": \(height),
         "category": "commitment", "layout": "\(layout)",
         "series": [{"column": "total", "label": "Total"}, {"column": "per_year", "label": "Per year"}]}
        """)
        return try BarChartBuilder.build(spec: spec, dataset: dataset(investmentCSV), context: context)
    }

    static func m6(width: Int = 800, height: Int = 500) throws -> BarChart {
        let spec = try spec("""
        {"kind": "bar", "data": "t.csv", "title": "M6", "width": \(width), "height": \(height),
         "category": "model", "value": "parameters", "scale": "log", "format": {"compact": true}}
        """)
        return try BarChartBuilder.build(spec: spec, dataset: dataset("model,parameters\nM6 dense,1e11\nM6 MoE,1e13\n"),
                                         context: context)
    }

    static func hanguang(width: Int = 800, height: Int = 300) throws -> BarChart {
        let spec = try spec("""
        {"kind": "bar", "data": "t.csv", "title": "Hanguang 800: 78,563 images per second", "width": \(width),
         "height": \(height), "orientation": "horizontal", "category": "chip", "value": "ips", "detail": "unveiled",
         "value_axis": "Images per second", "format": {"suffix": " IPS"}}
        """)
        return try BarChartBuilder.build(spec: spec, dataset: dataset("chip,ips,unveiled\nHanguang 800 (含光 800),78563,2019-09-25\n"),
                                         context: context)
    }
}
