import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The shared state of a batch: which chart to take next, and the outcomes, printed in order.
///
/// `@unchecked Sendable` because every worker holds it: each of its stored variables is read and
/// written only while `lock` is held (`take`, `finish`, `results`), and `json` and
/// `showUpToDate` never change.
final class OutcomeBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var printed = 0
    private let json: Bool
    private let showUpToDate: Bool
    private var outcomes: [ChartOutcome?]

    init(count: Int, json: Bool, showUpToDate: Bool = true) {
        outcomes = Array(repeating: nil, count: count)
        self.json = json
        self.showUpToDate = showUpToDate
    }

    /// The index of the next chart to render, or `nil` when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < outcomes.count else { return nil }
        next += 1
        return next - 1
    }

    /// Records an outcome and prints every outcome that is now next in order.
    func finish(_ index: Int, _ outcome: ChartOutcome) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        while printed < outcomes.count, let ready = outcomes[printed] {
            if showUpToDate || ready.status != .upToDate {
                if json { print(Report.json(ready)) } else { Report.print(ready) }
            }
            printed += 1
        }
        fflush(nil)
    }

    /// Every outcome, in order (call when the workers are done: a missing one is a bug).
    func results() -> [ChartOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.map { $0! }
    }
}
