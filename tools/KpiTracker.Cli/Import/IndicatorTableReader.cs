namespace KpiTracker.Cli.Import;

/// <summary>
/// Reads the rows of one indicator table (一级指标 / 二级指标 / 指标内容 / 指标值 / 绩效标准).
/// Cells are classified by what they say rather than by their column, because the extraction
/// shifts columns: a merged level-1 or level-2 cell is written on one row and carried down to the
/// rows below it, until a row names a new one.
/// Two layouts: rows with tab-separated cells, and text with one cell fragment per line (no tabs),
/// where fragments are joined back into labels and names.
/// </summary>
internal sealed class IndicatorTableReader
{
    private readonly List<ImportProblem> _problems;
    private readonly int? _goalNumber;
    private readonly string? _goalTitle;
    private readonly List<IndicatorDeclaration> _items = [];

    private string? _level1;
    private IndicatorFamily? _family1;
    private string? _level2;

    private IndicatorTableReader(List<ImportProblem> problems, int? goalNumber, string? goalTitle)
    {
        _problems = problems;
        _goalNumber = goalNumber;
        _goalTitle = goalTitle;
    }

    /// <summary>The family of the last level-1 seen; a complete form normally ends with 满意度.</summary>
    public IndicatorFamily? LastFamily => _family1;

    public IReadOnlyList<IndicatorDeclaration> Items => _items;

    public static IndicatorTableReader Read(IReadOnlyList<TextRow> rows, List<ImportProblem> problems, int? goalNumber = null, string? goalTitle = null)
    {
        var reader = new IndicatorTableReader(problems, goalNumber, goalTitle);
        if (rows.Any(r => r.HasTabs))
        {
            reader.ReadTabbed(rows);
        }
        else
        {
            reader.ReadFragments(rows);
        }

        return reader;
    }

    // ---- labels -------------------------------------------------------------------------

    private void SetLevel1(string label)
    {
        _level1 = label;
        _family1 = IndicatorVocabulary.Level1.TryGetValue(label, out var f) ? f
            : label == IndicatorVocabulary.AmbiguousCost ? IndicatorFamily.Cost : null;
        _level2 = null;
    }

    /// <summary>Sets a level-2; returns true when the level-1 had to be taken from its family.</summary>
    private bool SetLevel2(string label, bool level1InRow)
    {
        _level2 = label;
        IndicatorFamily family;
        if (label == IndicatorVocabulary.AmbiguousCost)
        {
            family = IndicatorFamily.Output;
        }
        else if (!IndicatorVocabulary.Level2.TryGetValue(label, out family))
        {
            return false;
        }

        if (level1InRow || (_family1 is { } f1 && IndicatorVocabulary.Compatible(f1, family))
            || (label == IndicatorVocabulary.AmbiguousCost && _family1 == IndicatorFamily.Cost))
        {
            return false;
        }

        _level1 = IndicatorVocabulary.CanonicalLevel1(family);
        _family1 = family;
        return true;
    }

    private bool _pendingInferred;

    private void Emit(int line, string? name, string? target, string? standard)
    {
        name = string.IsNullOrEmpty(name) ? null : name;
        target = string.IsNullOrEmpty(target) ? null : target;
        standard = string.IsNullOrEmpty(standard) ? null : standard;
        var item = new IndicatorDeclaration(_level1, _level2, name, target, standard, line)
        {
            GoalNumber = _goalNumber,
            GoalTitle = _goalTitle,
            Level1Inferred = _pendingInferred,
        };
        _pendingInferred = false;
        _items.Add(item);

        var what = name is null ? "an indicator" : $"indicator '{name}'";
        if (item.Level1Label is null)
        {
            _problems.Add(new ImportProblem(line, $"{what} has no 一级指标 (level-1)"));
        }

        if (item.Level2Label is null)
        {
            _problems.Add(new ImportProblem(line, $"{what} has no 二级指标 (level-2)"));
        }

        if (name is null)
        {
            _problems.Add(new ImportProblem(line, $"an indicator row has no 指标内容 (name){(target is null ? "" : $"; its target is '{target}'")}"));
        }

        if (target is null)
        {
            _problems.Add(new ImportProblem(line, $"{what} has no 指标值 (target)"));
        }

        if (item.Level1Inferred)
        {
            _problems.Add(new ImportProblem(line,
                $"{what}: 一级指标 taken as {item.Level1Label} from its 二级指标 {item.Level2Label} (the row carried {_carriedBefore ?? "none"})",
                ProblemSeverity.Warning));
        }
    }

