namespace KpiTracker.Targets;

/// <summary>
/// Every shipped pack, read from its files and checked against its reference cases — what a service
/// loads at start. <c>&lt;id&gt;.json</c> is a pack, <c>&lt;id&gt;.cases.json</c> its cases; each pack needs
/// its cases, the cases must reproduce under the pack, and <c>default</c> must be there (it serves
/// every region no admin assigned). Any problem means no catalog: a service must not start on rules
/// nobody can vouch for.
/// </summary>
public sealed class RulePackCatalog
{
    public const string DefaultId = "default";
    public const string CasesSuffix = ".cases.json";

    RulePackCatalog(IReadOnlyDictionary<string, RulePack> packs, IReadOnlyDictionary<string, IReadOnlyList<ReferenceCase>> cases)
    {
        Packs = packs;
        Cases = cases;
    }

    /// <summary>By id, in id order.</summary>
    public IReadOnlyDictionary<string, RulePack> Packs { get; }

    /// <summary>The reference cases of each pack, by pack id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReferenceCase>> Cases { get; }

    public RulePack Default => Packs[DefaultId];

    /// <summary>Reads the files (name relative to the pack folder, text); null with the problems when anything is wrong.</summary>
    public static (RulePackCatalog? Catalog, IReadOnlyList<RulePackProblem> Problems) Load(IEnumerable<(string File, string Text)> files)
    {
        var problems = new List<RulePackProblem>();
        var packs = new SortedDictionary<string, RulePack>(StringComparer.Ordinal);
        var caseFiles = new Dictionary<string, (string File, ReferenceCasesRead Read)>(StringComparer.Ordinal);
        foreach (var (file, text) in files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(CasesSuffix, StringComparison.Ordinal))
            {
                var read = ReferenceCaseFile.Read(file, text);
                problems.AddRange(read.Problems);
                caseFiles[name[..^CasesSuffix.Length]] = (file, read);
            }
            else if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                var read = RulePackFile.Read(file, text);
                problems.AddRange(read.Problems);
                if (read.Pack is { } pack) packs[pack.Id] = pack;
            }
        }
        if (!packs.ContainsKey(DefaultId) && !problems.Any(p => Path.GetFileName(p.File) == DefaultId + ".json"))
            problems.Add(new(DefaultId + ".json", "$", "is missing: the default pack serves every region without an assigned pack."));

        var cases = new Dictionary<string, IReadOnlyList<ReferenceCase>>(StringComparer.Ordinal);
        foreach (var (id, pack) in packs)
        {
            if (!caseFiles.TryGetValue(id, out var c))
            {
                problems.Add(new(id + CasesSuffix, "$", $"is missing: pack '{id}' ships with its reference cases beside it."));
                continue;
            }
            if (!c.Read.Success) continue;
            if (c.Read.PackId != id) problems.Add(new(c.File, "pack", $"is '{c.Read.PackId}', but the file is the cases of '{id}'."));
            for (var k = 0; k < c.Read.Cases.Count; k++)
                foreach (var mismatch in ReferenceCaseRunner.Run(pack, c.Read.Cases[k]))
                    problems.Add(new(c.File, $"cases[{k}]", mismatch + $" (under {id} version {pack.Version})"));
            cases[id] = c.Read.Cases;
        }
        foreach (var orphan in caseFiles.Keys.Where(k => !packs.ContainsKey(k) && !problems.Any(p => Path.GetFileName(p.File) == k + ".json")))
            problems.Add(new(caseFiles[orphan].File, "pack", $"has no pack file {orphan}.json beside it."));

        return problems.Count == 0 ? (new RulePackCatalog(packs, cases), []) : (null, problems);
    }
}
