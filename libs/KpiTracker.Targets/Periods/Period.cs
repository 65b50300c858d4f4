using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KpiTracker.Targets;

/// <summary>
/// A reporting period inside a fiscal year (the fiscal year is the calendar year):
/// "2021", "2021-H1", "2021-Q3", "2021-07". Ordered by end month, then start month, so a
/// quarter sorts before the month that ends it and the year sorts last.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(int year, PeriodKind kind, int index)
    {
        Year = year;
        Kind = kind;
        Index = index;
    }

    public int Year { get; }

    public PeriodKind Kind { get; }

    /// <summary>Month 1–12, quarter 1–4, half 1–2, or 1 for the year.</summary>
    public int Index { get; }

    public int StartMonth => Kind switch
    {
        PeriodKind.Month => Index,
        PeriodKind.Quarter => Index * 3 - 2,
        PeriodKind.Half => Index * 6 - 5,
        _ => 1,
    };

    public int EndMonth => Kind switch
    {
        PeriodKind.Month => Index,
        PeriodKind.Quarter => Index * 3,
        PeriodKind.Half => Index * 6,
        _ => 12,
    };

    public static Period Month(int year, int month) => Create(year, PeriodKind.Month, month);

    public static Period Quarter(int year, int quarter) => Create(year, PeriodKind.Quarter, quarter);

    public static Period Half(int year, int half) => Create(year, PeriodKind.Half, half);

    public static Period FullYear(int year) => Create(year, PeriodKind.Year, 1);

    private static Period Create(int year, PeriodKind kind, int index)
    {
        if (!IsValid(year, kind, index)) throw new ArgumentOutOfRangeException(nameof(index), $"No {kind} {index} in {year}.");
        return new Period(year, kind, index);
    }

    private static bool IsValid(int year, PeriodKind kind, int index) =>
        year is >= 1000 and <= 9999 && index >= 1 && index <= kind switch
        {
            PeriodKind.Month => 12,
            PeriodKind.Quarter => 4,
            PeriodKind.Half => 2,
            _ => 1,
        };

    /// <summary>Never throws. Accepts lower-case h/q and a one-digit month ("2021-7").</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        if (s.Length < 4 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (s.Length == 4) return Make(year, PeriodKind.Year, 1, out period);
        if (s[4] != '-' || s.Length < 6) return false;
        var rest = s[5..];
        var kind = char.ToUpperInvariant(rest[0]) switch
        {
            'H' => PeriodKind.Half,
            'Q' => PeriodKind.Quarter,
            _ => PeriodKind.Month,
        };
        var digits = kind == PeriodKind.Month ? rest : rest[1..];
        if (digits.Length is < 1 or > 2) return false;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return false;
        return Make(year, kind, index, out period);
    }

    private static bool Make(int year, PeriodKind kind, int index, out Period period)
    {
        period = IsValid(year, kind, index) ? new Period(year, kind, index) : default;
        return period.Year != 0;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (2021, 2021-H1, 2021-Q3, 2021-07).");

    public bool IsWithinFiscalYear(int fiscalYear) => Year == fiscalYear;

    /// <summary>Whether the two periods share at least one month.</summary>
    public bool Overlaps(Period other) => Year == other.Year && StartMonth <= other.EndMonth && other.StartMonth <= EndMonth;

    /// <summary>Whether this period ends at or before the end of <paramref name="other"/>.</summary>
    public bool EndsBy(Period other) => Year < other.Year || (Year == other.Year && EndMonth <= other.EndMonth);

    /// <summary>
    /// The day a value for this period is due: the rule set's due day of the month after the
    /// period ends (a July value is due 10 August; a yearly value 10 January of the next year).
    /// </summary>
    public DateOnly DueDate(int dueDay)
    {
        var first = new DateOnly(Year, EndMonth, 1).AddMonths(1);
        return first.AddDays(Math.Clamp(dueDay, 1, DateTime.DaysInMonth(first.Year, first.Month)) - 1);
    }

    public int CompareTo(Period other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = EndMonth.CompareTo(other.EndMonth);
        return c != 0 ? c : StartMonth.CompareTo(other.StartMonth);
    }

    public static bool operator <(Period a, Period b) => a.CompareTo(b) < 0;

    public static bool operator >(Period a, Period b) => a.CompareTo(b) > 0;

    public static bool operator <=(Period a, Period b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Period a, Period b) => a.CompareTo(b) >= 0;

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Index}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
