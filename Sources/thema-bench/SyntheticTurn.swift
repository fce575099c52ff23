import ThemaCore

/// One generated speaker turn: its text, how many words, and where its sentences are (as
/// Unicode scalar offsets, the unit of `TextSpan`), so codings can quote whole sentences.
struct SyntheticTurn: Sendable {
  var text: String
  var words: Int
  var isQuestion: Bool
  var sentences: [TextSpan]

  /// A word and its length in Unicode scalars.
  struct Word: Sendable {
    var text: String
    var capitalized: String
    var scalars: Int

    init(_ text: String) {
      self.text = text
      self.capitalized = text.prefix(1).uppercased() + text.dropFirst()
      self.scalars = text.unicodeScalars.count
    }
  }

  /// 2,000 made-up words of one to three syllables, common English words, and about one in
  /// thirty that is not ASCII.
  static let vocabulary: [Word] = {
    let syllables = [
      "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "ri", "mo", "lu", "fe",
    ]
    var words = [
      "the", "and", "peer", "support", "client", "team", "we", "I", "you", "it", "was", "that",
      "they", "my", "just", "really", "think", "know", "because", "people",
    ]
    let unicode = [
      "café", "naïve", "résumé", "José", "Zoë", "façade", "über", "niño", "Straße", "Łódź",
      "don’t", "it’s", "I’m", "“okay”", "Ελλάδα", "Москва", "東京", "😊", "São", "Ångström",
    ]
    var generator = SplitMix64(seed: 7)
    while words.count < 2000 {
      if words.count % 30 == 0 {
        words.append(unicode[(words.count / 30) % unicode.count])
        continue
      }
      let count = Int.random(in: 1...3, using: &generator)
      words.append(
        (0..<count).map { _ in syllables.randomElement(using: &generator) ?? "ka" }.joined())
    }
    return words.map(Word.init)
  }()

  /// A turn of `words` words in sentences of 5 to 20 words; questions end with `?`, a few
  /// sentences with `…`, and some have an aside set off with ` — `.
  static func make(words: Int, isQuestion: Bool, using generator: inout SplitMix64)
    -> SyntheticTurn
  {
    var text = ""
    var scalars = 0
    var sentences: [TextSpan] = []
    var remaining = words
    while remaining > 0 {
      let length = min(remaining, Int.random(in: 5...20, using: &generator))
      remaining -= length
      if !text.isEmpty {
        text += " "
        scalars += 1
      }
      let start = scalars
      for index in 0..<length {
        let word = vocabulary[Int(generator.next() % UInt64(vocabulary.count))]
        if index > 0 {
          let dash = index == 4 && length > 12 && generator.next() % 4 == 0
          text += dash ? " — " : " "
          scalars += dash ? 3 : 1
        }
        text += index == 0 ? word.capitalized : word.text
        scalars += word.scalars
      }
      let end: String
      if remaining == 0 && isQuestion {
        end = "?"
      } else {
        end = generator.next() % 12 == 0 ? "…" : "."
      }
      text += end
      scalars += 1
      sentences.append(TextSpan(start: start, end: scalars))
    }
    return SyntheticTurn(text: text, words: words, isQuestion: isQuestion, sentences: sentences)
  }
}
