namespace KpiTracker.Targets;

/// <summary>
/// The outcome of one (target, actual) pair. <see cref="Completion"/> is actual against the
/// annual target (lower-is-better: target ÷ actual), 1 meaning exactly on target;
/// <see cref="Progress"/> is the light's p (completion adjusted for the elapsed share).
/// </summary>
public readonly record struct PairEvaluation(bool Satisfied, decimal Completion, decimal Progress, Light Light, Status Status);
