import Testing
@testable import ChartCore

@Suite struct SceneAuditTests {
    let ink = Color(hex: "#000")!

    func text(_ string: String, _ x: Double, _ y: Double, width: Double = 40, role: SceneRole = .eventLabel,
              datum: Int? = nil) -> SceneItem {
        SceneItem(role, .text(TextRun(text: string, font: FontStyle(size: 10), color: ink, origin: Point(x, y),
                                      size: TextSize(width: width, height: 12, baseline: 9))), datum: datum)
    }

    func bar(_ rect: Rect, datum: Int? = nil) -> SceneItem {
        SceneItem(.bar, .rect(rect, fill: ink), datum: datum)
    }

    func kinds(_ items: [SceneItem], names: [String] = []) -> [AuditFinding.Kind] {
        SceneAudit.findings(in: Scene(width: 200, height: 100, items: items, datumNames: names)).map(\.kind)
    }

    @Test func overlappingTextsAreFoundButTouchingOnesAreNot() {
        #expect(kinds([text("A", 10, 10), text("B", 30, 15)]) == [.textOverlap])
        // Stacked lines of one block touch (12 px apart for 12 px lines): no finding.
        #expect(kinds([text("A", 10, 10), text("B", 10, 22)]).isEmpty)
        // Rounding: less than half a pixel of overlap is touching.
        #expect(kinds([text("A", 10, 10), text("B", 10, 21.7)]).isEmpty)
        #expect(kinds([text("A", 10, 10), text("B", 10, 21)]) == [.textOverlap])
    }

    @Test func textOnABarIsFoundUnlessItSitsWhollyInside() {
        let segment = Rect(x: 0, y: 0, width: 100, height: 40)
        #expect(kinds([bar(segment), text("12", 10, 10, role: .valueLabel)]).isEmpty)
        #expect(kinds([bar(segment), text("12", 80, 10, role: .valueLabel)]) == [.textOnMark])
    }

    /// A mark 80% or more under one mark of another row, drawn after it, is a hidden datum; marks
    /// of one row, less overlap, or the later mark's own cover are not.
    @Test func aMarkCoveredByAnotherRowsIsAHiddenDatum() {
        let span = Rect(x: 10, y: 10, width: 100, height: 12)
        #expect(kinds([bar(span, datum: 0), bar(span, datum: 1)], names: ["A", "B"]) == [.hiddenDatum])
        let finding = SceneAudit.findings(in: Scene(width: 200, height: 100, items: [bar(span, datum: 0), bar(span, datum: 1)], datumNames: ["A", "B"]))
        #expect(finding.first?.message == "the bar of “A” is hidden under the bar of “B”")
        // Four fifths covered is hidden; a little less is not.
        #expect(kinds([bar(span, datum: 0), bar(Rect(x: 30, y: 10, width: 100, height: 12), datum: 1)]) == [.hiddenDatum])
        #expect(kinds([bar(span, datum: 0), bar(Rect(x: 31, y: 10, width: 100, height: 12), datum: 1)]).isEmpty)
        #expect(kinds([bar(span, datum: 0), bar(span, datum: 0)]).isEmpty, "one row's own marks")
        #expect(kinds([bar(Rect(x: 10, y: 10, width: 10, height: 12), datum: 0), bar(span, datum: 1)]) == [.hiddenDatum])
        #expect(kinds([bar(span, datum: 0), bar(Rect(x: 10, y: 10, width: 10, height: 12), datum: 1)]).isEmpty,
                "a small mark drawn on a large one leaves it seen")
        // Three on one spot: two hidden rows, each said once.
        #expect(kinds([bar(span, datum: 0), bar(span, datum: 1), bar(span, datum: 2)]) == [.hiddenDatum, .hiddenDatum])
    }

    @Test func textOnAnAxisLineIsFound() {
        let axis = SceneItem(.axis, .line(from: Point(0, 50), to: Point(200, 50), stroke: Stroke(color: ink, width: 1)))
        #expect(kinds([axis, text("under", 10, 51)]).isEmpty)
        #expect(kinds([axis, text("across", 10, 45)]) == [.textOnMark])
    }

    @Test func aLeaderMayTouchItsOwnMarkAndLabelButCrossNothingElse() {
        let stroke = Stroke(color: ink, width: 1)
        let stem = SceneItem(.stem, .line(from: Point(20, 60), to: Point(20, 10), stroke: stroke), datum: 0)
        let own = SceneItem(.marker, .rect(Rect(x: 15, y: 55, width: 10, height: 10), fill: ink), datum: 0)
        let label = text("Own", 10, 0, datum: 0)
        #expect(kinds([own, stem, label]).isEmpty)
        let other = SceneItem(.span, .rect(Rect(x: 0, y: 30, width: 100, height: 8), fill: ink), datum: 1)
        let findings = SceneAudit.findings(in: Scene(width: 200, height: 100, items: [own, other, stem, label],
                                                     datumNames: ["Launch", "Pledge"]))
        #expect(findings.map(\.kind) == [.leaderCrossing])
        #expect(findings.first?.message == "the stem of “Launch” crosses the span of “Pledge”")
        // A diagonal leader that passes beside a mark's corner does not cross it.
        let diagonal = SceneItem(.stem, .line(from: Point(0, 0), to: Point(40, 40), stroke: stroke), datum: 2)
        #expect(kinds([diagonal, bar(Rect(x: 30, y: 0, width: 10, height: 9), datum: 3)]).isEmpty)
        #expect(kinds([diagonal, bar(Rect(x: 30, y: 25, width: 10, height: 10), datum: 3)]) == [.leaderCrossing])
    }

    @Test func itemsPastTheCanvasAreFound() {
        let findings = SceneAudit.findings(in: Scene(width: 200, height: 100, items: [text("Mar 2024", -3, 80)]))
        #expect(findings.map(\.kind) == [.outsideCanvas])
        #expect(findings.first?.message == "the event label “Mar 2024” reaches 3 px past the canvas edge")
    }

    @Test func identicalCategoryLabelsOfDifferentDataAreFound() {
        let labels = [text("P…", 10, 80, role: .categoryLabel, datum: 0), text("P…", 60, 80, role: .categoryLabel, datum: 1),
                      text("Q", 110, 80, role: .categoryLabel, datum: 2)]
        let findings = SceneAudit.findings(in: Scene(width: 200, height: 100, items: labels,
                                                     datumNames: ["Postal services", "Publishing", "Q"]))
        #expect(findings.map(\.kind) == [.duplicateLabel])
        #expect(findings.first?.message == "two category labels read “P…”, for “Postal services” and “Publishing”")
        // The same name twice in the data may read the same.
        #expect(kinds(Array(labels.prefix(2)), names: ["P…", "P…"]).isEmpty)
    }
}

