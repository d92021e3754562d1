using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Bound from "Notify:Smtp".</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Notify:Smtp";

    [Required(ErrorMessage = "Notify:Smtp:Host is missing: set the SMTP server (maildev locally, the provincial mail server in production).")]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    [RegularExpression("^(None|Auto|StartTls|StartTlsWhenAvailable|SslOnConnect)$")]
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "thongbao@ubnd.langson.example";

    [Required]
    public string FromName { get; set; } = "UBND tỉnh Lạng Sơn";

    /// <summary>Domain of the Message-Id header; the delivery id makes each message's id stable across retries.</summary>
    [Required]
    public string MessageIdDomain { get; set; } = "notify.langson.example";

    [Range(1, 64)]
    public int PoolSize { get; set; } = 8;

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Connections idle longer than this are dropped before use; maildev closes them at 60 s.</summary>
    [Range(1, 3600)]
    public int MaxIdleSeconds { get; set; } = 50;

    /// <summary>Connect once at start and stop start-up when the server cannot be reached.</summary>
    public bool CheckOnStart { get; set; } = true;
}
