extension Segment {
  /// The length of the text in Unicode scalars, the unit of coding spans: `length` computed from
  /// the UTF-8 bytes (every byte that does not continue a sequence starts a scalar), which is
  /// much faster for the character and overlap units that measure every segment.
  var scalarCount: Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }
}
