#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension termios {
  /// These attributes switched to raw input for a full-screen program: no echo, no line
  /// editing, no CR-to-LF translation, no XON/XOFF (so Ctrl-S and Ctrl-Q reach the program), no
  /// output processing, 8-bit characters, and `read` returning as soon as one byte is there.
  ///
  /// `ISIG` stays on: Ctrl-C, Ctrl-Z and Ctrl-\ still send their signals, which the terminal
  /// layer turns into events so the program ends or suspends cleanly.
  public func makingRaw() -> termios {
    var raw = self
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_oflag &= ~tcflag_t(OPOST)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
    // VMIN and VTIME are indices into c_cc whose values differ between Linux and macOS.
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    return raw
  }

  /// Whether two attribute sets are the same, byte for byte (termios is a plain C struct).
  public func isSame(as other: termios) -> Bool {
    var lhs = self
    var rhs = other
    return withUnsafeBytes(of: &lhs) { a in withUnsafeBytes(of: &rhs) { b in a.elementsEqual(b) } }
  }
}
