import ThemaCore
import ThemaTerminal

extension CodingScreenState {
  mutating func promptKey(_ key: Key, _ prompt: CodingPrompt) -> [CodingScreenEffect] {
    var prompt = prompt
    if prompt.kind == .apply {
      switch key {
      case .tab, .down:
        prompt.cycle(by: 1, codebook)
        mode = .prompt(prompt)
        return []
      case .backTab, .up:
        prompt.cycle(by: -1, codebook)
        mode = .prompt(prompt)
        return []
      default:
        break
      }
    }
    switch prompt.editor.handle(key) {
    case .edited:
      if prompt.kind == .apply { prompt.refreshCandidates(codebook) }
      mode = .prompt(prompt)
    case .moved, .ignored:
      mode = .prompt(prompt)
    case .cancelled:
      mode = .browse
    case .submitted:
      return submit(prompt)
    }
    return []
  }

  private mutating func submit(_ prompt: CodingPrompt) -> [CodingScreenEffect] {
    let text = prompt.editor.text
    switch prompt.kind {
    case .apply:
      guard !text.trimmed().isEmpty else {
        mode = .browse
        return []
      }
      switch resolveCodes(text) {
      case .success(let codes):
        mode = .browse
        return apply(codes)
      case .failure(let problem):
        message = StatusMessage(.error, problem.message + ". Nothing was applied.")
        return []
      }
    case .memo(let key):
      mode = .browse
      return setMemo(text, on: key)
    case .search:
      mode = .browse
      guard !text.isEmpty else { return [] }
      lastSearch = text
      findNext(forward: true)
      return []
    case .jump:
      if jump(to: text) { mode = .browse }
      return []
    }
  }

  /// Reads the apply prompt's text as codes: separated by commas when it has any (so names with
  /// spaces can be typed), else by spaces, or as the words of one code's name. Each code is an
  /// ID reference (`1a`, `T2/1a`) or words matching exactly one code's name, with `*` (star)
  /// or `?` (unsure) after it. The first problem is returned when any code is unknown or
  /// ambiguous, so nothing is applied.
  func resolveCodes(_ text: String) -> Result<[(path: CodePath, flags: CodingFlags)], Problem> {
    let hasCommas = text.contains(",")
    let parts = text.split(separator: hasCommas ? "," : " ").map { $0.trimmed() }.filter {
      !$0.isEmpty
    }
    var codes: [(path: CodePath, flags: CodingFlags)] = []
    var firstProblem: Problem?
    for part in parts {
      switch resolveCode(part) {
      case .success(let code): codes.append(code)
      case .failure(let problem): firstProblem = firstProblem ?? problem
      }
    }
    guard let problem = firstProblem else { return .success(codes) }
    if !hasCommas && parts.count > 1, case .success(let whole) = resolveCode(text.trimmed()) {
      return .success([whole])
    }
    return .failure(problem)
  }

  private func resolveCode(_ word: String) -> Result<(path: CodePath, flags: CodingFlags), Problem>
  {
    let (reference, flags) = CodingPrompt.strippingFlags(word)
    do throws(Problem) {
      return .success((try codebook.resolveForCoding(reference), flags))
    } catch {
      let matches = codebook.search(reference, limit: 8, includingRetired: false)
      if matches.count == 1 { return .success((matches[0].path, flags)) }
      if matches.count > 1 {
        return .failure(
          .ambiguousCode(
            reference: reference, candidates: matches.map { codebook.shortName($0.path) }))
      }
      return .failure(error)
    }
  }
}
