using Azure;
using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Portal.Agencies;

/// <summary>One directory file as stored in the directory container, parsed, with the ETag an edit must match.</summary>
internal sealed record DirectoryVersion(string FileName, AgencyDirectory Directory, ETag ETag);
