using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace KpiTracker.Identity.Account;

/// <summary>
/// The sign-in page of the authorize step: plain server-rendered HTML in Chinese, no script, a
/// form with labelled fields, the error in a role="alert" region the fields point at, so it
/// works with a screen reader, a keyboard, and an HttpClient alike.
/// </summary>
public static class LoginPage
{
    /// <summary>Chinese stays readable in the page source; only what HTML needs escaped is.</summary>
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? userName, string? error, int status = 200)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var e = Encoder;
        var errorBlock = error is null ? "" : $"""<p id="login-error" class="error" role="alert">{e.Encode(error)}</p>""";
        var described = error is null ? "" : """ aria-describedby="login-error" aria-invalid="true" """;
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 · KpiTracker 绩效目标管理</title>
              <style>
                body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f4f6f8; color: #1f2933; }
                main { max-width: 22rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
                h1 { font-size: 1.4rem; margin-top: 0; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; box-sizing: border-box; padding: .6rem; margin-top: .3rem; font-size: 1rem; border: 1px solid #7b8794; border-radius: 4px; }
                input:focus, button:focus { outline: 3px solid #2563eb; outline-offset: 1px; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #1d4ed8; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
                .error { color: #9b1c1c; background: #fde8e8; padding: .6rem; border-radius: 4px; }
              </style>
            </head>
            <body>
              <main>
                <h1>登录 KpiTracker</h1>
                <p>预算绩效目标管理 · 请使用管理员为您开设的账户登录。</p>
                {{errorBlock}}
                <form method="post" action="/account/login">
                  <input type="hidden" name="{{e.Encode(tokens.FormFieldName)}}" value="{{e.Encode(tokens.RequestToken ?? "")}}">
                  <input type="hidden" name="returnUrl" value="{{e.Encode(returnUrl ?? "")}}">
                  <label for="userName">用户名</label>
                  <input id="userName" name="userName" autocomplete="username" required autofocus value="{{e.Encode(userName ?? "")}}"{{described}}>
                  <label for="password">密码</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required{{described}}>
                  <button type="submit">登录</button>
                </form>
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
