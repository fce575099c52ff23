/// What the coding screen asks its shell to do after a key.
public enum CodingScreenEffect: Hashable, Sendable {
  /// Write the codings (`CodingScreenState.sheet`) to the coder's file now, before the next
  /// key is read, then report back with `saveSucceeded()`, `saveFailed(_:)` or `reload(_:)`.
  case save
  /// End the screen.
  case quit
}
