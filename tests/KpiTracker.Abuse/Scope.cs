namespace KpiTracker.Abuse;

/// <summary>Where a caller's department claim sits relative to the projects under test (all in <see cref="World.Department"/>).</summary>
public enum Scope { Own, Parent, Other, None }
