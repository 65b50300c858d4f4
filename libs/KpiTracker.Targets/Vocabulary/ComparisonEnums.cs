namespace KpiTracker.Targets;

/// <summary>Which way a quantitative target wants the actual to move.</summary>
public enum Direction { HigherIsBetter, LowerIsBetter, Equal }

/// <summary>The comparison a target makes; codes are the ASCII operators.</summary>
public enum Comparator { GreaterOrEqual, LessOrEqual, Greater, Less, Equal }

/// <summary>A target is either a number to compare with, or a text a person judges.</summary>
public enum TargetKind { Quantitative, Qualitative }
