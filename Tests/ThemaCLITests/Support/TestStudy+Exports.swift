import Foundation

extension TestStudy {
  /// A copy of the sample study with an `Exports/` folder holding only its README, as a
  /// study looks before anything is exported.
  static func sampleWithExports() throws -> TestStudy {
    let study = try sample()
    try study.write("Exports/README.md", "# Exports\n")
    return study
  }
}
