// All wording of `AgreementProblem` lives here: what is wrong, then what to do about it.

extension AgreementProblem {
  /// The message a researcher reads.
  public var message: String {
    switch self {
    case .unknownCoder(let name, let known):
      return
        "no coder '\(name)' has codings in this project (coders: \(list(known))); check the "
        + "spelling in --coders"
    case .coderNamedTwice(let name):
      return "coder '\(name)' is named twice in --coders; name each coder once"
    case .fewerThanTwoCoders(let given, let known):
      if given.isEmpty {
        return
          "agreement needs two coders, and the project has \(known.isEmpty ? "none" : "only " + list(known)); "
          + "have a second coder code some of the same transcripts ('thema code ID --coder NAME')"
      }
      return
        "agreement needs two coders, but --coders names only \(list(given)); name two or more, "
        + "e.g. --coders \(([given.first ?? "alice"] + known.filter { !given.contains($0) }.prefix(1)).joined(separator: ","))"
    case .noSharedTranscripts(let coders, let coded):
      let lines = coders.map { coder in
        let ids = coded[coder] ?? []
        return "\(coder) coded \(ids.isEmpty ? "nothing" : list(ids))"
      }
      return
        "\(list(coders)) share no transcript, so there is nothing to compare ("
        + lines.joined(separator: "; ")
        + "); have them code at least one transcript in common"
    case .transcriptNotDoubleCoded(let transcript, let codedBy):
      let by =
        codedBy.isEmpty ? "no coder has coded it" : "only \(list(codedBy)) coded it"
      return
        "transcript \(transcript) cannot be compared: \(by); leave it out, or have a second coder "
        + "code it"
    case .noTranscriptsWithCodebook(let codebook, let used):
      return
        "no transcript coded by two of the coders uses codebook '\(codebook)' (they use "
        + "\(list(used))); pick one of those with --codebook"
    case .unknownAttribute(let name, let available):
      return
        "no compared transcript has the attribute '\(name)' (attributes: \(list(available))); "
        + "--by takes an attribute of the transcript headers, e.g. --by county"
    }
  }
}

private func list(_ items: [String]) -> String {
  switch items.count {
  case 0: return "none"
  case 1: return items[0]
  case 2: return "\(items[0]) and \(items[1])"
  default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}
