namespace KpiTracker.Declarations;

/// <summary>
/// The long-term goals go in whole or not at all (the importer reads <see cref="DepartmentGoalDeclaration.LongTermProblems"/>):
/// what says the 长期目标 tables were not read whole.
/// </summary>
internal static class LongTermGoalChecks
{
    /// <summary>
    /// 长期目标 headings are numbered 1, 2, 3 …; a number that is not there means a heading (and the
    /// rows of its table, now counted under the goal above) was lost, so the long-term goals are not whole.
    /// </summary>
    public static IEnumerable<ImportProblem> Gaps(TextDocument doc, IEnumerable<GoalHeading> headings)
    {
        int expected = 1;
        foreach (var h in headings.Where(h => h.LongTerm))
        {
            if (h.Number > expected)
            {
                yield return new ImportProblem(doc[h.Index].Line, $"长期目标 {expected}{(h.Number - 1 > expected ? $"–{h.Number - 1}" : "")} not found before 长期目标 {h.Number}");
            }

            expected = Math.Max(expected, h.Number + 1);
        }
    }

    /// <summary>A garbled line from the form's start to the last 长期目标 table may be a lost 长期目标 heading.</summary>
    public static IEnumerable<ImportProblem> GarbledLines(TextDocument doc, int begin, int longTermEnd) =>
        doc.Range(begin, longTermEnd).Where(r => TextNormalizer.LooksGarbled(r.Raw))
            .Select(r => new ImportProblem(r.Line, "the line is garbled, so the 长期目标 tables cannot be read whole"));
}
