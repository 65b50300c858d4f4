namespace KpiTracker.Declarations;

/// <summary>
/// 项目类型 as ticked. Several ticked (常年性、延续性): 延续性 when the form gives its years, else the
/// first. None: 常年性, said in a note. 延续性 without years: its years are the fiscal year; years that do
/// not include the fiscal year: 常年性.
/// </summary>
internal static class ProjectTypeChoice
{
    public static (ProjectType Type, int? Start, int? End) Of(ProjectDeclaration p, int year, List<ImportNote> notes)
    {
        var ticked = (p.TypeLabel ?? "").Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Vocabulary.TryParse<ProjectType>(l, out var t) ? t : (ProjectType?)null)
            .OfType<ProjectType>().Distinct().ToList();
        ProjectType type;
        if (ticked.Count == 0)
        {
            notes.Add(new ImportNote(p.Line, $"{p.Name}: no 项目类型 ticked; imported as 常年性 (recurring)"));
            type = ProjectType.Recurring;
        }
        else if (ticked.Count > 1)
        {
            type = ticked.Contains(ProjectType.Continuing) && p.StartYear is not null && p.EndYear is not null ? ProjectType.Continuing : ticked[0];
            notes.Add(new ImportNote(p.Line, $"{p.Name}: several types ticked ({p.TypeLabel}); imported as {Vocabulary.Label(type)}"));
        }
        else
        {
            type = ticked[0];
        }
        if (type != ProjectType.Continuing) return (type, p.StartYear, p.EndYear);
        var start = p.StartYear ?? year;
        var end = p.EndYear ?? year;
        if (p.StartYear is null || p.EndYear is null) notes.Add(new ImportNote(p.Line, $"{p.Name}: 延续性 without its years; {start}–{end} assumed"));
        if (year < start || year > end || start > end)
        {
            notes.Add(new ImportNote(p.Line, $"{p.Name}: 延续性 years {start}–{end} do not include {year}; imported as 常年性"));
            return (ProjectType.Recurring, null, null);
        }
        return (type, start, end);
    }
}
