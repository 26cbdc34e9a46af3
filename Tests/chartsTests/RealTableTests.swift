import Foundation
import Testing

/// Tables of the shapes writers bring from public sources, written here (generated, with the
/// shapes of a release history, a support matrix, statistics tables and a database export),
/// rendered end to end at phone, column and full width.
@Suite(.serialized) struct RealTableTests {
    /// A project with the tables and one spec per chart and width.
    static func project() throws -> (URL, [String]) {
        let project = try CLI.emptyProject()
        // 40 releases every six months, 2004–2023.
        let releases = (0..<40).map { index in
            "\(2004 + index / 2)-\(index % 2 == 0 ? "04" : "10"),Release \(index / 2 + 4).\(index % 2 == 0 ? "04" : "10"),Vendor changelog"
        }
        try CLI.write("date,release,source\n" + releases.joined(separator: "\n") + "\n", to: "data/releases.csv", in: project)
        // Overlapping support periods: five years regular, five more extended for every other (LTS)
        // release; the last two still supported.
        let support = (0..<24).map { index -> String in
            let year = 2004 + index / 2, month = index % 2 == 0 ? "04" : "10"
            let open = index >= 22
            let regular = open ? "open" : "\(year + (index % 4 == 0 ? 5 : 1))-\(month)"
            let extended = open || index % 4 != 0 ? "" : "\(year + 10)-\(month)"
            return "Release \(index / 2 + 4).\(month)\(index % 4 == 0 ? " LTS" : ""),\(year)-\(month),\(regular),\(extended),Vendor lifecycle"
        }
        try CLI.write("release,start,regular,extended,source\n" + support.joined(separator: "\n") + "\n", to: "data/support.csv", in: project)
        // Fifty years and 36 months of a statistic with negative values.
        let years = (1975...2024).map { (year: Int) -> String in "\(year),\((year * 37) % 23 - 8),Statistics office" }
        try CLI.write("year,change,source\n" + years.joined(separator: "\n") + "\n", to: "data/yearly.csv", in: project)
        let months = (0..<36).map { (index: Int) -> String in
            let change = Double((index * 29) % 17) / 2 - 3
            return String(format: "%04d-%02d,%.1f,Statistics office", 2022 + index / 12, index % 12 + 1, change)
        }
        try CLI.write("month,change,source\n" + months.joined(separator: "\n") + "\n", to: "data/monthly.csv", in: project)
        // A database export: one row per (year, energy source), six sources.
        let sources = ["Coal", "Gas", "Hydro", "Nuclear", "Wind", "Solar"]
        let long = (2015...2024).flatMap { (year: Int) -> [String] in
            sources.enumerated().map { (index: Int, name: String) -> String in "\(year),\(name),\(10 + (index * 7 + year) % 13),Energy agency" }
        }
        try CLI.write("year,energy_source,twh,source\n" + long.joined(separator: "\n") + "\n", to: "data/energy.csv", in: project)

        let specs = [
            ("releases", "kind = \"timeline\"\ndata = \"releases.csv\"\ntitle = \"Forty releases\"\ndate = \"date\"\nlabel = \"release\"\n"),
            ("cadence", "kind = \"bar\"\ndata = \"releases.csv\"\ntitle = \"Months between releases\"\ncategory = \"release\"\ngaps = \"date\"\n"),
            ("support", "kind = \"timeline\"\ndata = \"support.csv\"\ntitle = \"Support periods\"\nlayout = \"ranges\"\ndate = \"start\"\nlabel = \"release\"\nends = [\"regular\", \"extended\"]\nsegments = [\"Regular\", \"Extended\"]\n"),
            ("yearly", "kind = \"bar\"\ndata = \"yearly.csv\"\ntitle = \"Fifty years\"\ncategory = \"year\"\nvalue = \"change\"\ncolor_by = \"sign\"\n"),
            ("monthly", "kind = \"bar\"\ndata = \"monthly.csv\"\ntitle = \"Thirty-six months\"\ncategory = \"month\"\nvalue = \"change\"\n"),
            ("monthly-time", "kind = \"bar\"\ndata = \"monthly.csv\"\ntitle = \"Thirty-six months\"\ncategory = \"month\"\nvalue = \"change\"\ntime_axis = true\n"),
            ("energy", "kind = \"bar\"\ndata = \"energy.csv\"\ntitle = \"Generation by source\"\ncategory = \"year\"\nvalue = \"twh\"\nseries_from = \"energy_source\"\nlayout = \"stacked\"\nsource_column = \"source\"\n"),
        ]
        var names: [String] = []
        for (name, spec) in specs {
            for (width, height) in [(360, 640), (600, 500), (1200, 800)] {
                try CLI.write(spec + "width = \(width)\nheight = \(height)\n", to: "charts/\(name)-\(width).toml", in: project)
                names.append("\(name)-\(width)")
            }
        }
        return (project, names)
    }

    @Test func everyShapeRendersAtEveryWidthWithoutABrokenGuarantee() throws {
        let (project, names) = try Self.project()
        defer { if ProcessInfo.processInfo.environment["KEEP_PROJECT"] == nil { try? FileManager.default.removeItem(at: project) } else { print("PROJECT", project.path) } }
        let result = try CLI.run(["all", "--project", project.path, "--format", "png", "--json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        var seen: [String] = []
        for line in result.stdout.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let name = object["name"] as? String else { continue }
            seen.append(name)
            #expect(object["status"] as? String == "rendered", "\(name): \(line)")
            // Compromises may be reported; an overlap the layout did not avoid may not.
            let warnings = (object["warnings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(!warnings.contains { $0.hasPrefix("layout audit") }, "\(name): \(warnings)")
        }
        #expect(Set(seen) == Set(names))
        // The calendar reads as one: months labelled as a calendar axis at every width.
        let scene = try CLI.run(["render", "monthly-600", "--project", project.path, "--format", "png", "--scene"])
        #expect(scene.status == 0)
        let json = try String(contentsOf: project.appendingPathComponent("out/monthly-600.scene.json"), encoding: .utf8)
        #expect(json.contains("\"Jan 2023\"") && !json.contains("\"2022-04\""))
    }
}
