namespace KpiTracker.Imports.Apis;

/// <summary>A decision the importer took (a type chosen, a total left out); line 0 is the document as a whole.</summary>
public sealed record NoteView(int Line, string Message);
