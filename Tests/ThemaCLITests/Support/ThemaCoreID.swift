import ThemaCore

/// Shorthands for making IDs in tests.
enum ThemaCoreID {
  static func transcript(_ text: String) -> TranscriptID? { TranscriptID(rawValue: text) }
  static func coder(_ text: String) -> Coder? { Coder(rawValue: text) }
}
