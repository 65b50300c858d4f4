namespace KpiTracker.Declarations;

/// <summary>
/// An indicator table extracted one cell fragment per line, without tabs (seed 004's department form):
/// the tokens from <see cref="FragmentTokenizer"/> are read in order from the first level label on. A
/// name runs over several fragments until a target ("≥90%", "2批") or a 绩效标准 ends the row.
/// </summary>
internal sealed class FragmentIndicatorRows(IndicatorTable table)
{
    private string? _name;
    private string? _target;
    private int _line;

    public void Read(IReadOnlyList<TextRow> rows)
    {
        bool started = false;
        foreach (var t in FragmentTokenizer.Tokenize(rows))
        {
            started |= t.Kind is FragmentTokenKind.Level1 or FragmentTokenKind.Cost or FragmentTokenKind.Level2;
            if (started)
            {
                Take(t);
            }
        }

        Flush();
    }

    private void Take(FragmentToken t)
    {
        switch (t.Kind)
        {
            case FragmentTokenKind.Level1:
                Flush();
                table.NoteCarriedLevel1();
                table.SetLevel1(t.Text);
                break;
            case FragmentTokenKind.Cost:
                Flush();
                table.NoteCarriedLevel1();
                if (table.LastFamily is Level1.Output)
                {
                    table.SetLevel2(t.Text, false);
                }
                else
                {
                    table.SetLevel1(t.Text);
                }

                break;
            case FragmentTokenKind.Level2:
                Flush();
                table.NoteCarriedLevel1();
                table.Level1InferredForNextRow = table.SetLevel2(t.Text, false);
                break;
            case FragmentTokenKind.Placeholder:
                Flush();
                if (t.Text == "指标")
                {
                    table.ClearLevel2(); // the template's empty level-2 cell
                }

                table.Level1InferredForNextRow = false;
                break;
            case FragmentTokenKind.Header:
                Flush();
                break;
            case FragmentTokenKind.Standard:
                if (_name is not null || _target is not null)
                {
                    table.Emit(_line, _name, _target, t.Text);
                    _name = null;
                    _target = null;
                }

                break;
            case FragmentTokenKind.Text:
                TakeText(t);
                break;
        }
    }

    private void TakeText(FragmentToken t)
    {
        if (_name is not null && _target is null && IndicatorVocabulary.LooksLikeTarget(t.Text))
        {
            _target = t.Text;
        }
        else if (_target is not null)
        {
            Flush();
            _name = IndicatorVocabulary.CleanName(t.Text);
            _line = t.Line;
        }
        else
        {
            if (_name is null)
            {
                _line = t.Line;
            }

            _name = (_name ?? "") + IndicatorVocabulary.CleanName(t.Text);
        }
    }

    private void Flush()
    {
        if (_name is not null || _target is not null)
        {
            table.Emit(_line, _name, _target, null);
        }

        _name = null;
        _target = null;
    }
}
