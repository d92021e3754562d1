namespace LangSon.Notify.Cli.Evaluation;

/// <summary>Python's difflib.SequenceMatcher.ratio() over characters, autojunk included, so scores agree with score_inspect.py.</summary>
internal static class SequenceMatcher
{
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        if (total == 0)
        {
            return 1.0;
        }

        var b2j = BuildIndex(b);
        var matches = 0;
        var queue = new Stack<(int Alo, int Ahi, int Blo, int Bhi)>();
        queue.Push((0, a.Length, 0, b.Length));
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var (i, j, k) = FindLongestMatch(a, b, b2j, alo, ahi, blo, bhi);
            if (k == 0)
            {
                continue;
            }

            matches += k;
            if (alo < i && blo < j)
            {
                queue.Push((alo, i, blo, j));
            }

            if (i + k < ahi && j + k < bhi)
            {
                queue.Push((i + k, ahi, j + k, bhi));
            }
        }

        return 2.0 * matches / total;
    }

    private static Dictionary<char, List<int>> BuildIndex(string b)
    {
        var b2j = new Dictionary<char, List<int>>();
        for (var j = 0; j < b.Length; j++)
        {
            if (!b2j.TryGetValue(b[j], out var list))
            {
                b2j[b[j]] = list = [];
            }

            list.Add(j);
        }

        // difflib's autojunk: in sequences of 200 or more, elements more frequent than 1% are junk.
        if (b.Length >= 200)
        {
            var limit = b.Length / 100 + 1;
            foreach (var key in b2j.Where(p => p.Value.Count > limit).Select(p => p.Key).ToList())
            {
                b2j.Remove(key);
            }
        }

        return b2j;
    }

    private static (int I, int J, int K) FindLongestMatch(string a, string b, Dictionary<char, List<int>> b2j, int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        var j2len = new Dictionary<int, int>();
        for (var i = alo; i < ahi; i++)
        {
            var newj2len = new Dictionary<int, int>();
            if (b2j.TryGetValue(a[i], out var indices))
            {
                foreach (var j in indices)
                {
                    if (j < blo)
                    {
                        continue;
                    }

                    if (j >= bhi)
                    {
                        break;
                    }

                    var k = (j2len.TryGetValue(j - 1, out var prev) ? prev : 0) + 1;
                    newj2len[j] = k;
                    if (k > bestsize)
                    {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }

            j2len = newj2len;
        }

        // difflib extends the match over equal elements, popular ones included (no isjunk function is set).
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
        {
            besti--;
            bestj--;
            bestsize++;
        }

        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
        {
            bestsize++;
        }

        return (besti, bestj, bestsize);
    }
}
