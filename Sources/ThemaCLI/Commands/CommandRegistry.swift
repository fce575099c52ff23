/// The list of subcommands; each lives in its own file under `Commands/`.
enum CommandRegistry {
  static let all: [any Command.Type] = [
    TourCommand.self,
    StatusCommand.self,
    CheckCommand.self,
    ImportCommand.self,
    CodebookShowCommand.self,
    CodebookRenameCommand.self,
    CodebookMoveCommand.self,
    CodebookMergeCommand.self,
    CodebookSplitCommand.self,
    CodebookRetireCommand.self,
    CodeCommand.self,
    CodingsCommand.self,
    DiffCommand.self,
    ResolveCommand.self,
    ReportCommand.self,
    TableCommand.self,
    ExportCommand.self,
    AgreeCommand.self,
    CompletionsCommand.self,
    CompleteCommand.self,
    AtomicWriteTestCommand.self,
  ]
}
