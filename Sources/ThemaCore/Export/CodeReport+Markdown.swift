/// The code report as Markdown: per code, its counts, then every coded passage by interview,
/// each as a block quote under a line saying where it is from.
extension CodeReport {
  /// The report as Markdown for GitHub, Pandoc or reading in a terminal.
  public func markdown() -> String {
    let m = MarkupEscaping.markdown
    var out = "# Code report: \(m(codebook))\n\n\(m(title))\n"
    for section in sections {
      out += "\n## \(m("\(section.label): \(section.name)"))\n\n"
      out += "Code \(m(section.path.description))"
      if includesChildren { out += " and the codes below it" }
      out += "."
      if !section.definition.isEmpty { out += " Definition: \(m(section.definition))" }
      out += "\n\n" + m(countSentence(section)) + "\n"
      if !section.groups.isEmpty {
        out += "\n| Interview | Codings |\n| --- | ---: |\n"
        for group in section.groups {
          out += "| \(m(group.transcript.rawValue)) | \(group.items.count) |\n"
        }
      }
      if let splitBy, !section.split.isEmpty {
        out += "\n| \(m(splitBy)) | Interviews | Codings |\n| --- | ---: | ---: |\n"
        for count in section.split {
          out +=
            "| \(m(count.value)) | \(count.interviews) of \(count.total) | \(count.codings) |\n"
        }
      }
      for group in section.groups {
        out += "\n### \(m(group.attribution))\n"
        for item in group.items {
          out += "\n**\(m(item.segment.rawValue))** " + m(itemDetails(item)) + "\n\n"
          for other in item.before {
            out += "*\(m("\(other.segment) \(other.speaker): \(other.text)"))*\n\n"
          }
          out += "> \(m(item.text))\n"
          for other in item.after {
            out += "\n*\(m("\(other.segment) \(other.speaker): \(other.text)"))*\n"
          }
          if !item.memo.isEmpty { out += "\nMemo: \(m(item.memo))\n" }
        }
      }
    }
    out += "\n*Note.* " + m(notes.joined(separator: " ")) + "\n"
    return out
  }

  /// `12 codings in 5 of 8 interviews.`
  func countSentence(_ section: Section) -> String {
    let codings = section.codingCount
    return
      "\(codings) coding\(codings == 1 ? "" : "s") in \(section.groups.count) of \(interviews) "
      + "interview\(interviews == 1 ? "" : "s")."
  }

  /// `PM-01, 00:03:10 · T1/1/1a · 382-638 · alice, bob · starred · unsure`: where an item is
  /// from and who coded it; the code only when children are included.
  func itemDetails(_ item: Item) -> String {
    var parts = [item.speaker + (item.start.map { ", \($0)" } ?? "")]
    if includesChildren { parts.append(item.code.description) }
    if let span = item.span { parts.append("characters \(span)") }
    parts.append(item.coders.map(\.rawValue).joined(separator: ", "))
    if item.isStarred { parts.append("★ quote") }
    if item.isUnsure { parts.append("unsure") }
    return parts.joined(separator: " · ")
  }
}
