/// One code's figures.
public struct CodeAgreement: Sendable {
  /// The code (at the level compared).
  public var path: CodePath
  /// Its shortest unambiguous reference, e.g. `T2/1a`.
  public var shortName: String
  /// Its name in the codebook.
  public var name: String
  /// The figures.
  public var figures: Figures

  /// A code's figures, by unit.
  public enum Figures: Sendable {
    /// Segment, character and document units: the 2 x 2 table and every figure from it.
    case binary(BinaryAgreement)
    /// The overlap unit: coded spans and matches.
    case overlap(OverlapMatching.Counts)
  }

  /// Creates a code's result.
  public init(path: CodePath, shortName: String, name: String, figures: Figures) {
    self.path = path
    self.shortName = shortName
    self.name = name
    self.figures = figures
  }

  /// The 2 x 2 figures, or nil for the overlap unit.
  public var binary: BinaryAgreement? {
    if case .binary(let figures) = figures { return figures }
    return nil
  }

  /// The overlap counts, or nil for the other units.
  public var overlap: OverlapMatching.Counts? {
    if case .overlap(let counts) = figures { return counts }
    return nil
  }

  /// The percent agreement in the code's unit.
  public var percentAgreement: Estimate {
    switch figures {
    case .binary(let figures): return figures.cells.percentAgreement
    case .overlap(let counts): return counts.percentAgreement
    }
  }
}
