namespace LangSon.Notify.Portal.Tests.Support;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
