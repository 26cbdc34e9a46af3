import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers only ever see the old or the new whole file.
///
/// The bytes go to a hidden temporary file in the same folder (`.NAME.tmp-PID`), are flushed to
/// disk, and the temporary file is renamed over the target. On any failure the temporary file
/// is removed and the previous file is left as it was.
enum AtomicFile {
    /// The prefix of temporary files, so that stale ones can be recognised.
    static let temporaryMarker = ".tmp-"

    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError("cannot create \(temporary.path)") }
        var failure: Error?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = posixError("cannot write \(url.path)")
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = posixError("cannot flush \(url.path)") }
        if close(descriptor) != 0 && failure == nil { failure = posixError("cannot close \(url.path)") }
        if failure == nil && rename(temporary.path, url.path) != 0 { failure = posixError("cannot replace \(url.path)") }
        if let failure {
            unlink(temporary.path)
            throw failure
        }
    }

    private static func posixError(_ what: String) -> Error {
        let reason = String(cString: strerror(errno))
        return CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what): \(reason)"])
    }
}
