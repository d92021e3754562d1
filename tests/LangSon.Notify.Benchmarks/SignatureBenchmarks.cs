using BenchmarkDotNet.Attributes;
using LangSon.Notify.Understanding.Signatures;

namespace LangSon.Notify.Benchmarks;

/// <summary>
/// Verifying every signature of the largest signed PDF in ../shared/corpus (a multi-signature real notice); the
/// target is under 200 ms warm. Without the corpus it verifies nothing and says so.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SignatureBenchmarks
{
    private readonly ISignatureVerifier _verifier = SignatureServiceCollectionExtensions.CreateVerifier(null);
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        var largest = SeedFiles.SharedCorpus()?.GetFiles("*.pdf").MaxBy(f => f.Length);
        _pdf = largest is null ? [] : File.ReadAllBytes(largest.FullName);
        Console.WriteLine(largest is null ? "../shared/corpus is absent: nothing to verify" : $"{largest.Name}: {_pdf.Length} bytes, {_verifier.Verify(_pdf).Signatures.Count} signatures");
    }

    [Benchmark]
    public SignatureVerdict VerifyAll() => _verifier.Verify(_pdf);
}
