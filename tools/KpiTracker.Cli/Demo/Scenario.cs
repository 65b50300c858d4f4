namespace KpiTracker.Cli.Demo;

/// <summary>What the demo wants an indicator to look like at the monitoring cut-off.</summary>
public enum Scenario
{
    /// <summary>Target already met: green light, status met.</summary>
    Met,

    /// <summary>On track, not met yet (p ≥ 0.8): green, pending.</summary>
    OnTrack,

    /// <summary>Far beyond the target (≥ 1.2×): blue.</summary>
    Blue,

    /// <summary>Behind (0.6 ≤ p &lt; 0.8), or a ceiling exceeded by up to 20 %: yellow.</summary>
    Behind,

    /// <summary>Far behind (p &lt; 0.6), or a ceiling exceeded by more: red, with a forecast 完全不可能 for the first.</summary>
    FarBehind,

    /// <summary>Nothing reported: grey, noData.</summary>
    Silent,

    /// <summary>Reported January–May only, then nothing: noData (the June and July reports are due).</summary>
    Late,
}
