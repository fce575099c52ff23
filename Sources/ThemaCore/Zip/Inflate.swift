/// Decompresses raw DEFLATE streams (RFC 1951), the compression ZIP files and so Word `.docx`
/// documents use.
///
/// Every block type is supported: stored (type 0), fixed Huffman codes (type 1) and dynamic
/// Huffman codes (type 2). Codes are checked as the RFC requires (an over-subscribed or
/// incomplete code set is an error), back-references may not reach before the start of the
/// output, and the output may not grow past `limit`, so a stream that expands without bound
/// (a "zip bomb") is stopped early instead of filling memory.
///
/// The decoder follows the structure of Mark Adler's `puff.c`, the reference decoder shipped with
/// zlib: canonical codes are kept as counts per length and symbols in code order.
public enum Inflate {
  /// The bytes a raw DEFLATE stream decompresses to.
  ///
  /// - Parameters:
  ///   - compressed: the stream, without a zlib or gzip wrapper.
  ///   - limit: the most bytes the output may have; more is `.outputLimitExceeded`.
  /// - Throws: `InflateError` naming what is wrong and the offset in `compressed` where the
  ///   decoder noticed it.
  public static func decompress(_ compressed: [UInt8], limit: Int = Int.max) throws(InflateError)
    -> [UInt8]
  {
    try compressed.withUnsafeBufferPointer { (buffer) throws(InflateError) -> [UInt8] in
      var state = InflateState(input: buffer, limit: limit)
      try state.run()
      return state.output
    }
  }
}

/// What is wrong with a DEFLATE stream; `byteOffset` is where in the compressed bytes the
/// decoder found it.
public enum InflateError: Error, Hashable, Sendable {
  /// The stream ends before its last block does.
  case unexpectedEnd(byteOffset: Int)
  /// A block header names block type 3, which does not exist.
  case invalidBlockType(byteOffset: Int)
  /// A stored block's length and its one's complement disagree.
  case storedLengthMismatch(byteOffset: Int)
  /// A dynamic block describes a Huffman code that is over-subscribed, incomplete, or has too
  /// many symbols.
  case invalidCodeLengths(byteOffset: Int)
  /// A code that stands for no symbol, or a length or distance symbol the RFC reserves.
  case invalidSymbol(byteOffset: Int)
  /// A back-reference to before the start of the output.
  case distanceTooFar(byteOffset: Int)
  /// The output would grow past the caller's limit.
  case outputLimitExceeded(limit: Int)

  /// What is wrong, for a researcher's error message.
  public var message: String {
    switch self {
    case .unexpectedEnd(let offset):
      return "the compressed data ends early (at byte \(offset)); the file is cut short"
    case .invalidBlockType(let offset):
      return "the compressed data has an invalid block type at byte \(offset)"
    case .storedLengthMismatch(let offset):
      return "the compressed data has a stored block with a damaged length at byte \(offset)"
    case .invalidCodeLengths(let offset):
      return "the compressed data has an invalid Huffman code table at byte \(offset)"
    case .invalidSymbol(let offset):
      return "the compressed data has an invalid code at byte \(offset)"
    case .distanceTooFar(let offset):
      return
        "the compressed data refers back past its own start at byte \(offset)"
    case .outputLimitExceeded(let limit):
      return "the data expands to more than \(limit) bytes"
    }
  }
}

/// A canonical Huffman code: how many codes there are of each length, and the symbols in code
/// order.
private struct Huffman {
  var counts = [Int](repeating: 0, count: 16)
  var symbols: [Int]

  /// Builds the code from each symbol's code length (0: unused). Returns how far the code is
  /// from complete: 0 complete, more than 0 incomplete, below 0 over-subscribed.
  init(lengths: ArraySlice<Int>, left: inout Int) {
    symbols = [Int](repeating: 0, count: lengths.count)
    for length in lengths { counts[length] += 1 }
    left = 0
    if counts[0] == lengths.count { return }
    left = 1
    for length in 1...15 {
      left <<= 1
      left -= counts[length]
      if left < 0 { return }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    for (symbol, length) in zip(0..., lengths) where length != 0 {
      symbols[offsets[length]] = symbol
      offsets[length] += 1
    }
  }
}

private let lengthBase = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
]
private let lengthExtra = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]
private let distanceBase = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
  2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
]
private let distanceExtra = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]
/// The order in which a dynamic block lists the code lengths of the code-length code.
private let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

private let fixedCodes: (lengths: Huffman, distances: Huffman) = {
  var lengths = [Int](repeating: 8, count: 288)
  for symbol in 144..<256 { lengths[symbol] = 9 }
  for symbol in 256..<280 { lengths[symbol] = 7 }
  var left = 0
  let literal = Huffman(lengths: lengths[...], left: &left)
  let distance = Huffman(lengths: [Int](repeating: 5, count: 30)[...], left: &left)
  return (literal, distance)
}()

