namespace KpiTracker.Declarations;

/// <summary>What a cell fragment of an untabbed indicator table says.</summary>
internal enum FragmentTokenKind
{
    Level1,
    Level2,

    /// <summary>成本指标: a level-1 of its own, or a level-2 under 产出指标 (older forms).</summary>
    Cost,
    Standard,
    Header,
    Placeholder,
    Text,
}
