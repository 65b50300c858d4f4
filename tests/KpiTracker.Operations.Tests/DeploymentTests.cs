using KpiTracker.Testing;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// The k8s overlays and the compose profiles as an operator would apply them, checked without a
/// cluster or a Docker daemon: `kubectl kustomize` builds them, tools/k8s-validate checks the
/// result against the Kubernetes schemas (kubernetes-models, bundled, offline) and our rules.
/// `./kpi test` installs the validator (npm ci) before the tests run.
/// </summary>
public sealed class DeploymentTests
{
    static readonly string Root = TestInfrastructure.RepositoryRoot;
    static readonly string Validator = Path.Combine(Root, "tools", "k8s-validate", "validate.mjs");

    static async Task<string> KustomizeAsync(string overlay)
    {
        var (code, output) = await Commands.RunAsync("kubectl", ["kustomize", Path.Combine(Root, "k8s", "overlays", overlay)]);
        Assert.True(code == 0, output);
        return output;
    }

    static Task<(int ExitCode, string Output)> ValidateAsync(string manifests, bool prod) =>
        Commands.RunAsync("node", prod ? [Validator, "--prod"] : [Validator], stdin: manifests);

    [Theory]
    [InlineData("dev", false)]
    [InlineData("prod", true)]
    public async Task Each_overlay_builds_and_passes_the_schemas_and_our_rules(string overlay, bool prod)
    {
        var (code, output) = await ValidateAsync(await KustomizeAsync(overlay), prod);
        Assert.True(code == 0, output);
        Assert.Contains("objects valid", output);
    }

    [Fact]
    public async Task Prod_runs_as_production_from_an_operator_secret_with_the_cluster_pieces()
    {
        var prod = await KustomizeAsync("prod");
        Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", prod);
        Assert.DoesNotContain("Development", prod);
        Assert.DoesNotContain("kind: Secret", prod);
        foreach (var piece in (string[])["kind: NetworkPolicy", "kind: Ingress", "kind: PodDisruptionBudget", "kind: CronJob",
                     "clusterIP: None", "ttlSecondsAfterFinished", "--migrate-only", "pod-security.kubernetes.io/enforce: restricted"])
            Assert.Contains(piece, prod);
    }

    [Fact]
    public async Task The_validator_refuses_a_workload_without_resources_probes_or_restricted_security()
    {
        const string bad = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: careless }
            spec:
              replicas: two
              selector: { matchLabels: { a: b } }
              template:
                metadata: { labels: { a: b } }
                spec:
                  containers:
                    - name: app
                      image: kpitracker/app:latest
                      env: [{ name: ASPNETCORE_ENVIRONMENT, value: Development }]
            """;
        var (code, output) = await ValidateAsync(bad, prod: true);
        Assert.Equal(1, code);
        foreach (var complaint in (string[])["replicas must be integer", "runAsNonRoot", "RuntimeDefault", "resources.requests",
                     "allowPrivilegeEscalation", "capabilities.drop", "readinessProbe", "pinned to a release tag",
                     "ASPNETCORE_ENVIRONMENT is Development", "PodDisruptionBudget"])
            Assert.Contains(complaint, output);
    }

    [Fact]
    public async Task Compose_runs_the_database_init_script_that_k8s_ships()
    {
        // One copy of the roles-and-databases script: kustomize's configMap reads it from k8s/base,
        // and compose's db-init must mount that very file, not a copy that could drift.
        var script = Path.Combine(Root, "k8s", "base", "01-roles-and-databases.sql");
        Assert.True(File.Exists(script), script);
        var (code, output) = await ComposeConfigAsync("--env-file", "deploy/compose/dev.env", "-f", "docker-compose.yml", "-f", "deploy/compose/dev.yml");
        Assert.True(code == 0, output);
        Assert.Contains($"{script}:/init/01-roles-and-databases.sql:ro", output);
    }

    static Task<(int ExitCode, string Output)> ComposeConfigAsync(params string[] args) =>
        Commands.RunAsync("docker-compose", [.. args, "config"], cleanEnvironment: true);

    [Fact]
    public async Task Compose_development_profile_resolves_with_the_development_values()
    {
        var (code, output) = await ComposeConfigAsync("--env-file", "deploy/compose/dev.env", "-f", "docker-compose.yml", "-f", "deploy/compose/dev.yml");
        Assert.True(code == 0, output);
        Assert.Contains("ASPNETCORE_ENVIRONMENT: Development", output);
        Assert.Contains("127.0.0.1:15672:15672", output);
    }

    [Fact]
    public async Task Compose_production_profile_resolves_publishes_only_the_gateway_on_loopback_and_names_a_missing_secret()
    {
        var env = Path.Combine(Path.GetTempPath(), $"kpi-prod-{Guid.NewGuid():N}.env");
        await File.WriteAllLinesAsync(env, [
            "KPI_PUBLIC_ORIGIN=https://kpi.example.gov.cn/", "KPI_IDENTITY_KEYS=/etc/kpitracker/identity-keys",
            "KPI_POSTGRES_PASSWORD=p1", "KPI_DB_PASSWORD=p2", "KPI_RABBITMQ_USER=u", "KPI_RABBITMQ_PASSWORD=p3",
        ]);
        try
        {
            var (code, output) = await ComposeConfigAsync("--env-file", env, "-f", "docker-compose.yml");
            Assert.True(code == 0, output);
            Assert.Contains("ASPNETCORE_ENVIRONMENT: Production", output);
            Assert.DoesNotContain("Development", output);
            var published = output.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^- .*:\d+:\d+(/tcp)?$")).ToList();
            Assert.Equal(["- 127.0.0.1:8080:8080/tcp"], published.Select(l => l.Trim()));
        }
        finally
        {
            File.Delete(env);
        }

        var (missingCode, missing) = await ComposeConfigAsync("-f", "docker-compose.yml");
        Assert.NotEqual(0, missingCode);
        Assert.Contains("set KPI_", missing);
    }
}
