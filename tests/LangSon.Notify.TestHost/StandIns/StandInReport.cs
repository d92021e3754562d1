namespace LangSon.Notify.TestHost.StandIns;

/// <summary>Which parts run for real in this host, so tests can say so.</summary>
public sealed record StandInReport(string Reader, string Parser, string Resolver);
