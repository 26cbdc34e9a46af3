import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The shared state of a batch: the work left (charts to start, editions of started charts to
/// render), and the outcomes, printed in order.
///
/// `@unchecked Sendable` because every worker holds it: each of its stored variables is read and
/// written only while `lock` is held (`take`, `started`, `finish`, `results`), and `json` and
/// `showUpToDate` never change.
final class OutcomeBoard: @unchecked Sendable {
    /// A piece of work: start a chart (read it, then render its first edition), or render one
    /// more edition of a started chart.
    enum Work {
        case chart(Int)
        case edition(ChartJob, Int)
    }

    private let lock = NSCondition()
    private var next = 0
    /// Editions of started charts waiting for a worker, first started first.
    private var editions: [(ChartJob, Int)] = []
    /// Charts taken whose editions are not yet known: more work may come from them.
    private var starting = 0
    private var printed = 0
    private let json: Bool
    private let showUpToDate: Bool
    private var outcomes: [ChartOutcome?]

    init(count: Int, json: Bool, showUpToDate: Bool = true) {
        outcomes = Array(repeating: nil, count: count)
        self.json = json
        self.showUpToDate = showUpToDate
    }

    /// The next work: an edition of a started chart first (so charts finish in the order they
    /// started), else the next chart; waits while a chart being started may still add editions;
    /// `nil` when nothing is left.
    func take() -> Work? {
        lock.lock()
        defer { lock.unlock() }
        while true {
            if !editions.isEmpty {
                let (job, edition) = editions.removeFirst()
                return .edition(job, edition)
            }
            if next < outcomes.count {
                next += 1
                starting += 1
                return .chart(next - 1)
            }
            if starting == 0 { return nil }
            lock.wait()
        }
    }

    /// A chart taken with ``take()`` is started: `job`'s editions after the first (which its
    /// worker renders) wait for any worker; `nil` when the chart needs no rendering (up to date,
    /// or failed to load).
    func started(_ job: ChartJob?) {
        lock.lock()
        defer { lock.unlock() }
        if let job { editions += job.chart.editions.indices.dropFirst().map { (job, $0) } }
        starting -= 1
        lock.broadcast()
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
