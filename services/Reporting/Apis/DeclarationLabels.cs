using KpiTracker.Targets;

namespace KpiTracker.Reporting.Apis;

/// <summary>The label of a declaration status code (草稿 已送审 已批复 被退回); an unknown code shows as itself.</summary>
public static class DeclarationLabels
{
    public static string Of(string code) =>
        Vocabulary.TryParse<DeclarationStatus>(code, out var s) ? Vocabulary.Label(s) : code;

    public static bool IsApproved(string code) =>
        Vocabulary.TryParse<DeclarationStatus>(code, out var s) && s == KpiTracker.Targets.DeclarationStatus.Approved;
}
