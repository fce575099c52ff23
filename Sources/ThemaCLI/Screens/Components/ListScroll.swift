/// The scroll position of a list of items of different heights (such as segments with wrapped
/// text): the item at the top of the view and how many of its lines are scrolled off above.
///
/// Only items near the view are measured, so scrolling costs the same in a list of 50 items
/// or 50,000.
public struct ListScroll: Hashable, Sendable {
  /// The item at the top of the view.
  public var top: Int
  /// How many lines of the top item are above the view.
  public var topLine: Int

  /// The top of the list.
  public init(top: Int = 0, topLine: Int = 0) {
    self.top = top
    self.topLine = topLine
  }

  /// Scrolls as little as possible so that lines `from...to` of `item` show in a view of
  /// `viewport` lines (from `from` on, when they do not all fit). `height` gives an item's
  /// height in lines.
  public mutating func reveal(
    item: Int, from: Int = 0, to: Int? = nil, viewport: Int, height: (Int) -> Int
  ) {
    guard viewport > 0 else { return }
    let itemHeight = max(1, height(item))
    let first = max(0, min(from, itemHeight - 1))
    let last = max(first, min(to ?? itemHeight - 1, first + viewport - 1, itemHeight - 1))
    if item < top || (item == top && first < topLine) {
      top = item
      topLine = first
      return
    }
    var row = -topLine
    var index = top
    while index < item, row < viewport {
      row += height(index)
      index += 1
    }
    if index == item, row + last < viewport { return }
    var offset = last + 1 - viewport
    var anchor = item
    while offset < 0, anchor > 0 {
      anchor -= 1
      offset += max(1, height(anchor))
    }
    top = anchor
    topLine = max(0, offset)
  }
}
