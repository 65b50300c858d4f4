namespace KpiTracker.Declarations.Tests;

/// <summary>Indicators as one line each, "line L1|L2|name|target|standard", ∅ for null: a failing list shows a readable diff.</summary>
internal static class Rows
{
    private static string N(string? s) => s ?? "∅";

    public static string Of(IndicatorDeclaration i) =>
        $"{i.Line} {N(i.Level1Label)}|{N(i.Level2Label)}|{N(i.Name)}|{N(i.TargetText)}|{N(i.StandardLabel)}";

    public static string OfGoal(IndicatorDeclaration i, string kind) => $"{kind}{i.GoalNumber} {Of(i)}";

    public static List<string> Of(IEnumerable<IndicatorDeclaration> items) => items.Select(Of).ToList();
}
