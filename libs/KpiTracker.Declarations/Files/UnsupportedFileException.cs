namespace KpiTracker.Declarations;

/// <summary>The file is neither a text nor an XLSX workbook (a PDF, a Word file, a damaged zip); the message says what it looked like.</summary>
public sealed class UnsupportedFileException(string message, Exception? inner = null) : Exception(message, inner);