/// The decoder's position in its input and the output so far.
private struct InflateState {
  let input: UnsafeBufferPointer<UInt8>
  let limit: Int
  var position = 0
  var bitBuffer: UInt64 = 0
  var bitCount = 0
  var output: [UInt8] = []

  init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
    self.input = input
    self.limit = limit
    output.reserveCapacity(min(limit, max(input.count * 4, 1024)))
  }

  mutating func run() throws(InflateError) {
    var last = false
    while !last {
      last = try bits(1) == 1
      switch try bits(2) {
      case 0: try stored()
      case 1: try codes(fixedCodes.lengths, fixedCodes.distances)
      case 2: try dynamic()
      default: throw .invalidBlockType(byteOffset: position)
      }
    }
  }

  /// The next `count` bits (at most 32), least significant first.
  mutating func bits(_ count: Int) throws(InflateError) -> Int {
    while bitCount < count {
      guard position < input.count else { throw .unexpectedEnd(byteOffset: position) }
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  mutating func stored() throws(InflateError) {
    let partial = bitCount % 8
    bitBuffer >>= UInt64(partial)
    bitCount -= partial
    let length = try bits(16)
    let complement = try bits(16)
    guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch(byteOffset: position) }
    guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
    // Bytes already pulled into the bit buffer come first.
    var remaining = length
    while remaining > 0 && bitCount >= 8 {
      output.append(UInt8(try bits(8)))
      remaining -= 1
    }
    guard position + remaining <= input.count else {
      throw .unexpectedEnd(byteOffset: input.count)
    }
    output.append(contentsOf: input[position..<(position + remaining)])
    position += remaining
  }

  mutating func decode(_ code: Huffman) throws(InflateError) -> Int {
    var value = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      value |= try bits(1)
      let count = code.counts[length]
      if value - count < first { return code.symbols[index + (value - first)] }
      index += count
      first += count
      first <<= 1
      value <<= 1
    }
    throw .invalidSymbol(byteOffset: position)
  }

  mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(InflateError) {
    while true {
      let symbol = try decode(lengths)
      if symbol < 256 {
        guard output.count < limit else { throw .outputLimitExceeded(limit: limit) }
        output.append(UInt8(symbol))
      } else if symbol == 256 {
        return
      } else {
        let index = symbol - 257
        guard index < 29 else { throw .invalidSymbol(byteOffset: position) }
        let length = lengthBase[index] + (try bits(lengthExtra[index]))
        let distanceSymbol = try decode(distances)
        guard distanceSymbol < 30 else { throw .invalidSymbol(byteOffset: position) }
        let distance = distanceBase[distanceSymbol] + (try bits(distanceExtra[distanceSymbol]))
        guard distance <= output.count else { throw .distanceTooFar(byteOffset: position) }
        guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
        var from = output.count - distance
        for _ in 0..<length {
          output.append(output[from])
          from += 1
        }
      }
    }
  }

  mutating func dynamic() throws(InflateError) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeLengthCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw .invalidCodeLengths(byteOffset: position)
    }
    var lengths = [Int](repeating: 0, count: 320)
    for index in 0..<codeLengthCount { lengths[codeLengthOrder[index]] = try bits(3) }
    var left = 0
    let lengthCode = Huffman(lengths: lengths[0..<19], left: &left)
    guard left == 0 else { throw .invalidCodeLengths(byteOffset: position) }
    var index = 0
    let total = literalCount + distanceCount
    while index < total {
      var symbol = try decode(lengthCode)
      if symbol < 16 {
        lengths[index] = symbol
        index += 1
        continue
      }
      var repeated = 0
      if symbol == 16 {
        guard index > 0 else { throw .invalidCodeLengths(byteOffset: position) }
        repeated = lengths[index - 1]
        symbol = 3 + (try bits(2))
      } else if symbol == 17 {
        symbol = 3 + (try bits(3))
      } else {
        symbol = 11 + (try bits(7))
      }
      guard index + symbol <= total else { throw .invalidCodeLengths(byteOffset: position) }
      for _ in 0..<symbol {
        lengths[index] = repeated
        index += 1
      }
    }
    guard lengths[256] != 0 else { throw .invalidCodeLengths(byteOffset: position) }
    let literalCode = Huffman(lengths: lengths[0..<literalCount], left: &left)
    // An incomplete code is allowed only when it has a single code of length 1 (RFC 1951 3.2.7).
    if left < 0 || (left > 0 && literalCount != literalCode.counts[0] + literalCode.counts[1]) {
      throw .invalidCodeLengths(byteOffset: position)
    }
    let distanceCode = Huffman(lengths: lengths[literalCount..<total], left: &left)
    if left < 0 || (left > 0 && distanceCount != distanceCode.counts[0] + distanceCode.counts[1]) {
      throw .invalidCodeLengths(byteOffset: position)
    }
    try codes(literalCode, distanceCode)
  }
}
