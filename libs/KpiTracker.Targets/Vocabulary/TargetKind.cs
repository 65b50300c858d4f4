namespace KpiTracker.Targets;

/// <summary>A target is either a number to compare with, or a text a person judges.</summary>
public enum TargetKind { Quantitative, Qualitative }
