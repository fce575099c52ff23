import ThemaCore
import ThemaStore

/// `thema code <ID> --coder NAME`: codes a transcript, in the full-screen coding screen, or from
/// the command line with `--apply` and `--remove`.
enum CodeCommand: Command {
  static let spec = CommandSpec(
    name: "code", group: .coding,
    abstract: "Code a transcript as one coder (scriptable with --apply and --remove)",
    discussion: """
      Without --apply, --remove or --done, opens the coding screen in the terminal: move through \
      the segments, apply codes by ID or name with completion, star quotes, write memos and \
      narrow codings to quotes; press ? there for every key. The screen shows only your own \
      codings, and saves each change the moment it is made.

      Each coder's codings are kept in their own file, Transcripts/<ID>/codings/<coder>.tsv, \
      written atomically while holding a lock, so two coders can work on the same transcript at \
      the same time and an interrupted write never leaves a broken file.

      --apply SEGMENT=CODES applies codes to a segment. CODES is a comma-separated list of code \
      references: a full path (T1/1/1a) or any unambiguous end of one (1a, T2/1a). After a code, \
      @START-END narrows the coding to a quote (character offsets in the segment's text), '*' \
      stars it as an illustrative quote and '?' marks it unsure: --apply 'S12=1a@15-120*,2b'. \
      --remove SEGMENT=CODES removes codes from a segment. Nothing is written unless every \
      instruction is valid.
      """,
    arguments: [
      ArgumentSpec("ID", help: "The transcript to code, e.g. PM-01", completion: .transcripts)
    ],
    options: [
      OptionSpec(
        "--coder", value: "NAME", help: "Who is coding, e.g. alice", required: true,
        completion: .coders),
      OptionSpec(
        "--apply", value: "SEGMENT=CODES", help: "Apply codes to a segment, e.g. S12=1a,2b",
        repeatable: true),
      OptionSpec(
        "--remove", value: "SEGMENT=CODES", help: "Remove codes from a segment, e.g. S12=2b",
        repeatable: true),
      OptionSpec("--memo", value: "TEXT", help: "A memo for every coding applied by this call"),
      OptionSpec("--done", help: "Mark the transcript done for this coder"),
      OptionSpec(
        "--codebook", value: "NAME",
        help: "The codebook to code with (default: the transcript's 'codebook' attribute)",
        completion: .codebooks),
      OptionSpec(
        "--new-coder", help: "Start coding as a coder who has no codings in the study yet"),
    ],
    examples: [
      Example("thema code PM-04 --coder alice", "Open the coding screen on PM-04 as alice."),
      Example(
        "thema code PM-01 --coder alice --apply S12=T1/1/1a", "Apply one code to segment S12."),
      Example(
        "thema code PM-01 --coder alice --apply 'S14=T2/1a@0-85*,T3/2b' --remove S15=T4/1a",
        "Apply a starred quote and a code to S14, remove a code from S15."),
    ])

  /// One change asked for on the command line.
  struct Change {
    enum Kind {
      case apply
      case remove
    }

    var kind: Kind
    var segment: SegmentID
    var code: CodePath
    var span: TextSpan?
    var flags: CodingFlags
  }

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    if arguments.values("--apply").isEmpty && arguments.values("--remove").isEmpty
      && !arguments.flag("--done") && arguments.value("--memo") == nil
    {
      return try CodingScreenShell.run(&context)
    }
    let (project, study) = try context.loadStudy()
    let transcript = try study.transcript(named: arguments.argument("ID") ?? "")
    let coder = try resolveCoder(
      try arguments.required("--coder"), in: study, allowNew: arguments.flag("--new-coder"))
    let codebookRead = try study.codebook(for: transcript, override: arguments.value("--codebook"))
    let codebook = CodebookIndex(codebookRead)
    let applies = arguments.values("--apply")
    let removes = arguments.values("--remove")
    let markDone = arguments.flag("--done")
    guard !applies.isEmpty || !removes.isEmpty || markDone else {
      throw CommandFailure(
        "nothing to do: pass --apply SEGMENT=CODES, --remove SEGMENT=CODES or --done "
          + "(see 'thema code --help')")
    }
    var problems: [Diagnostic] = []
    var changes: [Change] = []
    for text in applies {
      changes += parse(
        text, kind: .apply, transcript: transcript, codebook: codebook, problems: &problems)
    }
    for text in removes {
      changes += parse(
        text, kind: .remove, transcript: transcript, codebook: codebook, problems: &problems)
    }
    guard problems.isEmpty else { throw DiagnosticList(problems) }

