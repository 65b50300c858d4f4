namespace KpiTracker.Targets;

// Part of the indicator tree. Codes and Chinese labels live in VocabularyTables, so the enums stay plain and cheap to compare.

/// <summary>绩效标准: where the target value came from.</summary>
public enum Standard { Plan, Industry, Historical, Other }
