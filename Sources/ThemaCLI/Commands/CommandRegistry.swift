/// The list of subcommands, in the order of the work within each help section; each lives in
/// its own file under `Commands/`.
enum CommandRegistry {
  static let all: [any Command.Type] = [
    TourCommand.self,
    StatusCommand.self,
    CheckCommand.self,
    ImportCommand.self,
    CodebookImportCommand.self,
    CodebookShowCommand.self,
    CodebookRenameCommand.self,
    CodebookMoveCommand.self,
    CodebookMergeCommand.self,
    CodebookSplitCommand.self,
    CodebookRetireCommand.self,
    CodebookExportCommand.self,
    CodeCommand.self,
    CodingsCommand.self,
    AgreeCommand.self,
    DiffCommand.self,
    ResolveCommand.self,
    ReportCommand.self,
    TableCommand.self,
    ExportCommand.self,
    CompletionsCommand.self,
    CompleteCommand.self,
    AtomicWriteTestCommand.self,
  ]
}