@Suite struct OrientedBoxTests {
    @Test func turnedBoxesMeetOnlyWhereTheyReallyOverlap() {
        // Two 60 × 10 boxes turned −45°, 20 px apart: their level bounds overlap, the boxes do not.
        let a = OrientedBox(origin: Point(0, 50), width: 60, height: 10, angle: -.pi / 4)
        let b = OrientedBox(origin: Point(20, 50), width: 60, height: 10, angle: -.pi / 4)
        #expect(a.bounds.intersects(b.bounds))
        #expect(!a.intersects(b))
        // 5 px apart along x, they do.
        #expect(a.intersects(OrientedBox(origin: Point(5, 50), width: 60, height: 10, angle: -.pi / 4)))
        // A level box reduces to a rectangle.
        #expect(OrientedBox(Rect(x: 0, y: 0, width: 10, height: 10)).intersects(OrientedBox(Rect(x: 9, y: 9, width: 5, height: 5))))
        #expect(!OrientedBox(Rect(x: 0, y: 0, width: 10, height: 10)).intersects(OrientedBox(Rect(x: 10, y: 0, width: 5, height: 5))))
    }

    @Test func aSegmentCrossesATurnedBoxOnlyThroughIt() {
        let box = OrientedBox(origin: Point(0, 50), width: 60, height: 10, angle: -.pi / 4)
        // The box runs from (0, 50) up-right to about (42, 8): a vertical line at x = 20 crosses it.
        #expect(box.crossed(from: Point(20, 0), to: Point(20, 100)))
        // A vertical line at x = 55 passes right of the box's top end (about x ≤ 49).
        #expect(!box.crossed(from: Point(55, 0), to: Point(55, 100)))
    }

    @Test func theAuditChecksTurnedTextsByTheirTrueBoxes() {
        let ink = Color(hex: "#000")!
        func turned(_ text: String, _ x: Double, datum: Int) -> SceneItem {
            SceneItem(.categoryLabel, .text(TextRun(text: text, font: FontStyle(size: 10), color: ink, origin: Point(x, 80),
                                                    size: TextSize(width: 60, height: 12, baseline: 9), rotation: -.pi / 4)),
                      datum: datum)
        }
        let apart = SceneAudit.findings(in: Scene(width: 300, height: 100, items: [turned("A", 30, datum: 0), turned("B", 55, datum: 1)],
                                                  datumNames: ["A", "B"]))
        #expect(apart.isEmpty, "\(apart.map(\.message))")
        let touching = SceneAudit.findings(in: Scene(width: 300, height: 100, items: [turned("A", 30, datum: 0), turned("B", 36, datum: 1)],
                                                     datumNames: ["A", "B"]))
        #expect(touching.map(\.kind) == [.textOverlap])
    }
}
