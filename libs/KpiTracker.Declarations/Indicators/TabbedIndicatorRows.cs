namespace KpiTracker.Declarations;

/// <summary>
/// An indicator table whose rows have tab-separated cells. A row is read left to right: optional level-1
/// and level-2 labels (merged cells carry them down), then the name, the target and the 绩效标准; header
/// rows and template rows ("……", "指标 1：") are passed over, and a row starting "指标" that only finishes
/// the cells of the row above ("指标 | 率在 90%以上") is joined to it.
/// </summary>
internal sealed class TabbedIndicatorRows(IndicatorTable table)
{
    private IndicatorDeclaration? _lastFromPreviousRow;
    private bool _lastRowHadExplicitLevel2;

    public void Read(IReadOnlyList<TextRow> rows)
    {
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            Read(row);
        }
    }

    private void Read(TextRow row)
    {
        var (keys, cells) = NonEmptyCells(row);
        if (keys.Count == 0)
        {
            return;
        }

        if (keys.All(k => IndicatorVocabulary.IsHeader(k) || IndicatorVocabulary.IsSectionLabel(k) || IsYearHeader(k)))
        {
            _lastFromPreviousRow = null;
            return;
        }

        if (keys[0] == "指标" && _lastFromPreviousRow is { } prev && table.IsLast(prev))
        {
            table.ReplaceLast(Continued(prev, cells.Skip(1).ToList()));
            _lastFromPreviousRow = null;
            return;
        }

        var (rowLevel1, rowLevel2, idx) = Labels(keys);
        table.NoteCarriedLevel1();
        if (rowLevel1 is not null)
        {
            table.SetLevel1(rowLevel1);
        }

        if (rowLevel2 is not null)
        {
            table.Level1InferredForNextRow = table.SetLevel2(rowLevel2, rowLevel1 is not null);
        }

        _lastRowHadExplicitLevel2 = rowLevel2 is not null;
        var content = cells.Skip(idx).ToList();
        var contentKeys = keys.Skip(idx).ToList();
        if (content.Count == 0 || contentKeys.All(IndicatorVocabulary.IsPlaceholder))
        {
            // labels only (merged cells) or a template row: nothing to read
            if (content.Count > 0)
            {
                table.Level1InferredForNextRow = false;
            }

            _lastFromPreviousRow = null;
            return;
        }

        var (name, target, standard, ignored) = Content(content, contentKeys);
        if (ignored.Count > 0)
        {
            table.Warn(row.Line, $"cells after the 绩效标准 column were ignored: {string.Join(" | ", ignored)}");
        }

        table.Emit(row.Line, name, target, standard);
        _lastFromPreviousRow = table.Items[^1];
    }

    /// <summary>The row's cells with text, without the table's own name in its merged left cell.</summary>
    private static (List<string> Keys, List<string> Cells) NonEmptyCells(TextRow row)
    {
        var keys = new List<string>();
        var cells = new List<string>();
        for (int i = 0; i < row.Keys.Length; i++)
        {
            if (row.Keys[i].Length > 0)
            {
                keys.Add(row.Keys[i]);
                cells.Add(row.Cells[i]);
            }
        }

        while (keys.Count > 0 && IndicatorVocabulary.IsSectionLabel(keys[0]))
        {
            keys.RemoveAt(0);
            cells.RemoveAt(0);
        }

        return (keys, cells);
    }

    /// <summary>The row above, finished by this row's cells (name, target, standard in that order).</summary>
    private IndicatorDeclaration Continued(IndicatorDeclaration prev, List<string> rest)
    {
        var l2 = prev.Level2Label;
        if (_lastRowHadExplicitLevel2 && l2 is not null && !l2.EndsWith("指标", StringComparison.Ordinal))
        {
            l2 += "指标";
        }

        return prev with
        {
            Level2Label = l2,
            Name = Join(prev.Name, rest.ElementAtOrDefault(0)),
            TargetText = Join(prev.TargetText, rest.ElementAtOrDefault(1)),
            StandardLabel = Join(prev.StandardLabel, rest.ElementAtOrDefault(2)),
        };
    }

    /// <summary>The level labels at the start of the row and how many cells they take. 成本指标 is a level-1 when a cost level-2 follows it.</summary>
    private static (string? Level1, string? Level2, int Count) Labels(List<string> keys)
    {
        int idx = 0;
        string? rowLevel1 = null;
        string? rowLevel2 = null;
        while (idx < keys.Count)
        {
            var k = keys[idx];
            if (rowLevel1 is null && rowLevel2 is null && IndicatorVocabulary.IsLevel1(k))
            {
                rowLevel1 = k;
            }
            else if (rowLevel2 is null && k == IndicatorVocabulary.AmbiguousCost)
            {
                var next = idx + 1 < keys.Count ? keys[idx + 1] : null;
                bool nextIsCostLevel2 = next is not null && IndicatorVocabulary.FamilyOfLevel2(next) == Level1.Cost;
                if (rowLevel1 is null && nextIsCostLevel2)
                {
                    rowLevel1 = k;
                }
                else
                {
                    rowLevel2 = k;
                }
            }
            else if (rowLevel2 is null && IndicatorVocabulary.Level2Words.ContainsKey(k))
            {
                rowLevel2 = k;
            }
            else
            {
                break;
            }

            idx++;
        }

        return (rowLevel1, rowLevel2, idx);
    }

    /// <summary>
    /// Name, target and standard. The 绩效标准 is found by its words (cells before it make the target, which
    /// extraction sometimes splits); without one, the two cells after the name. A template "**" is no target.
    /// </summary>
    private static (string? Name, string? Target, string? Standard, List<string> Ignored) Content(List<string> content, List<string> contentKeys)
    {
        string? name = IndicatorVocabulary.IsPlaceholder(contentKeys[0]) ? null : IndicatorVocabulary.CleanName(content[0]);
        var rest = content.Skip(1).ToList();
        var restKeys = contentKeys.Skip(1).ToList();

        string? target;
        string? standard;
        int used;
        int s = restKeys.FindIndex(IndicatorVocabulary.IsStandard);
        if (s >= 0)
        {
            target = s == 0 ? null : string.Concat(rest.Take(s));
            standard = rest[s];
            used = s + 1;
        }
        else
        {
            target = rest.ElementAtOrDefault(0);
            standard = rest.ElementAtOrDefault(1);
            used = Math.Min(2, rest.Count);
        }

        if (target is not null && IndicatorVocabulary.IsPlaceholder(TextNormalizer.Key(target)) && target.Trim('*').Length > 0)
        {
            target = null;
        }

        return (name, target, standard, rest.Skip(used).ToList());
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrEmpty(b) ? a : string.IsNullOrEmpty(a) ? b : a + b;

    private static bool IsYearHeader(string key) =>
        key == "年" || (key.Length <= 6 && key.TrimEnd('年').All(char.IsAsciiDigit) && key.Any(char.IsAsciiDigit)) || key.Trim('_').Trim('年').Length == 0;
}
