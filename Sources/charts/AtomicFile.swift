import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers only ever see the old or the new whole file.
///
/// The bytes go to a hidden temporary file in the same folder (`.NAME.tmp-PID`), are flushed to
/// disk, and the temporary file is renamed over the target. On any failure the temporary files
/// are removed and the previous files are left as they were.
enum AtomicFile {
    /// The prefix of temporary files: no other tool's files start with it, so stale ones can be
    /// recognised and removed without touching anything else.
    static let temporaryPrefix = ".charts-tmp-"

    /// Writes one file atomically; `durable: false` skips flushing it to disk first (for a file
    /// whose loss in a crash costs only time, like the build record).
    static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        try write([(url, data)], durable: durable)
    }

    /// Writes several files (a chart's PNG, SVG and PDF) so that they change together: every
    /// temporary file is written (and, when `durable`, flushed to disk) first; only when all are
    /// complete are they renamed over the targets. If any write fails, no target is touched.
    static func write(_ files: [(URL, Data)], durable: Bool = true) throws {
        // A file size limit (ulimit -f) should fail the write like a full disk, not kill the run.
        signal(SIGXFSZ, SIG_IGN)
        var written: [(temporary: URL, target: URL)] = []
        do {
            for (url, data) in files {
                written.append((try writeTemporary(data, for: url, durable: durable), url))
            }
            for file in written where rename(file.temporary.path, file.target.path) != 0 {
                throw posixError("cannot replace \(file.target.path)")
            }
        } catch {
            for file in written { unlink(file.temporary.path) }
            throw error
        }
    }

    /// Writes (and when `durable`, flushes) `data` to the hidden temporary file of `url`.
    private static func writeTemporary(_ data: Data, for url: URL, durable: Bool) throws -> URL {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent("\(temporaryPrefix)\(getpid())-\(url.lastPathComponent)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError("cannot create \(temporary.path)") }
        var failure: Error?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = posixError("cannot write \(url.path)")
                    return
                }
                offset += count
            }
        }
        if failure == nil && durable && fsync(descriptor) != 0 { failure = posixError("cannot flush \(url.path)") }
        if close(descriptor) != 0 && failure == nil { failure = posixError("cannot close \(url.path)") }
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        return temporary
    }

    private static func posixError(_ what: String) -> Error {
        let reason = String(cString: strerror(errno))
        return CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what): \(reason)"])
    }
}
