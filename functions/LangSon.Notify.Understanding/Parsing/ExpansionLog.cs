namespace LangSon.Notify.Understanding.Parsing;

/// <summary>What an expansion rested on (evidence) and what it could not explain (doubts), for one mention.</summary>
internal sealed class ExpansionLog
{
    public List<string> Evidence { get; } = [];

    public List<string> Doubts { get; } = [];

    public void Doubt(string reason)
    {
        if (!Doubts.Contains(reason))
        {
            Doubts.Add(reason);
        }
    }

    public void Because(string evidence)
    {
        if (!Evidence.Contains(evidence))
        {
            Evidence.Add(evidence);
        }
    }
}
