// swift-tools-version:6.0
// Thema: a terminal workbench for qualitative interview coding. Toolchain only: no package
// dependencies. Targets depend in one direction: Core <- Store <- CLI, Terminal <- CLI.
import PackageDescription

let package = Package(
  name: "Thema",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "thema", targets: ["thema"]),
    .library(name: "ThemaCore", targets: ["ThemaCore"]),
  ],
  targets: [
    .target(name: "ThemaCore"),
    .target(name: "ThemaStore", dependencies: ["ThemaCore"]),
    .target(name: "ThemaTerminal"),
    .target(name: "ThemaCLI", dependencies: ["ThemaCore", "ThemaStore", "ThemaTerminal"]),
    .executableTarget(name: "thema", dependencies: ["ThemaCLI"]),
    .executableTarget(
      name: "thema-bench", dependencies: ["ThemaCore", "ThemaStore", "ThemaCLI", "ThemaTerminal"]),
    .testTarget(name: "ThemaCoreTests", dependencies: ["ThemaCore"], exclude: ["Fixtures"]),
    .testTarget(name: "ThemaStoreTests", dependencies: ["ThemaStore"]),
    .testTarget(name: "ThemaTerminalTests", dependencies: ["ThemaTerminal"]),
    .testTarget(
      name: "ThemaCLITests", dependencies: ["ThemaCLI", "ThemaCore", "ThemaStore", "ThemaTerminal"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
