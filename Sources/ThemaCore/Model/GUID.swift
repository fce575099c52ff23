/// GUIDs as REFI-QDA uses them to identify codes, sources, selections and users: written by
/// Thema in lowercase without braces; read in any case, with or without braces.
public enum GUID {
  /// `text` as a canonical GUID (`5215cc69-b628-4e02-afb9-9beeaee55808`), or nil when it is not
  /// a GUID in any spelling other tools use (braces, upper or mixed case, surrounding spaces).
  public static func normalized(_ text: some StringProtocol) -> String? {
    var scalars = Substring(text).trimmed().unicodeScalars[...]
    if scalars.first == "{" && scalars.last == "}" { scalars = scalars.dropFirst().dropLast() }
    let groups = [8, 4, 4, 4, 12]
    var out = ""
    var groupIndex = 0
    var length = 0
    for scalar in scalars {
      if scalar == "-" {
        guard groupIndex < groups.count - 1, length == groups[groupIndex] else { return nil }
        groupIndex += 1
        length = 0
        out += "-"
      } else {
        guard scalar.properties.isASCIIHexDigit, groupIndex < groups.count,
          length < groups[groupIndex]
        else { return nil }
        length += 1
        out += String(scalar).lowercased()
      }
    }
    guard groupIndex == groups.count - 1, length == groups[groupIndex] else { return nil }
    return out
  }

  /// A GUID derived from `name` (a name-based UUID, version 5 layout, from SHA-256): the same
  /// name always gives the same GUID, so identities are stable without being stored.
  public static func derived(from name: String) -> String {
    var hash = SHA256()
    hash.update(Array("thema-guid:\(name)".utf8))
    var bytes = Array(hash.finalize().prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x50
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    return format(bytes)
  }

  /// Sixteen bytes in the 8-4-4-4-12 layout.
  public static func format(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var out = ""
    for (index, byte) in bytes.prefix(16).enumerated() {
      if index == 4 || index == 6 || index == 8 || index == 10 { out += "-" }
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0xF)])
    }
    return out
  }
}
