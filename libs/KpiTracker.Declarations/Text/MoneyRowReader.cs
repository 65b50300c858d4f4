using System.Text.RegularExpressions;

namespace KpiTracker.Declarations;

/// <summary>
/// Reads the two money sections of a project form, 项目资金来源 (funding) and 项目支出预算及测算依据
/// (expense items): a section starts at its label and holds the rows below it until another field;
/// each row is an item and an amount in 万元, the 合计 row their total.
/// </summary>
internal sealed partial class MoneyRowReader(List<ImportProblem> problems)
{
    private static readonly HashSet<string> FundingSection = ["项目资金来源", "资金来源"];
    private static readonly HashSet<string> FundingNoise = ["项目资金来源", "资金来源", "金额"];
    private static readonly HashSet<string> ExpenseSection = ["项目支出预算及测算依据", "项目支出预算", "项目支出明细预算"];
    private static readonly HashSet<string> ExpenseNoise = ["项目支出预算及测算依据", "项目支出预算", "项目支出明细预算", "项目支出明细", "金额", "明细预算"];

    [GeneratedRegex(@"^\s*[0-9０-９]+\s*[.、．]\s*")]
    private static partial Regex ListNumberRegex();

    [GeneratedRegex(@"^([0-9０-９]+\s*[.、．]?|[.…。·\s]+)$")]
    private static partial Regex EmptyListItemRegex();

    private MoneySection _section;

    public List<FundingLine> Funding { get; } = [];
    public List<ExpenseLine> Expenses { get; } = [];

    /// <summary>The 合计 row of 项目资金来源, when it has an amount.</summary>
    public decimal? FundingTotal { get; private set; }

    /// <summary>The 合计 row of 项目支出明细, when it has an amount.</summary>
    public decimal? ExpenseTotal { get; private set; }

    /// <summary>A row that starts a section (its label first) is read as its first row.</summary>
    public bool TryStartSection(TextRow row)
    {
        // the label must be the row's first cell, not a later one
        if (FundingSection.Contains(row.FirstKey) && row.Keys[0].Length > 0)
        {
            _section = MoneySection.Funding;
        }
        else if (ExpenseSection.Contains(row.FirstKey) && row.Keys[0].Length > 0)
        {
            _section = MoneySection.Expense;
        }
        else
        {
            return false;
        }

        Read(row);
        return true;
    }

    /// <summary>Another field ends the section.</summary>
    public void EndSection() => _section = MoneySection.None;

    /// <summary>A row inside a section is one of its items; false outside a section.</summary>
    public bool TryReadInSection(TextRow row)
    {
        if (_section == MoneySection.None)
        {
            return false;
        }

        Read(row);
        return true;
    }

    private void Read(TextRow row)
    {
        bool isFunding = _section == MoneySection.Funding;
        var noise = isFunding ? FundingNoise : ExpenseNoise;
        var content = new List<(string Cell, string Key)>();
        for (int c = 0; c < row.Keys.Length; c++)
        {
            var k = row.Keys[c];
            if (k.Length > 0 && !noise.Contains(k))
            {
                content.Add((row.Cells[c], k));
            }
        }

        if (content.Count == 0)
        {
            return;
        }

        var itemKey = content[0].Key;
        if (EmptyListItemRegex().IsMatch(content[0].Cell) || IndicatorVocabulary.IsPlaceholder(itemKey))
        {
            if (content.Count > 1)
            {
                problems.Add(new ImportProblem(row.Line, $"an amount without an item was not read: {TextDocument.Shorten(row.Raw)}", ProblemSeverity.Warning));
            }

            return;
        }

        var amountText = content.Count >= 2 ? content[^1].Cell : null;
        var amount = TextNormalizer.Money(amountText, out var ok);
        if (!ok)
        {
            problems.Add(new ImportProblem(row.Line, $"the amount '{amountText}' of '{content[0].Cell}' is not a number"));
            return;
        }

        if (content.Count > 2)
        {
            problems.Add(new ImportProblem(row.Line, $"extra cells in a money row were ignored: {TextDocument.Shorten(row.Raw)}", ProblemSeverity.Warning));
        }

        if (itemKey == "合计")
        {
            if (isFunding)
            {
                FundingTotal = amount;
            }
            else
            {
                ExpenseTotal = amount;
            }

            return;
        }

        if (amount is null)
        {
            return; // the row is in the form but nothing is written in it
        }

        if (isFunding)
        {
            Funding.Add(new FundingLine(content[0].Cell, amount.Value, row.Line));
        }
        else
        {
            Expenses.Add(new ExpenseLine(ListNumberRegex().Replace(content[0].Cell, ""), amount.Value, row.Line));
        }
    }
}
