namespace KpiTracker.Declarations;

/// <summary>The two kinds of goal-form file: the published disclosure's text, and the filled XLSX template.</summary>
public enum DeclarationFormat
{
    Text,
    Xlsx,
}
