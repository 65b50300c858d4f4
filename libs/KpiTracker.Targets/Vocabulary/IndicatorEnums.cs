namespace KpiTracker.Targets;

// The indicator tree and its metadata. Codes and Chinese labels live in VocabularyTables,
// so the enums stay plain and cheap to compare.

/// <summary>一级指标.</summary>
public enum Level1 { Output, Cost, Benefit, Satisfaction }

/// <summary>二级指标.</summary>
public enum Level2
{
    Quantity, Quality, Timeliness, Cost,
    Economic, Social, Ecological, Sustainability,
    Satisfaction,
    EconomicCost, SocialCost, EcologicalCost,
}

/// <summary>绩效标准: where the target value came from.</summary>
public enum Standard { Plan, Industry, Historical, Other }
