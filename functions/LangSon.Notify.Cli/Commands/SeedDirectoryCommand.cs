using System.CommandLine;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify seed-directory</c>: uploads the dated agency directories (directory-*.json) to the directory container.</summary>
internal static class SeedDirectoryCommand
{
    public static Command Create()
    {
        var storage = new Option<string>("--storage") { Description = "Storage connection string (Azurite's).", Required = true };
        var directory = new Option<DirectoryInfo>("--directory") { Description = "Folder of directory-*.json files, e.g. seeds.", Required = true };
        var command = new Command("seed-directory", "Upload the agency directories to blob storage, where the host reads them at start.") { storage, directory };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(storage)!, parse.GetValue(directory)!, ct));
        return command;
    }

    public static async Task<int> RunAsync(string connection, DirectoryInfo directory, CancellationToken cancellationToken)
    {
        var files = directory.Exists ? directory.GetFiles("directory-*.json") : [];
        if (files.Length == 0)
        {
            await Console.Error.WriteLineAsync($"No directory-*.json file in {directory.FullName}.").ConfigureAwait(false);
            return 2;
        }

        var container = new BlobServiceClient(connection).GetBlobContainerClient(StorageNames.DirectoryContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var file in files)
        {
            await container.GetBlobClient(file.Name).UploadAsync(file.FullName, overwrite: true, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Directory: uploaded {file.Name}");
        }

        return 0;
    }
}
