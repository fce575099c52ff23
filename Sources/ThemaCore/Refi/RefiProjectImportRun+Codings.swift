import Foundation

/// The codings of an imported project: each selection's codings placed on the segments it
/// covers, in the sheet of the coder it is credited to.
///
/// A coder's name is the user's name when it is a valid coder name (`alice`), else made from it
/// in lowercase with other characters as `-` (`Friedrich Markgraf` becomes
/// `friedrich-markgraf`), unique; a user named `consensus` is the consensus.
/// A coding whose user is not given is credited to the project's creator, else `unattributed`.
/// The memo of a coding is the selection's description (without Thema's flags line), the
/// notes attached to or linked with the selection, and the notes on the coding, in that order.
/// Two selections that give one coder the same coding are one coding, flags and memos joined.
extension RefiProjectImportRun {
  mutating func placeSelections() {
    let coders = coderNames()
    let linked = linkedNotes()
    var unknownCodes: Set<String> = []
    for source in sources where !source.targets.isEmpty {
      var sheets: [Coder: CodingSheet] = [:]
      for selection in source.source.selections where !selection.codings.isEmpty {
        let placed = RefiSelectionPlacement.place(
          start: selection.start, end: selection.end, length: source.length, on: source.targets)
        let pieces: [RefiSelectionPlacement.Piece]
        switch placed {
        case .failure(let failure):
          warn(
            .selectionNotPlaced(
              source: source.source.name, start: selection.start, end: selection.end,
              reason: failure.reason), line: selection.line)
          continue
        case .success(let found):
          pieces = found
        }
        result.summary.placedSelections += 1
        let (flags, described) = RefiProjectMarks.flags(in: selection.description)
        let selectionMemo =
          [described] + noteTexts(selection.notes + (linked[selection.guid] ?? []))
        for coding in selection.codings {
          guard let path = codePaths[coding.code] else {
            if unknownCodes.insert(coding.code).inserted {
              warn(.unknownCode(guid: coding.code), line: coding.line)
            }
            continue
          }
          let coder = coder(of: selection, coding, names: coders)
          let memo = Self.joined(selectionMemo + noteTexts(coding.notes))
          for piece in pieces {
            let made = Coding(
              transcript: source.id, segment: piece.segment, code: path, span: piece.span,
              flags: flags, memo: memo)
            sheets[coder, default: CodingSheet(transcript: source.id, coder: coder)].add(made)
            result.summary.codings += 1
          }
        }
      }
      for (coder, isDone) in RefiProjectMarks.coders(in: source.source.description) {
        sheets[coder, default: CodingSheet(transcript: source.id, coder: coder)].isDone = isDone
      }
      if !sheets.isEmpty { result.sheets[source.id] = sheets.mapValues { $0.sorted() } }
    }
  }

  /// The coder a coding is credited to.
  private func coder(
    of selection: RefiProjectDocument.Selection, _ coding: RefiProjectDocument.Coding,
    names: [String: Coder]
  ) -> Coder {
    let user =
      options.credit == .selection
      ? selection.creatingUser ?? coding.creatingUser
      : coding.creatingUser ?? selection.creatingUser
    guard let user = user ?? document.creatingUser else {
      return Coder(rawValue: "unattributed") ?? .consensus
    }
    return names[user] ?? Coder(rawValue: "user-" + user.prefix(8)) ?? .consensus
  }

  /// A coder name for each user, unique.
  private func coderNames() -> [String: Coder] {
    var names: [String: Coder] = [:]
    var taken: Set<Coder> = []
    for user in document.users {
      let trimmed = user.name.trimmed()
      let slug = RefiProjectImportRun.codebookName(from: trimmed)
      let stem =
        IdentifierRule.isValid(trimmed)
        ? trimmed : slug == "imported" ? "user-" + user.guid.prefix(8) : slug
      if stem.lowercased() == Coder.consensus.rawValue {
        names[user.guid] = .consensus
        continue
      }
      var name = stem
      var suffix = 2
      while let coder = Coder(rawValue: name), taken.contains(coder) {
        name = "\(stem)-\(suffix)"
        suffix += 1
      }
      if let coder = Coder(rawValue: name) {
        taken.insert(coder)
        names[user.guid] = coder
      }
    }
    return names
  }

  /// The texts of notes, in order.
  private func noteTexts(_ notes: [String]) -> [String] {
    notes.compactMap { document.notes[$0]?.text }
  }

  /// Memo parts joined by blank lines, empty ones left out.
  static func joined(_ parts: [String]) -> String {
    var seen: [String] = []
    for part in parts.map(trimmedText) where !part.isEmpty && !seen.contains(part) {
      seen.append(part)
    }
    return seen.joined(separator: "\n\n")
  }
}

extension CodingSheet {
  /// Adds `coding`; one with the same segment, code and span is kept, with flags united and
  /// the memos joined.
  fileprivate mutating func add(_ coding: Coding) {
    if let index = codings.firstIndex(where: { $0.key == coding.key }) {
      codings[index].flags.formUnion(coding.flags)
      codings[index].memo = RefiProjectImportRun.joined([codings[index].memo, coding.memo])
    } else {
      codings.append(coding)
    }
  }
}
