namespace KpiTracker.Declarations;

/// <summary>
/// A goal-form file as uploaded or named on the command line, read: which kind it is, what it declares,
/// and the hash of its bytes (the root of its import's Idempotency-Keys, so the same file always gives
/// the same keys whoever sends it). `kpi import` and POST /api/imports both start here.
/// </summary>
public sealed record DeclarationFile(string FileName, DeclarationFormat Format, Declaration Declaration, string ContentHash)
{
    /// <summary>True when the file holds at least one goal form (a project form or the 部门整体支出 form).</summary>
    public bool HasGoalForm => Declaration.Projects.Count > 0 || Declaration.DepartmentGoals is not null;

    /// <summary>
    /// An XLSX workbook when the name ends in .xlsx or the bytes are a zip; else text, decoded as
    /// <see cref="TextDecoding"/> says. Throws <see cref="UnsupportedFileException"/> for anything else; never
    /// for what is inside a text or a workbook, which becomes problems with their lines.
    /// </summary>
    public static DeclarationFile Read(string fileName, byte[] bytes)
    {
        var hash = ImportPlanner.Hash(bytes);
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || IsZip(bytes))
        {
            try
            {
                return new DeclarationFile(fileName, DeclarationFormat.Xlsx, XlsxDeclaration.Read(new MemoryStream(bytes, writable: false)), hash);
            }
            catch (InvalidDataException e)
            {
                throw new UnsupportedFileException(e.Message, e);
            }
        }

        var text = TextDecoding.Decode(bytes) ?? throw new UnsupportedFileException(
            "neither text (UTF-8, GB18030, UTF-16) nor an XLSX workbook; upload the disclosure's text or the filled template");
        return new DeclarationFile(fileName, DeclarationFormat.Text, DeclarationTextParser.Parse(text), hash);
    }

    private static bool IsZip(byte[] bytes) => bytes is [0x50, 0x4B, 0x03, 0x04, ..];
}
