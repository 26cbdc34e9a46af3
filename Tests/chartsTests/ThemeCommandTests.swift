import Foundation
import Testing

/// Themes chosen per spec and per run, and the colour-vision check, through the command line.
@Suite(.serialized) struct ThemeCommandTests {
    @Test func checkWarnsOfColoursThatMergeAndStrictFails() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("year,gas,hydro,source\n2023,3,4,S\n2024,5,2,S\n", to: "data/mix.csv", in: project)
        try CLI.write("""
        kind = "bar"
        data = "mix.csv"
        title = "Mix"
        category = "year"

        [[series]]
        column = "gas"
        label = "Gas"
        color = "#D62728"

        [[series]]
        column = "hydro"
        label = "Hydro"
        color = "#2CA02C"

        """, to: "charts/mix.toml", in: project)
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 0, "a warning alone does not fail check")
        #expect(check.stdout.contains("charts/mix.toml: warning: the colours of “Gas” and “Hydro” are hard to tell apart for readers with"), "\(check.stdout)")
        let strict = try CLI.run(["check", "--project", project.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("failed because of --strict"))
    }

    @Test func aRunThemeOverridesTheSpecAndReRendersOnlyWhenItChanges() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let light = try CLI.run(["render", "investment", "--project", project.path, "--format", "png", "--scale", "1"])
        #expect(light.status == 0)
        let first = try Data(contentsOf: project.appendingPathComponent("out/investment.png"))
        let dark = try CLI.run(["render", "investment", "--project", project.path, "--format", "png", "--scale", "1", "--theme", "dark"])
        #expect(dark.status == 0 && dark.stdout.contains("ok      investment"), "a new theme renders again: \(dark.stdout)")
        let second = try Data(contentsOf: project.appendingPathComponent("out/investment.png"))
        #expect(first != second)
        let again = try CLI.run(["render", "investment", "--project", project.path, "--format", "png", "--scale", "1", "--theme", "dark"])
        #expect(again.stdout.contains("up to date"), "\(again.stdout)")
        let wrong = try CLI.run(["render", "investment", "--project", project.path, "--theme", "sepia"])
        #expect(wrong.status == 64 && wrong.stderr.contains("sepia"))
    }
}