    let lock = try project.lockSheet(
      of: coder, for: transcript.id, purpose: "thema code --apply", timeout: 2)
    let codebookLock = try project.codebookGuard(codebookRead, purpose: "thema code --apply")
    var stored = try project.readSheet(of: coder, for: transcript, codebook: codebook)
    let memo = arguments.value("--memo") ?? ""
    var applied = 0
    var removed = 0
    for change in changes {
      switch change.kind {
      case .apply:
        let existing = stored.sheet.codings.first {
          $0.segment == change.segment && $0.code == change.code && $0.span == change.span
        }
        let coding = Coding(
          transcript: transcript.id, segment: change.segment, code: change.code, span: change.span,
          flags: change.flags.union(existing?.flags ?? []),
          memo: memo.isEmpty ? existing?.memo ?? "" : memo)
        if stored.sheet.apply(coding) { applied += 1 }
      case .remove:
        removed += stored.sheet.remove(code: change.code, from: change.segment)
      }
    }
    if markDone { stored.sheet.isDone = true }
    do {
      try project.writeSheet(stored.sheet, expected: .some(stored.contents))
    } catch .changedOnDisk(let file) {
      throw CommandFailure(
        "\(file) changed while it was being updated; nothing was written, try again")
    } catch .diagnostic(let diagnostic) {
      throw diagnostic
    }
    _ = consume codebookLock
    _ = consume lock
    let path = project.display(project.codingsPath(transcript.id, coder))
    var summary = "\(coder) on \(transcript.id): applied \(applied), removed \(removed)"
    if markDone { summary += ", marked done" }
    context.out.write(summary + "; \(path) has \(plural(stored.sheet.codings.count, "coding")).\n")
    return 0
  }

  static func resolveCoder(_ name: String, in study: Study, allowNew: Bool) throws -> Coder {
    guard let coder = Coder(rawValue: name) else { throw Problem.invalidCoderName(name) }
    guard coder != .consensus else {
      throw CommandFailure(
        "'consensus' is the lead's consensus layer, not a coder; record consensus with 'thema resolve'"
      )
    }
    let known = study.coders
    if !known.contains(coder) && !allowNew {
      throw Problem.unknownCoder(name: name, known: known.map(\.rawValue))
    }
    return coder
  }

  /// Reads `S12=1a@15-120*,2b` into changes, adding a diagnostic for each bad part.
  static func parse(
    _ text: String, kind: Change.Kind, transcript: Transcript, codebook: CodebookIndex,
    problems: inout [Diagnostic]
  ) -> [Change] {
    let option = kind == .apply ? "--apply" : "--remove"
    guard let equals = text.firstIndex(of: "=") else {
      problems.append(
        Diagnostic(
          .error, .malformedSegmentReference(text), at: SourceLocation(file: "\(option) \(text)")))
      return []
    }
    let segmentText = String(text[..<equals]).trimmed()
    let location = SourceLocation(file: "\(option) \(text)")
    guard let segmentID = SegmentID(rawValue: segmentText) else {
      problems.append(Diagnostic(.error, .malformedSegmentReference(segmentText), at: location))
      return []
    }
    guard let segment = transcript.segments.first(where: { $0.id == segmentID }) else {
      let suggestions = Suggestions.closest(
        to: segmentText, among: transcript.segments.map(\.id.rawValue))
      problems.append(
        Diagnostic(
          .error,
          .unknownSegment(
            id: segmentText, transcript: transcript.id.rawValue, suggestions: suggestions),
          at: location))
      return []
    }
    var changes: [Change] = []
    for token in text[text.index(after: equals)...].split(separator: ",") {
      var reference = token.trimmed()
      var flags = CodingFlags()
      while let last = reference.last, last == "*" || last == "?" {
        flags.insert(last == "*" ? .quote : .unsure)
        reference.removeLast()
      }
      var span: TextSpan?
      if let at = reference.firstIndex(of: "@") {
        let spanText = String(reference[reference.index(after: at)...])
        reference = String(reference[..<at])
        guard let parsed = TextSpan(parsing: spanText) else {
          problems.append(Diagnostic(.error, .invalidSpan(spanText), at: location))
          continue
        }
        if parsed.start >= parsed.end {
          problems.append(Diagnostic(.error, .emptySpan(parsed), at: location))
          continue
        }
        if parsed.end > segment.length {
          problems.append(
            Diagnostic(
              .error,
              .spanOutsideSegment(span: parsed, segment: segmentText, length: segment.length),
              at: location))
          continue
        }
        span = parsed
      }
      do throws(Problem) {
        let path = try codebook.resolveForCoding(reference)
        changes.append(Change(kind: kind, segment: segmentID, code: path, span: span, flags: flags))
      } catch {
        problems.append(Diagnostic(.error, error, at: location))
      }
    }
    return changes
  }
}
