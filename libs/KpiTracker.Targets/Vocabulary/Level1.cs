namespace KpiTracker.Targets;

// Part of the indicator tree. Codes and Chinese labels live in VocabularyTables, so the enums stay plain and cheap to compare.

/// <summary>一级指标.</summary>
public enum Level1 { Output, Cost, Benefit, Satisfaction }