    private string? _carriedBefore;

    // ---- tab-separated rows ---------------------------------------------------------------

    private void ReadTabbed(IReadOnlyList<TextRow> rows)
    {
        IndicatorDeclaration? lastFromPreviousRow = null;
        bool lastRowHadExplicitLevel2 = false;
        foreach (var row in rows)
        {
            if (row.IsBlank)
            {
                continue;
            }

            var keys = row.Keys.Where(k => k.Length > 0).ToList();
            var cells = new List<string>();
            for (int i = 0; i < row.Keys.Length; i++)
            {
                if (row.Keys[i].Length > 0)
                {
                    cells.Add(row.Cells[i]);
                }
            }

            // the table's own name in its merged left cell
            while (keys.Count > 0 && IndicatorVocabulary.IsSectionLabel(keys[0]))
            {
                keys.RemoveAt(0);
                cells.RemoveAt(0);
            }

            if (keys.Count == 0)
            {
                continue;
            }

            if (keys.All(k => IndicatorVocabulary.IsHeader(k) || IndicatorVocabulary.IsSectionLabel(k) || IsYearHeader(k)))
            {
                lastFromPreviousRow = null;
                continue;
            }

            // a row that only finishes the cells of the row above: "指标 | 率在 90%以上"
            if (keys[0] == "指标" && lastFromPreviousRow is { } prev && _items.Count > 0 && ReferenceEquals(_items[^1], prev))
            {
                var l2 = prev.Level2Label;
                if (lastRowHadExplicitLevel2 && l2 is not null && !l2.EndsWith("指标", StringComparison.Ordinal))
                {
                    l2 += "指标";
                    _level2 = l2;
                }

                var rest = cells.Skip(1).ToList();
                var merged = prev with
                {
                    Level2Label = l2,
                    Name = Join(prev.Name, rest.ElementAtOrDefault(0)),
                    TargetText = Join(prev.TargetText, rest.ElementAtOrDefault(1)),
                    StandardLabel = Join(prev.StandardLabel, rest.ElementAtOrDefault(2)),
                };
                _items[^1] = merged;
                RetractProblems(prev, merged);
                lastFromPreviousRow = null;
                continue;
            }

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
                    bool nextIsCostLevel2 = next is not null && IndicatorVocabulary.Level2.TryGetValue(next, out var nf) && nf == IndicatorFamily.Cost;
                    if (rowLevel1 is null && nextIsCostLevel2)
                    {
                        rowLevel1 = k;
                    }
                    else
                    {
                        rowLevel2 = k;
                    }
                }
                else if (rowLevel2 is null && IndicatorVocabulary.Level2.ContainsKey(k))
                {
                    rowLevel2 = k;
                }
                else
                {
                    break;
                }

                idx++;
            }

            _carriedBefore = _level1;
            if (rowLevel1 is not null)
            {
                SetLevel1(rowLevel1);
            }

            if (rowLevel2 is not null)
            {
                _pendingInferred = SetLevel2(rowLevel2, rowLevel1 is not null);
            }

            lastRowHadExplicitLevel2 = rowLevel2 is not null;
            var content = cells.Skip(idx).ToList();
            var contentKeys = keys.Skip(idx).ToList();
            if (content.Count == 0 || contentKeys.All(IndicatorVocabulary.IsPlaceholder))
            {
                // labels only (merged cells) or a template row: nothing to read
                if (!(content.Count == 0))
                {
                    _pendingInferred = false;
                }

                lastFromPreviousRow = null;
                continue;
            }

