import Foundation

/// Everything a run measured, printed as a table or as JSON (`--format json`: sorted keys,
/// `formatVersion` 1; fields are added, never renamed, within a version).
struct BenchReport: Codable, Sendable {
  var formatVersion = 1
  var machine: Machine
  var size: CorpusSize
  /// The generated study's size on disk, in bytes, once a stage has used it.
  var corpusBytes: Double?
  /// Where the study was kept (`--corpus`), if it was.
  var corpusPath: String?
  var repetitions: Int
  var inProcess: Bool
  var stages: [StageResult] = []
  /// Set when a stage failed; the exit status is then 1.
  var failure: String?

  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return encoder
  }

  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return decoder
  }

  func json() throws -> String {
    String(decoding: try Self.encoder.encode(self), as: UTF8.self) + "\n"
  }
}
