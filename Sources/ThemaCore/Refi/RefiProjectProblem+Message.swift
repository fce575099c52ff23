// All wording of `RefiProjectProblem` lives here: what is wrong, then what to do about it.

extension RefiProjectProblem {
  /// The message a researcher reads: what is wrong and what to do.
  public var message: String {
    switch self {
    case .zip(let error):
      return zipMessage(error)
    case .unsafeEntryName(let name, let reason):
      let what: String
      switch reason {
      case .parentFolder: what = "climbs out of its folder with '..'"
      case .absolute: what = "is an absolute path"
      case .symbolicLink: what = "is a symbolic link"
      }
      return
        "the archive holds an entry '\(name)' that \(what); no REFI-QDA tool writes such entries, "
        + "so the archive was refused and nothing was read from it"
    case .noProjectFile(let entries):
      return
        "the archive (\(entries) entr\(entries == 1 ? "y" : "ies")) holds no .qde project file, "
        + "so it is not a REFI-QDA project; export it again as a REFI-QDA project (.qdpx)"
    case .severalProjectFiles(let names):
      return
        "the archive holds several .qde project files (\(names.joined(separator: ", "))); a "
        + "REFI-QDA project has one: export each project on its own"
    case .notAProject(let root):
      return
        "the project file's root element is <\(root)>, expected <Project>; this is not a "
        + "REFI-QDA project (a codebook, .qdc, is imported with 'thema codebook import')"
    case .missingAttribute(let element, let attribute) where attribute.first?.isUppercase == true:
      return "<\(element)> has no <\(attribute)>; REFI-QDA requires one here"
    case .missingAttribute(let element, let attribute):
      return "<\(element)> has no \(attribute) attribute; REFI-QDA requires one here"
    case .notANumber(let element, let attribute, let value):
      return
        "the \(attribute) of <\(element)> is '\(value)', expected a whole number such as 120"
    case .unreadableText(let source, let reason):
      return "the text of source '\(source)' cannot be read: \(reason)"
    case .sourceWithoutText(let source, let path, let selections):
      let location = path.map { " (\($0) is not in the archive)" } ?? ""
      let placed =
        selections == 0
        ? "" : "; its \(plural(selections, "coded selection")) could not be placed"
      return
        "text source '\(source)' has no text\(location), so it was not imported\(placed); export "
        + "the project again with its documents included"
    case .otherSourcesLeftOut(let kinds, let selections):
      let listed = kinds.sorted { $0.key < $1.key }.map { kind, count in
        "\(count) \(sourceKind(kind))"
      }.joined(separator: ", ")
      return
        "Thema codes text: \(listed) and their \(plural(selections, "selection")) were left out"
    case .selectionNotPlaced(let source, let start, let end, let reason):
      return
        "the selection \(start)-\(end) of '\(source)' was not imported: \(unplacedReason(reason))"
    case .selectionsWithoutCodings(let count):
      return
        "\(plural(count, "selection")) without codes (quotations with only a comment) "
        + "\(count == 1 ? "was" : "were") left out: Thema keeps codings, not bare quotations"
    case .documentCodingsLeftOut(let source, let count):
      return
        "'\(source)' has \(plural(count, "coding")) of the whole document, which Thema does not "
        + "keep (it codes segments); they were left out"
    case .unknownCode(let guid):
      return
        "a coding refers to code \(guid), which is not in the project's code book; codings of it "
        + "were left out"
    case .caseWithoutSources(let name):
      return
        "case '\(name)' covers only parts of documents, so its variables could not become "
        + "attributes of a transcript"
    case .conflictingAttribute(let transcript, let key, let kept, let ignored):
      return
        "\(transcript) gets two values of '\(key)': '\(kept)' was kept, '\(ignored)' left out"
    case .unusableVariableName(let name):
      return
        "variable '\(name)' has no name Thema can use as an attribute (it needs a letter first); "
        + "its values were left out"
    case .projectNotesLeftOut(let count):
      return
        "\(plural(count, "note")) not attached to a code or selection (project memos) "
        + "\(count == 1 ? "was" : "were") left out"
    case .positionsCounted(let scheme, let evidence):
      return
        "selection positions were counted as \(schemeDescription(scheme)) "
        + "\(evidenceDescription(evidence)); if quotes look shifted, import again with "
        + "--positions \(scheme == .codePoints ? "utf16" : "codepoints")"
    case .sourceRenamed(let source, let id):
      return "source '\(source)' became transcript \(id), as an earlier source took its name"
    case .transcriptExists(let id):
      return
        "the study already has a transcript \(id) that differs from the project's; import into "
        + "a study without it (nothing was written)"
    case .codebookExists(let name):
      return
        "the study already has a codebook '\(name)' that differs from the project's; import "
        + "with --codebook OTHER-NAME (nothing was written)"
    case .transcriptsNeedCodebook(let ids, let codebook):
      return
        "with a second codebook ('\(codebook)'), every transcript must name its codebook, and "
        + "\(ids.joined(separator: ", ")) do\(ids.count == 1 ? "es" : "") not; add a "
        + "'codebook:' line to \(ids.count == 1 ? "its" : "their") header first (nothing was "
        + "written)"
    case .nothingToImport:
      return "the project has neither codes nor text to import"
    case .transcriptOfOtherCodebook(let id, let codebook, let exported):
      return
        "\(id) is coded with the codebook '\(codebook)', not '\(exported)'; export it with "
        + "--codebook \(codebook)"
    }
  }

  private func zipMessage(_ error: ZipError) -> String {
    switch error {
    case .notAZip, .truncated, .corruptHeader:
      return
        "the file is not a readable .qdpx archive (\(error.message.split(separator: ";").first ?? "")); "
        + "export the project again"
    default:
      return error.message
    }
  }

  private func unplacedReason(_ reason: Unplaced) -> String {
    switch reason {
    case .empty:
      return "it is empty (its end is not after its start)"
    case .pastEnd(let length):
      return
        "it runs past the end of the text (\(length) positions); the positions may be counted "
        + "another way: try --positions"
    case .betweenSegments:
      return "it covers no segment text, only speaker lines or the space between segments"
    case .noCodings:
      return "it has no codes"
    }
  }

  private func sourceKind(_ element: String) -> String {
    switch element {
    case "PictureSource": return "picture"
    case "PDFSource": return "PDF"
    case "AudioSource": return "audio"
    case "VideoSource": return "video"
    default: return element
    }
  }

  private func schemeDescription(_ scheme: RefiPositionScheme) -> String {
    switch scheme {
    case .codePoints: return "Unicode code points (the standard)"
    case .codePointsLF: return "Unicode code points with each CRLF line break as one (ATLAS.ti)"
    case .utf16: return "UTF-16 code units (NVivo for Windows)"
    }
  }

  private func evidenceDescription(_ evidence: RefiPositionScheme.Evidence) -> String {
    switch evidence {
    case .chosen: return "as --positions asked"
    case .noDifference: return "(every way of counting agrees on these texts)"
    case .thema: return "as Thema wrote them"
    case .names(let matched, let total):
      return "because then \(matched) of \(total) named selections match their text"
    case .fits(let fitting, let total):
      return "because then \(fitting) of \(total) selections fit the text"
    case .origin(let origin):
      return "as \(origin) counts them (the selections fit every way)"
    case .standard:
      return "as the standard says (the selections fit every way)"
    }
  }
}

private func plural(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
