/// The list of subcommands; each lives in its own file under `Commands/`.
enum CommandRegistry {
  static let all: [any Command.Type] = [
    StatusCommand.self,
    CheckCommand.self,
    CodebookShowCommand.self,
    CodeCommand.self,
    CodingsCommand.self,
    AgreeCommand.self,
    CompletionsCommand.self,
    CompleteCommand.self,
  ]
}
