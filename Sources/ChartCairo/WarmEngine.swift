import Foundation

/// A ``TextEngine`` made ready on a background thread while a command starts, for the first
/// worker that asks; every later asker makes its own engine at once instead of waiting.
///
/// `@unchecked Sendable`: `spare`, `started` and `claimed` are only read and written under
/// `lock`. The engine itself is used by the warm-up thread until it is stored, and after that only
/// by the one caller of ``take()`` that gets it, so it is never used by two threads at once.
final class WarmEngine: @unchecked Sendable {
    /// Left when the engine is stored.
    private let stored = DispatchGroup()
    /// Left when the warm-up thread has finished everything it does (see ``waitUntilFinished()``).
    private let finished = DispatchGroup()
    private let lock = NSLock()
    private var spare: TextEngine?
    private var started = false
    private var claimed = false

    /// Starts the warm-up thread: an engine with the theme's fonts loaded (see
    /// ``TextEngine/loadThemeFonts()``), then `afterwards` once it is stored.
    func start(afterwards: @escaping @Sendable () -> Void = {}) {
        lock.withLock { started = true }
        stored.enter()
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let engine = TextEngine()
            engine.loadThemeFonts()
            lock.withLock { spare = engine }
            stored.leave()
            afterwards()
            finished.leave()
        }
    }

    /// The warm engine for the first caller after ``start(afterwards:)`` (waiting until it is
    /// ready); `nil` at once for every other caller, and when the warm-up never started.
    func take() -> TextEngine? {
        let first = lock.withLock {
            guard started && !claimed else { return false }
            claimed = true
            return true
        }
        guard first else { return nil }
        stored.wait()
        return lock.withLock {
            defer { spare = nil }
            return spare
        }
    }

    /// Waits until the warm-up thread has finished (at once when it never started), so that the
    /// process does not exit while it is inside fontconfig, Pango or HarfBuzz.
    func waitUntilFinished() {
        finished.wait()
    }
}
