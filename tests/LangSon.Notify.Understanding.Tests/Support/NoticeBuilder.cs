using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Builds a <see cref="ParsedNotice"/> as the parser would hand it over.</summary>
internal sealed class NoticeBuilder
{
    private NoticeDate _date = NoticeDate.Unknown;
    private readonly List<string> _lines = [];
    private readonly List<RecipientMention> _mentions = [];
    private readonly List<NoticeTask> _tasks = [];
    private readonly List<NoticeSection> _sections = [];
    private readonly List<string> _addressees = [];
    private readonly List<string> _archive = [];

    public NoticeBuilder Dated(int? year, int? month, int? day)
    {
        _date = new NoticeDate(year, month, day);
        return this;
    }

    /// <summary>Adds a Nơi nhận line and its mentions; a mention given as plain text is taken as printed.</summary>
    public NoticeBuilder Line(string printed, params string[] mentions)
    {
        var line = _lines.Count;
        _lines.Add(printed);
        foreach (var mention in mentions.DefaultIfEmpty(printed.Trim().TrimStart('-').Trim().TrimEnd(';', '.')))
        {
            _mentions.Add(new RecipientMention(line, printed, mention, IsGroup(mention), null));
        }

        return this;
    }

    public NoticeBuilder Mention(int line, string span, string mention, bool isGroup = false, MentionReference? reference = null)
    {
        _mentions.Add(new RecipientMention(line, span, mention, isGroup, null, reference));
        return this;
    }

    /// <summary>Marks a mention as naming a set, as the parser does for "Phó Bí thư" in "Bí thư, Phó Bí thư Tỉnh ủy".</summary>
    public NoticeBuilder AsGroup(string mention)
    {
        for (var i = 0; i < _mentions.Count; i++)
        {
            if (_mentions[i].Mention == mention)
            {
                _mentions[i] = _mentions[i] with { IsGroup = true };
            }
        }

        return this;
    }

    public NoticeBuilder RawLine(string printed)
    {
        _lines.Add(printed);
        return this;
    }

    public NoticeBuilder Archive(params string[] entries)
    {
        _archive.AddRange(entries);
        return this;
    }

    public NoticeBuilder Addressee(string addressee)
    {
        _addressees.Add(addressee);
        return this;
    }

    public NoticeBuilder Task(string label, string? section, string text, params TaskAgency[] agencies)
    {
        _tasks.Add(new NoticeTask(label, section, text, null, agencies));
        return this;
    }

    public NoticeBuilder TaskDue(string label, string? section, string text, DateOnly due, params TaskAgency[] agencies)
    {
        _tasks.Add(new NoticeTask(label, section, text, null, agencies) { DueDate = due });
        return this;
    }

    public NoticeBuilder DescriptiveTask(string label, string? section, string text)
    {
        _tasks.Add(new NoticeTask(label, section, text, null, []) { Kind = TaskKind.Descriptive });
        return this;
    }

    public NoticeBuilder DescriptiveSection(string? label, string? heading, params string[] paragraphs)
    {
        _sections.Add(new NoticeSection(label, heading, paragraphs) { Kind = TaskKind.Descriptive });
        return this;
    }

    public NoticeBuilder Section(string? label, string? heading, params string[] paragraphs)
    {
        _sections.Add(new NoticeSection(label, heading, paragraphs));
        return this;
    }

    public int LineCount => _lines.Count;

    public ParsedNotice Build() => new()
    {
        Document = new NoticeMetadata { Type = "Thông báo", Symbol = "TB-UBND", Date = _date },
        Addressees = _addressees,
        Sections = _sections,
        Tasks = _tasks,
        RecipientLines = _lines,
        Recipients = _mentions,
        Archive = _archive,
    };

    private static bool IsGroup(string mention) => mention.StartsWith("các ", StringComparison.OrdinalIgnoreCase);
}
