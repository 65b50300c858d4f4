using System.Globalization;
using KpiTracker.Web.Api;

namespace KpiTracker.Web.Components.Pages.Fill;

/// <summary>An amount in 万元 as typed (with or without 万元 and thousands separators), as decimal.</summary>
public static class Money
{
    public static bool TryParse(string? text, out decimal value)
    {
        var t = (text ?? "").Replace("万元", "").Replace(",", "").Replace("，", "").Trim();
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out value) && decimal.Round(value, 4) == value;
    }

    /// <summary>A problem found before anything is sent, shown beside its field like the server's.</summary>
    public static ApiProblem Invalid(string field, string message = "请填写金额（万元，最多 4 位小数），如 45.5。") =>
        ApiProblem.Field(field, message);
}
