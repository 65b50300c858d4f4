using KpiTracker.Testing;

namespace KpiTracker.Projects.Tests;

public sealed class ProjectsFactory() : ServiceFactory<Program>("projects");
