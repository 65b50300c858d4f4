namespace KpiTracker.Cli.Cli;

/// <summary>
/// A one-line progress bar on stderr, drawn only when stderr is a terminal, so logs and pipes
/// stay clean. Dispose clears the line.
/// </summary>
public sealed class Progress : IDisposable
{
    private readonly TextWriter? _err;
    private readonly string _label;
    private readonly int _total;
    private int _done;

    public Progress(CliContext context, string label, int total)
    {
        _err = context.ErrorIsTerminal ? context.Err : null;
        _label = label;
        _total = Math.Max(total, 1);
        Draw();
    }

    public void Step(int by = 1)
    {
        _done = Math.Min(_done + by, _total);
        Draw();
    }

    private void Draw()
    {
        if (_err is null) return;
        const int width = 30;
        var filled = _done * width / _total;
        _err.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{_total} {_label}");
        _err.Flush();
    }

    public void Dispose()
    {
        if (_err is null) return;
        _err.Write("\r" + new string(' ', 50 + _label.Length) + "\r");
        _err.Flush();
    }
}
