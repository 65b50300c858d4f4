namespace KpiTracker.Targets;

// Part of the indicator tree. Codes and Chinese labels live in VocabularyTables, so the enums stay plain and cheap to compare.

/// <summary>二级指标.</summary>
public enum Level2
{
    Quantity, Quality, Timeliness, Cost,
    Economic, Social, Ecological, Sustainability,
    Satisfaction,
    EconomicCost, SocialCost, EcologicalCost,
}
