/// A fast pass over the Unicode scalars of a string, decoding its UTF-8 bytes directly: several
/// times faster than iterating `unicodeScalars`, which matters where every byte of an import
/// is looked at.
enum UTF8Scan {
  /// Calls `body` with the value of each scalar of `text`, in order, until it returns false;
  /// returns whether it never did.
  static func allScalars(of text: some StringProtocol, _ body: (UInt32) -> Bool) -> Bool {
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var index = 0
      while index < bytes.count {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
          if !body(lead) { return false }
          index += 1
          continue
        }
        // A String holds valid UTF-8: the lead byte says how many continuation bytes follow.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        guard index + length <= bytes.count else { return false }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        if !body(value) { return false }
        index += length
      }
      return true
    }
    return fast ?? text.unicodeScalars.allSatisfy { body($0.value) }
  }
}
