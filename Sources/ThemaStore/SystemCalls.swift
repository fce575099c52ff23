#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's `errno` after a failed call, as the text `strerror` gives.
func lastErrorText() -> String {
  String(cString: strerror(errno))
}

/// Calls `body` again while it fails with `EINTR` (a signal arrived mid-call).
func retryingOnInterrupt(_ body: () -> Int32) -> Int32 {
  while true {
    let result = body()
    if result == -1 && errno == EINTR { continue }
    return result
  }
}

/// Whether a process with `pid` exists on this machine.
func processExists(_ pid: Int32) -> Bool {
  kill(pid, 0) == 0 || errno == EPERM
}

/// The current process's ID.
func currentProcessID() -> Int32 { getpid() }

/// `write(2)`, named apart from Swift's own `write` functions.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}

/// This machine's name as the kernel knows it (`gethostname`), for lock notes. Never a name
/// service lookup: Thema makes no network request, not even DNS.
func localMachineName() -> String {
  var buffer = [CChar](repeating: 0, count: 256)
  guard gethostname(&buffer, buffer.count - 1) == 0 else { return "this machine" }
  return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
