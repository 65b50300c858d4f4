using Microsoft.AspNetCore.Mvc;

namespace KpiTracker.ServiceDefaults.Problems;

/// <summary>
/// A refusal found deep inside a save, where no handler can return a result (a month accepted by a concurrent request
/// while the save waited for its lock): the exception handler answers <see cref="Problem"/> as it stands.
/// </summary>
public sealed class ProblemException(ProblemDetails problem) : Exception(problem.Detail)
{
    public ProblemDetails Problem { get; } = problem;
}
