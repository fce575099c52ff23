/// A REFI-QDA project (`project.qde`) as plain values: the parts Thema imports, read from the
/// XML by `RefiProjectDocument.read(_:file:)`, and counts of the parts it leaves out.
///
/// GUIDs are kept canonical (`GUID.normalized`), so references match however the other tool
/// spelled them (braces, upper case).
public struct RefiProjectDocument: Sendable {
  /// A `<User>`.
  public struct User: Hashable, Sendable {
    /// The canonical GUID.
    public var guid: String
    /// The user's name as the other tool shows it, or empty.
    public var name: String
  }

  /// A `<VariableValue>`: a variable's value, as text.
  public struct VariableValue: Hashable, Sendable {
    /// The canonical GUID of the `<Variable>`.
    public var variable: String
    /// The value as written (`34`, `true`, `2024-01-15`, a text).
    public var value: String
  }

  /// A `<Case>`: a unit of analysis (usually a participant) with variable values, and the
  /// sources it covers.
  public struct Case: Hashable, Sendable {
    /// The canonical GUID.
    public var guid: String
    /// The case's name, or empty.
    public var name: String
    /// Its variable values in order.
    public var values: [VariableValue]
    /// The canonical GUIDs of the sources it covers (`<SourceRef>`).
    public var sources: [String]
    /// How many `<SelectionRef>` it has (parts of sources, which Thema cannot give attributes).
    public var selectionReferences: Int
    /// The line of its start tag.
    public var line: Int
  }

  /// A `<Coding>` of a selection: the code it applies and who made it.
  public struct Coding: Hashable, Sendable {
    /// The canonical GUID of the code (`<CodeRef targetGUID>`).
    public var code: String
    /// The canonical GUID of the user who made it, when given.
    public var creatingUser: String?
    /// Canonical GUIDs of the notes attached to it.
    public var notes: [String]
    /// The line of its start tag.
    public var line: Int
  }

  /// A `<PlainTextSelection>`: a range of a text source's plain text, with its codings.
  public struct Selection: Hashable, Sendable {
    /// The canonical GUID.
    public var guid: String
    /// The name the other tool gave it (ATLAS.ti: the quoted text), or empty.
    public var name: String
    /// The first position, 0-based, counted as the other tool counts (see
    /// `RefiPositionScheme`).
    public var start: Int
    /// The position just past the end.
    public var end: Int
    /// The canonical GUID of the user who made the selection, when given.
    public var creatingUser: String?
    /// The `<Description>` text (ATLAS.ti's quotation comment), or empty.
    public var description: String
    /// The codings, in order.
    public var codings: [Coding]
    /// Canonical GUIDs of the notes attached to it.
    public var notes: [String]
    /// The line of its start tag.
    public var line: Int
  }

  /// A `<TextSource>`: a document with plain text.
  public struct TextSource: Hashable, Sendable {
    /// The canonical GUID.
    public var guid: String
    /// The document's name, e.g. `Interview 1.txt` (or, from Thema, the transcript ID).
    public var name: String
    /// Its `<Description>`, or empty.
    public var description: String
    /// The text when it is inside the XML (`<PlainTextContent>`).
    public var inlineText: String?
    /// Where the text is (`internal://GUID.txt`, `relative://...`, a bare name), when given.
    public var plainTextPath: String?
    /// Its selections, in order.
    public var selections: [Selection]
    /// Codings of the whole document (not of a selection).
    public var documentCodings: Int
    /// Variable values given on the source itself.
    public var values: [VariableValue]
    /// The line of its start tag.
    public var line: Int
  }

  /// A `<Note>`: a memo, with its text.
  public struct Note: Hashable, Sendable {
    /// The canonical GUID.
    public var guid: String
    /// The note's name, or empty.
    public var name: String
    /// Its text (`<PlainTextContent>`; a note whose text is in a file counts as empty).
    public var text: String
  }

  /// A `<Link>` between two objects, such as a memo and the selection it is about.
  public struct Link: Hashable, Sendable {
    /// The canonical GUID of one end.
    public var origin: String
    /// The canonical GUID of the other end.
    public var target: String
  }

  /// A source Thema does not import (a picture, PDF, audio or video).
  public struct OtherSource: Hashable, Sendable {
    /// The element's name, e.g. `PDFSource`.
    public var kind: String
    /// How many selections it holds.
    public var selections: Int
  }

  /// A `<Set>` of sources (ATLAS.ti's document groups).
  public struct SourceSet: Hashable, Sendable {
    /// The set's name, e.g. `gender: female`.
    public var name: String
    /// Canonical GUIDs of its member sources.
    public var sources: [String]
  }

  /// The project's `name` attribute.
  public var name: String
  /// The tool that wrote it (`origin`), e.g. `ATLAS.ti 8.4.0` or `NVivo 12`.
  public var origin: String
  /// The canonical GUID of the user who created the project, when given.
  public var creatingUser: String?
  /// The project's `<Description>`.
  public var description: String
  /// Users by canonical GUID, and their order.
  public var users: [User]
  /// The `<Codes>` element of the code book, for `RefiCodes.read`.
  public var codes: XMLTree.Element?
  /// Variables' names by canonical GUID.
  public var variables: [String: String]
  /// The cases in order.
  public var cases: [Case]
  /// The text sources in order.
  public var textSources: [TextSource]
  /// Sources of other kinds (picture, PDF, audio, video) by element name, with how many
  /// selections they hold: Thema codes text only.
  public var otherSources: [OtherSource]
  /// Notes by canonical GUID.
  public var notes: [String: Note]
  /// Notes attached to codes, by the code's canonical GUID (`<Code><NoteRef>`).
  public var codeNotes: [String: [String]]
  /// Notes attached to the project as a whole.
  public var projectNotes: [String]
  /// The links.
  public var links: [Link]
  /// Sets with sources among their members.
  public var sets: [SourceSet]
  /// The project's `<Sets>` element, for the code sets among them (`RefiCodes.readSets`).
  public var setsElement: XMLTree.Element?
}
