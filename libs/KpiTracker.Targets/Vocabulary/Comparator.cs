namespace KpiTracker.Targets;

/// <summary>The comparison a target makes; codes are the ASCII operators.</summary>
public enum Comparator { GreaterOrEqual, LessOrEqual, Greater, Less, Equal }
