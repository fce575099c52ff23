import Foundation

/// Today's date as `YYYY-MM-DD` (UTC), for notes written into the study's files.
enum ISODate {
  static func today(_ environment: CommandEnvironment) -> String {
    if let fixed = environment.variables["THEMA_TODAY"] { return fixed }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }
}
