namespace KpiTracker.Declarations;

/// <summary>
/// Collects the labelled fields of one project form: "项目名称 | 网络传输建设运行费" in tabbed rows, or
/// "项目名称 测试项目" cut at spaces, where a value runs to the next label. Free-text fields continue on
/// the lines below them until another field or a table starts. The first value of a field is kept.
/// </summary>
internal sealed class ProjectFieldReader(List<ImportProblem> problems)
{
    private readonly Dictionary<ProjectField, (string Value, int Line)> _values = [];
    private ProjectField? _lastTextField;

    /// <summary>The 项目类型 row, when the form has one.</summary>
    public ProjectTypeCell? Type { get; private set; }

    public bool IsEmpty => _values.Count == 0;

    public bool Has(ProjectField f) => _values.ContainsKey(f);

    /// <summary>The value, or null when the field is absent or empty.</summary>
    public string? Value(ProjectField f) => _values.TryGetValue(f, out var v) && v.Value.Length > 0 ? v.Value : null;

    /// <summary>The line of the field, else <paramref name="otherwise"/>.</summary>
    public int LineOf(ProjectField f, int otherwise) => _values.TryGetValue(f, out var v) ? v.Line : otherwise;

    /// <summary>A free-text field's continuation ends here (a money section starts).</summary>
    public void EndText() => _lastTextField = null;

    /// <summary>Reads every label of the row and its value; false when the row holds no label.</summary>
    public bool TryRead(TextRow row)
    {
        bool any = false;
        for (int c = 0; c < row.Keys.Length; c++)
        {
            if (!ProjectFieldLabels.TryGet(row.Keys[c], out var field))
            {
                continue;
            }

            any = true;
            if (field == ProjectField.Type)
            {
                ReadType(row);
                break;
            }

            var value = row.HasTabs ? TabbedValue(row, field, ref c) : SpacedValue(row, field, ref c);
            if (_values.TryGetValue(field, out var existing) && existing.Value.Length > 0 && existing.Value != value)
            {
                problems.Add(new ImportProblem(row.Line,
                    $"{ProjectFieldLabels.NameOf(field)} is given twice ('{existing.Value}' at line {existing.Line}, '{value}' here); the first is kept",
                    ProblemSeverity.Warning));
            }
            else
            {
                _values[field] = (value, row.Line);
            }

            _lastTextField = ProjectFieldLabels.IsText(field) ? field : null;
        }

        return any;
    }

    /// <summary>A line without tabs under a free-text field carries on its text; false when there is no such field.</summary>
    public bool TryContinueText(TextRow row)
    {
        if (_lastTextField is not { } tf || row.HasTabs || !_values.TryGetValue(tf, out var prev))
        {
            return false;
        }

        _values[tf] = (prev.Value + TextNormalizer.Text(row.Raw), prev.Line);
        return true;
    }

    /// <summary>
    /// Reads a budget field in 万元. A required one that is missing or empty is an error, as is a value
    /// that is not an amount.
    /// </summary>
    public decimal? Money(ProjectField f, bool required, string label, int nameLine)
    {
        if (!_values.TryGetValue(f, out var v) || v.Value.Length == 0)
        {
            if (required)
            {
                problems.Add(new ImportProblem(LineOf(f, LineOf(ProjectField.Name, nameLine)), $"{label}: 项目当年预算 (annual budget) is missing"));
            }

            return null;
        }

        var m = TextNormalizer.Money(v.Value, out var ok);
        if (!ok)
        {
            problems.Add(new ImportProblem(v.Line, $"{label}: {(f == ProjectField.AnnualBudget ? "项目当年预算" : "项目总预算")} '{v.Value}' is not an amount"));
        }
        else if (m is null && required)
        {
            problems.Add(new ImportProblem(v.Line, $"{label}: 项目当年预算 (annual budget) is empty"));
        }

        return m;
    }

    private void ReadType(TextRow row)
    {
        var cell = ProjectTypeReader.Read(row.Raw, row.Line);
        // a second 项目类型 row without years keeps the years of the first
        Type = cell.StartYear is null && Type is { } before ? cell with { StartYear = before.StartYear, EndYear = before.EndYear } : cell;
    }

    /// <summary>The next non-empty cell, unless it is another label (then the field is empty).</summary>
    private static string TabbedValue(TextRow row, ProjectField field, ref int c)
    {
        int j = c + 1;
        while (j < row.Keys.Length && row.Keys[j].Length == 0)
        {
            j++;
        }

        if (j >= row.Keys.Length || ProjectFieldLabels.IsLabel(row.Keys[j]))
        {
            return "";
        }

        c = j;
        return ProjectFieldLabels.IsText(field) ? TextNormalizer.Text(row.RawCells[j]) : row.Cells[j];
    }

    /// <summary>Cells cut at spaces: the value runs to the next label.</summary>
    private static string SpacedValue(TextRow row, ProjectField field, ref int c)
    {
        int j = c + 1;
        var parts = new List<string>();
        while (j < row.Keys.Length && !ProjectFieldLabels.IsLabel(row.Keys[j]))
        {
            parts.Add(row.RawCells[j]);
            j++;
        }

        c = j - 1;
        return ProjectFieldLabels.IsText(field) ? TextNormalizer.Text(string.Join(" ", parts)) : TextNormalizer.Cell(string.Concat(parts));
    }
}
