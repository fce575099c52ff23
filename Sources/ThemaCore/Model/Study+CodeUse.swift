/// Which codes a study's codings use, for changes that would take codes away.
extension Study {
  /// How many codings use each code of the codebook `name`: every coder's and every consensus
  /// coding of the transcripts coded with it.
  public func codingCounts(codebook name: String) -> [CodePath: Int] {
    var counts: [CodePath: Int] = [:]
    for (id, transcript) in transcripts {
      guard (try? codebook(for: transcript))?.name == name else { continue }
      let sheets = Array((self.sheets[id] ?? [:]).values) + (consensus[id].map { [$0] } ?? [])
      for sheet in sheets {
        for coding in sheet.codings { counts[coding.code, default: 0] += 1 }
      }
    }
    return counts
  }

  /// The transcripts that name no codebook, and so would no longer know theirs once the study
  /// holds a second one.
  public var transcriptsWithoutCodebook: [TranscriptID] {
    transcripts.values.filter { $0.codebookName == nil }.map(\.id).sorted()
  }
}
