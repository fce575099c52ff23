import ThemaTerminal

/// One entry of a screen's key map: the keys, how help shows them, what they do.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
  /// The keys that trigger the action.
  public var keys: [Key]
  /// How help writes the keys, e.g. `j ↓`.
  public var label: String
  /// What the keys do, for help, e.g. `next segment`; empty to leave the binding out of help
  /// (when another binding's entry already describes it, as `j k` for both directions).
  public var summary: String
  /// The action.
  public var action: Action

  /// Creates a binding; `label` defaults to the keys' names joined by spaces.
  public init(_ keys: [Key], _ summary: String, _ action: Action, label: String? = nil) {
    self.keys = keys
    self.label = label ?? keys.map(\.description).joined(separator: " ")
    self.summary = summary
    self.action = action
  }
}

/// A screen's keys in sections: the single source for what a key does and for the help
/// overlay, so help can never list a key the screen does not answer to.
public struct KeyMap<Action: Hashable & Sendable>: Sendable {
  /// A titled group of bindings, e.g. `Move`.
  public struct Section: Sendable {
    /// The group's title.
    public var title: String
    /// Its bindings in the order help lists them.
    public var bindings: [KeyBinding<Action>]

    /// Creates a section.
    public init(_ title: String, _ bindings: [KeyBinding<Action>]) {
      self.title = title
      self.bindings = bindings
    }
  }

  /// The sections in help order.
  public let sections: [Section]
  private let actions: [Key: Action]

  /// Creates a key map; a key bound twice keeps its first binding.
  public init(_ sections: [Section]) {
    self.sections = sections
    var actions: [Key: Action] = [:]
    for section in sections {
      for binding in section.bindings {
        for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
      }
    }
    self.actions = actions
  }

  /// The action bound to `key`, or nil.
  public func action(for key: Key) -> Action? { actions[key] }

  /// The sections as help text.
  public var help: [HelpOverlay.Section] {
    sections.map { section in
      HelpOverlay.Section(
        title: section.title,
        entries: section.bindings.filter { !$0.summary.isEmpty }.map { ($0.label, $0.summary) })
    }
  }
}
