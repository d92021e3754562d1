namespace LangSon.Notify.SelfHost.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ReceiptsCollection : ICollectionFixture<ReceiptsHost>
{
    public const string Name = "receipts host";
}
