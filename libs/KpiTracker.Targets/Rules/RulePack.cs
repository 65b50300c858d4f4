namespace KpiTracker.Targets;

/// <summary>
/// A jurisdiction's rule set as reviewed and versioned data: 中央部门 2020, a province and year, or
/// DOMAIN.md's default. <see cref="Version"/> grows whenever a parameter changes, so a year closed
/// under version 1 can be shown under version 1 after version 2 arrives. <see cref="Basis"/> says
/// where the values come from (the notice, the published tables), for the reviewers of the file.
/// </summary>
public sealed record RulePack(string Id, string Name, int Version, string Basis, RuleSet Rules)
{
    /// <summary>DOMAIN.md's rules, as shipped in <c>rule-packs/default.json</c>.</summary>
    public static readonly RulePack Default = new("default", "默认规则（DOMAIN.md）", 1, "DOMAIN.md", RuleSet.Default);

    public RulePackRef Ref => new(Id, Version, Name);
}