            string? name = IndicatorVocabulary.CleanName(content[0]);
            var rest2 = content.Skip(1).ToList();
            var restKeys = contentKeys.Skip(1).ToList();
            if (IndicatorVocabulary.IsPlaceholder(contentKeys[0]))
            {
                name = null;
            }

            string? target;
            string? standard;
            int s = restKeys.FindIndex(IndicatorVocabulary.IsStandard);
            int used;
            if (s >= 0)
            {
                target = s == 0 ? null : string.Concat(rest2.Take(s));
                standard = rest2[s];
                used = s + 1;
            }
            else
            {
                target = rest2.ElementAtOrDefault(0);
                standard = rest2.ElementAtOrDefault(1);
                used = Math.Min(2, rest2.Count);
            }

            if (target is not null && IndicatorVocabulary.IsPlaceholder(TextNormalizer.Key(target)) && target.Trim('*').Length > 0)
            {
                target = null;
            }

            if (rest2.Count > used)
            {
                _problems.Add(new ImportProblem(row.Line,
                    $"cells after the 绩效标准 column were ignored: {string.Join(" | ", rest2.Skip(used))}", ProblemSeverity.Warning));
            }

            Emit(row.Line, name, target, standard);
            lastFromPreviousRow = _items[^1];
        }
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrEmpty(b) ? a : string.IsNullOrEmpty(a) ? b : a + b;

    /// <summary>After a continuation row filled in a missing cell, drop the problems that said it was missing.</summary>
    private void RetractProblems(IndicatorDeclaration before, IndicatorDeclaration after)
    {
        if (before.TargetText is null && after.TargetText is not null)
        {
            _problems.RemoveAll(p => p.Line == before.Line && p.Message.Contains("指标值", StringComparison.Ordinal));
        }

        if (before.Name is null && after.Name is not null)
        {
            _problems.RemoveAll(p => p.Line == before.Line && p.Message.Contains("指标内容", StringComparison.Ordinal));
        }
    }

    private static bool IsYearHeader(string key) =>
        key == "年" || (key.Length <= 6 && key.TrimEnd('年').All(char.IsAsciiDigit) && key.Any(char.IsAsciiDigit)) || key.Trim('_').Trim('年').Length == 0;

    // ---- one fragment per line ----------------------------------------------------------

    private enum TokenKind
    {
        Level1,
        Level2,
        Cost,
        Standard,
        Header,
        Placeholder,
        Text,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Line);

    private static readonly string[] KnownWords =
    [
        .. IndicatorVocabulary.Level1.Keys, .. IndicatorVocabulary.Level2.Keys, IndicatorVocabulary.AmbiguousCost,
        .. IndicatorVocabulary.Standards, .. IndicatorVocabulary.Headers, .. IndicatorVocabulary.SectionLabels, "指标",
    ];

    private static bool IsKnown(string s) => KnownWords.Contains(s, StringComparer.Ordinal);

    private static bool IsProperPrefix(string s) =>
        KnownWords.Any(w => w.Length > s.Length && w.StartsWith(s, StringComparison.Ordinal));

    private static Token Classify(string s, int line)
    {
        if (IndicatorVocabulary.IsLevel1(s))
        {
            return new Token(TokenKind.Level1, s, line);
        }

        if (s == IndicatorVocabulary.AmbiguousCost)
        {
            return new Token(TokenKind.Cost, s, line);
        }

        if (IndicatorVocabulary.Level2.ContainsKey(s))
        {
            return new Token(TokenKind.Level2, s, line);
        }

        if (IndicatorVocabulary.IsStandard(s))
        {
            return new Token(TokenKind.Standard, s, line);
        }

        if (IndicatorVocabulary.IsHeader(s) || IndicatorVocabulary.IsSectionLabel(s))
        {
            return new Token(TokenKind.Header, s, line);
        }

        if (IndicatorVocabulary.IsPlaceholder(s) || (s.Length <= 4 && s.TrimEnd(':', '：').Length < s.Length && s.TrimEnd(':', '：').All(char.IsAsciiDigit)))
        {
            // "……", or the "1：" of a template "指标 1：" cut at its space
            return new Token(TokenKind.Placeholder, s, line);
        }

        return new Token(TokenKind.Text, s, line);
    }

    private static List<Token> Tokenize(IReadOnlyList<TextRow> rows)
    {
        // fragments, with units and operators glued back to their numbers
        var fragments = new List<(string Text, int Line)>();
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Length == 0)
                {
                    continue;
                }

                if (fragments.Count > 0 && fragments[^1].Line == row.Line
                    && ((IndicatorVocabulary.IsUnitOnly(cell) && char.IsAsciiDigit(fragments[^1].Text[^1]))
                        || IndicatorVocabulary.IsOperatorOnly(fragments[^1].Text)))
                {
                    fragments[^1] = (fragments[^1].Text + cell, fragments[^1].Line);
                    continue;
                }

                fragments.Add((cell, row.Line));
            }
        }

        var tokens = new List<Token>();
        string pending = "";
        int pendingLine = 0;
        void FlushPending()
        {
            if (pending.Length > 0)
            {
                tokens.Add(Classify(pending, pendingLine));
                pending = "";
            }
        }

        foreach (var (text, line) in fragments)
        {
            if (pending.Length > 0)
            {
                var joined = pending + text;
                if (IsProperPrefix(joined))
                {
                    pending = joined;
                    continue;
                }

                if (IsKnown(joined))
                {
                    tokens.Add(Classify(joined, pendingLine));
                    pending = "";
                    continue;
                }

                FlushPending();
            }

            if (IsProperPrefix(text))
            {
                pending = text;
                pendingLine = line;
                continue;
            }

            tokens.Add(Classify(text, line));
        }

        FlushPending();
        return tokens;
    }

    private void ReadFragments(IReadOnlyList<TextRow> rows)
    {
        var tokens = Tokenize(rows);
        bool started = false;
        string? name = null;
        string? target = null;
        int line = 0;

        void Flush()
        {
            if (name is not null || target is not null)
            {
                Emit(line, name, target, null);
            }

            name = null;
            target = null;
        }

        foreach (var t in tokens)
        {
            if (!started)
            {
                if (t.Kind is not (TokenKind.Level1 or TokenKind.Cost or TokenKind.Level2))
                {
                    continue;
                }

                started = true;
            }

            switch (t.Kind)
            {
                case TokenKind.Level1:
                    Flush();
                    _carriedBefore = _level1;
                    SetLevel1(t.Text);
                    break;
                case TokenKind.Cost:
                    Flush();
                    _carriedBefore = _level1;
                    if (_family1 is IndicatorFamily.Output)
                    {
                        SetLevel2(t.Text, false);
                    }
                    else
                    {
                        SetLevel1(t.Text);
                    }

                    break;
                case TokenKind.Level2:
                    Flush();
                    _carriedBefore = _level1;
                    _pendingInferred = SetLevel2(t.Text, false);
                    break;
                case TokenKind.Placeholder:
                    Flush();
                    if (t.Text == "指标")
                    {
                        _level2 = null; // the template's empty level-2 cell
                    }

                    _pendingInferred = false;
                    break;
                case TokenKind.Header:
                    Flush();
                    break;
                case TokenKind.Standard:
                    if (name is not null || target is not null)
                    {
                        var standard = t.Text;
                        Emit(line, name, target, standard);
                        name = null;
                        target = null;
                    }

                    break;
                case TokenKind.Text:
                    if (name is not null && target is null && IndicatorVocabulary.LooksLikeTarget(t.Text))
                    {
                        target = t.Text;
                    }
                    else if (target is not null)
                    {
                        Flush();
                        name = IndicatorVocabulary.CleanName(t.Text);
                        line = t.Line;
                    }
                    else
                    {
                        if (name is null)
                        {
                            line = t.Line;
                        }

                        name = (name ?? "") + IndicatorVocabulary.CleanName(t.Text);
                    }

                    break;
            }
        }

        Flush();
    }
}
