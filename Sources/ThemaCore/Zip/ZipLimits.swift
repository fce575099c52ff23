/// How much a ZIP archive may hold before `ZipReader` refuses it, so that a crafted archive (a
/// "zip bomb") cannot exhaust memory or time.
///
/// The defaults are far above any real Word document: a 300-page transcript is about 1 MB of
/// XML, compressed about 10 to 1.
public struct ZipLimits: Hashable, Sendable {
  /// The most entries the central directory may list.
  public var maxEntries: Int
  /// The most bytes all entries may declare together, uncompressed.
  public var maxTotalSize: Int
  /// The highest ratio of uncompressed to compressed size an entry may have, checked for
  /// entries larger than `ratioThreshold`; DEFLATE's own maximum is about 1,032 to 1.
  public var maxRatio: Int
  /// Entries up to this many bytes are not checked for their ratio: small, repetitive files
  /// compress very well without being dangerous.
  public var ratioThreshold: Int

  /// Creates limits; the defaults suit `.docx` documents.
  public init(
    maxEntries: Int = 10_000, maxTotalSize: Int = 512 * 1024 * 1024, maxRatio: Int = 200,
    ratioThreshold: Int = 1024 * 1024
  ) {
    self.maxEntries = maxEntries
    self.maxTotalSize = maxTotalSize
    self.maxRatio = maxRatio
    self.ratioThreshold = ratioThreshold
  }
}
