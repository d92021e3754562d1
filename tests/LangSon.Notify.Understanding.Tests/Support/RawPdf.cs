using System.Text;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>Writes a small PDF object by object, with a correct cross-reference table.</summary>
internal sealed class RawPdf
{
    private readonly List<string> _objects = [];

    /// <summary>Adds an object and returns its number.</summary>
    public int Add(string body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Sets an object added earlier as a placeholder, for objects that refer to each other.</summary>
    public void Replace(int number, string body) => _objects[number - 1] = body;

    /// <summary>Adds a stream object holding <paramref name="content"/>, uncompressed.</summary>
    public int AddStream(string dictionary, string content) =>
        Add($"<< {dictionary} /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");

    public byte[] Build(int catalog)
    {
        var output = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(output.ToString()));
            output.Append($"{i + 1} 0 obj\n{_objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(output.ToString());
        output.Append($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            output.Append($"{offset:D10} 00000 n \n");
        }

        output.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }
}
