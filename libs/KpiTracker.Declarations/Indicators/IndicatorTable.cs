namespace KpiTracker.Declarations;

/// <summary>
/// One indicator table as it is being read: the 一级 / 二级指标 labels carried down from merged cells to
/// the rows below them, and the rows read so far. Both layouts' readers (<see cref="TabbedIndicatorRows"/>,
/// <see cref="FragmentIndicatorRows"/>) set the labels and emit rows here; every missing cell of a row
/// becomes a problem with its line.
/// </summary>
internal sealed class IndicatorTable(List<ImportProblem> problems, int? goalNumber, string? goalTitle)
{
    private readonly List<IndicatorDeclaration> _items = [];
    private string? _level1;
    private string? _level2;
    private string? _carriedBefore;

    public IReadOnlyList<IndicatorDeclaration> Items => _items;

    /// <summary>The family of the last level-1 seen; a complete form normally ends with 满意度.</summary>
    public Level1? LastFamily { get; private set; }

    /// <summary>The next row's level-1 was taken from its level-2's family (said in a warning when it is emitted).</summary>
    public bool Level1InferredForNextRow { get; set; }

    /// <summary>Remembers the level-1 carried so far, for the warning of a row whose level-1 is inferred.</summary>
    public void NoteCarriedLevel1() => _carriedBefore = _level1;

    public void SetLevel1(string label)
    {
        _level1 = label;
        LastFamily = IndicatorVocabulary.Level1Words.TryGetValue(label, out var f) ? f
            : label == IndicatorVocabulary.AmbiguousCost ? Level1.Cost : null;
        _level2 = null;
    }

    /// <summary>Sets a level-2; returns true when the level-1 had to be taken from its family.</summary>
    public bool SetLevel2(string label, bool level1InRow)
    {
        _level2 = label;
        Level1 family;
        if (label == IndicatorVocabulary.AmbiguousCost)
        {
            family = Level1.Output;
        }
        else if (IndicatorVocabulary.FamilyOfLevel2(label) is { } f)
        {
            family = f;
        }
        else
        {
            return false;
        }

        // a level-2 fits under its own family, and satisfaction under benefit too (the pre-2021 forms)
        if (level1InRow || (LastFamily is { } f1 && (f1 == family || (f1 == Level1.Benefit && family == Level1.Satisfaction)))
            || (label == IndicatorVocabulary.AmbiguousCost && LastFamily == Level1.Cost))
        {
            return false;
        }

        _level1 = Vocabulary.Label(family);
        LastFamily = family;
        return true;
    }

    /// <summary>The template's empty level-2 cell ("指标"): rows below it have no level-2 until one is named.</summary>
    public void ClearLevel2() => _level2 = null;

    public void Emit(int line, string? name, string? target, string? standard)
    {
        name = string.IsNullOrEmpty(name) ? null : name;
        target = string.IsNullOrEmpty(target) ? null : target;
        standard = string.IsNullOrEmpty(standard) ? null : standard;
        var item = new IndicatorDeclaration(_level1, _level2, name, target, standard, line)
        {
            GoalNumber = goalNumber,
            GoalTitle = goalTitle,
            Level1Inferred = Level1InferredForNextRow,
        };
        Level1InferredForNextRow = false;
        _items.Add(item);

        var what = name is null ? "an indicator" : $"indicator '{name}'";
        if (item.Level1Label is null)
        {
            problems.Add(new ImportProblem(line, $"{what} has no 一级指标 (level-1)"));
        }

        if (item.Level2Label is null)
        {
            problems.Add(new ImportProblem(line, $"{what} has no 二级指标 (level-2)"));
        }

        if (name is null)
        {
            problems.Add(new ImportProblem(line, $"an indicator row has no 指标内容 (name){(target is null ? "" : $"; its target is '{target}'")}"));
        }

        if (target is null)
        {
            problems.Add(new ImportProblem(line, $"{what} has no 指标值 (target)"));
        }

        if (item.Level1Inferred)
        {
            problems.Add(new ImportProblem(line,
                $"{what}: 一级指标 taken as {item.Level1Label} from its 二级指标 {item.Level2Label} (the row carried {_carriedBefore ?? "none"})",
                ProblemSeverity.Warning));
        }
    }

    public bool IsLast(IndicatorDeclaration item) => _items.Count > 0 && ReferenceEquals(_items[^1], item);

    /// <summary>
    /// A row that only finishes the cells of the row above replaces it, and takes back the problems that
    /// said a cell was missing. Its level-2 (completed to "…指标" where it was cut) is carried on.
    /// </summary>
    public void ReplaceLast(IndicatorDeclaration merged)
    {
        var before = _items[^1];
        _items[^1] = merged;
        _level2 = merged.Level2Label;
        if (before.TargetText is null && merged.TargetText is not null)
        {
            problems.RemoveAll(p => p.Line == before.Line && p.Message.Contains("指标值", StringComparison.Ordinal));
        }

        if (before.Name is null && merged.Name is not null)
        {
            problems.RemoveAll(p => p.Line == before.Line && p.Message.Contains("指标内容", StringComparison.Ordinal));
        }
    }

    public void Warn(int line, string message) => problems.Add(new ImportProblem(line, message, ProblemSeverity.Warning));
}
