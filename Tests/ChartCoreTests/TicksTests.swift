import Testing
@testable import ChartCore

/// The published cases of d3-array's `test/ticks-test.js`, `tickIncrement-test.js` and `nice-test.js`.
@Suite struct TicksTests {
    @Test func emptyForNaNOrNonPositiveCount() {
        #expect(Ticks.ticks(.nan, 1, count: 1).isEmpty)
        #expect(Ticks.ticks(0, .nan, count: 1).isEmpty)
        #expect(Ticks.ticks(0, 1, count: .nan).isEmpty)
        #expect(Ticks.ticks(1, 1, count: -1).isEmpty)
        #expect(Ticks.ticks(1, 1, count: 0).isEmpty)
        #expect(Ticks.ticks(0, 1, count: 0).isEmpty)
        #expect(Ticks.ticks(0, 1, count: -1).isEmpty)
        #expect(Ticks.ticks(0, 1, count: .infinity).isEmpty)
    }

    @Test func singleValueWhenStartEqualsStop() {
        #expect(Ticks.ticks(1, 1, count: 1) == [1])
        #expect(Ticks.ticks(1, 1, count: 10) == [1])
    }

    @Test func noNegativeZeroAndStaysInDomain() {
        #expect(Ticks.ticks(-1, 0, count: 5).last!.sign == .plus)
        #expect(Ticks.ticks(0, 2.2, count: 3) == [0, 1, 2])
    }

    @Test(arguments: [
        (0.0, 1.0, 10.0, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 9, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 8, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 7, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 6, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 4, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 3, [0.0, 0.5, 1.0]),
        (0, 1, 2, [0.0, 0.5, 1.0]),
        (0, 1, 1, [0.0, 1.0]),
        (0, 10, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 9, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 8, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 7, [0, 2, 4, 6, 8, 10]),
        (0, 10, 6, [0, 2, 4, 6, 8, 10]),
        (0, 10, 5, [0, 2, 4, 6, 8, 10]),
        (0, 10, 4, [0, 2, 4, 6, 8, 10]),
        (0, 10, 3, [0, 5, 10]),
        (0, 10, 2, [0, 5, 10]),
        (0, 10, 1, [0, 10]),
        (-10, 10, 10, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 9, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 8, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 7, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 6, [-10, -5, 0, 5, 10]),
        (-10, 10, 5, [-10, -5, 0, 5, 10]),
        (-10, 10, 4, [-10, -5, 0, 5, 10]),
        (-10, 10, 3, [-10, -5, 0, 5, 10]),
        (-10, 10, 2, [-10, 0, 10]),
        (-10, 10, 1, [0]),
    ] as [(Double, Double, Double, [Double])])
    func aboutCountPlusOneTicks(start: Double, stop: Double, count: Double, expected: [Double]) {
        #expect(Ticks.ticks(start, stop, count: count) == expected)
        #expect(Ticks.ticks(stop, start, count: count) == expected.reversed())
    }

    @Test func handlesPrecisionProblems() {
        #expect(Ticks.ticks(0.98, 1.14, count: 10) == [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14])
    }

    @Test func tickIncrementAndStep() {
        #expect(Ticks.tickIncrement(0, 1, count: 10) == -10)
        #expect(Ticks.tickIncrement(0, 1, count: 6) == -5)
        #expect(Ticks.tickIncrement(0, 1, count: 3) == -2)
        #expect(Ticks.tickIncrement(0, 1, count: 1) == 1)
        #expect(Ticks.tickIncrement(0, 10, count: 10) == 1)
        #expect(Ticks.tickIncrement(0, 10, count: 6) == 2)
        #expect(Ticks.tickIncrement(0, 10, count: 3) == 5)
        #expect(Ticks.tickIncrement(-10, 10, count: 5) == 5)
        #expect(Ticks.tickIncrement(-10, 10, count: 2) == 10)
        #expect(Ticks.tickStep(0, 1, count: 10) == 0.1)
        #expect(Ticks.tickStep(1, 0, count: 10) == -0.1)
        #expect(Ticks.tickStep(-10, 10, count: 5) == 5)
    }

    @Test(arguments: [
        (0.132, 0.876, 1000.0, 0.132, 0.876), (0.132, 0.876, 100, 0.13, 0.88), (0.132, 0.876, 30, 0.12, 0.88),
        (0.132, 0.876, 10, 0.1, 0.9), (0.132, 0.876, 6, 0.1, 0.9), (0.132, 0.876, 5, 0, 1), (0.132, 0.876, 1, 0, 1),
        (132, 876, 1000, 132, 876), (132, 876, 100, 130, 880), (132, 876, 30, 120, 880), (132, 876, 10, 100, 900),
        (132, 876, 6, 100, 900), (132, 876, 5, 0, 1000), (132, 876, 1, 0, 1000),
    ] as [(Double, Double, Double, Double, Double)])
    func niceDomains(start: Double, stop: Double, count: Double, niceStart: Double, niceStop: Double) {
        let (a, b) = Ticks.nice(start, stop, count: count)
        #expect(a == niceStart && b == niceStop)
    }

    @Test func niceLeavesDegenerateInputAlone() {
        #expect(Ticks.nice(1, 1, count: 10) == (1, 1))
        #expect(Ticks.nice(0, 1, count: 0) == (0, 1))
        #expect(Ticks.nice(0, 1, count: .infinity) == (0, 1))
    }
}
