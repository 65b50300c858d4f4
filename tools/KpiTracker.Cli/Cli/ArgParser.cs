namespace KpiTracker.Cli.Cli;

/// <summary>
/// A small hand-written parser: "--name value", "--name=value", "-o value", flags, "--" ends the
/// options, "-h"/"--help" anywhere asks for help. Anything unknown is a <see cref="UsageException"/>.
/// </summary>
public static class ArgParser
{
    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, int maxPositionals = 0)
    {
        var result = new ParsedArgs();
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                result.Positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            if (arg is "-h" or "--help")
            {
                result.Help = true;
                continue;
            }

            string name;
            string? inline = null;
            OptionSpec? spec;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }
                spec = specs.FirstOrDefault(s => s.Name == name);
            }
            else
            {
                name = arg[1..];
                spec = specs.FirstOrDefault(s => s.Short == name);
            }
            if (spec is null) throw new UsageException($"unknown option '{arg}'{Suggest(name, specs)}");

            if (!spec.TakesValue)
            {
                if (inline is not null) throw new UsageException($"--{spec.Name} is a flag and takes no value");
                result.Add(spec.Name, "true");
                continue;
            }
            var value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                    throw new UsageException($"--{spec.Name} needs a value");
                value = args[++i];
            }
            if (!spec.Repeatable && result.Has(spec.Name))
                throw new UsageException($"--{spec.Name} was given twice");
            if (spec.Repeatable)
            {
                foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) result.Add(spec.Name, part);
            }
            else
            {
                result.Add(spec.Name, value);
            }
        }
        if (!result.Help && result.Positionals.Count > maxPositionals)
        {
            throw new UsageException(maxPositionals == 0
                ? $"unexpected argument '{result.Positionals[0]}'"
                : $"unexpected argument '{result.Positionals[maxPositionals]}'");
        }
        return result;
    }

    private static string Suggest(string name, IReadOnlyList<OptionSpec> specs)
    {
        var close = specs.Select(s => s.Name).FirstOrDefault(s => s.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(s, StringComparison.Ordinal));
        return close is null ? "" : $" (did you mean --{close}?)";
    }
}
