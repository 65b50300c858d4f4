namespace KpiTracker.Projects.Apis;

/// <summary>One step of the approval chain as the API shows it, with the labels of both statuses.</summary>
public sealed record DeclarationReviewView(
    string Action, string From, string FromLabel, string To, string ToLabel, string? Reason, string By, string ByName, DateTimeOffset At)
{
    public static DeclarationReviewView Of(DeclarationReview r) => new(
        r.Action, r.From, Vocabulary.Label(Vocabulary.Parse<DeclarationStatus>(r.From)),
        r.To, Vocabulary.Label(Vocabulary.Parse<DeclarationStatus>(r.To)), r.Reason, r.By, r.ByName, r.At);
}
