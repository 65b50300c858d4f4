namespace KpiTracker.Targets;

/// <summary>A person's judgement of a qualitative indicator.</summary>
public enum Judgement { Achieved, PartiallyAchieved, NotAchieved }
