import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an output folder (`.charts.lock`, held with `flock`) for one run.
struct FolderLock {
    private let descriptor: Int32

    init(folder: URL) throws {
        descriptor = open(folder.appendingPathComponent(".charts.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticMessage("cannot write in the output folder \(folder.path): \(String(cString: strerror(errno))); choose another with --out")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            printError("another charts run is writing to \(folder.path); waiting for it to finish")
            flock(descriptor, LOCK_EX)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
